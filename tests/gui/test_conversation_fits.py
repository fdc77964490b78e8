"""The conversation at 1024x700, in English and Italian (issue 13, item 13): the cards
wrap their headers ("Written by Marco … queued in the outbox") to the pane's width, so
reading never scrolls sideways, and the conversation keeps a share of a short screen
above the reply (more than the newest card)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from inbox_app.services.compose import ComposeService
from inbox_app.services.drafts import DraftContent
from inbox_app.views.compose.room import ComposeRoom
from inbox_app.views.message_card import MessageCard
from tests.helpers.factories import add_seats

LONG_AUTHOR = "Marco Bianchi-Ferraris di Montebello"


def _queue_a_long_named_reply(store: Any, tid: int) -> int:
    seats = add_seats(store, LONG_AUTHOR)
    compose = ComposeService(store, seat_id=seats[LONG_AUTHOR])
    compose.save_draft(tid, DraftContent("Re: your order", "Hello, it left today."))
    return compose.queue_draft(tid, 0, {})


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_conversation_fits_1024_and_keeps_room_above_the_reply(
    main_window: Callable[..., Any],
    demo_store: Callable[..., Any],
    install: Callable[[str], Any],
    qtbot: Any,
    lang: str,
) -> None:
    if lang != "en":
        install(lang)
    store = demo_store()
    w = main_window(store=store, show=False)
    w.resize(1024, 700)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.compose is not None and w.current_thread_id() is not None)
    tid = w.models.threads.thread_at(2).id
    mid = _queue_a_long_named_reply(store, tid)
    w.threads_changed([tid])
    w.threads.select_thread(tid)
    conversation = w.ui.conversation
    qtbot.waitUntil(lambda: any(c.message.id == mid for c in conversation.cards()))
    area = conversation.scroll_area
    port = area.viewport()
    host = area.widget()

    def fits() -> bool:
        return host.width() <= port.width() and area.horizontalScrollBar().maximum() == 0

    qtbot.waitUntil(fits)
    assert host.minimumSizeHint().width() <= port.width()
    for card in conversation.cards():
        head = card.findChild(QLabel, "messageHeader")
        assert head is not None
        # the whole header, wrapped inside its card: nothing cut at the right edge
        assert head.geometry().right() <= card.contentsRect().right()
        qtbot.waitUntil(lambda h=head: h.heightForWidth(h.width()) <= h.height())
    queued = next(c for c in conversation.cards() if c.message.id == mid)
    assert isinstance(queued, MessageCard)
    assert queued.accessibleName().startswith(
        ("Written by " if lang == "en" else "Scritto da ") + LONG_AUTHOR
    )
    # more than the newest card: the conversation keeps a third of a short splitter
    split = conversation.splitter
    # (half with an empty reply; here the reply shows its queued message too)
    qtbot.waitUntil(lambda: split.sizes()[0] >= int(sum(split.sizes()) * 0.33) - 1)
    # ... and the reply still has room to write
    body = w.compose.ui.body
    assert body.viewport().height() >= body.fontMetrics().lineSpacing() * ComposeRoom.BODY_LINES
