"""Team inbox: a send storm. 1,000 queued replies drained by 5 seats (separate processes,
told to go at the same moment) through a real SMTP server on loopback, beside one seat
draining 1,000 alone in the same run. Counted at the SMTP server: every Message-ID once
(target: zero duplicates), nothing left unsent, and the time until the outbox is empty.

Twice: the SMTP server answering at once (what the seats and PostgreSQL cost), and answering
each message after RELAY_MS like a relay across the internet does (where more seats should
help most). Runs on a throwaway PostgreSQL cluster (tests/helpers/pgserver.py), under
`flock /tmp/inbox-heavy.lock`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from tests.bench.common import table
from tests.helpers.mailfixtures import SmtpServers
from tests.helpers.mailservers import PASSWORD, Certs, RecordingHandler, authenticator, free_port
from tests.helpers.pgserver import PgCluster
from tests.helpers.seats import ROOT, seat_env

MESSAGES = 1000
PER_THREAD = 5  # replies queued on each thread: seats meet on the same threads' row locks
SEATS = 5
RELAY_MS = 50

# a seat: opens the store, loads the rule set (a seat's window has it from its first
# draft), says so, sends what it can claim of the outbox when told to go
_SEAT = """
import sys, time
from inbox_app.policy.ruleset import load_ruleset
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import open_store
store = open_store(sys.argv[1])
load_ruleset()
print("ready", flush=True)
sys.stdin.readline()
try:
    s = MailService(store).sync_account("shop", fetch=False, password=sys.argv[2])
    print("sent", s.outbox.sent if s.outbox else -1, time.time(), flush=True)
    print("errors", "|".join(s.errors), flush=True)
finally:
    store.close()
"""


class RelayHandler(RecordingHandler):
    """The recording SMTP server, answering each DATA after `delay_s` (other sessions go on
    meanwhile, as on a real relay)."""

    def __init__(self) -> None:
        super().__init__()
        self.delay_s = 0.0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        return await super().handle_DATA(server, session, envelope)


def _storm(
    cluster: PgCluster,
    smtp: SmtpServers,
    certs: Certs,
    seats: int,
    work: Path,
    code: Path,
    messages: int = MESSAGES,
) -> list[str]:
    """One storm; the seats run the app from the checkout `code`."""
    from inbox_app.store.migrate import open_store
    from inbox_app.store.schema import Message
    from tests.helpers.team_outbox import add_shop_account, queue_replies

    url = cluster.url(cluster.new_database())
    store = open_store(url)
    add_shop_account(store, smtp, certs)
    queued = queue_replies(store, messages // PER_THREAD, PER_THREAD)
    smtp.handler.messages.clear()
    procs = []
    for n in range(seats):
        data = Path(tempfile.mkdtemp(prefix=f"seat{n}-", dir=work))
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", _SEAT, url, PASSWORD],
                env={**seat_env(data), "PYTHONPATH": str(code)},
                cwd=code,
                text=True,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        )
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    started = time.time()
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    outs = [p.communicate(timeout=900)[0].splitlines() for p in procs]
    ended = max(float(o[0].split()[2]) for o in outs)
    sent_by = sorted((int(o[0].split()[1]) for o in outs), reverse=True)
    errors = {line for o in outs for line in o[1:] if line.strip() != "errors"}
    ids = Counter(
        message_from_bytes(raw, policy=policy.default)["Message-ID"]
        for _, _, raw in smtp.handler.messages
    )
    with store.session() as s:
        left = s.scalar(
            select(func.count())
            .select_from(Message)
            .where(Message.id.in_(queued), Message.status != "sent")
        )
    store.close()
    drain = ended - started
    dupes = sum(n - 1 for n in ids.values())
    if errors:
        print(f"({seats} seats said: {sorted(errors)})", flush=True)
    return [
        f"{seats} seat{'s' if seats > 1 else ''}",
        f"{len(smtp.handler.messages):,}",
        f"{len(ids):,}",
        str(dupes),
        str(left),
        "/".join(str(n) for n in sent_by),
        f"{drain:.1f}",
        f"{len(queued) / drain:.1f}",
    ]


def main() -> None:
    """`--baseline CHECKOUT`: also storm with seats running another checkout of the app
    (same schema head), beside this one, in the same run (before/after a change)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, help="another checkout's root")
    parser.add_argument(
        "--messages",
        type=int,
        default=MESSAGES,
        help=f"queued replies per storm, {PER_THREAD} a thread (default {MESSAGES})",
    )
    args = parser.parse_args()
    messages = max(PER_THREAD, args.messages // PER_THREAD * PER_THREAD)
    codes = [("", ROOT)] + ([(f" ({args.baseline.name})", args.baseline)] if args.baseline else [])
    work = Path(tempfile.mkdtemp(prefix="bench-storm-"))
    # this process sets the team's mail account up: its password in a memory keyring, its
    # settings in a throwaway data dir (each seat has its own, tests/helpers/seats.py)
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memkeyring.MemoryKeyring"
    os.environ["INBOX_APP_DATA_DIR"] = str(work / "setup")
    # the test SMTP server's authenticator reads aiosmtpd's old login field: once a login
    warnings.filterwarnings("ignore", "Session.login_data is deprecated")
    certs = Certs.make(work)
    handler = RelayHandler()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=certs.server_context(),
        require_starttls=True,
        authenticator=authenticator,
        auth_require_tls=True,
    )
    controller.start()
    smtp = SmtpServers(handler, controller.port, 0)
    cluster = PgCluster.create()
    rows = []
    try:
        for delay_ms in (0, RELAY_MS):
            handler.delay_s = delay_ms / 1000
            for label, code in codes:
                alone = _storm(cluster, smtp, certs, 1, work, code, messages)
                many = _storm(cluster, smtp, certs, SEATS, work, code, messages)
                many.append(f"{float(alone[6]) / float(many[6]):.2f}")
                alone.append("1.00")
                rows += [[f"{delay_ms} ms{label}", *alone], [f"{delay_ms} ms{label}", *many]]
        table(
            f"Team inbox: a send storm, {messages:,} queued replies on "
            f"{messages // PER_THREAD} threads, "
            "real STARTTLS SMTP on loopback",
            [
                "SMTP answers in",
                "seats",
                "at SMTP",
                "Message-IDs",
                "duplicates",
                "not sent",
                "sent by seat",
                "drain s",
                "msgs/s",
                "speed-up",
            ],
            rows,
        )
    finally:
        cluster.destroy()
        controller.stop()


if __name__ == "__main__":
    main()
