"""Any sentence the app's lower layers say in English (the store's, the mail side's,
Amazon's), given as text, in the interface language: for the places that show a line
whose origin varies (a sync summary's first error, a message's last send error)."""

from __future__ import annotations

from inbox_app.models.mail_text import MAIL
from inbox_app.models.store_text import STORE


def known_sentence_text(text: str) -> str:
    """`text` translated by the first table that has its template; else as it is."""
    for catalogue in (STORE, MAIL):
        shown = catalogue.read(text)
        if shown != text:
            return shown
    from inbox_app.models.amazon_text import sentence_text  # (Amazon's: on first use)

    return sentence_text(text)
