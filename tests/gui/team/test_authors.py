"""Who answered each message: the seat that queued a reply is recorded with it, and the
conversation's card says "Sent by Anna"; a single seller's replies stay "You"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inbox_app.services.compose import ComposeService
from inbox_app.services.drafts import DraftContent
from inbox_app.services.inbox import InboxService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message
from inbox_app.views.message_card import MessageCard
from tests.helpers.factories import add_seats, make_thread, set_status


def _reply(store: Store, tid: int, seat_id: str | None) -> int:
    compose = ComposeService(store, seat_id=seat_id)
    compose.save_draft(tid, DraftContent("Re: your order", "Hello, it left today."))
    return compose.queue_draft(tid, 0, {})


def test_the_seat_that_queues_a_reply_is_its_author(store: Store, qtbot: QtBot) -> None:
    tid = make_thread(store)
    seats = add_seats(store, "Anna", "Bo")
    mid = _reply(store, tid, seats["Anna"])
    detail = InboxService(store).thread_detail(tid)
    assert detail is not None
    queued = [m for m in detail.messages if m.id == mid]
    assert queued[0].author == "Anna" and queued[0].status == "queued"
    card = MessageCard(queued[0], lambda _a: b"", ())
    qtbot.addWidget(card)
    assert card.accessibleName().startswith("Written by Anna, ")
    set_status(store, mid, "sent")
    sent = InboxService(store).thread_detail(tid)
    assert sent is not None
    card = MessageCard(sent.messages[-1], lambda _a: b"", ())
    qtbot.addWidget(card)
    assert card.accessibleName().startswith("Sent by Anna, ")
    buyer = MessageCard(sent.messages[0], lambda _a: b"", ())
    qtbot.addWidget(buyer)
    assert sent.messages[0].author is None and buyer.accessibleName().startswith("Buyer, ")


def test_a_single_sellers_reply_has_no_author(store: Store, qtbot: QtBot) -> None:
    tid = make_thread(store)
    mid = _reply(store, tid, None)
    with store.session() as s:
        assert s.get(Message, mid) is not None
    detail = InboxService(store).thread_detail(tid)
    assert detail is not None and detail.messages[-1].author is None
    card = MessageCard(detail.messages[-1], lambda _a: b"", ())
    qtbot.addWidget(card)
    assert card.accessibleName().startswith("You, ")
