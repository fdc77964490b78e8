"""The file a team seat keeps its drafts in while the server is out of reach: one entry
per draft, the newest text, mode 0600, gone with its last entry, never a password in its
name or text."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from inbox_app.services.drafts import DraftAttachment, DraftContent
from inbox_app.services.offline_drafts import KeptDraft, OfflineDrafts, draft_key
from inbox_app.settings import data_dir


def _draft(thread_id: int | None, body: str, order_id: int | None = None) -> KeptDraft:
    return KeptDraft(
        draft_key(thread_id, order_id),
        thread_id,
        order_id,
        3,
        DraftContent(
            "Re: parcel",
            body,
            True,
            (DraftAttachment("label.pdf", "ab" * 32, 120, "application/pdf"),),
        ),
        "Re: parcel",
    )


def test_entries_are_kept_replaced_and_forgotten_and_the_file_goes_with_the_last(
    tmp_path: Path,
) -> None:
    kept = OfflineDrafts(tmp_path / "kept" / "seat.json")
    assert kept.entries() == []
    kept.keep(_draft(7, "first text"))
    kept.keep(_draft(None, "about an order", order_id=42))
    kept.keep(_draft(7, "newer text"))
    assert stat.S_IMODE(kept.path.stat().st_mode) == 0o600
    assert [(d.key, d.content.body) for d in kept.entries()] == [
        ("order-draft:42", "about an order"),
        ("draft:7", "newer text"),
    ]
    back = kept.get("draft:7")
    assert back == _draft(7, "newer text")  # attachments, flag and version round-trip
    assert sorted(p.name for p in kept.path.parent.iterdir()) == ["seat.json"]
    kept.forget("draft:7")
    assert [d.key for d in kept.entries()] == ["order-draft:42"]
    kept.forget("draft:99")  # not there: nothing changes
    assert kept.path.exists()
    kept.forget("order-draft:42")
    assert not kept.path.exists()


def test_the_file_of_a_seat_is_in_the_data_dir_and_names_no_password(tmp_path: Path) -> None:
    url = "postgresql+psycopg://inbox:s3cret-pw@db.example:5432/shop"
    kept = OfflineDrafts.for_seat(url, "seat-1")
    assert kept.path.parent == data_dir() / "offline-drafts"
    assert kept.path == OfflineDrafts.for_seat(url.replace(":s3cret-pw", ""), "seat-1").path
    assert kept.path != OfflineDrafts.for_seat(url, "seat-2").path
    kept.keep(_draft(1, "hello"))
    assert "s3cret" not in kept.path.name and "s3cret" not in kept.path.read_text()
    kept.forget("draft:1")


def test_an_unreadable_file_is_set_aside_not_overwritten(tmp_path: Path) -> None:
    kept = OfflineDrafts(tmp_path / "seat.json")
    kept.path.write_text('{"drafts": [trunc', encoding="utf-8")
    assert kept.entries() == []
    assert (tmp_path / "seat.unreadable").read_text(encoding="utf-8") == '{"drafts": [trunc'
    kept.keep(_draft(2, "after"))
    assert json.loads(kept.path.read_text())["drafts"][0]["body"] == "after"
