"""Exactly once across seats: several seat processes drain one outbox on a real PostgreSQL
server into a real SMTP server; a seat killed mid-send leaves "may have been sent"."""

from __future__ import annotations

import signal
from collections import Counter
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

from sqlalchemy import func, select

from inbox_app.services.sync import uncertain_subjects
from inbox_app.services.threads import recompute_thread
from inbox_app.store.migrate import Store, open_store
from inbox_app.store.schema import Buyer, Message, Thread, utcnow
from tests.helpers.mailfixtures import SmtpServers
from tests.helpers.mailservers import PASSWORD, Certs
from tests.helpers.seats import seat_process
from tests.helpers.team_outbox import add_shop_account

SEND = """
import sys
from inbox_app.services.sync import sync_account
from inbox_app.store.migrate import open_store
store = open_store(sys.argv[1])
try:
    s = sync_account(store, "shop", fetch=False, password=sys.argv[2])
    print("SENT", s.outbox.sent if s.outbox else -1, "ERRORS", s.errors, flush=True)
finally:
    store.close()
"""

HANG = """
import sys, time
from inbox_app.services.sync import sync_account
from inbox_app.store.migrate import open_store

class Hang:
    def send(self, mail):
        print("SENDING", mail.message_id, flush=True)
        time.sleep(600)

store = open_store(sys.argv[1])
sync_account(store, "shop", fetch=False, password=sys.argv[2],
             sender_factory=lambda account, password: Hang())
"""


def _queue(store: Store, threads: int, per_thread: int) -> list[int]:
    ids = []
    with store.session() as s, s.begin():
        for n in range(threads):
            buyer = Buyer(
                alias=f"buyer{n:04d}abcdefghij@marketplace.amazon.com",
                display_name=f"Buyer {n}",
                marketplace_id="ATVPDKIKX0DER",
            )
            s.add(buyer)
            s.flush()
            thread = Thread(
                buyer_id=buyer.id, marketplace_id="ATVPDKIKX0DER", subject=f"Question {n}"
            )
            s.add(thread)
            s.flush()
            s.add(
                Message(
                    thread_id=thread.id,
                    direction="in",
                    status="received",
                    subject=f"Question {n}",
                    body_text="Where is my parcel?",
                    created_at=utcnow() - timedelta(hours=1),
                )
            )
            for k in range(per_thread):
                m = Message(
                    thread_id=thread.id,
                    direction="out",
                    status="queued",
                    subject=f"RE: Question {n}",
                    body_text=f"Hello, parcel {n}-{k} ships today.",
                    release_at=utcnow() - timedelta(seconds=1),
                )
                s.add(m)
                s.flush()
                ids.append(m.id)
            recompute_thread(s, thread.id)
    return ids


def test_seats_draining_one_outbox_send_each_message_once(
    team_url: str, smtp: SmtpServers, certs: Certs, tmp_path: Path
) -> None:
    store = open_store(team_url)
    try:
        add_shop_account(store, smtp, certs)
        queued = _queue(store, threads=30, per_thread=2)
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
        (queued,) = _queue(store, threads=1, per_thread=1)
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
        assert uncertain_subjects(store, None, later) == ("RE: Question 0",)
    finally:
        store.close()
