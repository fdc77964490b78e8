"""Opt-out and the [Important] tag: the full matrix of POLICY.md, against an oracle."""

from __future__ import annotations

import itertools

import pytest

from inbox_app.policy import Context, Draft, check, load_ruleset
from tests.helpers.policy_cases import OID

TAG_RULES = {
    "opted-out-noncritical",
    "important-tag-required",
    "opted-out-new-thread",
    "important-tag-misuse",
    "important-tag-unneeded",
}
CRITICAL = f"Order {OID}: the shipping address is incomplete, please confirm the house number."
NONCRITICAL = f"Order {OID}: the lamp you asked about is back in stock."


def expected(
    buyer_initiated: bool,
    opted_out: bool,
    order_type: str,
    tag: bool,
    critical: bool,
    override: bool,
    wine_exempt: bool,
) -> set[str]:
    """POLICY.md, 'Opt-out and the subject tag', written out independently of the engine."""
    exempt = order_type in ("handmade", "custom") or (order_type == "wine" and wine_exempt)
    applies = not buyer_initiated and opted_out and not exempt
    out = set()
    if applies and not critical:
        out.add("opted-out-noncritical")
    if applies and critical:
        if not override:
            out.add("opted-out-new-thread")
        elif not tag:
            out.add("important-tag-required")
    if tag and not critical:
        out.add("important-tag-misuse")
    if tag and critical and not applies:
        out.add("important-tag-unneeded")
    return out


MATRIX = list(
    itertools.product(
        (False, True),  # buyer_initiated
        (False, True),  # opted_out
        ("standard", "handmade", "custom", "wine"),
        (False, True),  # tag
        (False, True),  # critical
        (True, False),  # important_tag_overrides_opt_out
        (True, False),  # wine_exempt_from_opt_out
    )
)


@pytest.mark.parametrize(
    ("buyer_initiated", "opted_out", "order_type", "tag", "critical", "override", "wine_exempt"),
    MATRIX,
)
def test_matrix(
    buyer_initiated: bool,
    opted_out: bool,
    order_type: str,
    tag: bool,
    critical: bool,
    override: bool,
    wine_exempt: bool,
) -> None:
    rs = load_ruleset().with_settings(
        important_tag_overrides_opt_out=override, wine_exempt_from_opt_out=wine_exempt
    )
    subject = ("[Important] " if tag else "") + f"Order {OID}"
    draft = Draft(subject, CRITICAL if critical else NONCRITICAL)
    ctx = Context(buyer_initiated=buyer_initiated, opted_out=opted_out, order_type=order_type)
    report = check(draft, ctx, ruleset=rs)
    got = report.rules() & TAG_RULES
    assert got == expected(
        buyer_initiated, opted_out, order_type, tag, critical, override, wine_exempt
    )
    assert report.content_class == ("critical" if critical else "non-critical")
    if got & {
        "opted-out-noncritical",
        "important-tag-required",
        "opted-out-new-thread",
        "important-tag-misuse",
    }:
        assert not report.sendable


def test_the_finding_names_the_deciding_phrase() -> None:
    report = check(Draft(f"Order {OID}", CRITICAL), Context(opted_out=True))
    (finding,) = [f for f in report.findings if f.rule == "important-tag-required"]
    assert finding.trigger == "shipping address"
    assert "shipping address" in finding.message
    assert report.content_trigger == "shipping address"


def test_tag_span_points_at_the_tag() -> None:
    subject = f"Order {OID} [IMPORTANT] back in stock"
    report = check(Draft(subject, NONCRITICAL), Context())
    (finding,) = [f for f in report.findings if f.rule == "important-tag-misuse"]
    assert subject[finding.start : finding.end] == "[IMPORTANT]"


def test_review_request_is_never_critical_even_with_critical_words() -> None:
    body = f"Order {OID}: sorry the delivery was delayed. Please leave a review."
    report = check(Draft(f"[Important] Order {OID}", body), Context(opted_out=True))
    assert report.content_class == "non-critical"
    assert {"opted-out-noncritical", "important-tag-misuse"} <= report.rules()


@pytest.mark.parametrize(
    ("lang_market", "body"),
    [
        ("IT", f"Ordine {OID}: l'indirizzo di spedizione è incompleto, può confermare il civico?"),
        ("DE", f"Bestellung {OID}: Ihre Lieferadresse ist unvollständig, bitte bestätigen."),
        ("FR", f"Commande {OID} : l'adresse de livraison est incomplète, merci de confirmer."),
        ("ES", f"Pedido {OID}: la dirección de envío está incompleta, ¿puede confirmarla?"),
        ("JP", f"ご注文{OID}のお届け先住所が不完全です。ご確認ください。"),
        ("US", f"Order {OID}: the engraving text you sent is too long, please send a shorter one."),
        ("US", f"Order {OID}: we have to cancel this order, the item was damaged in transit."),
        ("US", f"Order {OID}: please tell us when the courier can schedule the delivery."),
    ],
)
def test_critical_content_in_every_language(lang_market: str, body: str) -> None:
    report = check(Draft(f"Order {OID}", body), Context(opted_out=True, marketplace=lang_market))
    assert report.content_class == "critical"
    assert "important-tag-required" in report.rules()


@pytest.mark.parametrize("tag", ["[Wichtig]", "[Important]", "[wichtig]"])
def test_german_marketplace_accepts_wichtig_and_important(tag: str) -> None:
    body = f"Bestellung {OID}: Ihre Lieferadresse ist unvollständig, bitte bestätigen."
    report = check(
        Draft(f"{tag} Bestellung {OID}", body), Context(opted_out=True, marketplace="DE")
    )
    assert "important-tag-required" not in report.rules()
    assert report.sendable


def test_wichtig_is_not_a_tag_on_the_us_marketplace() -> None:
    report = check(Draft(f"[Wichtig] Order {OID}", CRITICAL), Context(opted_out=True))
    assert "important-tag-required" in report.rules()


@pytest.mark.parametrize(
    ("ctx", "variant", "words"),
    [
        (Context(), "important-tag-unneeded", "not opted out"),
        (
            Context(buyer_initiated=True, opted_out=True),
            "important-tag-unneeded.reply",
            "own thread",
        ),
        (
            Context(opted_out=True, order_type="custom"),
            "important-tag-unneeded.exempt",
            "custom orders",
        ),
    ],
)
def test_unneeded_tag_says_why(ctx: Context, variant: str, words: str) -> None:
    report = check(Draft(f"[Important] Order {OID}", CRITICAL), ctx)
    (finding,) = [f for f in report.findings if f.rule == "important-tag-unneeded"]
    assert finding.message_id == variant
    assert words in finding.message
    assert finding.severity == "info"
    assert report.sendable
