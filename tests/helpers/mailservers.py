"""Real mail servers for tests and benchmarks: Debian's Dovecot as an ordinary process from a
config under a temporary directory (TESTING-NOTES §1.1), and an in-process aiosmtpd."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import trustme

USER = "seller@example.test"
PASSWORD = "s3cret-Pw!"
DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), 0.2):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@dataclass
class Certs:
    ca_file: Path
    cert_file: Path
    key_file: Path
    ca: trustme.CA

    @classmethod
    def make(cls, folder: Path) -> Certs:
        ca = trustme.CA()
        leaf = ca.issue_cert("localhost", "127.0.0.1")
        ca_file, cert_file, key_file = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        leaf.private_key_pem.write_to_path(str(key_file))
        cert_file.write_bytes(b"".join(blob.bytes() for blob in leaf.cert_chain_pems))
        return cls(ca_file, cert_file, key_file, ca)

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(str(self.cert_file), str(self.key_file))
        return ctx


CONFIG = """\
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{d}/cert.pem
ssl_key = <{d}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{d}/mail/%u
{extra}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={d}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps}
    ssl = yes
  }}
}}
auth_failure_delay = 0
"""


@dataclass
class Dovecot:
    root: Path
    imap_port: int
    imaps_port: int
    certs: Certs
    uid: int
    gid: int

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    @classmethod
    def start(cls, root: Path, certs: Certs) -> Dovecot:
        if not Path(DOVECOT).exists():
            raise RuntimeError(
                "Dovecot is not installed: the IMAP integration tests need Debian's "
                "dovecot-imapd (`make install` runs tools/install-system-deps.sh)."
            )
        root.chmod(0o755)  # Dovecot's auth user must traverse to the users file
        root_user = os.getuid() == 0
        uid, gid = (65534, 65534) if root_user else (os.getuid(), os.getgid())
        extra = ""
        if not root_user:
            import pwd

            me = pwd.getpwuid(os.getuid()).pw_name
            extra = (
                f"default_internal_user = {me}\ndefault_login_user = {me}\n"
                f"default_internal_group = {me}\n"
            )
        for sub in ("run", "state", "mail"):
            (root / sub).mkdir(exist_ok=True)
        shutil.copy(certs.cert_file, root / "cert.pem")
        shutil.copy(certs.key_file, root / "key.pem")
        (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        if root_user:
            os.chown(root / "mail", uid, gid)
        server = cls(root, free_port(), free_port(), certs, uid, gid)
        server.conf.write_text(
            CONFIG.format(
                d=root,
                uid=uid,
                gid=gid,
                imap=server.imap_port,
                imaps=server.imaps_port,
                extra=extra,
            )
        )
        # the daemon inherits stdout/stderr: never pipes, or run() waits for it forever
        started = subprocess.run(
            [DOVECOT, "-c", str(server.conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
            timeout=30,
        )
        if started.returncode != 0:
            log = root / "dovecot.log"
            detail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"dovecot did not start (exit {started.returncode}): {detail}")
        wait_port(server.imap_port)
        wait_port(server.imaps_port)
        return server

    def master_pid(self) -> int:
        return int((self.root / "run" / "master.pid").read_text().strip())

    def stop(self) -> None:
        try:
            pid = self.master_pid()
        except (OSError, ValueError):
            return
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)

    def doveadm(self, *args: str, stdin: bytes | None = None) -> str:
        for _attempt in range(20):
            done = subprocess.run(
                [DOVEADM, "-c", str(self.conf), *args],
                input=stdin,
                capture_output=True,
                check=False,
                timeout=60,
            )
            if done.returncode != 75:  # EX_TEMPFAIL: a lock held by a dying session
                break
            time.sleep(0.1)
        if done.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {done.stderr.decode()}")
        return done.stdout.decode()

    def save(self, raw: bytes, folder: str = "INBOX") -> None:
        self.doveadm("save", "-u", USER, "-m", folder, stdin=raw)

    def recreate(self, folder: str = "INBOX") -> None:
        """Delete and create the folder: a new UIDVALIDITY."""
        self.doveadm("mailbox", "delete", "-u", USER, folder)
        self.doveadm("mailbox", "create", "-u", USER, folder)

    def uidvalidity(self, folder: str = "INBOX") -> int:
        out = self.doveadm("mailbox", "status", "-u", USER, "uidvalidity", folder)
        return int(out.strip().split("=")[-1])

    def clear(self, folder: str = "INBOX") -> None:
        self.doveadm("expunge", "-u", USER, "mailbox", folder, "all")

    def imap_pids(self) -> list[int]:
        """The per-user `imap` processes of this Dovecot (children of its master)."""
        master = self.master_pid()
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            comm = stat[stat.index("(") + 1 : stat.rindex(")")]
            ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
            if ppid == master and comm == "imap":
                pids.append(int(entry.name))
        return pids

    def kill_imap_sessions(self) -> int:
        pids = self.imap_pids()
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        return len(pids)

    def bulk_deliver(self, raws: list[bytes], folder_dir: str = "") -> None:
        """Write messages straight into the Maildir (fast; Dovecot indexes them on SELECT)."""
        base = self.root / "mail" / USER / folder_dir
        for sub in ("cur", "new", "tmp"):
            (base / sub).mkdir(parents=True, exist_ok=True)
        stamp = int(time.time())
        for i, raw in enumerate(raws):
            (base / "new" / f"{stamp}.M{i}P{os.getpid()}.bench").write_bytes(raw)
        if os.getuid() == 0:
            for path in [self.root / "mail", *(self.root / "mail").rglob("*")]:
                os.chown(path, self.uid, self.gid)


@dataclass
class SmtpBehaviour:
    """What the test SMTP server does next: replies and failures, consumed in order."""

    rcpt_replies: list[str] = field(default_factory=list)
    data_replies: list[str] = field(default_factory=list)
    drop_after_data: int = 0  # store the message, then drop the connection before 250


class RecordingHandler:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.behaviour = SmtpBehaviour()

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if self.behaviour.rcpt_replies:
            return self.behaviour.rcpt_replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.behaviour.data_replies:
            return self.behaviour.data_replies.pop(0)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        if self.behaviour.drop_after_data:
            self.behaviour.drop_after_data -= 1
            server.transport.close()
            await asyncio.sleep(0)
        return "250 2.0.0 Ok: queued"

    def parsed(self, index: int = -1) -> EmailMessage:
        msg = message_from_bytes(self.messages[index][2], policy=policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = (
        isinstance(data, LoginPassword)
        and data.login.decode() == USER
        and data.password.decode() == PASSWORD
    )
    return AuthResult(success=ok, handled=False)
