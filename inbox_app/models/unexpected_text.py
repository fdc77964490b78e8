"""The one sentence a window or dialog shows for an error nobody foresaw (a bug): the
details go to the log with their traceback, the seller reads in the interface language
what happened, that nothing saved is lost and where the details are. Never a traceback,
never a secret (crashlog redacts both the log and the line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inbox_app.crashlog import log_path, log_unexpected


def unexpected_text(exc: BaseException) -> str:
    """Log `exc` and say it in one sentence."""
    what = log_unexpected(exc)
    return (
        QCoreApplication.translate(
            "Unexpected",
            "Seller Inbox hit an unexpected problem (%1). Nothing already saved is lost. "
            "Details for a bug report are in %2.",
        )
        .replace("%1", what)
        .replace("%2", str(log_path()))
    )
