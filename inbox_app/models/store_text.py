"""The store's sentences (store/sentences.py) in the interface language.

From the error itself (its key and params), or from a sentence that reached the window
as English text (a sync result), matched against the templates. A param that is one of
the store's WORDS ("the database", "its disk is full") is translated with the sentence;
paths and server names stay as they are.
"""

from __future__ import annotations

from inbox_app.models.sentence_match import Catalogue
from inbox_app.store.errors import KnownStoreError, translate_operational_error
from inbox_app.store.sentences import SENTENCES, WORDS

CONTEXT = "StoreErrors"  # `make translations` reads SENTENCES and WORDS under it
STORE = Catalogue(CONTEXT, SENTENCES, WORDS)


def store_sentence_text(text: str) -> str:
    """An English store sentence in the interface language (other text as it is)."""
    return STORE.read(text)


def store_reason_text(exc: KnownStoreError) -> str:
    """What is wrong, in the interface language (without the command line's way on)."""
    if exc.key in SENTENCES:
        return STORE.text(exc.key, exc.params)
    return STORE.read(exc.reason)


def store_error_text(exc: KnownStoreError) -> str:
    """The whole sentence: what is wrong and, when there is one, the way on."""
    step = STORE.read(exc.cli_step) if exc.cli_step else ""
    return f"{store_reason_text(exc)} {step}".strip()


def store_fault_text(exc: BaseException) -> str | None:
    """The sentence of a store fault the seller can act on (a known store error, or a
    driver error the store knows, such as a full disk or a read-only file); None for
    anything else (the caller says its own words, never SQL)."""
    known = exc if isinstance(exc, KnownStoreError) else translate_operational_error(exc)
    return store_error_text(known) if known is not None else None
