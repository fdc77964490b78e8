"""The compose pane's banners in the real window at 1024x700 (issue 14): the "may have been
sent" banner's sentence runs across the whole banner with its buttons on a row of their
own below it (beside them it was squeezed to a few words a line), and the pane never gets
shorter than its wrapped lines need, also when the seller drags the reply small
(issue 15: the pane's minimum counts the wrapped lines of its banners)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint

from inbox_app.services import drafts
from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from tests.helpers.factories import set_status
from tests.helpers.window import open_window


def _with_unknown(
    main_window: Callable[..., Any], demo_store: Callable[..., Store], qtbot: Any, lang: str
) -> Any:
    store = demo_store(threads=60)
    w = open_window(main_window, qtbot, (1024, 700), store=store)
    tid = w.current_thread_id()
    service = ComposeService(store)
    service.save_draft(tid, drafts.DraftContent("Re: where is my parcel", "It left today."))
    set_status(store, service.queue_draft(tid, undo_seconds=0), "unknown")
    w.compose.refresh_outbox()
    qtbot.waitUntil(w.compose.ui.banner.isVisible)
    return w


def _top(widget: Any, ancestor: Any) -> int:
    return int(widget.mapTo(ancestor, QPoint(0, 0)).y())


@pytest.mark.parametrize("lang", ["en", "it", "ko"])
def test_the_banner_sentence_has_the_width_and_its_buttons_a_row_below(
    main_window: Callable[..., Any],
    demo_store: Callable[..., Store],
    install: Callable[[str], Any],
    qtbot: Any,
    lang: str,
) -> None:
    if lang != "en":
        install(lang)
    w = _with_unknown(main_window, demo_store, qtbot, lang)
    assert w.height() == 700
    banner = w.compose.ui.banner
    label = banner.label
    buttons = (banner.resend_button, banner.sent_button, banner.discard_button)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
    # the sentence has (nearly) the banner's whole width, not what the buttons leave
    assert label.width() >= banner.contentsRect().width() - 20
    for b in buttons:
        assert b.isVisible()
        assert _top(b, banner) >= _top(label, banner) + label.height()  # below, no overlap
        assert b.width() >= b.sizeHint().width()  # and each says its whole word


def test_a_reply_dragged_small_still_shows_the_banner_whole(
    main_window: Callable[..., Any], demo_store: Callable[..., Store], qtbot: Any
) -> None:
    w = _with_unknown(main_window, demo_store, qtbot, "en")
    pane = w.compose
    split = w.ui.conversation.splitter
    qtbot.waitUntil(lambda: min(split.sizes()) > 0)
    # the seller drags the reply smaller than it may be (not so far that it collapses)
    split.moveSplitter(split.height() - 180, 1)
    split.splitterMoved.emit(split.height() - 180, 1)
    label = pane.ui.banner.label
    qtbot.waitUntil(lambda: pane.height() <= split.sizes()[1] + 1)
    layout = pane.layout()
    needed = layout.totalMinimumHeightForWidth(pane.width())
    assert pane.minimumSizeHint().height() >= needed
    assert pane.height() >= needed
    assert label.height() >= label.heightForWidth(label.width())  # every wrapped line
    banner = pane.ui.banner
    assert _top(banner.resend_button, banner) >= _top(label, banner) + label.height()
    assert w.height() == 700  # the window still fits the screen
