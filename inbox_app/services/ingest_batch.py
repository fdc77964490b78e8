"""One batch of relay mail being stored: the look-ups done once per batch (known bytes,
IMAP places, Message-IDs, buyers, threads, orders) and the rows inserted in bulk. Used by
services/ingest.py, which decides what each mail is."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from inbox_app.mail.relay import RelayMessage
from inbox_app.services.ingest_notices import when
from inbox_app.services.order_buyers import adopt_from_mail
from inbox_app.services.threads import recompute_thread
from inbox_app.store.blobs import BlobStore
from inbox_app.store.schema import (
    Attachment,
    Buyer,
    Event,
    Message,
    MessageRaw,
    Order,
    Thread,
    utcnow,
)
from inbox_app.store.source_schema import MailSource

IngestStatus = Literal["imported", "duplicate", "ignored", "unmatched"]
_CHUNK = 400  # bound parameters per IN (...) query, well under SQLite's limit


@dataclass(frozen=True, slots=True)
class MailOrigin:
    """Where a mail came from: an IMAP location, or a file import (account None, uid 0)."""

    account_id: int | None = None
    folder: str = ""
    uidvalidity: int = 0
    uid: int = 0
    internal_date: datetime | None = None


@dataclass(frozen=True, slots=True)
class IngestResult:
    status: IngestStatus
    kind: str
    message_id: int | None = None
    thread_id: int | None = None
    problem: str | None = None


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


@dataclass
class _Pending:
    """A buyer message waiting for the batch's bulk insert."""

    index: int
    row: dict[str, Any]
    raw: bytes
    attachments: list[dict[str, Any]]
    source: dict[str, Any]
    thread: Thread  # its id is known once the batch's new threads are flushed


class IngestBatch:
    """One batch of mail being stored in the caller's session: its look-ups, done once,
    and the rows it has still to insert in bulk."""

    def __init__(self, session: Session, blobs: BlobStore) -> None:
        self.session = session
        self.blobs = blobs
        self.by_hash: dict[str, int | None] = {}
        # Message-ID -> (message id, thread or thread id)
        self.by_msgid: dict[str, tuple[int | None, Thread | int]] = {}
        self.buyers: dict[str, Buyer] = {}
        self.threads: dict[tuple[int, str | None], Thread] = {}
        self.orders: dict[str, int] = {}  # amazon order id -> orders.id
        self.touched: dict[Thread, bool] = {}  # -> reopen
        self.pending: list[_Pending] = []
        self.sources: list[dict[str, Any]] = []
        self.results: list[IngestResult | None] = []

    # ------------------------------------------------------------ look-ups, once per batch

    def prefetch_sources(self, items: Sequence[tuple[bytes, MailOrigin]]) -> list[str]:
        digests = [content_hash(raw) for raw, _ in items]
        for chunk in _chunks(sorted(set(digests))):
            rows = self.session.execute(
                select(MailSource.content_hash, MailSource.message_id).where(
                    MailSource.content_hash.in_(chunk)
                )
            )
            for digest, message_id in rows:
                self.by_hash.setdefault(digest, message_id)
        return digests

    def seen_uids(self, items: Sequence[tuple[bytes, MailOrigin]]) -> set[tuple[Any, ...]]:
        places: dict[tuple[int | None, str, int], list[int]] = {}
        for _, o in items:
            if o.uid:
                places.setdefault((o.account_id, o.folder, o.uidvalidity), []).append(o.uid)
        found: set[tuple[Any, ...]] = set()
        for (account_id, folder, uidvalidity), uids in places.items():
            account = (
                MailSource.account_id.is_(None)
                if account_id is None
                else MailSource.account_id == account_id
            )
            for chunk in _chunks(sorted(set(uids))):
                rows = self.session.scalars(
                    select(MailSource.uid).where(
                        account,
                        MailSource.folder == folder,
                        MailSource.uidvalidity == uidvalidity,
                        MailSource.uid.in_(chunk),
                    )
                )
                found.update((account_id, folder, uidvalidity, uid) for uid in rows)
        return found

    def prefetch_relays(self, relays: Sequence[RelayMessage]) -> None:
        ids = {r.message_id for r in relays if r.message_id}
        ids |= {i for r in relays for i in (r.in_reply_to, *r.references) if i}
        for chunk in _chunks(sorted(ids)):
            found = self.session.execute(
                select(Message.message_id_header, Message.id, Message.thread_id).where(
                    Message.message_id_header.in_(chunk)
                )
            )
            for header, mid, tid in found:
                if header is not None:
                    self.by_msgid.setdefault(header, (mid, tid))
        aliases = sorted({r.alias for r in relays if r.alias})
        for chunk in _chunks(aliases):
            for buyer in self.session.scalars(select(Buyer).where(Buyer.alias.in_(chunk))):
                self.buyers[buyer.alias] = buyer
        new_buyers: dict[str, Buyer] = {}
        for r in relays:
            if r.kind == "buyer_message" and r.alias and r.alias not in self.buyers:
                new_buyers.setdefault(
                    r.alias,
                    Buyer(
                        alias=r.alias,
                        display_name=r.buyer_name,
                        marketplace_id=r.marketplace_id,
                        created_at=utcnow(),
                    ),
                )
        if new_buyers:
            self.session.add_all(new_buyers.values())
            self.session.flush()
            self.buyers.update(new_buyers)
        # an order only the API knew has a placeholder buyer: this mail names the real one
        adopt_from_mail(self.session, relays, self.buyers)
        order_ids = sorted({r.order_id for r in relays if r.order_id})
        for chunk in _chunks(order_ids):
            orders = self.session.execute(
                select(Order.amazon_order_id, Order.id).where(Order.amazon_order_id.in_(chunk))
            )
            self.orders.update({a: i for a, i in orders})
        buyer_ids = sorted(b.id for b in self.buyers.values())
        for chunk in _chunks(buyer_ids):
            query = select(Thread).where(Thread.buyer_id.in_(chunk)).order_by(Thread.id)
            for thread in self.session.scalars(query):
                self.threads[(thread.buyer_id, thread.amazon_order_id)] = thread  # newest wins

    # ------------------------------------------------------------ per mail

    def source(self, origin: MailOrigin, digest: str, message_id: int | None) -> dict[str, Any]:
        return {
            "account_id": origin.account_id,
            "folder": origin.folder,
            "uidvalidity": origin.uidvalidity,
            "uid": origin.uid,
            "content_hash": digest,
            "message_id": message_id,
        }

    def buyer(self, relay: RelayMessage) -> Buyer:
        assert relay.alias is not None
        buyer = self.buyers.get(relay.alias)
        if buyer is None:
            buyer = Buyer(
                alias=relay.alias,
                display_name=relay.buyer_name,
                marketplace_id=relay.marketplace_id,
                created_at=utcnow(),
            )
            self.session.add(buyer)
            self.session.flush()
            self.buyers[relay.alias] = buyer
        else:
            if relay.buyer_name and buyer.display_name != relay.buyer_name:
                buyer.display_name = relay.buyer_name
            if buyer.marketplace_id is None and relay.marketplace_id:
                buyer.marketplace_id = relay.marketplace_id
        return buyer

    def thread_for(self, relay: RelayMessage, buyer: Buyer, origin: MailOrigin) -> Thread:
        for ref in reversed([i for i in (relay.in_reply_to, *relay.references) if i]):
            hit = self.by_msgid.get(ref)
            if hit is None:
                continue
            known = hit[1]
            thread = known if isinstance(known, Thread) else self.session.get(Thread, known)
            if thread is None or thread.buyer_id != buyer.id:
                continue
            if relay.order_id and thread.amazon_order_id not in (None, relay.order_id):
                break  # a reply on an old thread about another order: its own thread
            if thread.amazon_order_id is None and relay.order_id:
                self.threads.pop((buyer.id, None), None)
                thread.amazon_order_id = relay.order_id
                if thread.order_id is None:
                    thread.order_id = self.orders.get(relay.order_id)
                self.threads[(buyer.id, relay.order_id)] = thread
            return thread
        thread = self.threads.get((buyer.id, relay.order_id))
        if thread is not None:
            return thread
        at = when(relay, origin.internal_date)
        thread = Thread(
            buyer_id=buyer.id,
            amazon_order_id=relay.order_id,
            marketplace_id=relay.marketplace_id,
            account_id=origin.account_id,
            subject=relay.subject,
            buyer_initiated=True,
            created_at=at,
            last_activity_at=at,
            # linked now if the order is known; an order import links it later otherwise
            order_id=self.orders.get(relay.order_id) if relay.order_id else None,
        )
        self.session.add(thread)  # inserted with the batch's other new threads
        self.threads[(buyer.id, relay.order_id)] = thread
        return thread

    def buyer_message(
        self, index: int, relay: RelayMessage, raw: bytes, origin: MailOrigin, digest: str
    ) -> None:
        buyer = self.buyer(relay)
        thread = self.thread_for(relay, buyer, origin)
        if thread.account_id is None and origin.account_id is not None:
            thread.account_id = origin.account_id
        now = utcnow()
        row = {
            "thread_id": thread.id,
            "direction": "in",
            "status": "received",
            "subject": relay.subject,
            "body_text": relay.text,
            "created_at": when(relay, origin.internal_date),
            "updated_at": now,
            "read": False,
            "important": False,
            "message_id_header": relay.message_id,
            "in_reply_to": relay.in_reply_to,
            "references": " ".join(relay.references) or None,
            "parse_problem": relay.problem,
            "send_attempts": 0,
        }
        atts = [
            {
                "filename": a.filename,
                "media_type": a.media_type[:100],
                "size": len(a.data),
                "sha256": self.blobs.put(a.data),
                "problem": a.problem,
            }
            for a in relay.attachments
        ]
        self.pending.append(
            _Pending(index, row, raw, atts, self.source(origin, digest, None), thread)
        )
        if relay.message_id:
            self.by_msgid[relay.message_id] = (None, thread)
        self.touched[thread] = True

    def flush_pending(self) -> None:
        """Insert the waiting buyer messages and their rows in bulk."""
        s = self.session
        s.flush()  # new threads get their ids here
        for p in self.pending:
            p.row["thread_id"] = p.thread.id
        if self.pending:
            stmt = insert(Message).returning(Message.id, sort_by_parameter_order=True)
            ids = list(s.scalars(stmt, [p.row for p in self.pending]))
            now = utcnow()
            s.execute(
                insert(MessageRaw),
                [
                    {"message_id": mid, "raw": p.raw}
                    for mid, p in zip(ids, self.pending, strict=True)
                ],
            )
            atts = [
                {**a, "message_id": mid}
                for mid, p in zip(ids, self.pending, strict=True)
                for a in p.attachments
            ]
            if atts:
                s.execute(insert(Attachment), atts)
            s.execute(
                insert(Event),
                [
                    {
                        "kind": "received",
                        "thread_id": p.thread.id,
                        "message_id": mid,
                        "at": now,
                        "detail": "",
                    }
                    for mid, p in zip(ids, self.pending, strict=True)
                ],
            )
            for mid, p in zip(ids, self.pending, strict=True):
                self.sources.append({**p.source, "message_id": mid})
                self.results[p.index] = IngestResult(
                    "imported", "buyer_message", mid, p.thread.id, p.row["parse_problem"]
                )
            self.pending.clear()
        if self.sources:
            s.execute(insert(MailSource), self.sources)
            self.sources.clear()

    def finish(self) -> None:
        self.flush_pending()
        for thread, reopen in self.touched.items():
            recompute_thread(self.session, thread.id, reopen=reopen)
        self.session.flush()
