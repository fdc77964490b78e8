"""Fetch an account's new mail over IMAP into the store: folder by folder, batch by batch,
each batch one transaction of the façade's Work together with the folder's last UID (a
server that dies mid-fetch costs only that batch; the next attempt resumes after it),
reconnecting with backoff after a lost connection, and marking as sent the replies the
server's Sent folder shows. No session is open while the server is asked."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from imapclient import IMAPClient
from sqlalchemy import or_, select
from sqlalchemy.exc import SQLAlchemyError

from inbox_app.mail import imap_sync
from inbox_app.mail.errors import AuthError, MailError
from inbox_app.mail.sentences import say
from inbox_app.services.accounts import AccountInfo
from inbox_app.services.ingest import MailOrigin, ingest_many
from inbox_app.services.sync_report import CancelFlag, ProgressFn, SyncProgress, SyncSummary, count
from inbox_app.services.threads import recompute_thread
from inbox_app.services.work import Work
from inbox_app.store.errors import KnownStoreError
from inbox_app.store.schema import Event, Message, Thread, utcnow
from inbox_app.store.source_schema import SyncFolder


@dataclass(frozen=True, slots=True)
class FetchJob:
    work: Work
    account: AccountInfo
    summary: SyncSummary
    report: ProgressFn
    cancel: CancelFlag | None
    batch_size: int

    def cancelled(self) -> bool:
        if self.cancel is not None and self.cancel.is_set():
            self.summary.cancelled = True
            return True
        return False


def fetch_with_retries(job: FetchJob, password: str, max_reconnects: int) -> bool:
    """Fetch every folder; reconnect with backoff after a lost connection. True on auth error."""
    account, summary, report = job.account, job.summary, job.report
    attempt = 0
    while True:
        try:
            report(SyncProgress("connect", message=say("connecting", host=account.imap.host)))
            client = imap_sync.connect_imap(account.imap, password)
            try:
                for folder in account.folders:
                    if job.cancelled():
                        break
                    fetch_folder(job, client, folder)
                if not job.cancelled():
                    summary.confirmed += confirm_uncertain(job, client)
            finally:
                imap_sync.logout(client)
            return False
        except AuthError as exc:
            summary.errors.append(str(exc))  # never retried: avoids locking the account
            return True
        except KnownStoreError as exc:
            summary.errors.append(str(exc))
            return False
        except SQLAlchemyError as exc:  # the store, not the server: never "answered unexpectedly"
            summary.errors.append(job.work.fault_text(exc))
            return False
        except MailError as exc:
            error = exc
        except Exception as exc:  # imaplib/IMAPClient/socket errors mid-session
            error = imap_sync.lost(exc, account.imap)
        if not error.transient or attempt >= max_reconnects:
            summary.errors.append(str(error))
            return False
        attempt += 1
        delay = min(8.0, 0.5 * 2 ** (attempt - 1)) * random.uniform(0.8, 1.2)
        report(
            SyncProgress("connect", message=say("retrying", reason=error, seconds=f"{delay:.1f}"))
        )
        if job.cancelled():
            return False
        time.sleep(delay)


def confirm_uncertain(job: FetchJob, client: IMAPClient) -> int:
    """Messages left `sending`/`unknown` that the server's Sent folder shows as sent.

    They are marked sent; the others stay as they are (never resent automatically).
    """
    work, account = job.work, job.account
    with work.reading() as s:
        rows = s.execute(
            select(Message.id, Message.message_id_header)
            .join(Thread, Thread.id == Message.thread_id)
            .where(
                Message.direction == "out",
                Message.status.in_(("sending", "unknown")),
                Message.message_id_header.is_not(None),
                or_(Thread.account_id == account.id, Thread.account_id.is_(None)),
            )
        ).all()
    if not rows:
        return 0
    folders = list(dict.fromkeys([f for f in (imap_sync.sent_folder(client),) if f]))
    found = [
        mid
        for mid, header in rows
        if header and any(imap_sync.has_message_id(client, f, header) for f in folders)
    ]
    now = utcnow()
    with work.writing() as s:
        for mid in found:
            m = s.get(Message, mid)
            if m is None or m.status not in ("sending", "unknown"):
                continue
            m.status, m.sent_at, m.error, m.updated_at = "sent", m.sent_at or now, None, now
            s.add(
                Event(
                    kind="send_confirmed",
                    thread_id=m.thread_id,
                    message_id=m.id,
                    detail="found in the Sent folder",
                )
            )
            recompute_thread(s, m.thread_id)
    return len(found)


def synced_uid(work: Work, account_id: int, status: imap_sync.FolderStatus) -> int:
    """The last UID synced from this folder (0 when never, or for a new UIDVALIDITY)."""
    with work.reading() as s:
        row = s.scalars(
            select(SyncFolder).where(
                SyncFolder.account_id == account_id, SyncFolder.folder == status.folder
            )
        ).one_or_none()
    return row.last_uid if row is not None and row.uidvalidity == status.uidvalidity else 0


def folder_state(work: Work, account_id: int, folder: str, uidvalidity: int) -> int:
    """The last committed UID for this folder; a new UIDVALIDITY starts again from 0."""
    with work.writing() as s:
        row = s.scalars(
            select(SyncFolder).where(
                SyncFolder.account_id == account_id, SyncFolder.folder == folder
            )
        ).one_or_none()
        if row is None:
            row = SyncFolder(account_id=account_id, folder=folder, uidvalidity=uidvalidity)
            s.add(row)
            return 0
        if row.uidvalidity != uidvalidity:
            s.add(
                Event(
                    kind="uidvalidity_changed",
                    detail=f"{folder}: {row.uidvalidity} -> {uidvalidity}",
                )
            )
            row.uidvalidity, row.last_uid, row.updated_at = uidvalidity, 0, utcnow()
            return 0
        return row.last_uid


def fetch_folder(job: FetchJob, client: IMAPClient, folder: str) -> None:
    work, account, summary = job.work, job.account, job.summary
    status = imap_sync.folder_status(client, folder)
    last_uid = folder_state(work, account.id, folder, status.uidvalidity)
    uids = imap_sync.new_uids(client, last_uid)
    done = 0
    job.report(SyncProgress("fetch", folder, 0, len(uids)))
    for chunk in imap_sync.batches(uids, job.batch_size):
        if job.cancelled():
            return
        mails = imap_sync.fetch_batch(client, chunk)
        with work.writing() as s:
            items = [
                (m.raw, MailOrigin(account.id, folder, status.uidvalidity, m.uid, m.internal_date))
                for m in mails
            ]
            for result in ingest_many(s, work.blobs, items):
                count(summary, result.status, result.problem)
                if result.status == "imported" and result.thread_id is not None:
                    summary.thread_ids.add(result.thread_id)
            row = s.scalars(
                select(SyncFolder).where(
                    SyncFolder.account_id == account.id, SyncFolder.folder == folder
                )
            ).one()
            row.last_uid, row.updated_at = max(chunk), utcnow()
        summary.fetched += len(mails)
        done += len(chunk)
        job.report(SyncProgress("fetch", folder, done, len(uids)))
