"""A book in the reply (set, not pasted: a paste stops at 10,000 characters): the live
check reads as much as sending would and says, before Send, that a message this long is
neither checked nor sent; Send refuses it with that sentence, reading no more of it
than of an ordinary message (issue 14, item 6)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from inbox_app.models.findings_model import FindingRole
from inbox_app.policy import Context, Draft, Report, check, live
from inbox_app.policy.live import SEND_CHECK_CHARS
from inbox_app.services import policy_checks
from inbox_app.store.migrate import Store
from inbox_app.views.compose.pane import ComposePane
from tests.helpers.factories import make_thread, thread_state


def test_a_book_in_the_reply_is_refused_and_the_pane_says_why(
    store: Store,
    make_pane: Callable[..., ComposePane],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
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
    seen: list[int] = []

    def counted(draft: Draft, context: Context, **kwargs: Any) -> Report:
        seen.append(len(draft.subject or "") + len(draft.body or ""))
        return check(draft, context, **kwargs)

    monkeypatch.setattr(live, "check", counted)  # every check Send can run goes through one
    monkeypatch.setattr(policy_checks, "_check", counted)
    assert not pane.send()
    assert "Not sent" in pane.ui.status.text() and str(SEND_CHECK_CHARS) in pane.ui.status.text()
    assert thread_state(store, tid)[1] is None  # nothing queued
    # the GUI thread: no whole-book check (what it costs is bench_compose's)
    assert all(n <= SEND_CHECK_CHARS + len(pane.ui.subject.text()) for n in seen), seen
