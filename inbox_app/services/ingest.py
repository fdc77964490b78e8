"""Store relay mail: buyers, threads, messages, raw MIME, attachments and Amazon's notices.

Idempotent: a mail seen before (same IMAP location, same bytes, or same Message-ID)
adds nothing. Non-relay mail is recorded as seen and never imported. Mail is stored a
batch at a time inside the caller's transaction: look-ups are done once per batch,
rows are inserted in bulk, and each touched thread is recomputed once.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from inbox_app.mail.parse import parse_message
from inbox_app.mail.relay import RelayMessage, understand
from inbox_app.services.ingest_batch import (
    IngestBatch,
    IngestResult,
    IngestStatus,
    MailOrigin,
)
from inbox_app.services.ingest_notices import store_copy, store_notice
from inbox_app.services.pending_notices import keep_waiting
from inbox_app.store.blobs import BlobStore
from inbox_app.store.schema import Thread

__all__ = ["IngestResult", "IngestStatus", "MailOrigin", "ingest_many", "ingest_raw"]


def ingest_many(
    session: Session, blobs: BlobStore, items: Sequence[tuple[bytes, MailOrigin]]
) -> list[IngestResult]:
    """Parse, understand and store `items` (raw bytes + origin) in the caller's transaction."""
    batch = IngestBatch(session, blobs)
    with session.no_autoflush:
        digests = batch.prefetch_sources(items)
        old_uids = batch.seen_uids(items)
        relays: dict[int, RelayMessage] = {}
        batch.results = [None] * len(items)
        for index, ((raw, origin), digest) in enumerate(zip(items, digests, strict=True)):
            key = (origin.account_id, origin.folder, origin.uidvalidity, origin.uid)
            if origin.uid and key in old_uids:
                batch.results[index] = IngestResult("duplicate", "seen")
            elif digest in batch.by_hash:
                known = batch.by_hash[digest]
                if origin.uid:  # the same bytes at a new place (UIDVALIDITY change, copy)
                    batch.sources.append(batch.source(origin, digest, known))
                    old_uids.add(key)
                status: IngestStatus = "duplicate"
                batch.results[index] = IngestResult(status, "seen", known)
            else:
                batch.by_hash[digest] = None
                relays[index] = understand(parse_message(raw))
        batch.prefetch_relays(list(relays.values()))
        for index, relay in relays.items():
            raw, origin = items[index]
            _store_one(batch, index, relay, raw=raw, origin=origin, digest=digests[index])
        batch.finish()
    return [r if r is not None else IngestResult("duplicate", "seen") for r in batch.results]


def _store_one(
    batch: IngestBatch,
    index: int,
    relay: RelayMessage,
    *,
    raw: bytes,
    origin: MailOrigin,
    digest: str,
) -> None:
    if relay.kind == "other":
        batch.sources.append(batch.source(origin, digest, None))
        batch.results[index] = IngestResult("ignored", relay.kind)
        return
    if relay.message_id is not None and relay.message_id in batch.by_msgid:
        mid, known = batch.by_msgid[relay.message_id]
        tid = known.id if isinstance(known, Thread) else known
        batch.sources.append(batch.source(origin, digest, mid))
        batch.results[index] = IngestResult("duplicate", relay.kind, mid, tid)
        return
    if relay.kind == "buyer_message":
        batch.buyer_message(index, relay, raw, origin, digest)
        return
    batch.flush_pending()  # notices look rows up with plain queries
    store = store_copy if relay.kind == "seller_central_copy" else store_notice
    stored = store(batch.session, relay, raw, origin.internal_date)
    if stored is None:
        batch.sources.append(batch.source(origin, digest, None))
        waits = keep_waiting(batch.session, relay, raw, origin.internal_date)
        problem = "waits for its order" if waits else "no thread matches"
        batch.results[index] = IngestResult("unmatched", relay.kind, problem=problem)
        return
    batch.sources.append(batch.source(origin, digest, stored[0]))
    if relay.message_id:
        batch.by_msgid[relay.message_id] = stored
    batch.results[index] = IngestResult("imported", relay.kind, stored[0], stored[1])


def ingest_raw(
    session: Session, blobs: BlobStore, raw: bytes, origin: MailOrigin | None = None
) -> IngestResult:
    """Store one mail (see `ingest_many`)."""
    return ingest_many(session, blobs, [(raw, origin or MailOrigin())])[0]
