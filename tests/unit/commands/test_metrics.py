"""`inbox-app metrics`: JSON equal to the service, the per-day CSV, one-line errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from inbox_app.cli import main
from inbox_app.services.metrics import compute
from inbox_app.store.migrate import Store
from tests.helpers.timeline import NOW, Timeline


@pytest.fixture
def filled(store: Store, db_path: Path) -> Path:
    tl = Timeline(store)
    for code, hours in (("US", 2), ("US", 30), ("DE", 5)):
        t = tl.thread(code)
        tl.buyer(t, 60)
        tl.reply(t, 60 - hours)
    t = tl.thread("JP")
    tl.buyer(t, 40)
    t = tl.thread("DE")
    tl.buyer(t, 3)
    return db_path


def test_json_agrees_with_the_service(
    filled: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["metrics", "--db", str(filled), "--days", "7", "--now", NOW.isoformat(), "--json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    with store.reader() as conn:
        expected = compute(conn, days=7, now=NOW).as_dict()
    assert out == expected
    assert (out["messages"], out["within_24h"], out["late"], out["unanswered"], out["pending"]) == (
        5,
        2,
        1,
        1,
        1,
    )
    assert out["late_response_rate"] == 50.0
    assert out["average_response_hours"] == pytest.approx(37 / 3, abs=0.01)
    assert out["median_response_hours"] == 5.0
    assert sorted(out["by_marketplace"]) == ["DE", "JP", "US"]
    assert out["by_marketplace"]["JP"]["unanswered"] == 1


def test_one_marketplace_and_text(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "metrics",
                "--db",
                str(filled),
                "--marketplace",
                "us",
                "--now",
                NOW.isoformat(),
                "--json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["period_days"] == 30 and out["messages"] == 2
    assert list(out["by_marketplace"]) == ["US"]
    assert main(["metrics", "--db", str(filled), "--now", NOW.isoformat()]) == 0
    text = capsys.readouterr().out
    assert "30 days" in text and "50.0 %" in text


def test_csv_per_day(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "days.csv"
    assert (
        main(
            [
                "metrics",
                "--db",
                str(filled),
                "--days",
                "7",
                "--now",
                NOW.isoformat(),
                "--csv",
                str(target),
            ]
        )
        == 0
    )
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 8
    assert rows[-1]["date"] == NOW.date().isoformat()
    assert sum(int(r["messages"]) for r in rows) == 5
    busy = {r["date"]: r for r in rows}["2026-03-08"]  # 60 h and 40 h before NOW
    assert (busy["messages"], busy["within_24h"], busy["late"], busy["unanswered"]) == (
        "4",
        "2",
        "1",
        "1",
    )
    assert busy["late_response_rate"] == "50.00" and busy["average_response_hours"] == "12.33"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--days", "14"], "--days must be one of 7, 30, 90"),
        (["--days", "seven"], "--days must be one of 7, 30, 90"),
        (["--now", "yesterday"], "--now must be a date and time in ISO 8601"),
        (["--marketplace", "XX"], "unknown marketplace 'XX'"),
        (["--csv", "/nonexistent-folder/x.csv"], "does not exist"),
    ],
)
def test_bad_arguments_one_line_exit_2(
    filled: Path, capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    assert main(["metrics", "--db", str(filled), *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and says in lines[0]
