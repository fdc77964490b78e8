"""Mail passwords in the OS keyring (service `inbox_app`): the only code that touches keyring.

Every keyring call runs in a daemon worker thread and is abandoned after a timeout (a
locked or hung secret store must never freeze the app). Plaintext, null and failing
backends are refused; "ask every session" keeps a password in this process's memory only.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from inbox_app import redaction

SERVICE = "inbox_app"
DEFAULT_TIMEOUT = 10.0

T = TypeVar("T")

_session_passwords: dict[str, str] = {}
_lock = threading.Lock()

# Backends that do not keep a secret safe (keyrings.alt's files are plaintext or
# weakly encrypted; fail/null store nothing).
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class CredentialsError(Exception):
    """A keyring problem, with a message for the user (never containing a password)."""


class NoSecureKeyringError(CredentialsError):
    pass


class KeyringTimeoutError(CredentialsError):
    pass


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    usable: bool
    backend: str
    reason: str  # "" when usable; otherwise what to tell the user


def _run(func: Callable[[], T], timeout: float, what: str) -> T:
    """Run `func` in a daemon thread; raise KeyringTimeoutError if it does not finish."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:
            box["error"] = exc

    worker = threading.Thread(target=target, name=f"keyring-{what}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise KeyringTimeoutError(
            f"The system keyring did not answer within {timeout:g} s ({what}). It may be "
            "locked; unlock it, or choose to enter the password each session."
        )
    if "error" in box:
        error = box["error"]
        if isinstance(error, CredentialsError):
            raise error
        raise CredentialsError(
            f"The system keyring failed ({what}): {type(error).__name__}."
        ) from None
    return box["value"]  # type: ignore[no-any-return]


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _leaf_backends(backend: object) -> list[object]:
    children = getattr(backend, "backends", None)
    if isinstance(children, list | tuple) and type(backend).__name__ == "ChainerBackend":
        return list(children)
    return [backend]


def _check_backend() -> KeyringStatus:
    import keyring

    backend = keyring.get_keyring()
    name = _backend_name(backend)
    leaves = _leaf_backends(backend)
    if not leaves:
        return KeyringStatus(False, name, "no secure keyring available (no backend found)")
    for leaf in leaves:
        leaf_name = _backend_name(leaf)
        if leaf_name.startswith(_REFUSED_MODULES):
            return KeyringStatus(
                False,
                leaf_name,
                "no secure keyring available: the only keyring found "
                f"({type(leaf).__name__}) would not keep the password safe",
            )
    return KeyringStatus(True, name, "")


def keyring_status(timeout: float = DEFAULT_TIMEOUT) -> KeyringStatus:
    """Whether passwords can be stored safely here (call off the GUI thread)."""
    try:
        return _run(_check_backend, timeout, "check")
    except CredentialsError as exc:
        return KeyringStatus(False, "unknown", str(exc))


def _require_secure(timeout: float) -> None:
    status = keyring_status(timeout)
    if not status.usable:
        raise NoSecureKeyringError(
            status.reason + ". Seller Inbox can ask for the password each session instead."
        )


def remember_for_session(account: str, password: str) -> None:
    """ "Ask every session" mode: keep the password in memory only, never on disk."""
    redaction.remember(password)
    with _lock:
        _session_passwords[account] = password


def forget_session(account: str | None = None) -> None:
    with _lock:
        if account is None:
            _session_passwords.clear()
        else:
            _session_passwords.pop(account, None)


def set_password(
    account: str, password: str, *, remember: bool = True, timeout: float = DEFAULT_TIMEOUT
) -> None:
    """Store the password in the keyring (remember=True) or for this session only."""
    redaction.remember(password)
    if not remember:
        remember_for_session(account, password)
        return
    _require_secure(timeout)
    import keyring

    _run(lambda: keyring.set_password(SERVICE, account, password), timeout, "save")


def get_password(account: str, *, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """The password from this session's memory, else from the keyring, else None."""
    with _lock:
        if account in _session_passwords:
            return _session_passwords[account]
    status = keyring_status(timeout)
    if not status.usable:
        return None
    import keyring

    found: str | None = _run(lambda: keyring.get_password(SERVICE, account), timeout, "read")
    redaction.remember(found)  # whatever a server echoes of it is cut from its answers
    return found


def delete_password(account: str, *, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Forget the password everywhere; a missing entry is not an error."""
    forget_session(account)
    status = keyring_status(timeout)
    if not status.usable:
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    def delete() -> None:
        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password(SERVICE, account)

    _run(delete, timeout, "delete")
