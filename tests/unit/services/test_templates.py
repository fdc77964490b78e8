"""Saved replies: the starter set passes the checker; placeholders fill; bad ones refused."""

from __future__ import annotations

import pytest

from inbox_app.services import templates
from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from tests.helpers.factories import make_thread

STARTER = templates.starter_templates()


def seed(store: Store) -> int:
    with store.session() as session, session.begin():
        return templates.seed_starter_templates(session)


def listed(
    store: Store, *, language: str | None = None, query: str = ""
) -> list[templates.TemplateRow]:
    with store.read_session() as session:
        return templates.list_templates(session, language=language, query=query)


def test_starter_set_covers_the_marketplace_languages() -> None:
    languages = {t["language"] for t in STARTER}
    assert {"en", "de", "fr", "it", "es", "ja"} <= languages


@pytest.mark.parametrize("buyer_initiated", [True, False], ids=["reply", "seller-initiated"])
@pytest.mark.parametrize("t", STARTER, ids=[f"{t['language']}:{t['name']}" for t in STARTER])
def test_starter_template_passes_the_checker(t: dict[str, str], buyer_initiated: bool) -> None:
    findings = templates.check_template(
        t["subject"], t["body"], t["language"], buyer_initiated=buyer_initiated
    )
    serious = [(f.rule, f.severity, f.trigger) for f in findings if f.severity != "info"]
    if t.get("kind") == "reply" and not buyer_initiated:
        # An answer to "where is my order?" sent unasked is only a shipping confirmation:
        # the rule book's unnecessary-message (a warning, so still sendable), nothing more.
        assert [(rule, severity) for rule, severity, _ in serious] == [
            ("unnecessary-message", "warn")
        ]
        return
    assert serious == []


def test_seed_is_idempotent(store: Store) -> None:
    assert seed(store) == len(STARTER)
    assert seed(store) == 0
    assert len(listed(store)) == len(STARTER)


def test_list_filters_and_prefers_language(store: Store) -> None:
    seed(store)
    rows = listed(store, language="de")
    assert rows[0].language == "de"
    assert {r.language for r in listed(store, query="Lieferadresse")} == {"de"}


def test_placeholders_filled_from_the_thread(store: Store) -> None:
    tid = make_thread(store, buyer_name="Jana", product="Teapot")
    info = ComposeService(store).info_for_thread(tid)
    seed(store)
    row = next(t for t in listed(store) if t.name == "Shipping delay")
    subject, body = templates.fill_template(row, info.values)
    assert info.context.order_id is not None
    assert info.context.order_id in subject
    assert "Hello Jana," in body and "(Teapot)" in body
    assert "{" not in subject + body.replace("{seller_name}", "")


def test_unknown_or_empty_placeholders_stay_visible() -> None:
    assert templates.fill("Hi {buyer_name} {nope}", {"buyer_name": ""}) == "Hi {buyer_name} {nope}"


def test_save_template_refuses_blocked_text(store: Store) -> None:
    result = ComposeService(store).save_template(
        "Promo", "en", "Deal", "Use coupon code SAVE10 at www.myshop.com"
    )
    assert not result.saved
    assert {"external-link"} <= {f.rule for f in result.findings}
    assert listed(store) == []


def test_save_template_and_update(store: Store) -> None:
    ok = ComposeService(store).save_template(
        "Delay", "en", "Order {order_id}", "Your order {order_id} is late."
    )
    assert ok.saved and ok.template_id is not None
    again = ComposeService(store).save_template(
        "Delay",
        "en",
        "Order {order_id}",
        "Your order {order_id} is delayed.",
        template_id=ok.template_id,
    )
    assert again.template_id == ok.template_id
    assert listed(store)[0].body.endswith("delayed.")
    assert ComposeService(store).delete_template(ok.template_id)


def test_to_placeholders_reverses_fill() -> None:
    values = {
        "buyer_name": "Jana",
        "order_id": "123-4567890-1234567",
        "product": "Teapot",
        "seller_name": "",
    }
    text = "Hello Jana, your Teapot (order 123-4567890-1234567) ships today."
    back = templates.to_placeholders(text, values)
    assert back == "Hello {buyer_name}, your {product} (order {order_id}) ships today."
    assert templates.fill(back, values) == text
