"""This seat's place in a team inbox: the shared store's URL (never its password), the
seat id and the person's name, kept in `team.json` in the user data directory."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from inbox_app.settings import data_dir

FILE_NAME = "team.json"


@dataclass(frozen=True, slots=True)
class SeatConfig:
    url: str  # postgresql+psycopg://user@host:port/db, without a password
    seat_id: str
    person: str


def seat_file() -> Path:
    return data_dir() / FILE_NAME


def new_seat_id() -> str:
    return str(uuid.uuid4())


def load_seat() -> SeatConfig | None:
    """The seat this user joined, or None (a single seller's own store)."""
    try:
        raw = json.loads(seat_file().read_text(encoding="utf-8"))
        return SeatConfig(
            url=str(raw["url"]), seat_id=str(raw["seat_id"]), person=str(raw["person"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_seat(seat: SeatConfig) -> None:
    from inbox_app.store.server import public_url

    clean = SeatConfig(public_url(seat.url), seat.seat_id, seat.person)  # never a password
    path = seat_file()
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(clean), fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    os.replace(tmp, path)


def clear_seat() -> None:
    with contextlib.suppress(FileNotFoundError):
        seat_file().unlink()


def seat_for(url: str) -> SeatConfig | None:
    """The saved seat when `url` is its store (same server, database and user)."""
    from inbox_app.store.server import credential_key, is_server_url

    seat = load_seat()
    if seat is None or not is_server_url(url):
        return None
    return seat if credential_key(seat.url) == credential_key(url) else None
