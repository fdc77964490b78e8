"""The façade the Mail menu, the account dialog, the sync controller and the CLI call: mail
accounts, their passwords (keyring or this session), syncing one account or every one, and
importing mail from disk. Views and commands hold this, never the Store. The façade decides
the session scope: each method is one unit of work (a sync or an import: one transaction
per batch of its Work), and no session is held while the keyring or a server is asked. No
Qt here; call the slow ones from a worker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from inbox_app import credentials
from inbox_app.mail.sentences import say
from inbox_app.services import accounts
from inbox_app.services.accounts import (
    AccountError,
    AccountInfo,
    AccountSpec,
    TestResult,
    account_password,
    test_connection,
)
from inbox_app.services.leader import SyncLeader
from inbox_app.services.outbox import due_message_ids
from inbox_app.services.work import Work
from inbox_app.store.migrate import Store
from inbox_app.store.schema import utcnow

if TYPE_CHECKING:  # the IMAP client is imported for the first sync
    from inbox_app.services.mail_import import ImportSummary
    from inbox_app.services.sync import SenderFactory
    from inbox_app.services.sync_report import CancelFlag, SyncProgress, SyncSummary

ProgressFn = Callable[["SyncProgress"], None]


@dataclass
class SyncRound:
    """What one sync of every account gave."""

    summaries: list[SyncSummary] = field(default_factory=list)
    needs_password: list[str] = field(default_factory=list)
    cancelled: bool = False
    uncertain: int = 0  # messages that may have been sent, waiting for the seller
    leader: bool = True  # this seat fetched; on a team another seat may be the one

    @property
    def imported(self) -> int:
        return sum(s.imported for s in self.summaries)

    @property
    def errors(self) -> list[str]:
        return [f"{s.account}: {e}" for s in self.summaries for e in s.errors]


class _Flag:
    def __init__(self, cancelled: Callable[[], bool]) -> None:
        self._cancelled = cancelled

    def is_set(self) -> bool:
        return self._cancelled()


class MailService:
    """Use-cases of the window's mail side over one store."""

    def __init__(self, store: Store, leader: SyncLeader | None = None) -> None:
        self._work = Work(store)
        self._leader = leader or SyncLeader(store)

    # --- accounts ---------------------------------------------------------------------

    def accounts(self) -> list[AccountInfo]:
        with self._work.snapshot() as s:
            return accounts.list_accounts(s)

    def account(self, name: str) -> AccountInfo:
        """Raises AccountError when there is no account of that name."""
        with self._work.snapshot() as s:
            return accounts.get_account(s, name)

    def add_account(self, spec: AccountSpec, password: str | None) -> AccountInfo:
        """Create the account and keep its password (keyring, or this session only).

        Raises AccountError, or credentials.NoSecureKeyringError when the password should
        be saved but no secure keyring exists (nothing is created then)."""
        accounts.validate(spec)
        with self._work.snapshot() as s:
            if accounts.name_taken(s, spec.name):
                raise AccountError(say("account_exists", name=spec.name))
        if password is not None:  # the keyring is slow: no transaction is open meanwhile
            credentials.set_password(spec.name, password, remember=spec.save_password)
        try:
            with self._work.writing() as s:
                return accounts.insert_account(s, spec)
        except BaseException:
            if password is not None:  # no account, so no password kept for it
                credentials.delete_password(spec.name)
            raise

    def update_account(self, spec: AccountSpec, password: str | None = None) -> AccountInfo:
        """Change the account named `spec.name`; a new password replaces the kept one."""
        accounts.validate(spec)
        if password is not None:
            credentials.set_password(spec.name, password, remember=spec.save_password)
        elif not spec.save_password:
            credentials.delete_password(spec.name)  # kept for this session only from now on
        with self._work.writing() as s:
            return accounts.update_account(s, spec)

    def remove_account(self, name: str) -> None:
        """The account and its password go; its threads and messages stay (keyring: slow)."""
        with self._work.writing() as s:
            accounts.delete_account(s, name)
        credentials.delete_password(name)

    @staticmethod
    def test_connection(account: AccountInfo, password: str) -> TestResult:
        return test_connection(account, password)

    @staticmethod
    def keyring_status() -> credentials.KeyringStatus:
        return credentials.keyring_status()

    @staticmethod
    def remember_for_session(account: str, password: str) -> None:
        """A password typed for this session only: kept in memory, never on disk."""
        credentials.remember_for_session(account, password)

    # --- sync -------------------------------------------------------------------------

    def _has_due_mail(self, account_id: int) -> bool:
        with self._work.reading() as s:
            return bool(due_message_ids(s, account_id, utcnow()))

    def sync_round(
        self,
        *,
        fetch: bool = True,
        send: bool = True,
        only: tuple[str, ...] | None = None,
        progress: ProgressFn | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> SyncRound:
        """Sync every account (or those named in `only`); never raises for mail trouble.
        An account without a usable password is listed in `needs_password`."""
        from inbox_app.services.sync_report import SyncProgress

        result = SyncRound()
        if self._work.closed:  # the window is closing: no round, no connection opened
            result.cancelled, result.leader = True, False
            return result
        flag = _Flag(cancelled)
        started = utcnow()
        if fetch and not self._leader.acquire():
            # another seat of the team fetches the mailbox; this one still sends its
            # outbox (claims are exclusive: nothing goes out twice)
            fetch, result.leader = False, False
        for account in self.accounts():
            if only is not None and account.name not in only:
                continue
            if cancelled():
                result.cancelled = True
                break
            if not fetch and not self._has_due_mail(account.id):
                continue  # an outbox round with nothing due: no keyring, no server
            password = account_password(account)
            if password is None:
                result.needs_password.append(account.name)
                continue
            if progress is not None:
                progress(SyncProgress("connect", message=account.name))
            summary = self.sync_account(
                account.name,
                fetch=fetch,
                send=send,
                progress=progress,
                cancel=flag,
                password=password,
            )
            result.summaries.append(summary)
            result.cancelled = result.cancelled or summary.cancelled
        result.uncertain = len(self.uncertain_subjects(None, started))
        return result

    def sync_account(
        self,
        name: str,
        *,
        fetch: bool = True,
        send: bool = True,
        progress: ProgressFn | None = None,
        cancel: CancelFlag | None = None,
        password: str | None = None,
        batch_size: int | None = None,
        max_reconnects: int = 2,
        now: datetime | None = None,
        sender_factory: SenderFactory | None = None,
    ) -> SyncSummary:
        """Fetch the account's new mail, then send its outbox (services/sync.py); never
        raises for mail or store trouble: see the summary's errors. `batch_size`, `now`
        and `sender_factory` are the tests' seams (defaults: IMAP's batch, now, SMTP)."""
        from inbox_app.mail.imap_sync import BATCH_SIZE
        from inbox_app.services import sync

        return sync.sync_account(
            self._work,
            name,
            fetch=fetch,
            send=send,
            progress=progress,
            cancel=cancel,
            password=password,
            batch_size=batch_size or BATCH_SIZE,
            max_reconnects=max_reconnects,
            now=now,
            sender_factory=sender_factory or sync.smtp_sender,
        )

    def uncertain_subjects(self, account_id: int | None, started: datetime) -> tuple[str, ...]:
        """Subjects of messages that may have been sent (of one account, or of all) and
        wait for the seller's decision (see services/sync.py)."""
        from inbox_app.services.sync import uncertain_subjects

        with self._work.snapshot() as s:
            return uncertain_subjects(s, account_id, started)

    def wait_for_mail(
        self, name: str, password: str, timeout: float, cancel: CancelFlag | None = None
    ) -> bool:
        """IMAP IDLE on the account's first folder: True when new mail arrived (then sync)."""
        from inbox_app.services.sync import wait_for_mail

        return wait_for_mail(self._work, name, password, timeout, cancel)

    # --- import -----------------------------------------------------------------------

    def import_mail(
        self,
        path: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelFlag | None = None,
    ) -> ImportSummary:
        """Import every message of an mbox, a Maildir or .eml files under `path`
        (services/mail_import.py: one transaction per batch)."""
        from inbox_app.services.mail_import import import_path

        return import_path(self._work, path, progress=progress, cancel=cancel)
