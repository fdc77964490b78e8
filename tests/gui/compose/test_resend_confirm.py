"""The Outbox of the real window, a message that "may have been sent" (the real SMTP server
on loopback dropped the connection after DATA): Resend asks "Send again?" first, with
"Don't send" the default. Enter (the default) sends nothing, as the SMTP server shows
after a real sync; only "Send again" sends it, once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from inbox_app.views.compose.dialogs import ConfirmResendDialog
from inbox_app.views.compose.pane import ComposePane
from tests.helpers import mailgen
from tests.helpers.mail_queue import message, queue_reply
from tests.helpers.mailfixtures import SmtpServers
from tests.helpers.mailservers import Dovecot

pytestmark = pytest.mark.imap_server


def _answer(qtbot: Any, seen: list[ConfirmResendDialog], press: Callable[[Any], None]) -> None:
    """Once the dialog is up: note it, then answer with `press(dialog)`."""

    def find() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ConfirmResendDialog) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(10, find)
            return
        seen.append(shown[0])
        press(shown[0])

    QTimer.singleShot(0, find)


def test_resend_asks_first_and_no_sends_nothing(
    qtbot: Any,
    store: Store,
    dovecot: Dovecot,
    smtp: SmtpServers,
    account: object,
    folder: str,
    main_window: Callable[..., Any],
) -> None:
    dovecot.save(mailgen.relay_mail(message_id="<r1@relay.test>"), folder)
    assert MailService(store).sync_account("shop", send=False).imported == 1
    reply = queue_reply(store)
    smtp.handler.behaviour.drop_after_data = 1
    assert MailService(store).sync_account("shop", fetch=False).outbox.unknown == 1  # type: ignore[union-attr]
    assert message(store, reply).status == "unknown"
    delivered = len(smtp.handler.messages)  # the server took it before the drop

    window = main_window(store=store)
    window.show_view("outbox")
    tid = message(store, reply).thread_id
    window.threads.select_thread(tid)
    pane = window.compose_slot.findChild(ComposePane)
    banner = pane.ui.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "may have been sent" in banner.label.text()

    seen: list[ConfirmResendDialog] = []
    _answer(qtbot, seen, lambda dlg: qtbot.keyClick(dlg, Qt.Key.Key_Return))
    banner.resend_button.click()
    (dlg,) = seen
    assert dlg.defaultButton() is dlg.keep_button and dlg.escapeButton() is dlg.keep_button
    assert dlg.clickedButton() is dlg.keep_button  # Enter chose "Don't send"
    assert message(store, reply).status == "unknown"
    assert banner.isVisible()
    summary = MailService(store).sync_account("shop")  # a real sync over the real servers
    assert len(smtp.handler.messages) == delivered  # nothing went out
    assert summary.uncertain  # and it still waits for the seller

    _answer(qtbot, seen, lambda dlg: dlg.send_button.click())
    with qtbot.waitSignal(pane.outbox_changed, timeout=5000):
        banner.resend_button.click()
    assert message(store, reply).status == "queued"
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    summary = MailService(store).sync_account("shop", fetch=False)
    assert summary.outbox is not None and summary.outbox.sent == 1
    assert len(smtp.handler.messages) == delivered + 1  # sent once more, once
    assert message(store, reply).status == "sent" and not summary.uncertain
