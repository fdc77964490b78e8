"""Search: debounced full-text filtering, order ids and names, highlighting, bad queries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inbox_app.models.roles import Role
from inbox_app.models.thread_list_model import Column
from inbox_app.views.thread_list_view import around_match, highlight_html


def _search(qtbot, w, type_text, text):
    w.ui.search_edit.setFocus()
    w.ui.search_edit.clear()
    with qtbot.waitSignal(w.models.threads.modelReset, timeout=3000):
        type_text(w.ui.search_edit, text)  # debounced: one reset after the typing stops


def test_typing_filters_threads_through_the_index_and_highlights(main_window, qtbot, type_text):
    w = main_window()
    resets = []
    w.models.threads.modelReset.connect(lambda: resets.append(1))
    _search(qtbot, w, type_text, "charger")
    assert len(resets) == 1, "one query for the whole word, not one per key"
    model = w.models.threads
    assert model.rowCount() > 0
    for n in range(model.rowCount()):
        detail = w.service.thread_detail(model.thread_at(n).id)
        text = " ".join(m.body_text for m in detail.messages) + detail.thread.subject
        assert "charger" in text.lower()
    presenter = w.models.threads_view
    assert presenter.data(presenter.index(0, Column.SUBJECT), Role.HIGHLIGHT) == ("charger",)
    assert w.current_thread_id() in model.loaded_ids()  # kept if it matches, else the first
    highlighted = sum(card.body.highlight_count() for card in w.ui.conversation.cards())
    assert highlighted >= 1
    assert "background-color" in highlight_html("The Charger cable", ("charger",))
    long = "Hello there, thank you for writing to us about the order; the charger is missing"
    assert around_match(long, ("charger",)).startswith("…") and "charger" in around_match(
        long, ("charger",)
    )
    assert around_match("short charger", ("charger",)) == "short charger"


def test_search_finds_an_order_id_and_a_buyer_name(main_window, qtbot, type_text):
    w = main_window()
    row = next(
        w.models.threads.thread_at(n)
        for n in range(w.models.threads.rowCount())
        if w.models.threads.thread_at(n).amazon_order_id
    )
    _search(qtbot, w, type_text, row.amazon_order_id)
    ids = w.models.threads.ids()
    assert row.id in ids
    _search(qtbot, w, type_text, row.buyer_name)
    names = {w.models.threads.thread_at(n).buyer_name for n in range(w.models.threads.rowCount())}
    assert row.buyer_name in names


@pytest.mark.parametrize(
    "bad", ['"', "AND(", "NEAR(", "*", "-", "'", "OR", '"a" AND', 'ü"ß(', "😀"]
)
def test_bad_queries_never_error(main_window, qtbot, type_text, bad):
    w = main_window()
    w.ui.search_edit.setFocus()
    type_text(w.ui.search_edit, bad)
    w.apply_search()  # (no waiting for the debounce; it must not raise or warn)
    assert w.models.threads.rowCount() >= 0


def test_escape_clears_the_search_and_returns_to_the_view(main_window, qtbot, type_text):
    w = main_window()
    before = w.models.threads.rowCount()
    _search(qtbot, w, type_text, "charger")
    assert w.models.threads.rowCount() != before
    with qtbot.waitSignal(w.models.threads.modelReset, timeout=3000):
        qtbot.keyClick(w.ui.search_edit, Qt.Key.Key_Escape)
    assert w.ui.search_edit.text() == ""
    assert w.models.threads.rowCount() == before
