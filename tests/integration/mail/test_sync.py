"""Fetch against a real Dovecot: first/incremental sync, UIDVALIDITY, notices, server death."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
from imapclient import IMAPClient
from sqlalchemy import select

from inbox_app.services import accounts
from inbox_app.services.mail import MailService
from inbox_app.services.sync_report import SyncProgress
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Message, Thread
from inbox_app.store.source_schema import MailSource, SyncFolder
from tests.helpers import mailgen
from tests.helpers.mail_queue import count, message, queue_reply
from tests.helpers.mailfixtures import SmtpServers
from tests.helpers.mailservers import PASSWORD, Dovecot

pytestmark = pytest.mark.imap_server
ORDER = "111-1234567-1234567"


def _relay(i: int, **kw: object) -> bytes:
    kw.setdefault("text", f"question {i}")
    kw.setdefault("message_id", f"<q{i}.{time.monotonic_ns()}@relay.test>")
    return mailgen.relay_mail(**kw)  # type: ignore[arg-type]


def test_first_and_incremental_sync_with_progress(
    store: Store, dovecot: Dovecot, account: accounts.AccountInfo, folder: str
) -> None:
    for i in range(5):
        dovecot.save(_relay(i, order=f"111-0000000-000000{i}"), folder)
    dovecot.save(mailgen.not_relay(), folder)
    seen: list[SyncProgress] = []
    summary = MailService(store).sync_account(
        "shop", send=False, progress=seen.append, batch_size=2
    )
    assert summary.ok, summary.errors
    assert (summary.fetched, summary.imported, summary.ignored) == (6, 5, 1)
    fetch = [(p.done, p.total) for p in seen if p.phase == "fetch"]
    assert fetch == [(0, 6), (2, 6), (4, 6), (6, 6)]
    assert seen[-1].phase == "done"
    assert count(store, Thread) == 5 and count(store, Message) == 5
    with store.session() as s:
        state = s.scalars(select(SyncFolder)).one()
        assert state.last_uid == 6 and state.uidvalidity == dovecot.uidvalidity(folder)
        t = s.scalars(select(Thread)).first()
        assert t is not None and t.account_id == account.id and t.state == "open"
    # incremental: only the new message is fetched
    dovecot.save(_relay(9, order=ORDER), folder)
    again = MailService(store).sync_account("shop", send=False)
    assert (again.fetched, again.imported) == (1, 1)
    assert MailService(store).sync_account("shop", send=False).fetched == 0


def test_internaldate_orders_messages(
    store: Store, dovecot: Dovecot, account: object, folder: str
) -> None:
    dovecot.save(_relay(1, date=datetime(2099, 1, 1, tzinfo=UTC)), folder)  # a lying Date
    MailService(store).sync_account("shop", send=False)
    with store.session() as s:
        m = s.scalars(select(Message)).one()
        assert m.created_at.year == datetime.now(UTC).year  # the server's INTERNALDATE


def test_uidvalidity_change_refetches_without_duplicates(
    store: Store, dovecot: Dovecot, account: object, folder: str
) -> None:
    raws = [_relay(i) for i in range(3)]
    for raw in raws:
        dovecot.save(raw, folder)
    assert MailService(store).sync_account("shop", send=False).imported == 3
    before = dovecot.uidvalidity(folder)
    dovecot.recreate(folder)
    assert dovecot.uidvalidity(folder) != before
    for raw in raws:
        dovecot.save(raw, folder)
    dovecot.save(_relay(7), folder)
    summary = MailService(store).sync_account("shop", send=False)
    assert summary.ok, summary.errors
    assert (summary.fetched, summary.duplicates, summary.imported) == (4, 3, 1)
    assert count(store, Message) == 4 and count(store, Thread) == 1
    with store.session() as s:
        assert s.scalars(select(SyncFolder)).one().uidvalidity == dovecot.uidvalidity(folder)


def test_bounce_and_seller_central_copy(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, account: object, folder: str
) -> None:
    dovecot.save(_relay(1, order=ORDER), folder)
    MailService(store).sync_account("shop", send=False)
    reply_id = queue_reply(store)
    assert MailService(store).sync_account("shop", fetch=False).outbox.sent == 1  # type: ignore[union-attr]
    sent_id = message(store, reply_id).message_id_header
    dovecot.save(mailgen.bounce(ORDER, in_reply_to=sent_id), folder)
    dovecot.save(mailgen.seller_central_copy(ORDER, text="Copy from Seller Central"), folder)
    summary = MailService(store).sync_account("shop", send=False)
    assert summary.imported == 2, summary
    with store.session() as s:
        buyer = s.scalars(select(Buyer)).one()
        assert buyer.opted_out and buyer.opted_out_at is not None
        bounced = s.get(Message, reply_id)
        assert bounced is not None and bounced.status == "bounced"
        assert bounced.notice_text is not None and "opt out" in bounced.notice_text
        copy = s.scalars(select(Message).where(Message.notice_kind == "copy")).one()
        assert copy.status == "sent" and copy.body_text == "Copy from Seller Central"


def test_server_dies_mid_fetch_resumes_without_duplicates(
    store: Store, dovecot: Dovecot, account: object, folder: str
) -> None:
    for i in range(9):
        dovecot.save(_relay(i), folder)
    killed: list[int] = []

    def progress(p: SyncProgress) -> None:
        if p.phase == "fetch" and p.done == 3 and not killed:
            killed.append(dovecot.kill_imap_sessions())

    summary = MailService(store).sync_account(
        "shop", send=False, progress=progress, batch_size=3, max_reconnects=0
    )
    assert killed == [1]
    assert not summary.ok and "lost" in summary.errors[0]
    with store.session() as s:
        assert s.scalars(select(SyncFolder)).one().last_uid == 3  # the committed batch
    assert count(store, Message) == 3
    resumed = MailService(store).sync_account("shop", send=False, batch_size=3)
    assert resumed.ok and resumed.fetched == 6 and resumed.duplicates == 0
    assert count(store, Message) == 9 and count(store, MailSource) == 9


def test_reconnects_after_a_lost_connection(
    store: Store, dovecot: Dovecot, account: object, folder: str
) -> None:
    for i in range(6):
        dovecot.save(_relay(i), folder)
    killed: list[int] = []

    def progress(p: SyncProgress) -> None:
        if p.phase == "fetch" and p.done == 2 and not killed:
            killed.append(dovecot.kill_imap_sessions())

    summary = MailService(store).sync_account("shop", send=False, progress=progress, batch_size=2)
    assert killed == [1]
    assert summary.ok and summary.imported == 6
    assert count(store, Message) == 6


def test_wrong_password_is_clear_and_not_retried(
    store: Store, dovecot: Dovecot, account: object, folder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot.save(_relay(1), folder)
    queue_id = None
    logins: list[str] = []
    real_login = IMAPClient.login

    def login(self: IMAPClient, user: str, password: str) -> object:
        logins.append(user)
        return real_login(self, user, password)

    monkeypatch.setattr(IMAPClient, "login", login)
    summary = MailService(store).sync_account("shop", password="wrong", max_reconnects=5)
    assert logins == [USER]  # one try: a refused password is not tried again
    assert summary.errors == [
        f"The IMAP server 127.0.0.1 refused the user name or password for {USER!r}."
    ]
    assert summary.outbox is None  # no SMTP login attempted after an auth failure
    assert "wrong" not in " ".join(summary.errors)
    assert queue_id is None and count(store, Message) == 0


def test_cancel_stops_between_batches(
    store: Store, dovecot: Dovecot, account: object, folder: str
) -> None:
    for i in range(6):
        dovecot.save(_relay(i), folder)
    cancel = threading.Event()

    def progress(p: SyncProgress) -> None:
        if p.phase == "fetch" and p.done == 2:
            cancel.set()

    summary = MailService(store).sync_account(
        "shop", progress=progress, cancel=cancel, batch_size=2
    )
    assert summary.cancelled and summary.fetched == 2 and summary.outbox is None
    assert MailService(store).sync_account("shop", send=False, batch_size=2).fetched == 4


def test_idle_reports_new_mail(
    store: Store, dovecot: Dovecot, account: object, folder: str
) -> None:
    timer = threading.Timer(0.3, lambda: dovecot.save(_relay(1), folder))
    timer.start()
    try:
        assert MailService(store).wait_for_mail("shop", PASSWORD, timeout=10) is True
    finally:
        timer.join()
    assert MailService(store).sync_account("shop", send=False).imported == 1


def test_mail_that_arrived_before_idle_began_is_new_mail(
    store: Store, dovecot: Dovecot, account: object, folder: str
) -> None:
    dovecot.save(_relay(1), folder)  # between the last sync and the next IDLE
    assert MailService(store).wait_for_mail("shop", PASSWORD, timeout=10) is True
    assert MailService(store).sync_account("shop", send=False).imported == 1
    # synced: nothing new until more mail comes
    assert MailService(store).wait_for_mail("shop", PASSWORD, timeout=1) is False


USER = "seller@example.test"


def test_a_store_locked_by_another_process_is_one_sentence_not_a_server_error(
    store: Store, dovecot: Dovecot, account: accounts.AccountInfo, folder: str
) -> None:
    from inbox_app.store.busy import brief_waits
    from inbox_app.store.migrate import sqlite_path
    from tests.helpers.faults import locked_by_another_process

    dovecot.save(_relay(1, order=ORDER), folder)
    path = sqlite_path(store.url)
    assert path is not None
    # an import in another process holds the write lock; the sync's wait is shortened
    # here only to keep the test quick (a worker waits the full busy timeout)
    with locked_by_another_process(path), brief_waits(200):
        summary = MailService(store).sync_account("shop", send=False)
    assert len(summary.errors) == 1, summary.errors
    error = summary.errors[0]
    assert error.startswith("The store is busy (another program is writing)")
    for leak in ("answered unexpectedly", "OperationalError", "SQL", "sqlalche.me", "BEGIN"):
        assert leak not in error
    again = MailService(store).sync_account("shop", send=False)  # the lock gone: nothing was lost
    assert again.ok and again.imported == 1, again.errors
