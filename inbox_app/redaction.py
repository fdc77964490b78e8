"""Every secret the app holds, kept in memory so it can be cut out of any text a server
(or an exception) hands back before that text is shown or logged.

credentials.py registers each password it stores or reads; `redact` replaces them all;
`RedactingFilter` applies it to every log record. No imports of the app: anything may
use it.
"""

from __future__ import annotations

import logging
import threading

MASK = "********"

_lock = threading.Lock()
_secrets: set[str] = set()


def remember(secret: str | None) -> None:
    """Hold `secret` so that `redact` removes it from any text from now on."""
    if secret:
        with _lock:
            _secrets.add(secret)


def forget_all() -> None:
    with _lock:
        _secrets.clear()


def redact(text: str, *extra: str | None) -> str:
    """`text` with every known secret (and `extra` ones) replaced by a mask."""
    with _lock:
        secrets = {s for s in (*_secrets, *extra) if s}
    for secret in sorted(secrets, key=len, reverse=True):  # longest first: no partial
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    """A log filter: the formatted message and any traceback text lose every secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact(text)
            record.exc_info = None
        return True
