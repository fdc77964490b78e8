"""Issue 16's done-when, with two real windows in two processes over one PostgreSQL server:
Marco's window (another process, driven over a pipe) opens a thread and types a reply;
Anna's window (this process) says he is replying and warns her compose pane before she
starts hers; Marco sends, through a real SMTP server on loopback; his reply shows in Anna's
conversation (sent, with his name), the SMTP server got it once, and Anna's own reply to
the same thread, started before his answer, is held for a confirm (No: nothing more sent).
The latency from Send to the row in the other window is measured in tests/bench/bench_team.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from email import message_from_bytes, policy
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inbox_app.store.migrate import Store
from inbox_app.store.rows import MessageRow
from inbox_app.store.schema import Message
from tests.helpers.mailfixtures import SmtpServers
from tests.helpers.mailservers import PASSWORD, Certs
from tests.helpers.seats import WindowSeat
from tests.helpers.team_outbox import add_shop_account
from tests.helpers.window import open_team_window
from tests.helpers.writes import save_landed

MARCO = "Hello, your parcel left our warehouse today."
ANNA = "Anna here: a refund is on its way."


def _marcos(rows: tuple[MessageRow, ...]) -> list[MessageRow]:
    return [m for m in rows if m.direction == "out" and m.body_text.startswith(MARCO)]


def test_a_reply_sent_in_one_window_shows_in_the_other_which_is_warned_and_held(
    qtbot: QtBot,
    main_window: Callable[..., QWidget],
    team_store: Callable[..., Store],
    smtp: SmtpServers,
    certs: Certs,
    tmp_path: Path,
    type_text: Callable[[QWidget, str], None],
) -> None:
    store, window, thread = open_team_window(main_window, team_store, qtbot, person="Anna")
    add_shop_account(store, smtp, certs)
    team = window.team  # type: ignore[attr-defined]
    compose = window.compose  # type: ignore[attr-defined]
    conversation = window.models.conversation  # type: ignore[attr-defined]
    label = window.findChild(QLabel, "teamPresenceLabel")
    warning = window.findChild(QLabel, "teamReplyWarning")
    assert label is not None and warning is not None
    qtbot.waitUntil(lambda: compose.thread_id == thread.id)
    assert not warning.isVisible()

    marco = WindowSeat(tmp_path / "marco", store.url, "Marco")
    try:
        qtbot.waitUntil(lambda: marco.answered("ready"), timeout=90_000)
        assert marco.find("ready"), marco.stderr()
        marco.tell(f"password shop {PASSWORD}")
        marco.tell(f"open {thread.id}")
        qtbot.waitUntil(lambda: marco.answered(f"opened {thread.id}"), timeout=30_000)
        qtbot.waitUntil(lambda: label.text() == "Marco has this thread open", timeout=10_000)

        # Marco types: Anna is warned before she starts a reply of her own
        marco.tell(f"type {MARCO}")
        qtbot.waitUntil(lambda: marco.answered("typed"), timeout=30_000)
        assert marco.find("typed"), marco.stderr()
        qtbot.waitUntil(warning.isVisible, timeout=10_000)
        assert label.text() == "Marco is replying"
        assert "Marco is already replying" in warning.text()
        assert compose.ui.body.toPlainText() == ""  # his draft is his, not in her pane

        # she starts hers anyway, then Marco sends his through the SMTP server
        compose.ui.body.setFocus()
        qtbot.waitUntil(compose.ui.body.hasFocus)
        type_text(compose.ui.body, ANNA)
        assert save_landed(qtbot, compose)
        assert thread.id in team.presence.reply_started
        marco.tell("send")
        qtbot.waitUntil(lambda: marco.answered("sent"), timeout=60_000)
        assert marco.find("sent"), marco.stderr()

        # his reply is in her conversation, sent, with his name; no reset of the view
        qtbot.waitUntil(
            lambda: [m.status for m in _marcos(conversation.messages())] == ["sent"],
            timeout=10_000,
        )
        (shown,) = _marcos(conversation.messages())
        assert shown.author == "Marco"
        assert conversation.thread_id == thread.id
        assert compose.ui.body.toPlainText() == ANNA  # her draft untouched

        # the SMTP server got it once
        mails = [
            message_from_bytes(raw, policy=policy.default) for *_, raw in smtp.handler.messages
        ]
        assert Counter(m["Message-ID"] for m in mails).most_common(1)[0][1] == 1
        his = [m for m in mails if MARCO in m.get_body(("plain",)).get_content()]
        assert len(his) == 1 and his[0]["Message-ID"] == shown.message_id_header

        # her Send is held: Marco answered after she started; No keeps it as her draft
        qtbot.waitUntil(lambda: thread.id in team.presence.answered, timeout=10_000)
        asked: list[str] = []

        def refuse() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box.objectName() == "teamAnsweredConfirm":
                asked.append(box.text())
                box.button(QMessageBox.StandardButton.No).click()
            else:
                QTimer.singleShot(20, refuse)

        QTimer.singleShot(0, refuse)
        assert compose.send() is False
        assert asked == ["Marco answered this thread after you started your reply. Send yours too?"]
        assert compose.ui.body.toPlainText() == ANNA
    finally:
        code = marco.close()
    assert code == 0, marco.stderr()

    with store.session() as s:
        out = s.execute(
            select(Message.status, Message.body_text).where(
                Message.thread_id == thread.id, Message.direction == "out"
            )
        ).all()
    assert [status for status, body in out if body.startswith(MARCO)] == ["sent"]
    assert [status for status, body in out if body.startswith(ANNA)] == ["draft"]
    bodies = [
        message_from_bytes(raw, policy=policy.default).get_body(("plain",)).get_content()
        for *_, raw in smtp.handler.messages
    ]
    assert sum(MARCO in b for b in bodies) == 1 and not any(ANNA in b for b in bodies)
