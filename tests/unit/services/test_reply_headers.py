"""RFC 5322 §3.6.4: a reply's References is the parent's References (or, lacking them,
its In-Reply-To) followed by the parent's Message-ID, for drafts and outbox messages alike."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes
from email import policy as email_policy

import pytest
from sqlalchemy import select

from inbox_app.mail.compose import OutgoingMail, build_mime, reply_references
from inbox_app.mail.smtp_send import SendResult
from inbox_app.services import drafts, outbox
from inbox_app.services.compose import ComposeService
from inbox_app.services.ingest import ingest_raw
from inbox_app.services.work import Work
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message, SellerAccount, Thread, utcnow
from tests.helpers import mailgen

GOOD = "Hello Anna, your parcel left our warehouse today and arrives on Friday."


class _Sender:
    def __init__(self) -> None:
        self.sent: list[OutgoingMail] = []

    def send(self, message: OutgoingMail) -> SendResult:
        self.sent.append(message)
        return SendResult("sent", "250 ok", 250)


def test_the_rule_itself() -> None:
    assert reply_references("<c@x>", ("<a@x>", "<b@x>"), "<b@x>") == ("<a@x>", "<b@x>", "<c@x>")
    assert reply_references("<c@x>", (), "<b@x>") == ("<b@x>", "<c@x>")
    assert reply_references("<c@x>", (), None) == ("<c@x>",)


@pytest.mark.parametrize(
    ("in_reply_to", "references", "expected"),
    [
        ("<b@seller>", "<a@seller> <b@seller>", ("<a@seller>", "<b@seller>", "<c@relay>")),
        ("<b@seller>", None, ("<b@seller>", "<c@relay>")),
    ],
)
@pytest.mark.parametrize("via_draft", [True, False])
def test_reply_carries_the_parents_chain(
    store: Store,
    in_reply_to: str,
    references: str | None,
    expected: tuple[str, ...],
    via_draft: bool,
) -> None:
    raw = mailgen.relay_mail(message_id="<c@relay>", in_reply_to=in_reply_to, references=references)
    with store.session() as s, s.begin():
        ingest_raw(s, store.blobs, raw)
        acct = SellerAccount(name="shop", address="seller@example.test")
        s.add(acct)
        s.flush()
        me = outbox.SenderIdentity(acct.id, acct.address, "Mug Shop")
        tid = s.scalars(select(Thread.id)).one()
    if via_draft:
        ComposeService(store).save_draft(tid, drafts.DraftContent("RE: parcel", GOOD))
        ComposeService(store).queue_draft(tid, undo_seconds=0)
    else:
        with store.session() as s, s.begin():
            s.add(
                Message(
                    thread_id=tid,
                    direction="out",
                    status="queued",
                    subject="RE: parcel",
                    body_text=GOOD,
                    release_at=utcnow(),
                )
            )
    sender = _Sender()
    assert (
        outbox.run_outbox(
            Work(store),
            sender,
            me,
            now=utcnow() + timedelta(minutes=1),
            policy_check=lambda *_: None,
        ).sent
        == 1
    )
    mail = sender.sent[0]
    assert mail.in_reply_to == "<c@relay>"
    parsed = message_from_bytes(build_mime(mail), policy=email_policy.default)
    assert tuple(str(parsed["References"]).split()) == expected
    assert str(parsed["In-Reply-To"]) == "<c@relay>"
