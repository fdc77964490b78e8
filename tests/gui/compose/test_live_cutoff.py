"""A book in the reply (set, not pasted: a paste stops at 10,000 characters): the live
check reads as much as sending would and says, before Send, that a message this long is
neither checked nor sent; Send refuses it with that sentence, in the time an ordinary
message takes (issue 14, item 6)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from inbox_app.models.findings_model import FindingRole
from inbox_app.policy.live import SEND_CHECK_CHARS
from inbox_app.store.migrate import Store
from inbox_app.views.compose.pane import ComposePane
from tests.helpers.factories import make_thread, thread_state


def test_a_book_in_the_reply_is_refused_and_the_pane_says_why(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    tid = make_thread(store)
    pane = make_pane(tid)
    book = "More at www.myshop.com. " + "Your parcel left our warehouse today. " * 6000
    with qtbot.waitSignal(pane.checked, timeout=5000):
        pane.ui.body.setPlainText(book)
    model = pane.findings_model
    rows = [model.index(r) for r in range(model.rowCount())]
    rules = [i.data(FindingRole.RULE) for i in rows]
    assert "external-link" in rules  # inside the part read
    assert "message-unchecked" in rules and "live-check-partial" not in rules
    assert not pane.ui.send.isEnabled()
    unchecked = next(i for i, r in zip(rows, rules, strict=True) if r == "message-unchecked")
    assert unchecked.data(FindingRole.SPAN) == (SEND_CHECK_CHARS, len(book))
    assert str(len(book)) in unchecked.data()
    # without the link, only the length stands in the way, and Send says so
    with qtbot.waitSignal(pane.checked, timeout=5000):
        pane.ui.body.setPlainText(book.replace("More at www.myshop.com. ", ""))
    t0 = time.perf_counter()
    assert not pane.send()
    took = time.perf_counter() - t0
    assert "Not sent" in pane.ui.status.text() and str(SEND_CHECK_CHARS) in pane.ui.status.text()
    assert thread_state(store, tid)[1] is None  # nothing queued
    assert took < 0.5, took  # the GUI thread: no whole-book check (loose: a loaded machine)
