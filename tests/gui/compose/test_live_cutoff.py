"""A pasted book: the live check reads its first part and says the rest is checked on send."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from inbox_app.models.findings_model import FindingRole
from inbox_app.policy.live import LIVE_CHECK_CHARS
from inbox_app.store.migrate import Store
from inbox_app.views.compose.pane import ComposePane
from tests.helpers.factories import make_thread


def test_huge_paste_is_checked_in_part_and_says_so(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    pane = make_pane(make_thread(store))
    body = "Your parcel left our warehouse today. " * 6000
    with qtbot.waitSignal(pane.checked, timeout=5000):
        pane.ui.body.setPlainText("More at www.myshop.com. " + body)
    model = pane.findings_model
    rows = [model.index(r) for r in range(model.rowCount())]
    rules = [i.data(FindingRole.RULE) for i in rows]
    assert "external-link" in rules  # inside the part read live
    assert "live-check-partial" in rules and "message-too-long" in rules
    assert not pane.ui.send.isEnabled()  # the link blocks; the partial note alone never would
    partial = next(i for i, r in zip(rows, rules, strict=True) if r == "live-check-partial")
    start, end = partial.data(FindingRole.SPAN)
    assert LIVE_CHECK_CHARS - 200 <= start <= LIVE_CHECK_CHARS
    assert end == len(pane.ui.body.toPlainText())
