"""The sync leader across seat processes: one seat fetches; when it is killed with
SIGKILL another seat takes over."""

from __future__ import annotations

import selectors
import signal
import subprocess
import time
from pathlib import Path

from sqlalchemy.engine import make_url

from inbox_app.services.leader import SyncLeader
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import open_store
from inbox_app.store.server import SYNC_LEADER_LOCK
from tests.helpers.pgserver import PgCluster
from tests.helpers.seats import inbox_app, seat_process

# a seat's background mail sync, as the window runs it: a MailService round per tick
SEAT = """
import sys, time
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import open_store
store = open_store(sys.argv[1])
mail = MailService(store)
said = None
while True:
    leads = mail.sync_round().leader
    if leads != said:
        print("LEADER" if leads else "FOLLOWER", flush=True)
        said = leads
    time.sleep(0.1)
"""


def _line(proc: subprocess.Popen[str], timeout: float = 60.0) -> str:
    assert proc.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if sel.select(timeout=0.5):
            return proc.stdout.readline().strip()
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    raise AssertionError("the seat said nothing")


def test_the_leader_killed_is_replaced(team_url: str, tmp_path: Path) -> None:
    assert inbox_app(tmp_path / "a", "team", "join", team_url, "--name", "Anna").returncode == 0
    anna = seat_process(tmp_path / "a", SEAT, team_url)
    bo = chiara = None
    try:
        assert _line(anna) == "LEADER"
        bo = seat_process(tmp_path / "b", SEAT, team_url)
        chiara = seat_process(tmp_path / "c", SEAT, team_url)
        assert _line(bo) == "FOLLOWER" and _line(chiara) == "FOLLOWER"
        anna.send_signal(signal.SIGKILL)
        anna.wait(30)
        # exactly one of the others takes the lead
        sel = selectors.DefaultSelector()
        for p in (bo, chiara):
            assert p.stdout is not None
            sel.register(p.stdout, selectors.EVENT_READ, p)
        events = sel.select(timeout=60)
        assert events, "nobody took the lead"
        leader = events[0][0].data
        assert leader.stdout.readline().strip() == "LEADER"
        other = chiara if leader is bo else bo
        time.sleep(1.0)  # a second leader would have said so within ten rounds
        sel.unregister(leader.stdout)
        assert sel.select(timeout=1.0) == [], "two seats lead at once"
        assert other.poll() is None
    finally:
        for p in (anna, bo, chiara):
            if p is not None:
                if p.poll() is None:
                    p.kill()
                p.communicate(timeout=30)  # closes its pipes


def test_the_cli_sync_of_a_follower_only_sends(team_url: str, tmp_path: Path) -> None:
    assert inbox_app(tmp_path / "a", "team", "join", team_url, "--name", "Anna").returncode == 0
    anna = seat_process(tmp_path / "a", SEAT, team_url)
    try:
        assert _line(anna) == "LEADER"
        out = inbox_app(tmp_path / "b", "sync", "--db", team_url)
        assert "another seat is fetching the team's mail" in out.stderr
    finally:
        anna.kill()
        anna.communicate(timeout=30)


def _server_sessions(pg_cluster: PgCluster, url: str) -> tuple[int, int]:
    """(connections to the test's database, sync-leader advisory locks held)."""
    db = make_url(url).database
    assert db is not None
    conns = len(pg_cluster.client_sessions(db))
    locks = pg_cluster.psql(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
        f"AND ((classid::bigint << 32) | objid::bigint) = {SYNC_LEADER_LOCK}"
    )
    return conns, int(locks.strip())


def _settles_at(pg_cluster: PgCluster, url: str, expected: tuple[int, int]) -> bool:
    """The server's view reaches `expected` (a closed client's backend exits a moment
    after the close returned)."""
    end = time.monotonic() + 10
    while _server_sessions(pg_cluster, url) != expected:
        if time.monotonic() > end:
            return False
        time.sleep(0.05)
    return True


def test_a_leader_whose_store_closed_never_leads_again(
    team_url: str, pg_cluster: PgCluster
) -> None:
    store = open_store(team_url)
    leader = SyncLeader(store)
    mail = MailService(store, leader)
    assert leader.acquire() and leader.leads()
    assert _server_sessions(pg_cluster, team_url)[1] == 1
    store.close()
    # the lock went with the store, and nothing opens a connection to take it again
    assert not leader.leads()
    assert not leader.acquire()
    assert _settles_at(pg_cluster, team_url, (0, 0))
    result = mail.sync_round()
    assert result.leader is False and result.cancelled and result.summaries == []
    time.sleep(0.2)  # a connection opened now would show
    assert _server_sessions(pg_cluster, team_url) == (0, 0)


def test_a_leader_made_over_a_closed_store_takes_no_lock(
    team_url: str, pg_cluster: PgCluster, tmp_path: Path
) -> None:
    store = open_store(team_url)
    store.close()
    late = SyncLeader(store)  # e.g. a worker that started its round as the window closed
    assert not late.acquire() and not late.leads()
    assert _settles_at(pg_cluster, team_url, (0, 0))
    local = open_store(f"sqlite:///{tmp_path / 'own.sqlite3'}")
    own = SyncLeader(local)
    assert own.acquire()  # a seller's own store: always the leader while open
    local.close()
    assert not own.acquire() and not own.leads()
