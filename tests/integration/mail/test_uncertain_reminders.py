"""A message that "may have been sent" (the SMTP connection dropped after DATA) is not
forgotten: every later sync says so, on the CLI (and exits non-zero) and in the window's
status, until the seller decides (resend, mark as sent, or discard)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inbox_app.cli import main
from inbox_app.commands.sync import EXIT_UNCERTAIN
from inbox_app.services.compose import ComposeService
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from inbox_app.views.sync_controller import SyncController, SyncStatusWidget
from tests.helpers import mailgen
from tests.helpers.mail_queue import message, queue_reply
from tests.helpers.mailfixtures import SmtpServers
from tests.helpers.mailservers import Dovecot
from tests.helpers.runner import with_own_runner

pytestmark = pytest.mark.imap_server


def _uncertain(store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str) -> int:
    dovecot.save(mailgen.relay_mail(message_id="<b1@relay.test>"), folder)
    assert MailService(store).sync_account("shop", send=False).imported == 1
    reply = queue_reply(store)
    smtp.handler.behaviour.drop_after_data = 1
    first = MailService(store).sync_account("shop", fetch=False)
    assert first.outbox is not None and first.outbox.unknown == 1
    assert message(store, reply).status == "unknown"
    return reply


def test_every_later_sync_says_so_until_the_seller_decides(
    store: Store,
    db_path: Path,
    dovecot: Dovecot,
    smtp: SmtpServers,
    account: object,
    folder: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    reply = _uncertain(store, dovecot, smtp, folder)
    for _ in range(2):  # not once: on every sync
        summary = MailService(store).sync_account("shop")
        assert summary.uncertain == ("RE: " + message(store, reply).subject.removeprefix("RE: "),)
        assert any("may have been sent" in line for line in summary.lines())
        capsys.readouterr()
        assert main(["sync", "--db", str(db_path), "--quiet"]) == EXIT_UNCERTAIN
        err = capsys.readouterr().err
        assert "1 message may have been sent" in err and "decide" in err
    assert len(smtp.handler.messages) == 1  # and it was never resent
    assert ComposeService(store).resolve_unknown(reply, "mark_sent")
    capsys.readouterr()
    assert main(["sync", "--db", str(db_path), "--quiet"]) == 0
    assert "may have been sent" not in capsys.readouterr().err
    assert MailService(store).sync_account("shop").uncertain == ()


def test_the_sync_that_drops_the_connection_says_so_and_exits_uncertain(
    store: Store,
    db_path: Path,
    dovecot: Dovecot,
    smtp: SmtpServers,
    account: object,
    folder: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dovecot.save(mailgen.relay_mail(message_id="<b2@relay.test>"), folder)
    assert MailService(store).sync_account("shop", send=False).imported == 1
    reply = queue_reply(store)
    smtp.handler.behaviour.drop_after_data = 1
    capsys.readouterr()
    assert main(["sync", "--db", str(db_path), "--quiet", "--send-only"]) == EXIT_UNCERTAIN
    out, err = capsys.readouterr()
    assert "uncertain 1" in out
    assert "1 message may have been sent" in err and "Traceback" not in err
    assert message(store, reply).status == "unknown"


def test_sync_help_documents_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["sync", "--help"])
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert f'{EXIT_UNCERTAIN} synced, but a message "may have been sent"' in text
    assert "on every sync until then" in text


def test_the_window_status_says_so(
    qtbot: QtBot,
    store: Store,
    dovecot: Dovecot,
    smtp: SmtpServers,
    account: object,
    folder: str,
) -> None:
    reply = _uncertain(store, dovecot, smtp, folder)
    controller = with_own_runner(lambda runner: SyncController(MailService(store), runner=runner))
    status = SyncStatusWidget(controller)
    qtbot.addWidget(status)
    for fetch in (True, False):  # a mail check and an outbox round both remind
        with qtbot.waitSignal(controller.finished, timeout=30000):
            assert controller.sync_now(fetch=fetch)
        assert "may have been sent" in status.label.text()
    assert ComposeService(store).resolve_unknown(reply, "discard")
    with qtbot.waitSignal(controller.finished, timeout=30000):
        assert controller.sync_now()
    assert "may have been sent" not in status.label.text()
