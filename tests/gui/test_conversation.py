"""The conversation pane: statuses, Amazon notices, attachment chips, live deadline."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel

from inbox_app.models.roles import Role
from inbox_app.services.threads import recompute_thread
from inbox_app.store.schema import Attachment, Message
from inbox_app.views.attachments import AttachmentChip, safe_display_name
from tests.helpers.clock import DEMO_NOW
from tests.helpers.window import open_window, wait_settled

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _add(store, tid, **fields):
    with store.session() as s, s.begin():
        msg = Message(
            thread_id=tid, subject="s", body_text=fields.pop("body_text", "text"), **fields
        )
        s.add(msg)
        s.flush()
        recompute_thread(s, tid)
        return msg.id


def test_every_status_and_notice_is_shown_in_words(main_window, demo_store, qtbot):
    store = demo_store()
    w = main_window(store=store)
    tid = w.current_thread_id()
    t = DEMO_NOW - timedelta(minutes=30)
    for n, (status, extra) in enumerate(
        [
            ("queued", {}),
            ("failed", {"error": "550 relay refused"}),
            ("unknown", {}),
            ("bounced", {}),
        ]
    ):
        _add(
            store, tid, direction="out", status=status, created_at=t + timedelta(minutes=n), **extra
        )
    _add(
        store,
        tid,
        direction="in",
        status="received",
        notice_kind="bounce",
        notice_text="The buyer has opted out of unsolicited messages.",
        created_at=t + timedelta(minutes=10),
    )
    before = w.models.conversation.rowCount()
    resets = []
    w.models.conversation.modelReset.connect(lambda: resets.append(1))
    w.refresh_current()
    assert resets == [], "new messages are inserted, not reset"
    assert w.models.conversation.rowCount() == before + 5
    qtbot.waitUntil(lambda: len(w.ui.conversation.cards()) == before + 5)
    heads = [c.findChild(QLabel, "messageHeader") for c in w.ui.conversation.cards()]
    texts = " | ".join(h.text() for h in heads if h is not None)
    for words in (
        "queued in the outbox",
        "failed to send",
        "may have been sent (status unknown)",
        "bounced",
        "Amazon notice: not delivered",
    ):
        assert words in texts, words
    notice = w.ui.conversation.cards()[-1]
    assert notice.objectName() == "message_notice"
    assert "opted out" in notice.body.toPlainText()
    cards = w.ui.conversation.cards()
    failed = next(c for c in cards if c.message.error == "550 relay refused")
    assert "550 relay refused" in " ".join(label.text() for label in failed.findChildren(QLabel))
    assert w.models.threads.thread_at(w.models.threads.row_of(tid)).outbox_state == "failed"


def test_attachment_chips_open_safe_types_only_and_save(
    main_window, demo_store, qtbot, tmp_path: Path, monkeypatch
):
    store = demo_store()
    w = main_window(store=store)
    tid = w.current_thread_id()
    png_sha = store.blobs.put(PNG)
    exe_sha = store.blobs.put(b"MZ\x90\x00 not really a program")
    mid = _add(
        store, tid, direction="in", status="received", created_at=DEMO_NOW - timedelta(minutes=1)
    )
    with store.session() as s, s.begin():
        s.add(
            Attachment(
                message_id=mid,
                filename="photo\u202egnp.exe",
                media_type="image/png",
                size=len(PNG),
                sha256=png_sha,
            )
        )
        s.add(
            Attachment(
                message_id=mid,
                filename="invoice.pdf.exe",
                media_type="application/x-dosexec",
                size=27,
                sha256=exe_sha,
            )
        )
    w.refresh_current()
    qtbot.waitUntil(lambda: len(w.ui.conversation.cards()[-1].findChildren(AttachmentChip)) == 2)
    png_chip, exe_chip = w.ui.conversation.cards()[-1].findChildren(AttachmentChip)
    assert "\u202e" not in png_chip.text() and safe_display_name("a\u202eb\x00c") == "abc"
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    assert png_chip.open_action.isEnabled()
    path = png_chip.open_copy()
    assert path is not None and path.name == f"attachment-{png_chip.attachment.id}.png"
    assert path.read_bytes() == PNG and opened == [str(path)]
    assert not exe_chip.open_action.isEnabled()
    assert exe_chip.open_copy() is None and len(opened) == 1, "never opened, whatever the name says"
    target = tmp_path / "saved.bin"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    exe_chip.click()  # the default action of a risky type is Save, not Open
    assert target.read_bytes().startswith(b"MZ")
    assert len(opened) == 1


def test_the_header_deadline_follows_the_clock(main_window, clock, qtbot):
    w = main_window()
    model = w.models.threads
    n = next(
        i
        for i in range(model.rowCount())
        if (model.data(model.index(i, 0), Role.SECONDS_LEFT) or -1) > 3600
    )
    w.move_selection(n)
    before = w.ui.conversation.due_label.text()
    assert "Reply within" in before
    clock.advance(hours=30)
    w.threads.header_timer.setInterval(10)
    qtbot.waitUntil(lambda: "overdue" in w.ui.conversation.due_label.text(), timeout=2000)


def _long_thread(store, tid):
    """Twelve long messages, then the buyer's newest question, then a reply still queued."""
    base = DEMO_NOW - timedelta(minutes=200)  # newer than the demo's own messages
    long_text = "\n".join(f"line {n} of a long message about the order" for n in range(14))
    for n in range(12):
        _add(
            store,
            tid,
            direction="in" if n % 2 == 0 else "out",
            status="received" if n % 2 == 0 else "sent",
            body_text=long_text,
            created_at=base + timedelta(minutes=10 * n),
        )
    question = _add(
        store,
        tid,
        direction="in",
        status="received",
        body_text="Where is my parcel now?",
        created_at=base + timedelta(minutes=150),
    )
    _add(
        store,
        tid,
        direction="out",
        status="queued",
        body_text=long_text,
        created_at=base + timedelta(minutes=160),
    )
    return question


def _in_view(w, message_id) -> bool:
    view = w.ui.conversation
    cards = [c for c in view.cards() if c.message.id == message_id]
    if not cards:
        return False
    bar = view.scroll_area.verticalScrollBar()
    height = view.scroll_area.viewport().height()
    laid_out = cards[0].y() > height  # twelve long messages stand above it
    top = cards[0].y() - bar.value()
    return laid_out and 0 <= top < height


def test_a_thread_opens_at_the_newest_unanswered_buyer_message_every_time(
    main_window, demo_store, qtbot
):
    store = demo_store()
    w = main_window(store=store)
    long_tid = w.models.threads.thread_at(3).id
    question = _long_thread(store, long_tid)
    w.threads_changed([long_tid])
    other = w.models.threads.thread_at(1).id
    for _ in range(2):
        w.threads.select_thread(other)
        bar = w.ui.conversation.scroll_area.verticalScrollBar()
        bar.setValue(0)  # the previous thread was read from its top
        w.threads.select_thread(long_tid)
        assert w.current_thread_id() == long_tid
        qtbot.waitUntil(lambda: _in_view(w, question))
        assert bar.value() > 0


def _wholly_in_view(w, message_id) -> bool:
    view = w.ui.conversation
    card = next(c for c in view.cards() if c.message.id == message_id)
    top = card.y() - view.scroll_area.verticalScrollBar().value()
    return card.y() > 0 and top >= 0 and top + card.height() <= view.scroll_area.viewport().height()


def test_the_newest_buyer_card_stays_whole_through_a_refresh_and_a_resize(
    main_window, demo_store, qtbot
):
    """The thread opens at 1024×700; its messages change (the verified store's refresh
    after the first paint does this) and the window grows to 1920×1080, the reply room
    moving the split each time: the question being answered is whole after each."""
    store = demo_store()
    w = open_window(main_window, qtbot, (1024, 700), store=store)
    tid = w.models.threads.thread_at(3).id
    question = _long_thread(store, tid)
    w.threads_changed([tid])
    w.threads.select_thread(tid)
    view = w.ui.conversation
    qtbot.waitUntil(lambda: _wholly_in_view(w, question))
    with store.session() as s, s.begin():  # an older message changes: cards rebuilt
        s.get(Message, question - 1).body_text = "edited"
    w.refresh_current()
    qtbot.waitUntil(lambda: any(c.message.body_text == "edited" for c in view.cards()))
    qtbot.waitUntil(lambda: _wholly_in_view(w, question))
    before = view.scroll_area.viewport().height()
    w.resize(1920, 1080)
    qtbot.waitUntil(lambda: view.scroll_area.viewport().height() != before)
    wait_settled(qtbot, w)  # the reply room settles the split after the resize
    qtbot.waitUntil(lambda: _wholly_in_view(w, question))
    assert view.kept_card() is not None and view.kept_card().message.id == question
    view.scroll_area.verticalScrollBar().triggerAction(
        view.scroll_area.verticalScrollBar().SliderAction.SliderToMinimum
    )  # the seller scrolls: the view lets go
    assert view.kept_card() is None
    w.resize(1024, 700)
    wait_settled(qtbot, w)
    assert view.scroll_area.verticalScrollBar().value() == 0
