"""The order reports' refusals and skipped rows, and the services' refusals for a team
seat and an Amazon connection, in the interface language: every template read back from
its English text and translated, a real import in Italian (the window's summary and the
terminal), and the team dialog's refusal in Korean."""

from __future__ import annotations

import string
from collections.abc import Mapping
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inbox_app.models.known_sentences import known_error_text, known_sentence_text, report_text
from inbox_app.orders import parse_report, peek_layout
from inbox_app.orders import sentences as orders
from inbox_app.orders.model import ReportError
from inbox_app.services import sentences as services
from inbox_app.services.amazon_connections import (
    AmazonConnectionError,
    ConnectionSpec,
    validate,
)
from inbox_app.services.compose_queue import QueueError
from inbox_app.services.seats import SeatError, team_url
from inbox_app.views.compose.send_controller import _not_queued
from inbox_app.views.order_import import FileResult, summary_text
from inbox_app.views.team.connect_dialog import TeamConnectDialog
from tests.helpers.cli_language import run_cli
from tests.helpers.orderreports import ALL_ORDERS_32, all_orders_row, write_report
from tests.helpers.runner import with_own_runner

VALUES = {
    "path": "/home/anna/orders.txt",
    "name": "orders.txt",
    "detail": "Permission denied",
    "line": "7",
    "cells": "3",
    "width": "32",
    "title": "order report",
    "columns": "order-id, sku",
    "order": "302-1234567-7654321",
    "item": "HM-RED-1",
    "first": "4",
    "value": "'13/45/2026'",
    "column": "purchase-date",
    "count": "80",
    "what": "database",
    "label": "endpoint",
    "url": "'ftp://x.example'",
    "regions": "na, eu, fe",
    "codes": "JP",
    "region": "eu",
    "thread": "42",
    "action": "confirmDeliveryDetails",
    "names": "Anna, Marco",
    "marketplaces": "DE, FR, IT",
    "types": "handmade, custom, wine",
}
# names, numbers, values and the system's own words stay as they are
KEPT = ("path", "name", "detail", "line", "cells", "width", "columns", "order", "item")
KEPT += ("first", "value", "column", "count", "url", "regions", "codes", "region", "thread")
KEPT += ("action", "names", "marketplaces", "types")


def _example(table: Mapping[str, str], key: str) -> tuple[str, dict[str, str]]:
    fields = {name for _, name, _, _ in string.Formatter().parse(table[key]) if name}
    params = {name: VALUES[name] for name in fields}
    return table[key].format(**params), params


def test_without_a_translator_every_sentence_is_its_own_english() -> None:
    for key in orders.SENTENCES:
        text, _ = _example(orders.SENTENCES, key)
        assert report_text(text) == text
    for key in services.SENTENCES:
        text, _ = _example(services.SENTENCES, key)
        assert known_sentence_text(text) == text


@pytest.mark.parametrize("lang", ["it", "ko"])
def test_every_sentence_and_word_is_translated_and_keeps_the_names(
    install: object, lang: str
) -> None:
    install(lang)  # type: ignore[operator]
    for table, show in ((orders.SENTENCES, report_text), (services.SENTENCES, known_sentence_text)):
        for key in table:
            text, params = _example(table, key)
            shown = show(text)
            if key != "unreadable":  # "{name}: {detail}" is the same in every language
                assert shown != text, (lang, key)
            for name in KEPT:
                if name in params:
                    assert params[name] in shown, (lang, key, shown)
    # a word inside a sentence is translated with it
    missing = orders.say("unknown_layout", title="order report", columns="sku")
    assert "order report" not in report_text(missing)
    field = services.say("team_field_missing", what="user name")
    assert "user name" not in known_sentence_text(field)


def test_a_real_report_is_refused_and_its_rows_skipped_in_italian(
    install: object, tmp_path: Path
) -> None:
    install("it")  # type: ignore[operator]
    binary = tmp_path / "export.txt"
    binary.write_bytes(b"\x00\x01PK\x03\x04" * 100)
    commas = tmp_path / "orders.csv"
    commas.write_text("order-id,sku,quantity\n302-1234567-7654321,A,1\n", "utf-8")
    refusals = []
    for path in (binary, commas):
        with pytest.raises(ReportError) as caught:
            peek_layout(path)
        refusals.append(known_error_text(caught.value))
    assert refusals[0] == "export.txt non è un report di testo (contiene dati binari)"
    assert refusals[1].startswith("non è un report degli ordini di Seller Central noto: come ")
    assert "separato da virgole" in refusals[1]
    report = write_report(
        tmp_path / "orders.txt",
        ALL_ORDERS_32,
        [all_orders_row("302-1234567-7654321", "HM-RED-1")],
        extra_lines=["not\ta\tvalid\trow", "bad-id" + "\tx" * (len(ALL_ORDERS_32) - 1)],
    )
    _layout, _orders, skipped = parse_report(report)
    assert len(skipped) == 2
    shown = [report_text(p.reason) for p in skipped]
    assert shown[0] == "4 celle dove l'intestazione ne ha 32"
    assert shown[1].startswith("numero d'ordine non valido 'bad-id'")
    text = summary_text([FileResult(str(binary), None, refusals[0])])
    assert text == "export.txt: non importato. " + refusals[0]
    text = summary_text([FileResult(str(commas), None, refusals[1])])
    assert text.startswith("orders.csv: non importato. Non è un report degli ordini")


def test_the_terminal_says_a_refused_report_in_the_systems_language(tmp_path: Path) -> None:
    binary = tmp_path / "export.txt"
    binary.write_bytes(b"\x00\x01PK\x03\x04" * 100)
    said = {}
    for lang in ("C.UTF-8", "it_IT.UTF-8", "ko_KR.UTF-8"):
        done = run_cli(["import-orders", "--db", str(tmp_path / "s.db"), str(binary)], lang)
        assert done.returncode == 1, done.stderr
        said[lang] = done.stderr
    assert "export.txt is not a text report (it holds binary data)" in said["C.UTF-8"]
    assert "export.txt non è un report di testo (contiene dati binari)" in said["it_IT.UTF-8"]
    assert "export.txt은(는) 텍스트 보고서가 아닙니다" in said["ko_KR.UTF-8"]
    assert "Traceback" not in "".join(said.values())


def test_the_cli_and_send_say_the_services_refusals_in_italian(
    install: object, tmp_path: Path
) -> None:
    assign = ["thread", "assign", "1", "--to", "Anna", "--db", str(tmp_path / "s.db")]
    done = run_cli(assign, "it_IT.UTF-8")
    assert done.returncode == 1
    assert "Questa posta non ha un team: l'assegnazione richiede" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    install("it")  # type: ignore[operator]
    assert _not_queued(QueueError(services.say("empty_message"))) == "Il messaggio è vuoto."


def test_the_services_refusals_are_said_in_korean(qtbot: QtBot, install: object) -> None:
    install("ko")  # type: ignore[operator]
    with pytest.raises(SeatError) as caught:
        team_url("db.example.com", 5432, "shop", "  ")
    assert known_error_text(caught.value) == "팀 받은편지함의 사용자 이름 항목을 입력하세요."
    spec = ConnectionSpec("Shop EU", "eu", "amzn1.client", ("DE", "JP"), "", "")
    with pytest.raises(AmazonConnectionError) as refused:
        validate(spec)
    assert known_error_text(refused.value).startswith("JP은(는) eu 지역에서 제공되지 않습니다.")
    dialog = with_own_runner(lambda runner: TeamConnectDialog(runner=runner))
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("")
    dialog.database_edit.setText("shop")
    dialog.user_edit.setText("inbox")
    dialog.person_edit.setText("Anna")
    dialog.connect_button.click()
    assert dialog.result_label.text() == "팀 받은편지함의 서버 항목을 입력하세요."
