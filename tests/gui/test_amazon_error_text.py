"""Amazon's error sentences in the interface language: from the error, from a sentence
stored as English (a connection's last error), in the window and on the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from inbox_app.amazon.errors import (
    OPERATION_LABELS,
    TEMPLATES,
    AuthorizationRevokedError,
    MissingRoleError,
    NetworkError,
    RequestRejectedError,
    SpApiError,
    ThrottledError,
)
from inbox_app.amazon.operations import OPERATIONS
from inbox_app.models import amazon_text
from inbox_app.models.amazon_text import error_text, sentence_text
from inbox_app.services.amazon import AmazonService
from inbox_app.store.migrate import Store
from inbox_app.store.source_schema import AmazonConnection
from inbox_app.views.amazon_connect_dialog import AmazonConnectDialog
from tests.helpers.cli_language import run_cli
from tests.helpers.runner import with_own_runner

ERRORS: list[SpApiError] = [
    AuthorizationRevokedError("shop"),
    MissingRoleError("Buyer Communication"),
    ThrottledError("the order search"),
    NetworkError("timeout"),
    NetworkError("offline"),
    NetworkError("lost"),
    RequestRejectedError("the review request", 400, "Order not eligible"),
    RequestRejectedError("the Amazon message", 503, "Busy."),
]


def test_the_catalogue_calls_spell_the_same_templates_and_every_label() -> None:
    """Without a translator each sentence comes out as the error's own English: the
    literal calls `make translations` reads have not drifted from errors.TEMPLATES."""
    assert amazon_text._translated() == TEMPLATES
    labels = amazon_text._labels()
    assert set(labels) == set(OPERATION_LABELS) == set(labels.values())
    assert {op.label for op in OPERATIONS.values()} <= set(OPERATION_LABELS)
    assert {e.key for e in ERRORS} == set(TEMPLATES)
    for error in ERRORS:
        assert error_text(error) == str(error)
        assert sentence_text(str(error)) == str(error)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "it",
            [
                "Amazon ha rifiutato l'autorizzazione di 'shop'",
                "manca il ruolo 'Buyer Communication'",
                "può chiamare la ricerca degli ordini; Seller Inbox riproverà",
                "(la connessione è scaduta)",
                "(nessuna connessione)",
                "(la connessione si è interrotta)",
                "Amazon ha rifiutato la richiesta di recensione (HTTP 400): Order not eligible",
                "il messaggio Amazon (HTTP 503): Busy. Seller Inbox riproverà più tardi.",
            ],
        ),
        (
            "ko",
            [
                "Amazon이 'shop'의 승인을 거부했습니다",
                "'Buyer Communication' 역할이 없습니다",
                "주문 검색 호출 빈도를 제한하고",
                "(연결 시간이 초과되었습니다)",
                "(연결 없음)",
                "(연결이 끊어졌습니다)",
                "리뷰 요청을(를) 거부했습니다(HTTP 400): Order not eligible",
                "(HTTP 503): Busy. Seller Inbox가 나중에 다시 시도합니다.",
            ],
        ),
    ],
)
def test_every_sentence_is_translated_from_the_error_and_from_its_stored_text(
    install: object, lang: str, expected: list[str]
) -> None:
    install(lang)  # type: ignore[operator]
    for error, phrase in zip(ERRORS, expected, strict=True):
        shown = error_text(error)
        assert phrase in shown, shown
        assert sentence_text(str(error)) == shown  # a stored sentence reads the same
    assert sentence_text("Something else entirely.") == "Something else entirely."


def _store_error(store: Store, text: str) -> None:
    with store.session() as s, s.begin():
        s.execute(update(AmazonConnection).values(last_error=text))


def test_the_connections_list_shows_a_stored_error_in_italian(
    qtbot: QtBot, install: object, store: Store, amazon: AmazonService, amazon_connection: str
) -> None:
    _store_error(store, str(MissingRoleError("Buyer Communication")))
    install("it")  # type: ignore[operator]
    dialog = with_own_runner(lambda runner: AmazonConnectDialog(amazon, runner=runner))
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.connections
    qtbot.waitUntil(lambda: box.loaded and box.list.count() == 1, timeout=10000)
    row = box.list.item(0).text()
    assert "Alla tua app SP-API manca il ruolo 'Buyer Communication'" in row
    assert "lacks the role" not in row


def test_the_cli_says_a_stored_error_in_the_systems_language(
    store: Store, db_path: Path, amazon_connection: str
) -> None:
    _store_error(store, str(ThrottledError("the order search")))
    lines = {}
    for lang in ("C.UTF-8", "it_IT.UTF-8"):
        done = run_cli(["amazon", "list", "--db", str(db_path)], lang)
        assert done.returncode == 0, done.stderr
        lines[lang] = done.stdout
    assert "Amazon is limiting how often this account may call the order search" in lines["C.UTF-8"]
    assert "Amazon sta limitando la frequenza" in lines["it_IT.UTF-8"]
    assert "la ricerca degli ordini" in lines["it_IT.UTF-8"]


def _review_sentences() -> list[str]:
    from inbox_app.services.amazon_reviews import REVIEW_TEMPLATES

    order, date = "111-6000000-6000001", "2026-12-07"
    return [t.format(order=order, date=date) for t in REVIEW_TEMPLATES.values()]


def test_the_review_catalogue_calls_spell_the_same_templates() -> None:
    from inbox_app.services.amazon_reviews import REVIEW_TEMPLATES

    assert amazon_text._reviews() == REVIEW_TEMPLATES
    for sentence in _review_sentences():
        assert sentence_text(sentence) == sentence


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [("it", "111-6000000-6000001"), ("ko", "111-6000000-6000001")],
)
def test_every_review_answer_is_translated(install: object, lang: str, phrase: str) -> None:
    """Each sentence a review request ends with (already asked, canceled, too early or
    late, not offered by Amazon, requested) reads in Italian and Korean, order and date
    kept; and no two read the same."""
    install(lang)  # type: ignore[operator]
    shown = [sentence_text(s) for s in _review_sentences()]
    for english, text in zip(_review_sentences(), shown, strict=True):
        assert text != english and phrase in text, text
        if "2026-12-07" in english:
            assert "2026-12-07" in text
    assert len(set(shown)) == len(shown)
    if lang == "it":
        assert shown[0].startswith("Una recensione per 111-6000000-6000001 è già stata richiesta")
    else:
        assert "리뷰" in shown[-2]


def test_the_review_buttons_state_reads_in_italian(
    qtbot: QtBot, install: object, amazon: AmazonService, spapi: object, amazon_connection: str
) -> None:
    from datetime import UTC, datetime, timedelta

    from inbox_app.views.amazon_order_actions import AmazonOrderActions

    now = datetime.now(UTC)
    oid = "111-6100000-6100001"
    spapi.add_order(  # type: ignore[attr-defined]
        oid, created=now - timedelta(days=5), updated=now - timedelta(days=1),
        delivered=now - timedelta(days=1),
    )  # fmt: skip
    assert amazon.sync_connection(amazon_connection).complete
    install("it")  # type: ignore[operator]
    actions = with_own_runner(lambda runner: AmazonOrderActions(amazon, runner=runner))
    qtbot.addWidget(actions)
    actions.set_order(oid)
    qtbot.waitUntil(lambda: actions.ready, timeout=10000)
    assert actions.state_label.text().startswith(f"Troppo presto per {oid}")
