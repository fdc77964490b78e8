"""Send against a real aiosmtpd: headers, 4xx retry, 5xx failure, dropped after DATA, offline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message, SellerAccount, Thread, utcnow
from tests.helpers import mailgen
from tests.helpers.mail_queue import message, queue_reply
from tests.helpers.mailfixtures import SmtpServers, make_account
from tests.helpers.mailservers import USER, Dovecot, free_port

pytestmark = pytest.mark.imap_server
ORDER = "111-1234567-1234567"
ALIAS = "abcdefghij12345@marketplace.amazon.com"


def _buyer_thread(store: Store, dovecot: Dovecot, folder: str) -> None:
    dovecot.save(
        mailgen.relay_mail(message_id="<buyer.2@relay.test>", references="<buyer.1@relay.test>"),
        folder,
    )
    assert MailService(store).sync_account("shop", send=False).imported == 1


@pytest.mark.parametrize("smtp_tls", ["starttls", "implicit"])
def test_reply_arrives_with_the_right_headers(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str, smtp_tls: str
) -> None:
    make_account(store, dovecot, smtp, folder, smtp_tls=smtp_tls)
    _buyer_thread(store, dovecot, folder)
    reply = queue_reply(store, body="Hello Anna,\nit ships today. Grüße\n")
    summary = MailService(store).sync_account("shop")
    assert summary.ok, summary.errors
    assert summary.outbox is not None and summary.outbox.sent == 1
    assert len(smtp.handler.messages) == 1
    mail_from, rcpts, _ = smtp.handler.messages[0]
    assert mail_from == USER and rcpts == [ALIAS]
    msg = smtp.handler.parsed()
    stored = message(store, reply)
    assert stored.status == "sent" and stored.sent_at is not None
    assert msg["From"].addresses[0].addr_spec == USER
    assert msg["To"].addresses[0].addr_spec == ALIAS
    assert msg["Message-ID"] == stored.message_id_header
    assert msg["In-Reply-To"] == "<buyer.2@relay.test>"
    assert msg["References"].split() == ["<buyer.1@relay.test>", "<buyer.2@relay.test>"]
    assert msg["Subject"].startswith("RE: Shipping inquiry")
    body = msg.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == "Hello Anna,\nit ships today. Grüße\n"
    assert body.get_content_charset() == "utf-8"
    with store.session() as s:
        thread = s.scalars(select(Thread)).one()
        assert thread.state == "answered" and thread.outbox_state is None
    # sending again sends nothing
    assert MailService(store).sync_account("shop").outbox.sent == 0  # type: ignore[union-attr]
    assert len(smtp.handler.messages) == 1


def test_dropped_after_data_is_unknown_and_never_resent(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, account: object, folder: str
) -> None:
    _buyer_thread(store, dovecot, folder)
    reply = queue_reply(store)
    smtp.handler.behaviour.drop_after_data = 1
    summary = MailService(store).sync_account("shop", fetch=False)
    assert summary.outbox is not None and summary.outbox.unknown == 1
    stored = message(store, reply)
    assert stored.status == "unknown" and "may have been sent" in (stored.error or "")
    assert len(smtp.handler.messages) == 1  # the server did store it
    again = MailService(store).sync_account("shop", fetch=False)
    assert again.outbox is not None and again.outbox.sent == 0
    assert len(smtp.handler.messages) == 1  # no duplicate to the buyer
    with store.session() as s:
        assert s.scalars(select(Thread)).one().outbox_state == "unknown"


def test_4xx_retries_with_backoff_then_succeeds(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, account: object, folder: str
) -> None:
    _buyer_thread(store, dovecot, folder)
    reply = queue_reply(store)
    smtp.handler.behaviour.rcpt_replies = ["451 4.7.1 Greylisted, try again later"]
    first = MailService(store).sync_account("shop", fetch=False)
    assert first.outbox is not None and first.outbox.retrying == 1
    stored = message(store, reply)
    assert stored.status == "queued" and stored.send_attempts == 1
    assert stored.next_attempt_at is not None and stored.next_attempt_at > utcnow()
    assert "451" in (stored.error or "")
    # not due yet: nothing happens
    assert MailService(store).sync_account("shop", fetch=False).outbox.retrying == 0  # type: ignore[union-attr]
    later = utcnow() + timedelta(minutes=5)
    done = MailService(store).sync_account("shop", fetch=False, now=later)
    assert done.outbox is not None and done.outbox.sent == 1
    assert message(store, reply).status == "sent" and len(smtp.handler.messages) == 1


def test_5xx_fails_with_the_server_text(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, account: object, folder: str
) -> None:
    _buyer_thread(store, dovecot, folder)
    reply = queue_reply(store)
    smtp.handler.behaviour.rcpt_replies = ["550 5.7.1 Sender address not authorized"]
    summary = MailService(store).sync_account("shop", fetch=False)
    assert summary.outbox is not None and summary.outbox.failed == 1
    stored = message(store, reply)
    assert stored.status == "failed"
    assert stored.error is not None and "550 5.7.1 Sender address not authorized" in stored.error
    assert smtp.handler.messages == []


def test_wrong_smtp_password_keeps_the_message_queued(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str
) -> None:
    make_account(store, dovecot, smtp, folder)
    _buyer_thread(store, dovecot, folder)
    reply = queue_reply(store)
    summary = MailService(store).sync_account("shop", fetch=False, password="not-it")
    assert not summary.ok
    assert "refused the user name or password" in summary.errors[0]
    assert "not-it" not in " ".join(summary.errors)
    stored = message(store, reply)
    assert stored.status == "queued" and stored.send_attempts == 0
    assert smtp.handler.messages == []


def test_offline_messages_wait_and_go_when_back(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, account: object, folder: str
) -> None:
    _buyer_thread(store, dovecot, folder)
    first, second = queue_reply(store, "one"), queue_reply(store, "two")
    with store.session() as s, s.begin():
        live = s.scalar(select(SellerAccount.smtp_port))
        s.execute(update(SellerAccount).values(smtp_port=free_port()))  # nothing listens
    summary = MailService(store).sync_account("shop", fetch=False)
    assert not summary.ok and "refused the connection" in summary.errors[0]
    assert summary.outbox is not None and summary.outbox.retrying == 1  # then it stopped
    assert message(store, second).send_attempts == 0
    with store.session() as s, s.begin():
        s.execute(update(SellerAccount).values(smtp_port=live))
    back = MailService(store).sync_account("shop", fetch=False, now=utcnow() + timedelta(minutes=5))
    assert back.ok and back.outbox is not None and back.outbox.sent == 2
    with store.session() as s:
        statuses = s.scalars(select(Message.status).where(Message.direction == "out")).all()
    assert statuses == ["sent", "sent"] and first != second
    assert [m[1] for m in smtp.handler.messages] == [[ALIAS], [ALIAS]]


def test_uncertain_send_confirmed_from_the_sent_folder(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, account: object, folder: str
) -> None:
    _buyer_thread(store, dovecot, folder)
    reply = queue_reply(store)
    smtp.handler.behaviour.drop_after_data = 1
    MailService(store).sync_account("shop", fetch=False)
    assert message(store, reply).status == "unknown"
    # nothing in Sent yet: it stays "may have been sent"
    assert MailService(store).sync_account("shop", send=False).confirmed == 0
    assert message(store, reply).status == "unknown"
    # the provider filed the accepted message in Sent (as Gmail and others do)
    dovecot.doveadm("mailbox", "create", "-u", USER, "Sent")
    try:
        dovecot.save(smtp.handler.messages[0][2], "Sent")
        summary = MailService(store).sync_account("shop")
        assert summary.confirmed == 1 and "confirmed sent 1" in summary.lines()[0]
        stored = message(store, reply)
        assert stored.status == "sent" and stored.error is None
        assert len(smtp.handler.messages) == 1  # confirmed, never resent
    finally:
        dovecot.doveadm("mailbox", "delete", "-u", USER, "Sent")
