"""The outbox state machine with a scripted Sender: never a silent double send."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from inbox_app.mail.compose import OutgoingMail
from inbox_app.mail.smtp_send import SendResult
from inbox_app.services import outbox
from inbox_app.services.ingest import ingest_raw
from inbox_app.services.work import Work
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message, SellerAccount, Thread, utcnow
from tests.helpers import mailgen


class ScriptedSender:
    def __init__(self, *results: SendResult) -> None:
        self.results = list(results)
        self.sent: list[OutgoingMail] = []

    def send(self, message: OutgoingMail) -> SendResult:
        self.sent.append(message)
        return self.results.pop(0) if self.results else SendResult("sent", "250 ok", 250)


def _setup(store: Store, n: int = 1) -> tuple[outbox.SenderIdentity, list[int]]:
    with store.session() as s, s.begin():
        ingest_raw(s, store.blobs, mailgen.relay_mail(message_id="<b1@relay.test>"))
        acct = SellerAccount(name="shop", address="seller@example.test")
        s.add(acct)
        s.flush()
        thread = s.scalars(select(Thread)).one()
        ids = []
        for i in range(n):
            m = Message(
                thread_id=thread.id,
                direction="out",
                status="queued",
                subject="RE: x",
                body_text=f"reply {i}",
                release_at=utcnow() - timedelta(seconds=1),
            )
            s.add(m)
            s.flush()
            ids.append(m.id)
        return outbox.SenderIdentity(acct.id, acct.address, "Mug Shop"), ids


def _status(store: Store, mid: int) -> Message:
    with store.session() as s:
        m = s.get(Message, mid)
        assert m is not None
        return m


def test_sent_threads_to_the_buyer_message(store: Store) -> None:
    me, (mid,) = _setup(store)
    sender = ScriptedSender()
    summary = outbox.run_outbox(Work(store), sender, me, policy_check=lambda *_: None)
    assert summary.sent == 1
    mail = sender.sent[0]
    assert mail.to_addr == "abcdefghij12345@marketplace.amazon.com"
    assert mail.in_reply_to == "<b1@relay.test>" and mail.references == ("<b1@relay.test>",)
    assert mail.message_id == _status(store, mid).message_id_header
    assert _status(store, mid).status == "sent"


def test_undo_window_is_respected(store: Store) -> None:
    me, (mid,) = _setup(store)
    with store.session() as s, s.begin():
        m = s.get(Message, mid)
        assert m is not None
        m.release_at = utcnow() + timedelta(seconds=30)
    sender = ScriptedSender()
    assert outbox.run_outbox(Work(store), sender, me, policy_check=lambda *_: None).sent == 0
    assert sender.sent == [] and _status(store, mid).status == "queued"


def test_crash_while_sending_is_never_resent(store: Store) -> None:
    me, (mid,) = _setup(store)

    class Crash(Exception):
        pass

    class CrashingSender:
        def send(self, message: OutgoingMail) -> SendResult:
            raise Crash  # the process "dies" after the claim was committed

    with pytest.raises(Crash):
        outbox.run_outbox(Work(store), CrashingSender(), me, policy_check=lambda *_: None)
    m = _status(store, mid)
    assert m.status == "sending" and m.message_id_header is not None
    sender = ScriptedSender()
    assert outbox.run_outbox(Work(store), sender, me, policy_check=lambda *_: None).sent == 0
    assert sender.sent == []
    with store.session() as s, s.begin():  # the seller chose "send again"
        outbox.resolve_uncertain(s, mid, was_sent=False)
    outbox.run_outbox(Work(store), sender, me, policy_check=lambda *_: None)
    assert sender.sent[0].message_id == m.message_id_header  # the same stable Message-ID


def test_policy_hold_and_give_up_after_max_attempts(store: Store) -> None:
    me, (held, flaky) = _setup(store, 2)

    def policy(_store: Store, _thread: int, mail: OutgoingMail) -> str | None:
        return "Held by the policy check: link" if mail.body == "reply 0" else None

    transient = SendResult("transient", "451 later", 451)
    sender = ScriptedSender(*[transient] * outbox.MAX_ATTEMPTS)
    now = utcnow()
    for attempt in range(outbox.MAX_ATTEMPTS):
        outbox.run_outbox(
            Work(store), sender, me, now=now + timedelta(hours=2 * attempt), policy_check=policy
        )
    assert _status(store, held).status == "failed"
    assert "policy" in (_status(store, held).error or "")
    m = _status(store, flaky)
    assert m.status == "failed" and m.send_attempts == outbox.MAX_ATTEMPTS
    assert "Gave up after" in (m.error or "")
    assert len(sender.sent) == outbox.MAX_ATTEMPTS


def test_offline_stops_the_run(store: Store) -> None:
    me, ids = _setup(store, 3)
    sender = ScriptedSender(SendResult("transient", "refused"))
    summary = outbox.run_outbox(Work(store), sender, me, policy_check=lambda *_: None)
    assert summary.error == "refused" and len(sender.sent) == 1
    assert [_status(store, i).send_attempts for i in ids] == [1, 0, 0]


def test_backoff_grows_and_is_capped() -> None:
    assert outbox.backoff(1) >= timedelta(minutes=1)
    assert outbox.backoff(3) >= timedelta(minutes=4)
    assert outbox.backoff(30) <= timedelta(hours=1, minutes=6)


def test_real_policy_check_runs_on_the_final_text(store: Store) -> None:
    me, (ok, bad) = _setup(store, 2)
    with store.session() as s, s.begin():
        m = s.get(Message, bad)
        assert m is not None
        m.body_text = "Please leave us a positive review: https://my-shop.example.com/review"
    sender = ScriptedSender()
    summary = outbox.run_outbox(Work(store), sender, me)  # the default: inbox_app.policy.check
    assert summary.sent == 1 and summary.held == 1
    assert [m.body for m in sender.sent] == ["reply 0"]
    held = _status(store, bad)
    assert held.status == "failed" and (held.error or "").startswith("Held by the policy check")
    assert _status(store, ok).status == "sent"


def test_a_crashing_policy_check_holds_the_message(store: Store) -> None:
    me, (mid,) = _setup(store)

    def broken(*_: object) -> str | None:
        raise RuntimeError("bug")

    sender = ScriptedSender()
    summary = outbox.run_outbox(Work(store), sender, me, policy_check=broken)
    assert summary.held == 1 and sender.sent == []
    assert "could not run" in (_status(store, mid).error or "")
