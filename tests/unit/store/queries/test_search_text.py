"""Parsing what a seller types into the search box (issue 13.12): `-word` leaves out,
`*` alone is no search, the last word is a prefix while typing."""

from __future__ import annotations

import sqlite3

import pytest

from inbox_app.store.queries.search_text import (
    excluded_terms,
    not_a_search,
    search_terms,
    to_fts_query,
    wanted_text,
)


def test_a_minus_word_is_left_out_and_not_highlighted() -> None:
    assert to_fts_query("charger -refund") == '("charger") NOT "refund"'
    assert to_fts_query("box dam -late") == '("box" AND "dam") NOT "late"'
    assert search_terms("charger -refund") == ["charger"]
    assert excluded_terms("charger -refund -late") == ["refund", "late"]
    assert wanted_text("charger -refund cable") == "charger cable"
    assert to_fts_query("e-mail") == '"e mail"'  # a dash inside a word is no exclusion


@pytest.mark.parametrize("typed", ["*", "**", " * ", "-", "-refund", '"', "(*)"])
def test_nothing_to_look_for_is_not_a_search(typed: str) -> None:
    assert to_fts_query(typed) is None
    assert not_a_search(typed)


def test_an_empty_box_is_just_the_view() -> None:
    assert not not_a_search("")
    assert not not_a_search("   ")
    assert not not_a_search("charger")


@pytest.mark.parametrize(
    "typed", ["charger -refund", "a -b -c", "-x y", 'ü"ß( -NEAR(', "111-1234567-1234567 -x"]
)
def test_every_expression_is_valid_fts5(typed: str) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    db.executemany("INSERT INTO t VALUES (?)", [("charger missing",), ("refund for charger",)])
    expression = to_fts_query(typed)
    assert expression is not None
    db.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()
    if typed == "charger -refund":
        rows = db.execute("SELECT body FROM t WHERE t MATCH ?", (expression,)).fetchall()
        assert rows == [("charger missing",)]


def test_the_substring_text_keeps_an_order_id_whole() -> None:
    assert wanted_text("302-1234567-7654321 -late") == "302-1234567-7654321"


def test_fts_query_is_always_quoted() -> None:
    assert to_fts_query('"') is None
    assert to_fts_query("111-1234567-1234567 ") == '"111 1234567 1234567"'
    assert to_fts_query("box dam") == '"box" AND "dam"*'
