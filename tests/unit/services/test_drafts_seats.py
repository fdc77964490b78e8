"""Per-seat drafts in the store: two seats' drafts of one thread live side by side; a
draft without a seat (a single seller's, or one from before seats) is taken by the first
seat that saves it; undo and "back to draft" keep a seat's text with that seat."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from inbox_app.services import compose_queue as q
from inbox_app.services import drafts
from inbox_app.services.drafts import DraftContent
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message
from tests.helpers.factories import make_thread

NOW = datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)
ANNA, MARCO = "seat-anna", "seat-marco"


def _drafts(store: Store, tid: int) -> list[tuple[str | None, str]]:
    with store.session() as s:
        rows = s.execute(
            select(Message.draft_seat_id, Message.body_text).where(
                Message.thread_id == tid, Message.status == "draft"
            )
        ).all()
    return sorted(((a, b) for a, b in rows), key=lambda r: (r[0] or "", r[1]))


def test_two_seats_each_save_and_load_their_own_draft(store: Store) -> None:
    tid = make_thread(store)
    a = drafts.save_draft(store, tid, DraftContent("Re", "Anna's"), expect_version=0, seat_id=ANNA)
    m = drafts.save_draft(
        store, tid, DraftContent("Re", "Marco's"), expect_version=0, seat_id=MARCO
    )  # no conflict: he saw no draft of his own
    assert a.message_id != m.message_id
    loaded_a = drafts.load_draft(store, tid, ANNA)
    loaded_m = drafts.load_draft(store, tid, MARCO)
    assert loaded_a is not None and loaded_a.body == "Anna's"
    assert loaded_m is not None and loaded_m.body == "Marco's"
    assert drafts.load_draft(store, tid) is None  # no seat: neither is a seatless draft
    assert drafts.discard_draft(store, tid, seat_id=MARCO)
    assert _drafts(store, tid) == [(ANNA, "Anna's")]


def test_a_seatless_draft_is_the_single_sellers_and_taken_by_the_first_seat(
    store: Store,
) -> None:
    tid = make_thread(store)
    old = drafts.save_draft(store, tid, DraftContent("Re", "from before seats"))
    assert _drafts(store, tid) == [(None, "from before seats")]
    seen = drafts.load_draft(store, tid, ANNA)
    assert seen is not None and seen.message_id == old.message_id
    drafts.save_draft(
        store, tid, DraftContent("Re", "Anna took it"), expect_version=seen.version, seat_id=ANNA
    )
    assert drafts.load_draft(store, tid, MARCO) is None  # hers now
    assert _drafts(store, tid) == [(ANNA, "Anna took it")]


def test_undo_brings_the_text_back_to_the_seat_that_undoes(store: Store) -> None:
    tid = make_thread(store)
    drafts.save_draft(store, tid, DraftContent("Re", "Anna's reply"), seat_id=ANNA)
    drafts.save_draft(store, tid, DraftContent("Re", "Marco's draft"), seat_id=MARCO)
    mid = q.queue_draft(store, tid, undo_seconds=10, now=NOW, seat_id=ANNA)
    drafts.save_draft(store, tid, DraftContent("Re", "Anna's P.S."), seat_id=ANNA)
    assert q.undo_queued(store, mid, now=NOW + timedelta(seconds=5), seat_id=ANNA)
    # her newer draft is merged into the restored one; Marco's is left alone
    assert _drafts(store, tid) == [
        (ANNA, "Anna's reply\n\nAnna's P.S."),
        (MARCO, "Marco's draft"),
    ]
