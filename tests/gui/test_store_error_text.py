"""The store's sentences in the interface language: from the error (its key and params),
from a sentence that reached the window as English text (a sync result), with the words
inside them ("the database", "its disk is full") translated too; and on the terminal."""

from __future__ import annotations

import sqlite3
import string
from pathlib import Path

import pytest

from inbox_app.models.store_text import (
    store_error_text,
    store_reason_text,
    store_sentence_text,
)
from inbox_app.store.errors import (
    OTHER_FILE_STEP,
    KnownStoreError,
    store_fault_text,
    translate_operational_error,
)
from inbox_app.store.migrate import open_store
from inbox_app.store.sentences import SENTENCES, WORDS, english
from inbox_app.views.store_refused import window_text
from tests.helpers.cli_language import run_cli


def _example(key: str) -> KnownStoreError:
    """Sentence `key` with a value for each of its fields (a path, a server, a word)."""
    fields = {name for _, name, _, _ in string.Formatter().parse(SENTENCES[key]) if name}
    values = {
        "where": "the database",
        "why": "its folder /srv/shop is read-only",
        "path": "/home/anna/shop.sqlite3",
        "detail": "database disk image is malformed",
        "count": "3",
        "schema": "0099",
        "at": "db.example.net:5432/shop",
    }
    return KnownStoreError.said(key, **{name: values[name] for name in fields})


def test_without_a_translator_every_sentence_is_its_own_english() -> None:
    for key in SENTENCES:
        exc = _example(key)
        assert exc.reason == english(key, **exc.params)
        assert store_reason_text(exc) == exc.reason
        assert store_sentence_text(exc.reason) == exc.reason  # read back as itself
    assert store_sentence_text("Something else entirely.") == "Something else entirely."


@pytest.mark.parametrize(
    ("lang", "full", "read_only"),
    [
        (
            "it",
            "Il disco è pieno, quindi Seller Inbox non ha potuto salvare (/data/shop.sqlite3)",
            "non può salvare (il database) perché la sua cartella /srv/shop è di sola lettura",
        ),
        (
            "ko",
            "디스크가 가득 차서 Seller Inbox가 /data/shop.sqlite3에 저장하지 못했습니다",
            "데이터베이스에 저장할 수 없습니다(폴더 /srv/shop이(가) 읽기 전용임)",
        ),
    ],
)
def test_every_sentence_and_its_words_are_translated(
    install: object, lang: str, full: str, read_only: str
) -> None:
    install(lang)  # type: ignore[operator]
    for key in SENTENCES:
        exc = _example(key)
        shown = store_reason_text(exc)
        assert shown != exc.reason, key  # the catalogue has it
        for name in ("path", "at", "schema", "count"):
            if name in exc.params:
                assert exc.params[name] in shown, (key, shown)  # paths and servers stay
        assert store_sentence_text(exc.reason) == shown  # a sentence given as text reads the same
    full_disk = translate_operational_error(
        sqlite3.OperationalError("database or disk is full"), Path("/data/shop.sqlite3")
    )
    assert full_disk is not None
    assert full in store_error_text(full_disk)
    saving = KnownStoreError.said(
        "read_only_save", where="the database", why="its folder /srv/shop is read-only"
    )
    assert read_only in store_error_text(saving)
    assert "read-only" not in store_error_text(saving)
    busy = store_fault_text(sqlite3.OperationalError("database is locked"))
    assert store_sentence_text(busy) != busy


def test_every_word_has_its_translation(install: object) -> None:
    from PySide6.QtCore import QCoreApplication

    install("it")  # type: ignore[operator]
    for words in WORDS:
        assert QCoreApplication.translate("StoreErrors", words) != words


def test_the_refusal_dialog_says_a_damaged_file_in_italian(install: object, tmp_path: Path) -> None:
    garbage = tmp_path / "shop.sqlite3"
    garbage.write_bytes(b"this is no database")
    with pytest.raises(KnownStoreError) as caught:
        open_store(f"sqlite:///{garbage}")
    assert caught.value.cli_step == OTHER_FILE_STEP
    install("it")  # type: ignore[operator]
    text = window_text(caught.value, garbage, tmp_path / "default.sqlite3")
    assert text.startswith(f"{garbage} non è un database di Seller Inbox (non è un file SQLite)")
    assert "--db" not in text  # the window's own way on, not the command line's
    assert "not an SQLite file" not in text


def test_the_cli_says_a_refused_store_in_the_systems_language(tmp_path: Path) -> None:
    garbage = tmp_path / "shop.sqlite3"
    garbage.write_bytes(b"this is no database")
    said = {}
    for lang in ("C.UTF-8", "it_IT.UTF-8", "ko_KR.UTF-8"):
        done = run_cli(["db", "info", "--db", str(garbage)], lang)
        assert done.returncode != 0
        said[lang] = done.stderr
    assert "is not a Seller Inbox database (it is not an SQLite file)" in said["C.UTF-8"]
    assert "Choose another file with --db." in said["C.UTF-8"]
    assert "non è un database di Seller Inbox" in said["it_IT.UTF-8"]
    assert "Scegli un altro file con --db." in said["it_IT.UTF-8"]
    assert "Seller Inbox 데이터베이스가 아닙니다" in said["ko_KR.UTF-8"]
    assert "Traceback" not in "".join(said.values())
