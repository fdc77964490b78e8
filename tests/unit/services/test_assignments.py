"""Assignment on a single seller's SQLite store: the data path works the same as on the
team's server (seats added by hand), and the CLI says plainly what it cannot do."""

from __future__ import annotations

from pathlib import Path

import pytest

from inbox_app.cli import main
from inbox_app.services import assignments
from inbox_app.services.inbox import InboxService
from inbox_app.store.migrate import Store
from inbox_app.store.queries.thread_filter import ThreadFilter
from tests.helpers.factories import add_seats, make_thread


def test_assign_take_unassign_and_mine(store: Store) -> None:
    a, b, c = (make_thread(store) for _ in range(3))
    seats = add_seats(store, "Anna", "Bo")
    service = InboxService(store)
    service.seat_id = seats["Anna"]
    service.assign(a, seats["Anna"])
    service.assign(b, seats["Bo"])
    rows = service.thread_rows([a, b, c])
    assert (rows[a].assignee, rows[a].assignee_id) == ("Anna", seats["Anna"])
    assert rows[b].assignee == "Bo" and rows[c].assignee is None
    mine = ThreadFilter(assigned_to=seats["Anna"])
    assert [r.id for r in service.thread_page(mine).rows] == [a]
    assert list(service.thread_keys(mine)[1]) == [a]
    assert service.counts().mine == 1
    service.assign(b, seats["Anna"])  # taken over
    assert sorted(r.id for r in service.thread_page(mine).rows) == sorted([a, b])
    assert service.counts().mine == 2
    with store.session() as s:
        assert assignments.assignee(s, b).person == "Anna"
    service.assign(a, None)
    assert service.thread_rows([a])[a].assignee is None
    assert service.counts().mine == 1
    assert [p.person for p in service.team()] == ["Anna", "Bo"]


def test_a_single_seller_has_no_mine_count_and_no_team(store: Store) -> None:
    make_thread(store)
    service = InboxService(store)
    assert service.counts().mine is None
    assert service.team() == []
    with store.session() as s:
        assert not assignments.is_team(s)


def test_search_rows_carry_the_assignee(store: Store) -> None:
    tid = make_thread(store, buyer_message="the teapot lid is cracked")
    seats = add_seats(store, "Anna", "Bo")
    service = InboxService(store)
    service.assign(tid, seats["Bo"])
    found = service.thread_page(ThreadFilter(states=None, query="teapot")).rows
    assert [(r.id, r.assignee) for r in found] == [(tid, "Bo")]


def test_cli_assign_and_unassign_on_sqlite(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tid = make_thread(store)
    add_seats(store, "Anna", "Bo")
    assert main(["thread", "assign", str(tid), "--to", "bo", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip() == f"thread {tid} assigned to Bo"
    assert InboxService(store).thread_rows([tid])[tid].assignee == "Bo"
    assert main(["thread", "assign", str(tid), "--me", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("inbox-app: this seat is on no team inbox") and err.count("\n") == 1
    assert main(["thread", "assign", str(tid), "--to", "Zoe", "--db", str(db_path)]) == 1
    assert capsys.readouterr().err.strip() == (
        "inbox-app: Nobody called Zoe is on the team (the team: Anna, Bo)."
    )
    assert main(["thread", "assign", "999999", "--to", "Anna", "--db", str(db_path)]) == 1
    assert "There is no thread 999999." in capsys.readouterr().err
    assert main(["thread", "unassign", str(tid), "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip() == f"thread {tid} is assigned to nobody now"
    assert InboxService(store).thread_rows([tid])[tid].assignee is None


def test_cli_on_a_store_without_a_team(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tid = make_thread(store)
    assert main(["thread", "assign", str(tid), "--to", "Anna", "--db", str(db_path)]) == 1
    assert "assignment needs a team inbox" in capsys.readouterr().err
