"""The file of a team seat's kept thread changes: JSON Lines in the order made, 0600, a
torn last line skipped, a replayed change not appended twice, the file gone with the last,
named without the URL's password; the keeper that puts a window's waiting changes on disk
from two threads in the order they were asked for, each once."""

from __future__ import annotations

import json
import stat
import threading
from pathlib import Path

from inbox_app.services.offline_changes import Keeper, KeptChange, OfflineChanges, Slot


def test_changes_are_kept_in_order_and_go_one_by_one(tmp_path: Path) -> None:
    kept = OfflineChanges(tmp_path / "changes" / "seat.jsonl")
    assert kept.entries() == []
    read = kept.keep(KeptChange("read", 7, False))
    assign = kept.keep(KeptChange("assign", 7, "seat-bo"))
    closed = kept.keep(KeptChange("no_response", 9))
    assert read.id and len({read.id, assign.id, closed.id}) == 3
    assert stat.S_IMODE(kept.path.stat().st_mode) == 0o600
    lines = [json.loads(x) for x in kept.path.read_text(encoding="utf-8").splitlines()]
    assert [(x["v"], x["kind"], x["thread"], x["value"]) for x in lines] == [
        (1, "read", 7, False),
        (1, "assign", 7, "seat-bo"),
        (1, "no_response", 9, None),
    ]
    assert kept.keep(assign) == assign  # replayed: already there, not appended again
    assert [c.id for c in kept.entries()] == [read.id, assign.id, closed.id]
    kept.forget(assign.id)
    assert [c.kind for c in kept.entries()] == ["read", "no_response"]
    with kept.path.open("ab") as fh:  # a power cut in the middle of a line
        fh.write(b'{"v": 1, "id": "x", "kind": "reo')
    assert [c.kind for c in kept.entries()] == ["read", "no_response"]
    kept.forget(read.id)
    kept.forget(closed.id)
    assert not kept.path.exists()


def test_a_seat_file_is_named_without_the_password(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("inbox_app.services.offline_changes.data_dir", lambda: tmp_path)
    a = OfflineChanges.for_seat("postgresql+psycopg://anna:s3cret@db.example/shop", "seat-a")
    b = OfflineChanges.for_seat("postgresql+psycopg://anna:other@db.example/shop", "seat-a")
    c = OfflineChanges.for_seat("postgresql+psycopg://anna:s3cret@db.example/shop", "seat-b")
    assert a.path == b.path != c.path and a.path.parent == tmp_path / "offline-changes"
    assert "s3cret" not in str(a.path)


def test_the_keeper_puts_waiting_changes_on_disk_in_order_each_once(tmp_path: Path) -> None:
    journal = OfflineChanges(tmp_path / "seat.jsonl")
    keeper = Keeper(journal)
    first, second, third = (
        Slot(KeptChange("read", 1, False)),
        Slot(KeptChange("assign", 1, "seat-bo")),
        Slot(KeptChange("reopen", 2)),
    )
    plain = Slot(None)  # a change a seat does not keep
    keeper.keep([first])  # the write lane: the one it runs found the server away
    keeper.keep([first, plain, second, third])  # the window: those behind it, in order
    keeper.keep([first, second, third])  # told again: nothing twice
    assert [(c.kind, c.thread_id) for c in journal.entries()] == [
        ("read", 1),
        ("assign", 1),
        ("reopen", 2),
    ]
    assert plain.on_disk is None and first.on_disk is not None
    keeper.over(first)  # landed: its line goes, and it is never kept again
    keeper.keep([first, second, third])
    assert [c.kind for c in journal.entries()] == ["assign", "reopen"]
    landed_first = Slot(KeptChange("read", 3, True))
    keeper.over(landed_first)  # over before the window got to it: not kept at all
    keeper.keep([landed_first])
    assert [c.kind for c in journal.entries()] == ["assign", "reopen"]
    keeper.over(second)
    keeper.over(third)
    assert not journal.path.exists()


def test_the_keeper_never_keeps_a_line_twice_from_two_threads(tmp_path: Path) -> None:
    journal = OfflineChanges(tmp_path / "seat.jsonl")
    keeper = Keeper(journal)
    slots = [Slot(KeptChange("read", i, i % 2 == 0)) for i in range(40)]
    start = threading.Barrier(2)

    def lane() -> None:  # each change as it runs: on disk, then over
        start.wait()
        for slot in slots[:20]:
            keeper.keep([slot])
            keeper.over(slot)

    worker = threading.Thread(target=lane)
    worker.start()
    start.wait()
    for _ in range(5):  # the window, meanwhile, keeps every waiting one
        keeper.keep(slots)
    worker.join()
    kept = journal.entries()
    assert [c.thread_id for c in kept] == list(range(20, 40))  # once each, in order
    assert len({c.id for c in kept}) == 20
