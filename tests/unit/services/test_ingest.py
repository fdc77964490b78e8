"""Ingest: threads grouped by alias + order, notices applied, re-import adds nothing."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from inbox_app.cli import main
from inbox_app.services.ingest import MailOrigin, ingest_raw
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Attachment, Buyer, Message, Order, Thread
from inbox_app.store.source_schema import MailSource
from tests.helpers import mailgen

ORDER = "111-1234567-1234567"


def _ingest(store: Store, *raws: bytes, origin: MailOrigin | None = None) -> list[str]:
    with store.session() as s, s.begin():
        return [ingest_raw(s, store.blobs, raw, origin).status for raw in raws]


def _count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_buyer_message_creates_buyer_thread_message(store: Store) -> None:
    pdf = b"%PDF-1.4\n%%EOF\n"
    raw = mailgen.relay_mail(
        text="Where is it?", attachments=[("a/../label.pdf", "application/pdf", pdf)]
    )
    assert _ingest(store, raw) == ["imported"]
    with store.session() as s:
        buyer = s.scalars(select(Buyer)).one()
        assert buyer.alias == "abcdefghij12345@marketplace.amazon.com"
        assert buyer.display_name == "Anna" and buyer.marketplace_id == "ATVPDKIKX0DER"
        thread = s.scalars(select(Thread)).one()
        assert thread.amazon_order_id == ORDER and thread.state == "open"
        assert thread.response_due_at is not None and thread.unread
        msg = s.scalars(select(Message)).one()
        assert msg.body_text == "Where is it?" and msg.status == "received"
        att = s.scalars(select(Attachment)).one()
        assert att.filename == "label.pdf" and att.media_type == "application/pdf"
        assert store.blobs.get(att.sha256) == pdf


def test_reimport_adds_nothing(store: Store) -> None:
    raws = [mailgen.relay_mail(text=f"q{i}", message_id=f"<m{i}@relay.test>") for i in range(3)]
    assert _ingest(store, *raws) == ["imported"] * 3
    assert _ingest(store, *raws) == ["duplicate"] * 3
    assert _count(store, Message) == 3


def test_same_message_id_different_bytes_is_duplicate(store: Store) -> None:
    a = mailgen.relay_mail(text="hello", message_id="<same@relay.test>")
    b = mailgen.relay_mail(text="hello", message_id="<same@relay.test>") + b"\r\n"
    assert _ingest(store, a, b) == ["imported", "duplicate"]


def test_grouping_by_alias_order_and_presale(store: Store) -> None:
    other_order = "222-1234567-1234567"
    raws = [
        mailgen.relay_mail(text="first", message_id="<1@r>"),
        mailgen.relay_mail(
            subject=f"RE: Your order (Order: {ORDER})", text="reply", message_id="<2@r>"
        ),
        mailgen.relay_mail(order=other_order, text="second order", message_id="<3@r>"),
        mailgen.relay_mail(order=None, fmt="presale", text="pre-sale", message_id="<4@r>"),
        mailgen.relay_mail(order=None, fmt="presale", text="pre-sale 2", message_id="<5@r>"),
        mailgen.relay_mail(token="zzzzzzzzzzzzzzz", text="other buyer", message_id="<6@r>"),
    ]
    _ingest(store, *raws)
    with store.session() as s:
        rows = s.execute(
            select(Thread.amazon_order_id, Buyer.alias, Thread.message_count)
            .join(Buyer, Buyer.id == Thread.buyer_id)
            .order_by(Thread.id)
        ).all()
    assert [(r[0], r[1][:3], r[2]) for r in rows] == [
        (ORDER, "abc", 2),
        (other_order, "abc", 1),
        (None, "abc", 2),
        (ORDER, "zzz", 1),
    ]


def test_reply_headers_keep_thread_even_without_order(store: Store) -> None:
    _ingest(store, mailgen.relay_mail(order=None, fmt="presale", message_id="<p1@r>"))
    with store.session() as s, s.begin():
        thread = s.scalars(select(Thread)).one()
        s.add(
            Message(
                thread_id=thread.id,
                direction="out",
                status="sent",
                body_text="yes",
                message_id_header="<mine@seller.test>",
                sent_at=datetime(2026, 11, 20, 11, tzinfo=UTC),
            )
        )
    reply = mailgen.relay_mail(
        order=None,
        fmt="presale",
        subject="RE: question",
        message_id="<p2@r>",
        in_reply_to="<mine@seller.test>",
    )
    _ingest(store, reply)
    assert _count(store, Thread) == 1


def test_bounce_marks_buyer_and_outgoing(store: Store) -> None:
    _ingest(store, mailgen.relay_mail(message_id="<q@r>"))
    with store.session() as s, s.begin():
        thread = s.scalars(select(Thread)).one()
        s.add(
            Message(
                thread_id=thread.id,
                direction="out",
                status="sent",
                body_text="hi",
                message_id_header="<out1@seller.test>",
                sent_at=datetime(2026, 11, 20, 12, tzinfo=UTC),
            )
        )
    assert _ingest(store, mailgen.bounce(ORDER)) == ["imported"]
    with store.session() as s:
        buyer = s.scalars(select(Buyer)).one()
        assert buyer.opted_out and buyer.opted_out_at is not None
        out = s.scalars(select(Message).where(Message.direction == "out")).one()
        assert out.status == "bounced" and out.notice_kind == "bounce"
        assert out.notice_text is not None and "opt out" in out.notice_text
        notice = s.scalars(
            select(Message).where(Message.notice_kind == "bounce", Message.direction == "in")
        ).one()
        assert notice.body_text == ""  # never shown as a buyer message


def test_blocked_notice_and_copy(store: Store) -> None:
    _ingest(store, mailgen.relay_mail(message_id="<q@r>"))
    with store.session() as s, s.begin():
        thread = s.scalars(select(Thread)).one()
        s.add(
            Message(
                thread_id=thread.id,
                direction="out",
                status="sent",
                body_text="see link",
                message_id_header="<out2@seller.test>",
                sent_at=datetime(2026, 11, 20, 12, tzinfo=UTC),
            )
        )
    assert _ingest(store, mailgen.blocked(ORDER, in_reply_to="<out2@seller.test>")) == ["imported"]
    with store.session() as s:
        out = s.scalars(
            select(Message).where(Message.message_id_header == "<out2@seller.test>")
        ).one()
        assert out.notice_kind == "blocked" and out.status == "failed"
        assert out.notice_text is not None and "guidelines" in out.notice_text
        assert s.scalars(select(Thread)).one().state == "open"
    assert _ingest(store, mailgen.seller_central_copy(ORDER, text="Sent from SC")) == ["imported"]
    with store.session() as s:
        copy = s.scalars(select(Message).where(Message.notice_kind == "copy")).one()
        assert (
            copy.status == "sent" and copy.direction == "out" and copy.body_text == "Sent from SC"
        )
        assert s.scalars(select(Thread)).one().state == "answered"


def test_non_relay_is_ignored(store: Store) -> None:
    assert _ingest(store, mailgen.not_relay()) == ["ignored"]
    assert _ingest(store, mailgen.not_relay()) == ["duplicate"]
    assert _count(store, Message) == 0 and _count(store, Thread) == 0


def test_thread_links_to_known_order(store: Store) -> None:
    with store.session() as s, s.begin():
        s.add(Order(amazon_order_id=ORDER, marketplace_id="ATVPDKIKX0DER"))
    _ingest(store, mailgen.relay_mail())
    with store.session() as s:
        thread = s.scalars(select(Thread)).one()
        assert thread.order_id is not None


def test_uid_dedupe_and_new_location(store: Store) -> None:
    raw = mailgen.relay_mail()
    o1 = MailOrigin(account_id=None, folder="INBOX", uidvalidity=1, uid=5)
    o2 = MailOrigin(account_id=None, folder="INBOX", uidvalidity=2, uid=1)
    assert _ingest(store, raw, origin=o1) == ["imported"]
    assert _ingest(store, raw, origin=o1) == ["duplicate"]
    assert _ingest(store, raw, origin=o2) == ["duplicate"]
    assert _count(store, Message) == 1 and _count(store, MailSource) == 2


def test_import_mail_cli_mbox_maildir_eml(
    store: Store, db_path: Path, tmp_path: Path, capsys: object
) -> None:
    store.close()
    mbox_path = tmp_path / "history.mbox"
    box = mailbox.mbox(str(mbox_path))
    for i in range(5):
        box.add(mailgen.relay_mail(text=f"mbox {i}", message_id=f"<mb{i}@r>"))
    box.add(mailgen.not_relay())
    box.close()
    md = mailbox.Maildir(str(tmp_path / "Maildir"))
    md.add(mailgen.relay_mail(text="maildir", message_id="<md@r>"))
    emls = tmp_path / "emls"
    emls.mkdir()
    (emls / "a.eml").write_bytes(mailgen.relay_mail(text="eml", message_id="<eml@r>"))
    (emls / "b.eml").write_bytes(mailgen.relay_mail(text="mbox 0", message_id="<mb0@r>"))
    db = ["--db", str(db_path)]
    assert main(["import-mail", str(mbox_path), "--quiet", *db]) == 0
    assert main(["import-mail", str(tmp_path / "Maildir"), "--quiet", *db]) == 0
    assert main(["import-mail", str(emls), *db]) == 0
    out = capsys.readouterr()  # type: ignore[attr-defined]
    assert "5 imported" in out.out and "1 not relay" in out.out
    assert "1 imported, 1 already known" in out.out
    assert "importing: 2/2" in out.err
    assert main(["import-mail", str(mbox_path), "--quiet", *db]) == 0
    assert "0 imported, 6 already known" in capsys.readouterr().out  # type: ignore[attr-defined]
    assert main(["import-mail", str(tmp_path / "missing"), *db]) == 2
    (tmp_path / "junk.bin").write_bytes(b"\x00\x01 not mail")
    assert main(["import-mail", str(tmp_path / "junk.bin"), *db]) == 2
    assert "not an mbox" in capsys.readouterr().err  # type: ignore[attr-defined]
