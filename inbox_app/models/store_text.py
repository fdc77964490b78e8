"""The store's sentences (store/sentences.py) in the interface language.

From the error itself (its key and params), or from a sentence that reached the window
as English text (a sync result), matched against the templates. A param that is one of
the store's WORDS ("the database", "its disk is full") is translated with the sentence;
paths and server names stay as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QCoreApplication

from inbox_app.models.sentence_match import Patterns, match_sentence, template_patterns
from inbox_app.store.errors import KnownStoreError
from inbox_app.store.sentences import SENTENCES, WORDS

CONTEXT = "StoreErrors"  # `make translations` reads SENTENCES and WORDS under it


@cache
def _sentence_patterns() -> Patterns:
    return template_patterns(SENTENCES)


@cache
def _word_patterns() -> Patterns:
    return template_patterns({words: words for words in WORDS})


def _filled(template: str, params: Mapping[str, str]) -> str:
    translated = QCoreApplication.translate(CONTEXT, template)
    values = {name: _param(value) for name, value in params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return template.format(**params)


def _param(value: str) -> str:
    found = match_sentence(value, _word_patterns())
    return _filled(found[0], found[1]) if found else value


def store_sentence_text(text: str) -> str:
    """An English store sentence in the interface language (other text as it is)."""
    found = match_sentence(text, _sentence_patterns())
    return _filled(SENTENCES[found[0]], found[1]) if found else text


def store_reason_text(exc: KnownStoreError) -> str:
    """What is wrong, in the interface language (without the command line's way on)."""
    if exc.key in SENTENCES:
        return _filled(SENTENCES[exc.key], exc.params)
    return store_sentence_text(exc.reason)


def store_error_text(exc: KnownStoreError) -> str:
    """The whole sentence: what is wrong and, when there is one, the way on."""
    step = store_sentence_text(exc.cli_step) if exc.cli_step else ""
    return f"{store_reason_text(exc)} {step}".strip()


def known_store_text(exc: BaseException) -> str:
    """A store error's sentence in the interface language; other errors as `str()`."""
    return store_error_text(exc) if isinstance(exc, KnownStoreError) else str(exc)
