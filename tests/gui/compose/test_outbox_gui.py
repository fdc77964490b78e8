"""Send = queue with an undo window; Ctrl+Z undoes; a crash in `sending` shows the
"may have been sent" banner and is never re-queued by itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inbox_app.services import drafts
from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message
from inbox_app.views.compose.dialogs import ConfirmResendDialog
from inbox_app.views.compose.pane import ComposePane
from tests.helpers.factories import make_thread, set_status, thread_state

GOOD = "Hello Alex, your parcel left our warehouse today and arrives on Friday."


def _status(store: Store, mid: int) -> str | None:
    with store.session() as s:
        m = s.get(Message, mid)
        return m.status if m else None


def test_send_queues_and_undo_button_returns_to_draft(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    tid = make_thread(store)
    pane = make_pane(tid, undo_seconds=30)
    pane.ui.body.setPlainText(GOOD)
    pane.run_check()
    with qtbot.waitSignal(pane.queued, timeout=3000) as sig:
        pane.ui.send.click()
    mid, thread = sig.args
    assert thread == tid and _status(store, mid) == "queued"
    assert thread_state(store, tid) == (False, "queued")
    assert pane.ui.body.toPlainText() == ""
    assert pane.ui.outbox.isVisible() and pane.ui.outbox.undo_button.isVisible()
    assert "leaves in" in pane.ui.outbox.label.text()
    with qtbot.waitSignal(pane.outbox_changed, timeout=3000):
        pane.ui.outbox.undo_button.click()
    assert _status(store, mid) == "draft"
    assert pane.ui.body.toPlainText() == GOOD
    assert thread_state(store, tid) == (True, None)
    assert not pane.ui.outbox.isVisible()


def test_ctrl_enter_sends_and_ctrl_z_undoes(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    tid = make_thread(store)
    pane = make_pane(tid, undo_seconds=30)
    pane.ui.body.setPlainText(GOOD)
    pane.ui.body.setFocus()
    with qtbot.waitSignal(pane.queued, timeout=3000) as sig:
        qtbot.keyClick(pane.ui.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    mid = sig.args[0]
    with qtbot.waitSignal(pane.outbox_changed, timeout=5000):
        qtbot.keyClick(pane.ui.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _status(store, mid) == "draft"
    assert pane.ui.body.toPlainText() == GOOD


def test_undo_after_the_window_is_refused(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    tid = make_thread(store)
    pane = make_pane(tid, undo_seconds=30)
    pane.ui.body.setPlainText(GOOD)
    with qtbot.waitSignal(pane.queued, timeout=3000) as sig:
        pane.send()
    mid = sig.args[0]
    set_status(store, mid, "queued", release_at=datetime.now(UTC) - timedelta(seconds=1))
    assert pane.undo_send(mid)  # asked; the store says no
    qtbot.waitUntil(lambda: "Too late" in pane.ui.status.text())
    assert _status(store, mid) == "queued"


def test_blocked_draft_is_not_queued(store: Store, make_pane: Callable[..., ComposePane]) -> None:
    tid = make_thread(store)
    pane = make_pane(tid)
    pane.ui.body.setPlainText("See www.myshop.com")
    assert not pane.send()
    assert thread_state(store, tid)[1] is None


def test_crash_in_sending_shows_the_banner_and_is_never_requeued(
    store: Store,
    make_pane: Callable[..., ComposePane],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, undo_seconds=0)
    crashed_at = datetime.now(UTC) - timedelta(minutes=3)
    set_status(store, mid, "sending", updated_at=crashed_at, send_attempts=1)
    pane = make_pane(tid, started_at=datetime.now(UTC) - timedelta(minutes=1))
    banner = pane.ui.banner
    assert banner.isVisible()
    assert "may have been sent" in banner.label.text()
    assert banner.resend_button.isVisible() and banner.discard_button.isVisible()
    # time passes, the pane refreshes: still sending, nothing re-queued it
    pane.refresh_outbox()
    pane.sending.watch.refresh()  # and the outbox line's next tick
    assert _status(store, mid) == "sending"
    assert thread_state(store, tid)[1] == "sending"
    # the seller checked Seller Central and decides (and says yes to "Send again?")
    monkeypatch.setattr(ConfirmResendDialog, "ask", classmethod(lambda *_a: True))
    with qtbot.waitSignal(pane.outbox_changed, timeout=3000):
        banner.resend_button.click()
    assert _status(store, mid) == "queued"
    assert not banner.isVisible()


def test_crash_resolution_discard(store: Store, make_pane: Callable[..., ComposePane]) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, undo_seconds=0)
    set_status(store, mid, "unknown")
    pane = make_pane(tid)
    assert pane.ui.banner.isVisible()
    pane.ui.banner.discard_button.click()
    assert _status(store, mid) is None
    assert thread_state(store, tid)[1] is None
    assert not pane.ui.banner.isVisible()


def test_a_send_running_now_is_not_a_crash(
    store: Store, make_pane: Callable[..., ComposePane]
) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, undo_seconds=0)
    pane = make_pane(tid, started_at=datetime.now(UTC) - timedelta(minutes=5))
    set_status(store, mid, "sending", updated_at=datetime.now(UTC))
    pane.refresh_outbox()
    assert not pane.ui.banner.isVisible()
    assert "Sending" in pane.ui.outbox.label.text()


def test_sender_progress_is_shown_and_announced(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    tid = make_thread(store)
    pane = make_pane(tid, undo_seconds=30)
    pane.ui.body.setPlainText(GOOD)
    with qtbot.waitSignal(pane.queued, timeout=3000) as sig:
        pane.send()
    mid = sig.args[0]
    # the mail engineer's sender takes it: sending, then sent
    set_status(store, mid, "sending", updated_at=datetime.now(UTC))
    with qtbot.waitSignal(pane.outbox_changed, timeout=3000) as changed:
        pass  # the pane polls once a second while something is on its way
    assert changed.args == [tid]
    assert "Sending" in pane.ui.outbox.label.text()
    now = datetime.now(UTC)
    set_status(store, mid, "sent", sent_at=now, updated_at=now)
    with qtbot.waitSignal(pane.outbox_changed, timeout=3000):
        pass
    assert "Sent" in pane.ui.outbox.label.text()
    assert thread_state(store, tid)[1] is None


def test_a_message_held_by_the_sender_goes_back_to_the_draft(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, undo_seconds=0)
    set_status(store, mid, "failed", error="Held by the policy check: link")
    pane = make_pane(tid)
    assert pane.ui.outbox.edit_button.isVisible()
    assert "Held by the policy check" in pane.ui.outbox.label.text()
    with qtbot.waitSignal(pane.outbox_changed, timeout=3000):
        pane.ui.outbox.edit_button.click()
    assert _status(store, mid) == "draft"
    assert pane.ui.body.toPlainText() == GOOD
    assert thread_state(store, tid) == (True, None)


@pytest.mark.parametrize("error", [None, "", "  \n "])
def test_a_failed_message_without_an_error_still_says_why(
    store: Store, make_pane: Callable[..., ComposePane], error: str | None
) -> None:
    """A failure recorded without its error text (an older store, a demo row) reads as one
    sentence with the way on, never "Failed: ?"."""
    tid = make_thread(store)
    ComposeService(store).save_draft(tid, drafts.DraftContent("Re: parcel", GOOD))
    mid = ComposeService(store).queue_draft(tid, undo_seconds=0)
    set_status(store, mid, "failed", error=error)
    pane = make_pane(tid)
    text = pane.ui.outbox.label.text()
    assert "?" not in text
    assert text == "Not sent, and no reason was recorded: edit it or send it again."
    assert pane.ui.outbox.retry_button.isVisible() and pane.ui.outbox.edit_button.isVisible()
