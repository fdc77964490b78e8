"""Drafts: one per thread, fast, attachments in the BlobStore first, lazy order threads."""

from __future__ import annotations

import pytest

from inbox_app.services import drafts
from inbox_app.services.compose import ComposeService
from inbox_app.services.drafts import DraftAttachment, DraftError
from inbox_app.store.migrate import Store
from tests.helpers.factories import make_order, make_thread, thread_state


def test_save_and_load_round_trip(store: Store) -> None:
    tid = make_thread(store)
    att = ComposeService(store).stash_attachment("note.txt", b"hello")
    row = ComposeService(store).save_draft(
        tid, drafts.DraftContent("Re: hi", "Body ü 🙂", attachments=[att])
    )
    loaded = ComposeService(store).load_draft(tid)
    assert loaded is not None
    assert (loaded.subject, loaded.body, loaded.important) == ("Re: hi", "Body ü 🙂", False)
    assert loaded.attachments == (att,)
    assert loaded.message_id == row.message_id
    assert thread_state(store, tid) == (True, None)
    assert store.blobs.get(att.sha256) == b"hello"


def test_one_draft_per_thread(store: Store) -> None:
    tid = make_thread(store)
    a = ComposeService(store).save_draft(tid, drafts.DraftContent("s", "one"))
    b = ComposeService(store).save_draft(tid, drafts.DraftContent("s", "two", important=True))
    assert a.message_id == b.message_id
    loaded = ComposeService(store).load_draft(tid)
    assert loaded is not None and loaded.body == "two" and loaded.important


def test_attachments_replaced(store: Store) -> None:
    tid = make_thread(store)
    a = ComposeService(store).stash_attachment("a.txt", b"a")
    b = ComposeService(store).stash_attachment("b.txt", b"b")
    ComposeService(store).save_draft(tid, drafts.DraftContent("s", "x", attachments=[a, b]))
    ComposeService(store).save_draft(tid, drafts.DraftContent("s", "x", attachments=[b]))
    loaded = ComposeService(store).load_draft(tid)
    assert loaded is not None and loaded.attachments == (b,)


def test_refuses_attachment_whose_bytes_are_not_stored(store: Store) -> None:
    tid = make_thread(store)
    ghost = DraftAttachment("x.pdf", "0" * 64, 3)
    with pytest.raises(DraftError):
        ComposeService(store).save_draft(tid, drafts.DraftContent("s", "x", attachments=[ghost]))
    assert ComposeService(store).load_draft(tid) is None


def test_subject_line_breaks_cleaned(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("a\u2028b\x0bc\nd", "x"))
    loaded = ComposeService(store).load_draft(tid)
    assert loaded is not None and loaded.subject == "a b c d"


def test_saves_in_a_row_keep_one_draft_with_the_last_text(store: Store) -> None:
    # (how long a save takes is measured in make bench: bench_compose)
    tid = make_thread(store)
    for i in range(30):
        ComposeService(store).save_draft(tid, drafts.DraftContent("s", "x" * 2000 + str(i)))
    loaded = ComposeService(store).load_draft(tid)
    assert loaded is not None and loaded.body == "x" * 2000 + "29"
    assert thread_state(store, tid)[0] is True


def test_discard(store: Store) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("s", "x"))
    assert ComposeService(store).discard_draft(tid)
    assert ComposeService(store).load_draft(tid) is None
    assert thread_state(store, tid) == (False, None)
    assert not ComposeService(store).discard_draft(tid)
    assert ComposeService(store).thread_exists(tid)  # the buyer's thread stays


def test_contact_buyer_creates_thread_lazily_and_discard_removes_it(store: Store) -> None:
    oid = make_order(store)
    assert ComposeService(store).thread_for_order_draft(oid) is None
    row = ComposeService(store).save_draft(
        None, drafts.DraftContent("Order", "Your parcel"), order_id=oid
    )
    assert ComposeService(store).thread_for_order_draft(oid) == row.thread_id
    again = ComposeService(store).save_draft(
        row.thread_id, drafts.DraftContent("Order", "Your parcel!")
    )
    assert again.thread_id == row.thread_id
    assert ComposeService(store).discard_draft(row.thread_id)
    assert not ComposeService(store).thread_exists(row.thread_id)


def test_contact_buyer_without_buyer_is_refused(store: Store) -> None:
    oid = make_order(store, with_buyer=False)
    with pytest.raises(DraftError, match="no buyer"):
        ComposeService(store).save_draft(None, drafts.DraftContent("s", "b"), order_id=oid)
