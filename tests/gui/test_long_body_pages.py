"""A long body is shown a page at a time in the conversation (a 50 MB body took 3.7 GB
to display); the rest comes one page per "Show more", by mouse or keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inbox_app.services.inbox import InboxService
from inbox_app.services.ingest import ingest_raw
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Thread
from inbox_app.views.message_card import PAGE_CHARS, MessageCard
from tests.helpers import mailgen


def test_a_long_body_is_shown_in_pages(qtbot: QtBot, store: Store) -> None:
    line = "the parcel is late, please check needle\n"
    text = line * (5 * PAGE_CHARS // len(line) + 10)  # a little over five pages
    with store.session() as s, s.begin():
        ingest_raw(s, store.blobs, mailgen.relay_mail(text=text))
        tid = s.scalars(select(Thread.id)).one()
    detail = InboxService(store).thread_detail(tid)
    assert detail is not None
    msg = detail.messages[0]
    assert len(msg.body_text) > 5 * PAGE_CHARS
    card = MessageCard(msg, lambda _a: b"", ("needle",))
    qtbot.addWidget(card)
    card.show()
    assert card.body.document().characterCount() <= PAGE_CHARS + 1
    more = card.findChild(QToolButton, "showMoreButton")
    assert more is not None and "1 of 6" in more.text()
    first_highlights = card.body.highlight_count()
    assert first_highlights > 0
    more.click()
    assert "2 of 6" in more.text()
    assert card.body.toPlainText() == msg.body_text[: 2 * PAGE_CHARS]
    assert card.body.highlight_count() > first_highlights
    more.setFocus()
    for _ in range(4):
        qtbot.keyClick(more, Qt.Key.Key_Space)
    assert card.body.toPlainText() == msg.body_text
    assert not more.isVisible()


def test_a_short_body_has_no_pages(qtbot: QtBot, store: Store) -> None:
    with store.session() as s, s.begin():
        ingest_raw(s, store.blobs, mailgen.relay_mail(text="Where is my parcel?"))
        tid = s.scalars(select(Thread.id)).one()
    detail = InboxService(store).thread_detail(tid)
    assert detail is not None
    card = MessageCard(detail.messages[0], lambda _a: b"", ())
    qtbot.addWidget(card)
    assert card.findChild(QToolButton, "showMoreButton") is None
