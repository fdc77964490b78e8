"""Sync one account: fetch new mail over IMAP (batch by batch, resumable), then send the outbox.

Runs in a worker thread; reports progress through a callback and stops at a cancel flag.
Every batch is its own transaction (of the façade's Work: MailService calls this) together
with the folder's last UID, so a server that dies mid-fetch costs only that batch, and the
next attempt resumes after it; no session is open while the server is asked.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol

from imapclient import IMAPClient
from sqlalchemy import or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from inbox_app.mail import imap_sync
from inbox_app.mail.errors import AuthError, MailError
from inbox_app.mail.sentences import say
from inbox_app.mail.smtp_send import SmtpSender
from inbox_app.services.accounts import AccountError, AccountInfo, account_password, get_account
from inbox_app.services.ingest import MailOrigin, ingest_many
from inbox_app.services.outbox import OutboxSummary, Sender, SenderIdentity, run_outbox
from inbox_app.services.threads import recompute_thread
from inbox_app.services.work import Work
from inbox_app.store.errors import KnownStoreError
from inbox_app.store.schema import Event, Message, Thread, utcnow
from inbox_app.store.source_schema import SyncFolder

Phase = Literal["connect", "fetch", "send", "done"]


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: Phase
    folder: str = ""
    done: int = 0
    total: int = 0
    message: str = ""


@dataclass
class SyncSummary:
    account: str
    fetched: int = 0
    imported: int = 0
    duplicates: int = 0
    ignored: int = 0
    unmatched: int = 0
    problems: int = 0
    confirmed: int = 0  # "may have been sent" messages found in the Sent folder
    outbox: OutboxSummary | None = None
    errors: list[str] = field(default_factory=list)
    # subjects of messages that may have been sent and wait for the seller's decision
    uncertain: tuple[str, ...] = ()
    cancelled: bool = False
    thread_ids: set[int] = field(default_factory=set)  # threads that got new mail

    @property
    def ok(self) -> bool:
        return not self.errors

    def lines(self) -> list[str]:
        out = [
            say(
                "fetched_confirmed" if self.confirmed else "fetched",
                account=self.account,
                fetched=self.fetched,
                imported=self.imported,
                known=self.duplicates,
                ignored=self.ignored,
                confirmed=self.confirmed,
            )
        ]
        if self.outbox is not None:
            o = self.outbox
            out.append(
                say(
                    "outbox_sent",
                    account=self.account,
                    sent=o.sent,
                    failed=o.failed,
                    uncertain=o.unknown,
                    retrying=o.retrying,
                    held=o.held,
                )
            )
        out.extend(f"{self.account}: {e}" for e in self.errors)
        if self.uncertain:
            out.append(f"{self.account}: {self.uncertain_text()}")
        return out

    def uncertain_text(self) -> str:
        """The reminder said on every sync while a send is uncertain."""
        n = len(self.uncertain)
        shown = ", ".join(f"“{s[:60]}”" for s in self.uncertain[:3]) + (", …" if n > 3 else "")
        if n == 1:
            return say("uncertain_one", subjects=shown)
        return say("uncertain_many", count=n, subjects=shown)


ProgressFn = Callable[[SyncProgress], None]
SenderFactory = Callable[[AccountInfo, str], Sender]


def smtp_sender(account: AccountInfo, password: str) -> SmtpSender:
    return SmtpSender(account.smtp, password)


def sync_account(
    work: Work,
    account_name: str,
    *,
    fetch: bool = True,
    send: bool = True,
    progress: ProgressFn | None = None,
    cancel: CancelFlag | None = None,
    password: str | None = None,
    batch_size: int = imap_sync.BATCH_SIZE,
    max_reconnects: int = 2,
    now: datetime | None = None,
    sender_factory: SenderFactory = smtp_sender,
) -> SyncSummary:
    """Fetch, then send. Never raises for mail or store trouble: see `summary.errors`."""
    summary = SyncSummary(account=account_name)
    started = utcnow()
    report = progress or (lambda _p: None)
    try:
        with work.snapshot() as s:
            account = get_account(s, account_name)
        if password is None:
            password = account_password(account)
    except (AccountError, KnownStoreError) as exc:
        summary.errors.append(str(exc))
        return summary
    except SQLAlchemyError as exc:
        summary.errors.append(work.fault_text(exc))
        return summary
    except Exception as exc:  # the keyring failed: say so, keep going never
        summary.errors.append(f"The password could not be read: {exc}")
        return summary
    if password is None:
        summary.errors.append(
            "No password is saved for this account: enter it (or add it again with "
            "--password-stdin)."
        )
        return summary
    auth_failed = False
    if fetch:
        job = _FetchJob(work, account, summary, report, cancel, batch_size)
        auth_failed = _fetch_with_retries(job, password, max_reconnects)
    if send and not auth_failed and not summary.cancelled:
        report(SyncProgress("send", message=say("sending_outbox")))
        sender = sender_factory(account, password)
        try:
            identity = SenderIdentity(account.id, account.address, account.display_name)
            summary.outbox = run_outbox(
                work,
                sender,
                identity,
                now=now,
                cancel=cancel,
                progress=lambda d, t: report(SyncProgress("send", done=d, total=t)),
            )
        except KnownStoreError as exc:
            summary.errors.append(str(exc))
        except SQLAlchemyError as exc:
            summary.errors.append(work.fault_text(exc))
        finally:
            close = getattr(sender, "close", None)
            if callable(close):
                close()
        if summary.outbox is not None and summary.outbox.error:
            summary.errors.append(summary.outbox.error)
        summary.cancelled = summary.cancelled or bool(summary.outbox and summary.outbox.cancelled)
    try:
        with work.snapshot() as s:
            summary.uncertain = uncertain_subjects(s, account.id, started)
    except KnownStoreError as exc:
        summary.errors.append(str(exc))
    except SQLAlchemyError as exc:
        summary.errors.append(work.fault_text(exc))
    report(SyncProgress("done", message="; ".join(summary.lines())))
    return summary


def uncertain_subjects(s: Session, account_id: int | None, started: datetime) -> tuple[str, ...]:
    """Subjects of messages that may have been sent (of one account, or all): `unknown`,
    and `sending` left over from before `started` (a crash); the seller has not decided."""
    query = (
        select(Message.subject)
        .join(Thread, Thread.id == Message.thread_id)
        .where(
            or_(
                Message.status == "unknown",
                (Message.status == "sending") & (Message.updated_at < started),
            )
        )
    )
    if account_id is not None:
        query = query.where(Thread.account_id == account_id)
    return tuple(s.scalars(query.order_by(Message.updated_at, Message.id).limit(100)))


@dataclass(frozen=True, slots=True)
class _FetchJob:
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


def _fetch_with_retries(job: _FetchJob, password: str, max_reconnects: int) -> bool:
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
                    _fetch_folder(job, client, folder)
                if not job.cancelled():
                    summary.confirmed += _confirm_uncertain(job, client)
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


def _confirm_uncertain(job: _FetchJob, client: IMAPClient) -> int:
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


def _synced_uid(work: Work, account_id: int, status: imap_sync.FolderStatus) -> int:
    """The last UID synced from this folder (0 when never, or for a new UIDVALIDITY)."""
    with work.reading() as s:
        row = s.scalars(
            select(SyncFolder).where(
                SyncFolder.account_id == account_id, SyncFolder.folder == status.folder
            )
        ).one_or_none()
    return row.last_uid if row is not None and row.uidvalidity == status.uidvalidity else 0


def _folder_state(work: Work, account_id: int, folder: str, uidvalidity: int) -> int:
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


def _fetch_folder(job: _FetchJob, client: IMAPClient, folder: str) -> None:
    work, account, summary = job.work, job.account, job.summary
    status = imap_sync.folder_status(client, folder)
    last_uid = _folder_state(work, account.id, folder, status.uidvalidity)
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
                _count(summary, result.status, result.problem)
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


def _count(summary: SyncSummary, status: str, problem: str | None) -> None:
    if status == "imported":
        summary.imported += 1
    elif status == "duplicate":
        summary.duplicates += 1
    elif status == "ignored":
        summary.ignored += 1
    else:
        summary.unmatched += 1
    if problem:
        summary.problems += 1


def wait_for_mail(
    work: Work, account_name: str, password: str, timeout: float, cancel: CancelFlag | None = None
) -> bool:
    """IMAP IDLE on the account's first folder: True when new mail arrived (then sync)."""
    with work.snapshot() as s:
        account = get_account(s, account_name)
    client = imap_sync.connect_imap(account.imap, password)
    try:
        folder = account.folders[0]
        status = imap_sync.folder_status(client, folder)
        # mail that arrived since the last sync (before IDLE began, too) is new mail now
        if status.uidnext and status.uidnext - 1 > _synced_uid(work, account.id, status):
            return True
        return imap_sync.wait_for_new_mail(client, timeout, cancel)
    finally:
        imap_sync.logout(client)
