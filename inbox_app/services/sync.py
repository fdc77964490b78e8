"""Sync one account: fetch new mail over IMAP (services/mail_fetch.py: batch by batch,
resumable), then send the outbox (services/outbox.py); say how it went
(services/sync_report.py). Runs in a worker thread; reports progress through a callback and
stops at a cancel flag. MailService (the façade) calls this with its Work; no session is
open while a server is asked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from inbox_app.mail import imap_sync
from inbox_app.mail.sentences import say
from inbox_app.mail.smtp_send import SmtpSender
from inbox_app.services.accounts import AccountError, AccountInfo, account_password, get_account
from inbox_app.services.mail_fetch import FetchJob, fetch_with_retries, synced_uid
from inbox_app.services.outbox import Sender, SenderIdentity, run_outbox
from inbox_app.services.sync_report import CancelFlag, ProgressFn, SyncProgress, SyncSummary
from inbox_app.services.work import Work
from inbox_app.store.errors import KnownStoreError
from inbox_app.store.schema import Message, Thread, utcnow

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
        job = FetchJob(work, account, summary, report, cancel, batch_size)
        auth_failed = fetch_with_retries(job, password, max_reconnects)
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
        if status.uidnext and status.uidnext - 1 > synced_uid(work, account.id, status):
            return True
        return imap_sync.wait_for_new_mail(client, timeout, cancel)
    finally:
        imap_sync.logout(client)
