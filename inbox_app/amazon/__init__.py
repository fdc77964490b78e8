"""The Selling Partner API (SP-API): LWA tokens, rate limits, orders, messaging, solicitations
and uploads over a thin typed httpx client. No Qt, no database; base URLs are settings."""
