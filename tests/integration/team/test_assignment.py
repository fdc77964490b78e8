"""Assignment on a real PostgreSQL server, seats as separate processes: Anna assigns a
thread to Bo from the command line, and Bo's seat (listening on the team's channel) sees
the change and finds the thread in its "Mine"."""

from __future__ import annotations

import json
from pathlib import Path

from inbox_app.seat import SeatConfig
from inbox_app.store.migrate import open_store
from tests.helpers.factories import make_thread
from tests.helpers.seats import inbox_app, seat_process

WATCH = """
import json, sys
from inbox_app.seat import load_seat
from inbox_app.services.inbox import InboxService
from inbox_app.store.migrate import open_store
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.server import CHANNEL, connect_direct

store = open_store(sys.argv[1])
seat = load_seat()
conn = connect_direct(store.engine)
conn.execute(f"LISTEN {CHANNEL}")
print("READY", flush=True)
seen = None
for note in conn.notifies(timeout=60):
    if note.payload.startswith("assignment:"):
        seen = note.payload
        break
service = InboxService(store)
service.seat_id = seat.seat_id
rows = service.thread_page(ThreadFilter(assigned_to=seat.seat_id)).rows
print(json.dumps({"seen": seen, "mine": [r.id for r in rows],
                  "assignee": [r.assignee for r in rows], "count": service.counts().mine}),
      flush=True)
conn.close()
store.close()
"""


def _seat(data_dir: Path) -> SeatConfig:
    raw = json.loads((data_dir / "team.json").read_text())
    return SeatConfig(raw["url"], raw["seat_id"], raw["person"])


def test_an_assignment_on_one_seat_is_seen_by_the_other(team_url: str, tmp_path: Path) -> None:
    anna, bo = tmp_path / "anna", tmp_path / "bo"
    for home, name in ((anna, "Anna"), (bo, "Bo")):
        joined = inbox_app(home, "team", "join", team_url, "--name", name)
        assert joined.returncode == 0, joined.stderr
    store = open_store(team_url)
    try:
        tid, other = make_thread(store), make_thread(store)
    finally:
        store.close()
    watcher = seat_process(bo, WATCH, team_url)
    try:
        assert watcher.stdout is not None
        assert watcher.stdout.readline().strip() == "READY"
        done = inbox_app(anna, "thread", "assign", str(tid), "--to", "Bo", "--db", team_url)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"thread {tid} assigned to Bo"
        out, err = watcher.communicate(timeout=90)
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()
    assert watcher.returncode == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert result == {"seen": f"assignment:{tid}", "mine": [tid], "assignee": ["Bo"], "count": 1}
    # Anna takes the other one herself; Bo unassigns the first; the seats list counts
    took = inbox_app(anna, "thread", "assign", str(other), "--me", "--db", team_url)
    assert took.returncode == 0 and took.stdout.strip() == f"thread {other} assigned to Anna"
    dropped = inbox_app(bo, "thread", "unassign", str(tid), "--db", team_url)
    assert dropped.returncode == 0, dropped.stderr
    listed = inbox_app(bo, "team", "seats")
    counts = {ln.split("\t")[0]: ln.split("\t")[3] for ln in listed.stdout.splitlines()[1:]}
    assert counts == {"Anna": "1 assigned", "Bo": "0 assigned (this seat)"}
    assert _seat(bo).person == "Bo"


REPLY = """
import sys
from inbox_app.seat import load_seat
from inbox_app.services.compose import ComposeService
from inbox_app.services.drafts import DraftContent
from inbox_app.store.migrate import open_store

store = open_store(sys.argv[1])
compose = ComposeService(store, seat_id=load_seat().seat_id)
tid = int(sys.argv[2])
compose.save_draft(tid, DraftContent("Re: your order", "It left today."))
print("QUEUED", compose.queue_draft(tid, 0, {}), flush=True)
store.close()
"""


def test_a_reply_queued_on_one_seat_shows_its_author_on_the_other(
    team_url: str, tmp_path: Path
) -> None:
    from inbox_app.services.inbox import InboxService

    anna, bo = tmp_path / "anna", tmp_path / "bo"
    for home, name in ((anna, "Anna"), (bo, "Bo")):
        assert inbox_app(home, "team", "join", team_url, "--name", name).returncode == 0
    store = open_store(team_url)
    try:
        tid = make_thread(store)
        seat = seat_process(bo, REPLY, team_url, str(tid))
        out, err = seat.communicate(timeout=90)
        assert seat.returncode == 0, err
        mid = int(out.split()[-1])
        detail = InboxService(store).thread_detail(tid)
        assert detail is not None
        assert [(m.id, m.author) for m in detail.messages if m.direction == "out"] == [(mid, "Bo")]
        assert detail.messages[0].author is None  # the buyer's
        # once sent, it counts for Bo in the per-person figures (the same SQL on the server)
        from datetime import timedelta

        from inbox_app.services.metrics_people import per_person
        from inbox_app.services.threads import recompute_thread
        from inbox_app.store.schema import Message, utcnow

        sent_at = utcnow() + timedelta(minutes=5)
        with store.session() as s, s.begin():
            reply = s.get(Message, mid)
            assert reply is not None
            reply.status, reply.sent_at = "sent", sent_at
            recompute_thread(s, tid)
        with store.reader() as conn:
            people = per_person(conn, days=30, now=sent_at + timedelta(minutes=1))
        assert people is not None
        assert {p.person: (p.answered, p.within_24h) for p in people} == {
            "Anna": (0, 0),
            "Bo": (1, 1),
        }
    finally:
        store.close()
