"""Helpers shared by the tests and the benchmarks: real servers (Dovecot, SMTP,
PostgreSQL, the local SP-API, a notification daemon), store factories, fault makers."""
