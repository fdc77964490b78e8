"""The account dialog and window sync against a real Dovecot and a real SMTP server."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inbox_app import credentials
from inbox_app.models.roles import Role
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message, Thread
from inbox_app.views.account_dialog import AccountDialog
from inbox_app.views.sync_controller import SyncController, SyncRound, SyncStatusWidget
from tests.helpers.account_form import fill_account_form
from tests.helpers.mailgen import relay_mail
from tests.helpers.mailservers import PASSWORD, USER, Dovecot
from tests.helpers.memkeyring import MemoryKeyring
from tests.helpers.runner import with_own_runner

pytestmark = pytest.mark.imap_server


def test_test_connection_reports_a_wrong_password_then_saves(
    qtbot: QtBot, store: Store, dovecot: Dovecot, smtp: object, folder: str
) -> None:
    dialog = with_own_runner(lambda runner: AccountDialog(MailService(store), runner=runner))
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "accountDialog"
    fill_account_form(dialog, dovecot, smtp.starttls_port, folder, password="wrong-password")  # type: ignore[attr-defined]
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_test is not None, timeout=15000)
    assert dialog.last_test is not None and not dialog.last_test.ok
    assert dialog.last_test.imap.kind == "auth"
    assert "wrong-password" not in dialog.test_result.text()
    dialog.last_test = None
    dialog.password_edit.setText(PASSWORD)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_test is not None, timeout=15000)
    assert dialog.last_test is not None and dialog.last_test.ok, dialog.test_result.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    assert dialog.account is not None and dialog.account.marketplaces == ("US",)
    assert [a.name for a in MailService(store).accounts()] == ["Shop US"]
    # the password went to the keyring, and nowhere into the database file
    assert MemoryKeyring.store[(credentials.SERVICE, "Shop US")] == PASSWORD
    db = Path(store.url.removeprefix("sqlite:///"))
    store.engine.dispose()
    for path in db.parent.glob(db.name + "*"):
        assert PASSWORD.encode() not in path.read_bytes()


def test_window_sync_fetches_buyer_mail_with_progress(
    qtbot: QtBot, store: Store, dovecot: Dovecot, smtp: object, folder: str
) -> None:
    dialog = with_own_runner(lambda runner: AccountDialog(MailService(store), runner=runner))
    qtbot.addWidget(dialog)
    fill_account_form(dialog, dovecot, smtp.starttls_port, folder)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    for i in range(3):
        dovecot.save(
            relay_mail(order=f"111-000000{i}-1234567", text=f"Where is parcel {i}?"), folder
        )
    controller = with_own_runner(lambda runner: SyncController(MailService(store), runner=runner))
    status = SyncStatusWidget(controller)
    qtbot.addWidget(status)
    with qtbot.waitSignal(controller.finished, timeout=30000) as blocker:
        assert controller.sync_now()
        assert not controller.sync_now()  # one round at a time
        assert status.cancel_button.isVisibleTo(status)
    result = blocker.args[0]
    assert isinstance(result, SyncRound)
    assert result.errors == [] and result.imported == 3
    assert "3" in status.label.text()
    assert not status.cancel_button.isVisibleTo(status)
    with store.session() as s:
        bodies = s.scalars(select(Message.body_text).where(Message.direction == "in")).all()
        assert sorted(b.strip() for b in bodies) == [f"Where is parcel {i}?" for i in range(3)]
        assert s.scalar(select(Thread.state).limit(1)) == "open"


def test_session_only_password_is_asked_for_and_kept_in_memory(
    qtbot: QtBot, store: Store, dovecot: Dovecot, smtp: object, folder: str
) -> None:
    dialog = with_own_runner(lambda runner: AccountDialog(MailService(store), runner=runner))
    qtbot.addWidget(dialog)
    fill_account_form(dialog, dovecot, smtp.starttls_port, folder)  # type: ignore[attr-defined]
    dialog.remember_check.setChecked(False)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    assert (credentials.SERVICE, "Shop US") not in MemoryKeyring.store
    credentials.forget_session()  # a new session: nothing remembered
    asked: list[str] = []

    def prompt(name: str) -> str:
        asked.append(name)
        return PASSWORD

    controller = with_own_runner(
        lambda runner: SyncController(MailService(store), password_prompt=prompt, runner=runner)
    )
    dovecot.save(relay_mail(order="111-0000009-1234567", text="Hello?"), folder)
    with qtbot.waitSignal(controller.finished, timeout=30000) as first:
        controller.sync_now()
    assert first.args[0].needs_password == ["Shop US"] and asked == ["Shop US"]
    # the controller retries the account at once with the password it was given
    with qtbot.waitSignal(controller.finished, timeout=30000) as second:
        pass
    assert second.args[0].imported == 1
    assert (credentials.SERVICE, "Shop US") not in MemoryKeyring.store
    credentials.forget_session()


def test_the_real_window_has_the_mail_menu_and_shows_synced_threads_in_place(
    qtbot: QtBot,
    main_window: object,
    demo_store: object,
    dovecot: Dovecot,
    smtp: object,
    folder: str,
) -> None:
    store = demo_store(threads=50)  # type: ignore[operator]
    window = main_window(store=store)  # type: ignore[operator]
    assert window.mail is not None
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.index("Mail") == titles.index("Help") - 1
    dialog = with_own_runner(lambda runner: AccountDialog(MailService(store), runner=runner))
    qtbot.addWidget(dialog)
    fill_account_form(dialog, dovecot, smtp.starttls_port, folder)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    dovecot.save(
        relay_mail(
            token="zz9zz9zz9zz9zz9",
            order="999-0000001-0000001",
            name="Zelda",
            text="Is it in stock?",
        ),
        folder,
    )
    view = window.models.threads
    resets: list[bool] = []
    view.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(window.mail.controller.finished, timeout=30000):
        window.mail.sync_action.trigger()

    def zelda_listed() -> bool:
        rows = [view.index(r, 0).data(Role.ROW) for r in range(view.rowCount())]
        return any(row is not None and row.buyer_name == "Zelda" for row in rows)

    qtbot.waitUntil(zelda_listed, timeout=10000)
    assert resets == []  # inserted in place, no reset


def test_a_reply_from_the_window_reaches_the_smtp_server_on_the_buyers_thread(
    qtbot: QtBot,
    main_window: object,
    demo_store: object,
    type_text: object,
    dovecot: Dovecot,
    smtp: object,
    folder: str,
) -> None:
    """Issue 6's whole path, as a seller does it: add the account, receive, reply, sent."""
    from inbox_app.app import app_settings

    app_settings().setValue("compose/undo_seconds", 0)  # no undo wait in this test
    store = demo_store(threads=20)  # type: ignore[operator]
    window = main_window(store=store)  # type: ignore[operator]
    dialog = with_own_runner(lambda runner: AccountDialog(MailService(store), runner=runner))
    qtbot.addWidget(dialog)
    fill_account_form(dialog, dovecot, smtp.starttls_port, folder)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    dovecot.save(
        relay_mail(
            token="yy8yy8yy8yy8yy8",
            order="999-0000002-0000002",
            name="Yara",
            text="Does it fit a 10 inch tablet?",
            message_id="<buyer-yara-1@relay.test>",
        ),
        folder,
    )
    with qtbot.waitSignal(window.mail.controller.finished, timeout=30000):
        window.mail.sync_action.trigger()
    with store.session() as s:
        tid = s.scalar(select(Thread.id).where(Thread.amazon_order_id == "999-0000002-0000002"))
    assert tid is not None
    window.threads.select_thread(tid, fallback_first=False)
    pane = window.compose
    qtbot.waitUntil(lambda: pane.thread_id == tid, timeout=5000)
    type_text(pane.ui.body, "Hello Yara, yes: it fits a 10 inch tablet.")  # type: ignore[operator]
    qtbot.waitUntil(pane.ui.send.isEnabled, timeout=5000)
    with qtbot.waitSignal(pane.queued, timeout=10_000):
        assert pane.send()  # on its way in the window's write lane
    with store.session() as s:
        release = s.scalar(
            select(Message.release_at).where(Message.thread_id == tid, Message.status == "queued")
        )
    assert release is not None  # the end of the undo window, rounded to whole seconds
    qtbot.waitUntil(lambda: datetime.now(UTC) > release, timeout=5000)
    with qtbot.waitSignal(window.mail.controller.finished, timeout=30000) as done:
        window.mail.controller.sync_now(fetch=False)
    assert done.args[0].errors == []
    handler = smtp.handler  # type: ignore[attr-defined]
    assert len(handler.messages) == 1
    sent = handler.parsed(0)
    assert sent["To"].addresses[0].addr_spec == "yy8yy8yy8yy8yy8@marketplace.amazon.com"
    assert sent["From"].addresses[0].addr_spec == USER
    assert sent["In-Reply-To"] == "<buyer-yara-1@relay.test>"
    assert "it fits a 10 inch tablet" in sent.get_body(("plain",)).get_content()
    with store.session() as s:
        statuses = s.scalars(
            select(Message.status).where(Message.thread_id == tid, Message.direction == "out")
        ).all()
        assert statuses == ["sent"]
        assert s.scalar(select(Thread.state).where(Thread.id == tid)) == "answered"


def test_a_syncs_progress_is_said_in_the_interface_language(
    qtbot: QtBot, store: Store, dovecot: Dovecot, smtp: object, folder: str, install: object
) -> None:
    install("it")  # type: ignore[operator]
    dialog = with_own_runner(lambda runner: AccountDialog(MailService(store), runner=runner))
    qtbot.addWidget(dialog)
    fill_account_form(dialog, dovecot, smtp.starttls_port, folder)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    dovecot.save(relay_mail(order="111-0000009-1234567", text="Dov'è il pacco?"), folder)
    controller = with_own_runner(lambda runner: SyncController(MailService(store), runner=runner))
    said: list[str] = []
    controller.status.connect(said.append)
    with qtbot.waitSignal(controller.finished, timeout=30000):
        assert controller.sync_now()
    host = "127.0.0.1"  # the form's IMAP server (tests/helpers/account_form.py)
    # the service reports 'connecting to HOST' and 'sending the outbox' in English; the
    # status bar reads them back in Italian (they reached it in English before)
    assert f"connessione a {host}" in said, said
    assert "invio della posta in uscita" in said, said
    assert not any(s.startswith(("connecting to", "sending the outbox")) for s in said)
