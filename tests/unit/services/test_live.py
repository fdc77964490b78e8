"""The change channel's payloads ('<kind>:<thread id>') as the listener batches them."""

from __future__ import annotations

from inbox_app.services.live import Changes, parse


def test_payloads_are_grouped_per_thread_and_presence_apart() -> None:
    got = parse(["message:7", "thread:7", "assignment:9", "presence:7", "presence:0"])
    assert got == Changes(threads=frozenset({7, 9}), presence=frozenset({7, 0}))


def test_malformed_and_unknown_payloads_are_ignored() -> None:
    assert parse(["message:", "thread:x", "other:3", "nonsense"]) == Changes()
