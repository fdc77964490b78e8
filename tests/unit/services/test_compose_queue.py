"""The queue side of the outbox: queue with an undo window, undo, and crash resolution."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from inbox_app.services import compose_queue as q
from inbox_app.services import drafts
from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message
from tests.helpers.factories import make_thread, set_status, thread_state

NOW = datetime(2026, 11, 23, 12, 0, 0, 500000, tzinfo=UTC)
GOOD = "Hello Alex, your parcel left our warehouse today and arrives on Friday."


def _message(store: Store, mid: int) -> Message:
    with store.session() as s:
        m = s.get(Message, mid)
        assert m is not None
        return m


def test_queue_sets_release_and_thread_state(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, undo_seconds=10, now=NOW)
    m = _message(store, mid)
    assert m.status == "queued"
    assert m.release_at == datetime(2026, 11, 23, 12, 0, 11, tzinfo=UTC)  # rounded up
    assert m.in_reply_to == f"<m{tid}@relay.example>"
    assert thread_state(store, tid) == (False, "queued")
    assert ComposeService(store).load_draft(tid) is None


def test_queue_refuses_blocked_text(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(
        tid, drafts.DraftContent("Re: parcel", "Visit www.myshop.com for more")
    )
    with pytest.raises(q.PolicyBlockedError) as err:
        ComposeService(store).queue_draft(tid, now=NOW)
    assert "external-link" in err.value.report.rules()
    assert ComposeService(store).load_draft(tid) is not None  # still a draft
    assert thread_state(store, tid) == (True, None)


def test_queue_refuses_disguised_executable(store: Store) -> None:
    tid = make_thread(store)
    exe = ComposeService(store).stash_attachment("invoice.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    ComposeService(store).save_draft(
        tid, drafts.DraftContent("Re: parcel", GOOD, attachments=[exe])
    )
    with pytest.raises(q.PolicyBlockedError) as err:
        ComposeService(store).queue_draft(tid, now=NOW)
    assert "attachment-type" in err.value.report.rules()


def test_queue_without_draft(store: Store) -> None:
    tid = make_thread(store)
    with pytest.raises(q.QueueError):
        ComposeService(store).queue_draft(tid)


def test_undo_within_window_returns_to_draft(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, now=NOW)
    assert ComposeService(store).undo_queued(mid, now=NOW + timedelta(seconds=9))
    draft = ComposeService(store).load_draft(tid)
    assert draft is not None and draft.message_id == mid and draft.body == GOOD
    assert _message(store, mid).release_at is None
    assert thread_state(store, tid) == (True, None)


def test_undo_after_window_refused(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, now=NOW)
    assert not ComposeService(store).undo_queued(mid, now=NOW + timedelta(seconds=11))
    assert _message(store, mid).status == "queued"


def test_undo_refused_once_the_sender_took_it(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, now=NOW)
    set_status(store, mid, "sending")
    assert not ComposeService(store).undo_queued(mid, now=NOW)
    assert _message(store, mid).status == "sending"


def test_undo_merges_a_newer_draft_instead_of_losing_it(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, now=NOW)
    note = ComposeService(store).stash_attachment("n.txt", b"note")
    ComposeService(store).save_draft(
        tid, drafts.DraftContent("Re: parcel", "P.S. tracking follows", attachments=[note])
    )
    assert ComposeService(store).undo_queued(mid, now=NOW)
    draft = ComposeService(store).load_draft(tid)
    assert draft is not None and draft.message_id == mid
    assert draft.body == GOOD + "\n\nP.S. tracking follows"
    assert [a.filename for a in draft.attachments] == ["n.txt"]


def test_crash_in_sending_is_listed_and_never_requeued(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, now=NOW)
    set_status(store, mid, "sending", updated_at=NOW)
    started = NOW + timedelta(minutes=5)  # the app started after the crash
    pending = ComposeService(store).pending_unknown(started_before=started)
    assert [p.message_id for p in pending] == [mid]
    # a send running right now (touched after start) is not "may have been sent"
    assert ComposeService(store).pending_unknown(started_before=NOW - timedelta(minutes=1)) == []
    assert _message(store, mid).status == "sending"  # listing changes nothing
    assert thread_state(store, tid)[1] == "sending"


@pytest.mark.parametrize(
    ("action", "status"), [("resend", "queued"), ("mark_sent", "sent"), ("discard", None)]
)
def test_resolve_unknown(store: Store, action: q.Resolution, status: str | None) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, now=NOW)
    set_status(store, mid, "unknown")
    assert ComposeService(store).resolve_unknown(mid, action, now=NOW)
    with store.session() as s:
        m = s.get(Message, mid)
        assert (m.status if m else None) == status
    assert ComposeService(store).pending_unknown() == []
    assert not ComposeService(store).resolve_unknown(mid, action, now=NOW)  # only once


def test_resolve_refuses_other_states(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, now=NOW)
    assert not ComposeService(store).resolve_unknown(mid, "resend")  # queued: nothing to resolve
    with pytest.raises(ValueError):
        ComposeService(store).resolve_unknown(mid, "explode")  # type: ignore[arg-type]


def test_outbox_items(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, now=NOW)
    items = ComposeService(store).outbox_items(tid)
    assert [(i.message_id, i.status) for i in items] == [(mid, "queued")]
    assert q.undo_deadline(items[0], NOW) == timedelta(seconds=10.5)
    assert q.undo_deadline(items[0], NOW + timedelta(seconds=12)) is None


def test_return_failed_to_draft(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, now=NOW)
    assert not ComposeService(store).return_to_draft(mid)  # queued: not failed
    set_status(store, mid, "failed", error="550 rejected")
    assert ComposeService(store).return_to_draft(mid)
    draft = ComposeService(store).load_draft(tid)
    assert draft is not None and draft.message_id == mid
    assert thread_state(store, tid) == (True, None)
