"""Which store to open: a `--db` argument (a path or a URL), else the team inbox this
seat joined, else the default file. Above both `settings` and `seat`, which it joins."""

from __future__ import annotations

import os
from pathlib import Path

from inbox_app.seat import load_seat
from inbox_app.settings import default_db_path


def database_url(db: str | os.PathLike[str] | None) -> str:
    """Turn a `--db` argument (a path or a full SQLAlchemy URL) into a URL; without one,
    the team inbox this seat joined, else the default file."""
    if db is None:
        seat = load_seat()
        return seat.url if seat is not None else f"sqlite:///{default_db_path()}"
    text = os.fspath(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"
