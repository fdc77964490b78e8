"""Demo conversation text in the marketplaces' languages (for `inbox-app demo`), read from
resources/demo/conversations.json: the demo seller's SKU rules, the products, buyers'
names, their questions, the seller's answers and the relay's subjects."""

from __future__ import annotations

import json
from importlib import resources

_DATA = json.loads(
    (resources.files("inbox_app.resources") / "demo" / "conversations.json").read_text("utf-8")
)


def _pairs(rows: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((first, second) for first, second in rows)


def _by_language(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(texts) for lang, texts in table.items()}


# the demo seller's SKU rules (Settings > Special products): each order's type comes from
# them, so one SKU has one type everywhere and "from SKU rules" is true
DEMO_SKU_RULES: tuple[tuple[str, str], ...] = _pairs(_DATA["sku_rules"])
PRODUCTS: tuple[tuple[str, str], ...] = _pairs(_DATA["products"])  # (name, SKU)
BUYER_NAMES: dict[str, tuple[str, ...]] = _by_language(_DATA["buyer_names"])
# Buyer questions: {product}, {order_id}, {name}
BUYER_TEXT: dict[str, tuple[str, ...]] = _by_language(_DATA["buyer_text"])
SELLER_TEXT: dict[str, tuple[str, ...]] = _by_language(_DATA["seller_text"])
SUBJECTS: dict[str, str] = dict(_DATA["subjects"])
PRESALE_SUBJECT: dict[str, str] = dict(_DATA["presale_subject"])
SELLER_SUBJECT: dict[str, str] = dict(_DATA["seller_subject"])
