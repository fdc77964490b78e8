"""Seller Inbox: a desktop inbox for Amazon buyer-seller messaging."""

__version__ = "0.1.0"
