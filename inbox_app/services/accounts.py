"""Seller mail accounts: their rows (each function works in the session it is handed; the
Mail façade, services/mail.py, decides the scope and keeps the passwords), and the
connection test (network: call it from a worker thread)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app import credentials
from inbox_app.mail.errors import MailError
from inbox_app.mail.sentences import say
from inbox_app.mail.server import TLS_MODES, ServerSettings, TlsMode
from inbox_app.store.marketplaces import BY_CODE
from inbox_app.store.schema import SellerAccount


class AccountError(Exception):
    """An account cannot be created/found as asked (message for the user)."""


@dataclass(frozen=True, slots=True)
class AccountSpec:
    """What the account dialog or `inbox-app account add` collects."""

    name: str
    address: str
    imap_host: str
    smtp_host: str
    user: str = ""
    display_name: str = ""
    imap_port: int = 993
    imap_tls: TlsMode = "implicit"
    imap_user: str = ""  # defaults to `user`
    imap_folders: tuple[str, ...] = ("INBOX",)
    smtp_port: int = 465
    smtp_tls: TlsMode = "implicit"
    smtp_user: str = ""  # defaults to `user`
    smtp_auth: bool = True  # False: the SMTP server takes mail without login (a relay)
    marketplaces: tuple[str, ...] = ()
    ca_file: str | None = None
    save_password: bool = True


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """An account as plain data (safe to hand to the GUI thread)."""

    id: int
    name: str
    address: str
    display_name: str
    imap: ServerSettings
    smtp: ServerSettings
    folders: tuple[str, ...]
    marketplaces: tuple[str, ...]
    save_password: bool
    ca_file: str | None = None

    @property
    def smtp_auth(self) -> bool:
        """Whether sending logs in (no SMTP user is stored for "no authentication")."""
        return bool(self.smtp.user)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One server's answer to "Test connection". kind: ok|auth|host|certificate|timeout|tls|..."""

    ok: bool
    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class TestResult:
    """Both servers' answers; `message` is what to show the user."""

    __test__ = False  # not a pytest class

    imap: CheckResult
    smtp: CheckResult
    details: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.imap.ok and self.smtp.ok

    @property
    def message(self) -> str:
        return f"IMAP: {self.imap.message}\nSMTP: {self.smtp.message}"


def validate(spec: AccountSpec) -> None:
    if not spec.name.strip():
        raise AccountError(say("account_needs_name"))
    if "@" not in spec.address or spec.address.strip() != spec.address or " " in spec.address:
        raise AccountError(say("not_an_address", address=spec.address))
    for label, host, port, tls in (
        ("IMAP", spec.imap_host, spec.imap_port, spec.imap_tls),
        ("SMTP", spec.smtp_host, spec.smtp_port, spec.smtp_tls),
    ):
        if not host.strip():
            raise AccountError(say("server_missing", what=label))
        if not 0 < port < 65536:
            raise AccountError(say("bad_port", what=label, port=port))
        if tls not in TLS_MODES:
            raise AccountError(say("bad_tls_mode", what=label, modes=", ".join(TLS_MODES)))
    unknown = [m for m in spec.marketplaces if m.upper() not in BY_CODE]
    if unknown:
        raise AccountError(say("unknown_marketplaces", codes=", ".join(unknown)))
    if not spec.imap_folders:
        raise AccountError(say("no_folders"))


def _info(row: SellerAccount) -> AccountInfo:
    ca = row.ca_file or None
    return AccountInfo(
        id=row.id,
        name=row.name,
        address=row.address,
        display_name=row.display_name,
        imap=ServerSettings(row.imap_host, row.imap_port, _tls(row.imap_tls), row.imap_user, ca),
        smtp=ServerSettings(row.smtp_host, row.smtp_port, _tls(row.smtp_tls), row.smtp_user, ca),
        folders=tuple(f for f in row.imap_folders.split("\n") if f),
        marketplaces=tuple(m for m in row.marketplaces.split(",") if m),
        save_password=row.save_password,
        ca_file=ca,
    )


def _smtp_user(spec: AccountSpec) -> str:
    """The SMTP login; "" is the account's explicit choice of no authentication."""
    return (spec.smtp_user or spec.user) if spec.smtp_auth else ""


def _tls(value: str) -> TlsMode:
    for mode in TLS_MODES:
        if value == mode:
            return mode
    return "implicit"


def name_taken(s: Session, name: str) -> bool:
    return s.scalar(select(SellerAccount.id).where(SellerAccount.name == name)) is not None


def insert_account(s: Session, spec: AccountSpec) -> AccountInfo:
    """Add the account's row (its password is the caller's: see MailService.add_account)."""
    row = SellerAccount(
        name=spec.name,
        address=spec.address,
        display_name=spec.display_name,
        imap_host=spec.imap_host,
        imap_port=spec.imap_port,
        imap_tls=spec.imap_tls,
        imap_user=spec.imap_user or spec.user,
        imap_folders="\n".join(spec.imap_folders),
        smtp_host=spec.smtp_host,
        smtp_port=spec.smtp_port,
        smtp_tls=spec.smtp_tls,
        smtp_user=_smtp_user(spec),
        marketplaces=",".join(m.upper() for m in spec.marketplaces),
        save_password=spec.save_password,
        ca_file=spec.ca_file,
    )
    s.add(row)
    s.flush()
    return _info(row)


def _row_named(s: Session, name: str) -> SellerAccount:
    row = s.scalars(select(SellerAccount).where(SellerAccount.name == name)).one_or_none()
    if row is None:
        raise AccountError(say("no_such_account", name=name))
    return row


def update_account(s: Session, spec: AccountSpec) -> AccountInfo:
    """Change the row of the account named `spec.name` (AccountError when there is none)."""
    row = _row_named(s, spec.name)
    row.address, row.display_name = spec.address, spec.display_name
    row.imap_host, row.imap_port, row.imap_tls = spec.imap_host, spec.imap_port, spec.imap_tls
    row.imap_user = spec.imap_user or spec.user
    row.imap_folders = "\n".join(spec.imap_folders)
    row.smtp_host, row.smtp_port, row.smtp_tls = spec.smtp_host, spec.smtp_port, spec.smtp_tls
    row.smtp_user = _smtp_user(spec)
    row.marketplaces = ",".join(m.upper() for m in spec.marketplaces)
    row.save_password, row.ca_file = spec.save_password, spec.ca_file
    return _info(row)


def list_accounts(s: Session) -> list[AccountInfo]:
    return [_info(r) for r in s.scalars(select(SellerAccount).order_by(SellerAccount.name))]


def get_account(s: Session, name: str) -> AccountInfo:
    return _info(_row_named(s, name))


def delete_account(s: Session, name: str) -> None:
    """Delete the account's row; its threads and messages stay (its password: the caller's)."""
    s.delete(_row_named(s, name))


def account_password(account: AccountInfo) -> str | None:
    """The password from this session's memory or the keyring; None means "ask the user"."""
    return credentials.get_password(account.name)


def _check(label: str, func: Callable[[], None], settings: ServerSettings) -> CheckResult:
    try:
        func()
    except MailError as exc:
        return CheckResult(False, exc.kind, str(exc))
    except Exception as exc:  # an unexpected server answer: still a clear result
        from inbox_app.mail.imap_sync import lost

        error = lost(exc, settings)
        return CheckResult(False, error.kind, str(error))
    return CheckResult(True, "ok", say("check_ok", what=label))


def test_connection(account: AccountInfo, password: str) -> TestResult:
    """Try IMAP (login, list the watched folders) and SMTP (login); report each clearly."""
    from inbox_app.mail.imap_sync import connect_imap, logout  # the clients: on first use
    from inbox_app.mail.smtp_send import SmtpSender

    def imap() -> None:
        client = connect_imap(account.imap, password)
        try:
            for folder in account.folders:
                if not client.folder_exists(folder):
                    raise MailError(say("imap_no_folder", folder=folder))
        finally:
            logout(client)

    def smtp() -> None:
        sender = SmtpSender(account.smtp, password)
        sender.connect()
        sender.close()

    return TestResult(
        imap=_check("IMAP", imap, account.imap), smtp=_check("SMTP", smtp, account.smtp)
    )


test_connection.__test__ = False  # type: ignore[attr-defined]


def folders_of(spec_folders: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.strip() for f in spec_folders if f.strip())) or ("INBOX",)
