"""A throwaway PostgreSQL cluster on loopback (Debian's postgresql binaries): start, stop,
restart (a server going away under the seats), one fresh database per test."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from glob import glob
from pathlib import Path

_names = itertools.count(1)


def pg_bin() -> Path:
    found = sorted(glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError(
            "PostgreSQL server binaries are missing: run `make install` "
            "(tools/install-system-deps.sh installs Debian's postgresql)"
        )
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgCluster:
    root: Path
    port: int
    bindir: Path = field(default_factory=pg_bin)
    prefix: list[str] = field(default_factory=list)
    password: str | None = None

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def sock(self) -> Path:
        return self.root / "sock"

    @classmethod
    def create(cls, *, password: str | None = None) -> PgCluster:
        root = Path(tempfile.mkdtemp(prefix="inbox-pg-"))
        root.chmod(0o755)
        cluster = cls(root=root, port=_free_port(), password=password)
        cluster.data.mkdir()
        cluster.sock.mkdir()
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            shutil.chown(cluster.data, "postgres")
            shutil.chown(cluster.sock, "postgres")
            cluster.prefix = ["runuser", "-u", "postgres", "--"]
        args = ["-D", str(cluster.data), "-U", "inbox", "-E", "UTF8"]
        if password is None:
            args += ["-A", "trust"]
        else:
            pwfile = root / "pw"
            pwfile.write_text(password + "\n")
            pwfile.chmod(0o644)
            args += ["-A", "scram-sha-256", f"--pwfile={pwfile}"]
        cluster._run("initdb", *args)
        cluster.start()
        return cluster

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess[bytes]:
        env = dict(os.environ)
        if self.password:
            env["PGPASSWORD"] = self.password
        return subprocess.run(
            [*self.prefix, str(self.bindir / tool), *args],
            check=True,
            capture_output=True,
            timeout=120,
            env=env,
        )

    def start(self, *, tcp: bool = True) -> None:
        """Start the server; `tcp=False` listens on its Unix socket only, so seats that
        connect over loopback TCP (every `url()`) find no server while `socket_url()` works."""
        listen = "127.0.0.1" if tcp else "''"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-w",
            "-l",
            str(self.sock / "log"),
            "-o",
            f"-p {self.port} -k {self.sock} -c listen_addresses={listen} -c fsync=off "
            "-c max_connections=200 -c synchronous_commit=off",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        subprocess.run(
            [
                *self.prefix,
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.data),
                "-m",
                mode,
                "-w",
                "stop",
            ],
            check=False,
            capture_output=True,
            timeout=120,
        )

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def psql(self, sql: str, db: str = "postgres") -> str:
        out = self._run(
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "inbox",
            "-d",
            db,
            "-At",
            "-c",
            sql,
        )
        return out.stdout.decode()

    def client_sessions(self, db: str) -> list[str]:
        """The client connections to `db` other than this query's own, one line each
        (pid, application, state, query). Only clients: the server's own workers in the
        database (an autovacuum worker analysing a new test database's tables) are no
        session of ours, and counting them made the close tests flaky under load."""
        out = self.psql(
            "SELECT pid || ' ' || application_name || ' ' || coalesce(state, '') || ' '"
            " || left(query, 80) FROM pg_stat_activity"
            f" WHERE datname = '{db}' AND pid <> pg_backend_pid()"
            " AND backend_type = 'client backend'"
        )
        return [line for line in out.splitlines() if line.strip()]

    def new_database(self) -> str:
        name = f"team{os.getpid()}_{next(_names)}"
        self.psql(f"CREATE DATABASE {name}")
        return name

    def url(self, db: str, *, password: str | None = None) -> str:
        auth = f"inbox:{password}" if password else "inbox"
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{db}"

    def socket_url(self, db: str) -> str:
        """`db` over the cluster's Unix socket (what still reaches it after `start(tcp=False)`)."""
        return f"postgresql+psycopg://inbox@/{db}?host={self.sock}&port={self.port}"
