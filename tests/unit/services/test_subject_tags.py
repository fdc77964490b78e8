"""The marketplace's "important" tag in a subject (services/subject_tags.py)."""

from __future__ import annotations

import pytest

from inbox_app.services.subject_tags import add_tag, has_tag, remove_tag, tag_spans


@pytest.mark.parametrize(
    ("subject", "mp", "has"),
    [
        ("[Important] Delivery", "US", True),
        ("Delivery [IMPORTANT] now", "US", True),
        ("Delivery [ important ]", "US", True),
        ("[Wichtig] Lieferung", "DE", True),
        ("[wichtig] Lieferung", "DE", True),
        ("[Wichtig] Delivery", "US", False),
        ("Important: Delivery", "US", False),
    ],
)
def test_has_tag(subject: str, mp: str, has: bool) -> None:
    assert has_tag(subject, mp) is has


def test_add_and_remove_tag() -> None:
    assert add_tag("Delivery", "US", "[Important]") == "[Important] Delivery"
    assert add_tag("[important] Delivery", "US", "[Important]") == "[important] Delivery"
    assert remove_tag("Delivery [IMPORTANT] now", "US") == "Delivery now"
    assert remove_tag("[Wichtig] Lieferung", "DE") == "Lieferung"
    assert tag_spans("a [Important] b [important]", "US") == [(2, 13), (16, 27)]
