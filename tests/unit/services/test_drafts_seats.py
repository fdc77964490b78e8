"""Per-seat drafts in the store: two seats' drafts of one thread live side by side; a
draft without a seat (a single seller's, or one from before seats) is taken by the first
seat that saves it; undo and "back to draft" keep a seat's text with that seat."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from inbox_app.services.compose import ComposeService
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
    a = ComposeService(store, seat_id=ANNA).save_draft(
        tid, DraftContent("Re", "Anna's"), expect_version=0
    )
    m = ComposeService(store, seat_id=MARCO).save_draft(
        tid, DraftContent("Re", "Marco's"), expect_version=0
    )  # no conflict: he saw no draft of his own
    assert a.message_id != m.message_id
    loaded_a = ComposeService(store, seat_id=ANNA).load_draft(tid)
    loaded_m = ComposeService(store, seat_id=MARCO).load_draft(tid)
    assert loaded_a is not None and loaded_a.body == "Anna's"
    assert loaded_m is not None and loaded_m.body == "Marco's"
    assert ComposeService(store).load_draft(tid) is None  # no seat: neither is a seatless draft
    assert ComposeService(store, seat_id=MARCO).discard_draft(tid)
    assert _drafts(store, tid) == [(ANNA, "Anna's")]


def test_a_seatless_draft_is_the_single_sellers_and_taken_by_the_first_seat(
    store: Store,
) -> None:
    tid = make_thread(store)
    old = ComposeService(store).save_draft(tid, DraftContent("Re", "from before seats"))
    assert _drafts(store, tid) == [(None, "from before seats")]
    seen = ComposeService(store, seat_id=ANNA).load_draft(tid)
    assert seen is not None and seen.message_id == old.message_id
    ComposeService(store, seat_id=ANNA).save_draft(
        tid, DraftContent("Re", "Anna took it"), expect_version=seen.version
    )
    assert ComposeService(store, seat_id=MARCO).load_draft(tid) is None  # hers now
    assert _drafts(store, tid) == [(ANNA, "Anna took it")]


def test_undo_brings_the_text_back_to_the_seat_that_undoes(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store, seat_id=ANNA).save_draft(tid, DraftContent("Re", "Anna's reply"))
    ComposeService(store, seat_id=MARCO).save_draft(tid, DraftContent("Re", "Marco's draft"))
    mid = ComposeService(store, seat_id=ANNA).queue_draft(tid, undo_seconds=10, now=NOW)
    ComposeService(store, seat_id=ANNA).save_draft(tid, DraftContent("Re", "Anna's P.S."))
    assert ComposeService(store, seat_id=ANNA).undo_queued(mid, now=NOW + timedelta(seconds=5))
    # her newer draft is merged into the restored one; Marco's is left alone
    assert _drafts(store, tid) == [
        (ANNA, "Anna's reply\n\nAnna's P.S."),
        (MARCO, "Marco's draft"),
    ]
