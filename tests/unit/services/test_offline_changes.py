"""The file of a team seat's kept thread changes: JSON Lines in the order made, 0600, a
torn last line skipped, a replayed change not appended twice, the file gone with the last,
named without the URL's password."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from inbox_app.services.offline_changes import KeptChange, OfflineChanges


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
