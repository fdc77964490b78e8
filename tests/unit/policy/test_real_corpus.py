"""The checker scored on real published messages (tests/data/policy/real/), per rule.

Tuning split: the whole score (messages judged exactly right) must stay at 95 % or
more and every rule's recall at 90 % or more. The held-out split is never tuned on;
it is guarded at the level it honestly reaches, so a change that loses ground there
fails too. `make bench` prints both tables.
"""

from __future__ import annotations

from collections import Counter

from inbox_app.policy import Context, Draft, check
from tests.helpers.real_corpus import SCORED, load, near_heldout, score

# What the held-out split reached when last measured after tuning on the other part
# (ruleset 2026.12.06-1, 428 texts: 84 of 95, as with 2026.12.03-7 to 2026.12.04-8; tuning 333 of 333,
# the 109 texts added since 2026.12.04-2 all in the tuning split). Raise it when the checker gets better.
HELDOUT_FLOOR = 0.884


def test_corpus_is_real_sourced_and_split_once() -> None:
    records = load()
    assert len(records) >= 200
    assert len({r.id for r in records}) == len(records)
    assert set(Counter(r.language for r in records)) >= {"en", "de", "fr", "it", "es", "ja"}
    assert all(r.source_url.startswith(("http://", "https://")) for r in records)
    assert all(r.labels <= set(SCORED) for r in records)
    assert all(r.split in ("tune", "heldout") for r in records)
    held = sum(r.split == "heldout" for r in records) / len(records)
    assert 0.2 < held < 0.4
    violations = sum(bool(r.labels - {"review-request"}) for r in records)
    assert 0.4 < violations / len(records) < 0.75


# Tuning texts of the first sessions that are near copies of a held-out text (one template
# family's other mail); written before this guard existed. A text added since must be none.
KNOWN_NEAR_COPIES = {
    "de-magento-shipment_new",
    "de-prestashop-order_canceled",
    "de-prestashop-refund",
    "de-smartstore-order_cancelled",
    "en-smartstore-shipment_sent",
    "es-magento-invoice_new",
    "es-magento-shipment_new",
    "es-prestashop-refund",
    "fr-prestashop-payment",
    "fr-prestashop-preparation",
}


def test_no_tuning_text_is_a_near_copy_of_a_held_out_one() -> None:
    held = [r.text for r in load("heldout")]
    near = {r.id for r in load("tune") if near_heldout(r.text, held)}
    assert near == KNOWN_NEAR_COPIES


def test_tuning_split_whole_score_and_recall_per_rule() -> None:
    result = score(load("tune"))
    table = "\n".join(result.table("tune") + [f"  wrong: {w}" for w in result.wrong])
    assert result.accuracy >= 0.95, table
    for rule, s in result.rules.items():
        if s.tp + s.fn:
            assert s.recall >= 0.90, f"{rule}\n{table}"


def test_heldout_split_does_not_lose_ground() -> None:
    result = score(load("heldout"))
    table = "\n".join(result.table("heldout") + [f"  wrong: {w}" for w in result.wrong])
    assert result.accuracy >= HELDOUT_FLOOR, table


# Clean texts the checker still blocks, each with the reason; the test fails when the
# list changes either way (a new false block, or one fixed that should leave the list).
KNOWN_FALSE_BLOCKS: dict[str, set[str]] = {}


def test_clean_real_texts_stay_sendable() -> None:
    blocked = {}
    for record in load():
        if record.labels:
            continue
        ctx = Context(buyer_initiated=record.kind == "reply")
        report = check(Draft("", record.text), ctx)
        blocks = {f.rule for f in report.findings if f.severity == "block"} & set(SCORED)
        if blocks:
            blocked[record.id] = blocks
    assert blocked == KNOWN_FALSE_BLOCKS
