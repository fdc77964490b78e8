"""Mail on disk for `import-mail`: an mbox file, a Maildir, a folder of .eml files, one .eml."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

from inbox_app.mail.sentences import say


class MailSourceError(Exception):
    """The path is not something mail can be imported from (message for the user)."""


def _is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / sub).is_dir() for sub in ("cur", "new"))


def describe(path: Path) -> str:
    if _is_maildir(path):
        return "Maildir"
    if path.is_dir():
        return "folder of .eml files"
    if path.suffix.lower() == ".eml":
        return ".eml file"
    return "mbox file"


def count_messages(path: Path) -> int:
    """How many messages `iter_messages` will yield (for progress)."""
    if _is_maildir(path):
        return len(mailbox.Maildir(str(path), factory=None, create=False))
    if path.is_dir():
        return sum(1 for _ in _eml_files(path))
    if path.suffix.lower() == ".eml":
        return 1
    box = mailbox.mbox(str(path), create=False)
    try:
        return len(box)
    finally:
        box.close()


def _eml_files(folder: Path) -> Iterator[Path]:
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.suffix.lower() == ".eml":
            yield p


def iter_messages(path: Path) -> Iterator[tuple[str, bytes]]:
    """(label, raw bytes) for every message under `path`."""
    if not path.exists():
        raise MailSourceError(say("source_missing", path=path))
    if _is_maildir(path):
        box = mailbox.Maildir(str(path), factory=None, create=False)
        for key in sorted(box.keys()):
            yield f"maildir:{key}", box.get_bytes(key)
        return
    if path.is_dir():
        for file in _eml_files(path):
            yield str(file), file.read_bytes()
        return
    if path.suffix.lower() == ".eml":
        yield str(path), path.read_bytes()
        return
    with path.open("rb") as fh:
        start = fh.read(5)
    if start and start != b"From ":
        raise MailSourceError(say("source_unknown", path=path))
    mbox = mailbox.mbox(str(path), create=False)
    try:
        for key in list(mbox.iterkeys()):
            yield f"mbox:{key}", mbox.get_bytes(key)
    finally:
        mbox.close()
