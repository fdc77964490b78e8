"""Exactly once across seats: several seat processes drain one outbox on a real PostgreSQL
server into a real SMTP server; a seat killed mid-send leaves "may have been sent"."""

from __future__ import annotations

import signal
import time
from collections import Counter
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

from sqlalchemy import func, select

from inbox_app.services.mail import MailService
from inbox_app.services.threads import lock_thread
from inbox_app.store.migrate import open_store
from inbox_app.store.schema import Message, utcnow
from tests.helpers.mailfixtures import SmtpServers
from tests.helpers.mailservers import PASSWORD, Certs
from tests.helpers.seats import seat_process
from tests.helpers.team_outbox import add_shop_account, queue_replies

SEND = """
import sys
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import open_store
store = open_store(sys.argv[1])
try:
    s = MailService(store).sync_account("shop", fetch=False, password=sys.argv[2])
    print("SENT", s.outbox.sent if s.outbox else -1, "ERRORS", s.errors, flush=True)
finally:
    store.close()
"""

HANG = """
import sys, time
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import open_store

class Hang:
    def send(self, mail):
        print("SENDING", mail.message_id, flush=True)
        time.sleep(600)

store = open_store(sys.argv[1])
MailService(store).sync_account("shop", fetch=False, password=sys.argv[2],
             sender_factory=lambda account, password: Hang())
"""


def test_seats_draining_one_outbox_send_each_message_once(
    team_url: str, smtp: SmtpServers, certs: Certs, tmp_path: Path
) -> None:
    store = open_store(team_url)
    try:
        add_shop_account(store, smtp, certs)
        queued = queue_replies(store, threads=30, per_thread=2)
        seats = [seat_process(tmp_path / f"seat{i}", SEND, team_url, PASSWORD) for i in range(4)]
        outs = [p.communicate(timeout=300) for p in seats]
        assert [p.returncode for p in seats] == [0] * 4, outs
        sent = [int(out.split()[1]) for out, _ in outs]
        assert sum(sent) == len(queued), outs
        ids = Counter(
            message_from_bytes(raw, policy=policy.default)["Message-ID"]
            for _, _, raw in smtp.handler.messages
        )
        assert len(ids) == len(queued) and set(ids.values()) == {1}
        with store.session() as s:
            statuses = Counter(s.scalars(select(Message.status).where(Message.id.in_(queued))))
            headers = set(
                s.scalars(select(Message.message_id_header).where(Message.id.in_(queued)))
            )
        assert statuses == Counter({"sent": len(queued)})
        assert headers == set(ids)
    finally:
        store.close()


def test_a_seat_killed_mid_send_leaves_may_have_been_sent(
    team_url: str, smtp: SmtpServers, certs: Certs, tmp_path: Path
) -> None:
    store = open_store(team_url)
    try:
        add_shop_account(store, smtp, certs)
        (queued,) = queue_replies(store, threads=1, per_thread=1)
        hanging = seat_process(tmp_path / "anna", HANG, team_url, PASSWORD)
        assert hanging.stdout is not None
        line = hanging.stdout.readline()
        assert line.startswith("SENDING <"), hanging.stderr.read() if hanging.stderr else ""
        hanging.send_signal(signal.SIGKILL)
        hanging.communicate(timeout=30)
        other = seat_process(tmp_path / "bo", SEND, team_url, PASSWORD)
        out, err = other.communicate(timeout=120)
        assert other.returncode == 0, err
        assert out.split()[1] == "0"  # nothing resent
        assert smtp.handler.messages == []
        with store.session() as s:
            m = s.get(Message, queued)
            assert m is not None and m.status == "sending"
            assert (
                s.scalar(
                    select(func.count()).select_from(Message).where(Message.status == "queued")
                )
                == 0
            )
        # any seat's next sync (started after the claim) says it may have been sent
        later = utcnow() + timedelta(seconds=2)
        assert MailService(store).uncertain_subjects(None, later) == ("RE: Question 0",)
    finally:
        store.close()


def test_a_thread_busy_on_another_seat_holds_up_only_its_own_replies(
    team_url: str, smtp: SmtpServers, certs: Certs, tmp_path: Path
) -> None:
    """Seats take the next message nobody is claiming (FOR UPDATE SKIP LOCKED, with its
    thread): while another seat holds the first thread's row lock, a seat sends every
    other thread's replies, then that thread's once the lock is let go."""
    store = open_store(team_url)
    try:
        add_shop_account(store, smtp, certs)
        queued = queue_replies(store, threads=5, per_thread=2)
        with store.session() as s:
            first = s.get(Message, queued[0])
            assert first is not None
            busy_thread = first.thread_id
        with store.session() as busy, busy.begin():
            lock_thread(busy, busy_thread)  # another seat's unit of work on that thread
            seat = seat_process(tmp_path / "bo", SEND, team_url, PASSWORD)
            deadline = time.monotonic() + 120
            while len(smtp.handler.messages) < 8 and time.monotonic() < deadline:
                time.sleep(0.05)
            subjects = [
                message_from_bytes(raw, policy=policy.default)["Subject"]
                for _, _, raw in smtp.handler.messages
            ]
            assert len(subjects) == 8, subjects
            assert "RE: Question 0" not in subjects
        out, err = seat.communicate(timeout=120)
        assert seat.returncode == 0, err
        assert out.split()[1] == "10"
        ids = Counter(
            message_from_bytes(raw, policy=policy.default)["Message-ID"]
            for _, _, raw in smtp.handler.messages
        )
        assert len(ids) == 10 and set(ids.values()) == {1}
    finally:
        store.close()
