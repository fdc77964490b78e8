"""Where Seller Inbox keeps its files (the user data dir, the default store, attachments)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "SellerInbox"
APP_ORG = "SellerInbox"


def data_dir() -> Path:
    """The user data directory; `INBOX_APP_DATA_DIR` overrides it (tests, portable installs)."""
    override = os.environ.get("INBOX_APP_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_ORG))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "inbox.sqlite3"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite3"


def attachments_dir_for(url: str) -> Path:
    """Attachment bytes live beside a SQLite file, or in the data dir for a server database."""
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        db_path = Path(url.removeprefix("sqlite:///"))
        return db_path.with_name(db_path.stem + "-attachments")
    return data_dir() / "attachments"
