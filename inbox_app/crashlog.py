"""Unexpected errors: the details go to a log file in the data dir, the user gets one
clear sentence (never a traceback). Every secret the app holds is cut from what is
written or shown here (inbox_app.redaction), whatever text carried it."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from datetime import UTC, datetime
from pathlib import Path

from inbox_app.redaction import RedactingFilter, redact
from inbox_app.settings import data_dir

_configured = False


def log_path() -> Path:
    return data_dir() / "inbox_app.log"


def setup_logging() -> None:
    """Warnings and errors to a small rotating file in the data dir (idempotent)."""
    global _configured  # noqa: PLW0603 - one process-wide logging set-up
    if _configured:
        return
    handler = logging.handlers.RotatingFileHandler(
        log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())  # no secret reaches the file, whoever logs
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    _configured = True


def log_unexpected(exc: BaseException) -> str:
    """Write the (redacted) traceback to the log; return what names the error in one line,
    its kind and its redacted message, for the sentence the user sees."""
    details = redact("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with log_path().open("a", encoding="utf-8") as fh:
            fh.write(f"{stamp} ERROR unexpected error\n{details}\n")
    except OSError:  # a full or read-only disk: the sentence still helps
        pass
    said = redact(str(exc)).strip()
    return f"{type(exc).__name__}: {said}" if said else type(exc).__name__


def report_unexpected(exc: BaseException) -> str:
    """Log the traceback; return what to tell the user at the terminal (English, as the
    rest of the command line's output)."""
    return (
        f"Seller Inbox hit an unexpected problem ({log_unexpected(exc)}). "
        f"Nothing already saved is lost. Details for a bug report are in {log_path()}."
    )
