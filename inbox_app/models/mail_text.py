"""The mail side's sentences (mail/sentences.py) in the interface language: a mail
error, a connection check, a message's last send error or a sync summary's line, given
as English text, read back into its template and translated ("MailErrors" context).
Host names, user names and the servers' own words stay as they are."""

from __future__ import annotations

from inbox_app.mail.sentences import SENTENCES
from inbox_app.models.sentence_match import Catalogue

CONTEXT = "MailErrors"  # `make translations` reads SENTENCES under it
MAIL = Catalogue(CONTEXT, SENTENCES)


def mail_sentence_text(text: str) -> str:
    """An English mail sentence in the interface language (other text as it is)."""
    return MAIL.read(text)


def check_text(message: str) -> str:
    """A connection check's lines ("IMAP: ...", "SMTP: ...") in the interface language."""
    lines = []
    for line in message.split("\n"):
        label, sep, rest = line.partition(": ")
        if sep and label in ("IMAP", "SMTP"):
            lines.append(f"{label}: {MAIL.read(rest)}")
        else:
            lines.append(MAIL.read(line))
    return "\n".join(lines)
