"""A search on a team's server reads its newest 200 matches first, and more as the
seller reaches the end of the list: rows merged in without a reset (the selection
stays), Ctrl+End reads every window first, and the status bar says "or more" for as
long as only a first window is known, the exact count after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from inbox_app.store.migrate import Store
from inbox_app.store.queries.thread_filter import ThreadFilter

WORD = "the"  # in most demo messages: every window but the widest is full


def test_a_search_widens_at_the_end_of_the_list_without_a_reset(
    qtbot: QtBot,
    main_window: Callable[..., Any],
    team_store: Callable[..., Store],
    install: Callable[[str], object],
) -> None:
    install("en")  # the English plural forms app.load_translations installs first
    store = team_store(threads=300, person="Anna")
    w = main_window(store=store)
    model = w.models.threads
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    w.ui.search_edit.setText(WORD)
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        w.apply_search()

    flt = ThreadFilter(states=None, query=WORD, sort="activity")
    first = w.service.search_keys(flt, 200)[1].tolist()
    assert model.ids() == first and model.more_matches and model.canFetchMore()
    assert w.statusBar().currentMessage() == f"{len(first)} or more threads match “{WORD}”"
    w.threads.select_thread(first[3])
    chosen = w.current_thread_id()
    assert chosen == first[3]

    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    view: QWidget = w.ui.threads_view
    view.setFocus()
    with qtbot.waitSignal(model.widened, timeout=5000):
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())  # the end
    wider = w.service.search_keys(flt, 1_000)[1].tolist()
    assert model.ids() == wider and len(wider) > len(first)
    assert set(first) < set(wider)
    assert w.statusBar().currentMessage() == f"{len(wider)} or more threads match “{WORD}”"
    assert w.current_thread_id() == chosen  # merged in: the selection followed its row

    # Ctrl+End: every window is read before the cursor goes to the last thread
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    every = w.service.thread_keys(flt)[1].tolist()
    assert model.ids() == every and len(every) > len(wider)
    assert not model.more_matches and not model.canFetchMore()
    assert w.statusBar().currentMessage() == f"{len(every)} threads match “{WORD}”"
    assert w.current_thread_id() == every[-1]
    assert resets == []  # no reset on the way: rows were inserted where they sort
