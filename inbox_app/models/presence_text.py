"""What the window says of the other seats on a thread of a team inbox: the short chip
in the thread list ("Anna", "Anna +2", a pencil while someone replies) and the full
sentence of its tooltip, its accessible text and the conversation header."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from inbox_app.store.rows import REPLYING, Someone


def _tr(text: str) -> str:
    return QCoreApplication.translate("Team", text)


@dataclass(frozen=True, slots=True)
class PresenceChip:
    """The thread list's chip: the first person (the others counted) and whether anyone
    is replying (a pencil); `full` says everyone, for the tooltip and a screen reader."""

    text: str
    replying: bool
    full: str
    person: str = ""  # the first person, as named in `text` (a narrow chip elides it only)


def presence_text(others: Sequence[Someone]) -> str:
    """Everyone on the thread, in their order: "Marco is replying · Anna has this thread open"."""
    parts = []
    for other in others:
        if other.activity == REPLYING:
            parts.append(_tr("%1 is replying").replace("%1", other.person))
        else:
            parts.append(_tr("%1 has this thread open").replace("%1", other.person))
    return " · ".join(parts)


def chip_text(others: Sequence[Someone]) -> str:
    """The first person ("Anna"), and how many more ("Anna +2"); empty for nobody."""
    if not others:
        return ""
    first = others[0].person
    if len(others) == 1:
        return first
    return _tr("%1 +%2").replace("%1", first).replace("%2", str(len(others) - 1))


def presence_chip(others: Sequence[Someone]) -> PresenceChip | None:
    """The chip for the others on one thread (replying ones first), None for nobody."""
    if not others:
        return None
    replying = any(o.activity == REPLYING for o in others)
    return PresenceChip(chip_text(others), replying, presence_text(others), others[0].person)
