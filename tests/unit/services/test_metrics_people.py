"""Response times per person, exact numbers: the author of the reply that answered each
buyer message, within 24 h or late, average and median; replies no seat wrote count
under nobody; a store without a team has no per-person figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inbox_app.cli import main
from inbox_app.services.assignments import assign
from inbox_app.services.metrics_people import per_person
from inbox_app.store.migrate import Store
from tests.helpers.factories import METRICS_NOW as NOW
from tests.helpers.factories import add_seats, answered_thread, make_thread


@pytest.fixture
def team(store: Store) -> dict[str, str]:
    seats = add_seats(store, "Anna", "Bo", "Chiara")
    answered_thread(store, 3, 2, seats["Anna"])
    answered_thread(store, 5, 4.5, seats["Anna"])
    answered_thread(store, 6, 1, seats["Anna"])
    answered_thread(store, 4, 30, seats["Bo"])
    answered_thread(store, 2, 0.5, None)  # from Seller Central: nobody's
    answered_thread(store, 40, 1, seats["Bo"])  # outside a 30-day period
    open_tid = make_thread(store)
    with store.session() as s, s.begin():
        assign(s, open_tid, seats["Chiara"], by=None)
    return seats


def test_per_person_exact_numbers(store: Store, team: dict[str, str]) -> None:
    with store.reader() as conn:
        rows = per_person(conn, days=30, now=NOW)
    assert rows is not None
    got = {r.person: r.as_dict() for r in rows}
    assert got["Anna"] | {"seat_id": None} == {
        "person": "Anna",
        "seat_id": None,
        "answered": 3,
        "within_24h": 3,
        "late": 0,
        "average_response_hours": 2.5,
        "median_response_hours": 2.0,
        "assigned_open": 0,
    }
    assert (
        got["Bo"]["answered"],
        got["Bo"]["late"],
        got["Bo"]["average_response_hours"],
        got["Bo"]["median_response_hours"],
    ) == (1, 1, 30.0, 30.0)
    assert (got["Chiara"]["answered"], got["Chiara"]["assigned_open"]) == (0, 1)
    assert got["Chiara"]["median_response_hours"] is None
    assert got[None]["answered"] == 1 and got[None]["average_response_hours"] == 0.5
    assert [r.person for r in rows] == ["Anna", "Bo", "Chiara", None]
    with store.reader() as conn:
        ninety = per_person(conn, days=90, now=NOW)
    assert ninety is not None and {r.person: r.answered for r in ninety}["Bo"] == 2


def test_no_team_no_per_person_figures(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answered_thread(store, 3, 2, None)
    with store.reader() as conn:
        assert per_person(conn, days=30, now=NOW) is None
    assert main(["metrics", "--by-person", "--db", str(db_path), "--now", NOW.isoformat()]) == 2
    assert capsys.readouterr().err.strip() == (
        "inbox-app: --by-person needs a team inbox (this store has no seats)"
    )


def test_cli_by_person(
    store: Store, team: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["metrics", "--by-person", "--db", str(db_path), "--now", NOW.isoformat()]
    assert main(args) == 0
    out = capsys.readouterr().out.splitlines()
    start = out.index("By person")
    table = [line.split() for line in out[start + 2 :]]
    assert table == [
        ["Anna", "3", "3", "0", "2.5", "h", "2.0", "h", "0"],
        ["Bo", "1", "0", "1", "30.0", "h", "30.0", "h", "0"],
        ["Chiara", "0", "0", "0", "-", "-", "1"],
        ["(nobody)", "1", "1", "0", "0.5", "h", "0.5", "h", "0"],
    ]
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["person"] for p in data["by_person"]] == ["Anna", "Bo", "Chiara", None]
    assert data["by_person"][0]["median_response_hours"] == 2.0
    assert data["within_24h"] == 4 and data["late"] == 1
