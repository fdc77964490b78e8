"""Relay mail: parsing, relay understanding, composing, IMAP fetch and SMTP send. No Qt, no DB."""
