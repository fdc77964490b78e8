"""SKU rules: exact SKUs and patterns, letter case, and the order-type precedence."""

from __future__ import annotations

import pytest

from inbox_app.orders.special import SkuClassifier, check_type, clean_pattern, strongest


def test_exact_and_glob_rules_ignore_case() -> None:
    rules = SkuClassifier([("HM-*", "handmade"), ("wine-red-1", "wine"), ("C-[AB]?", "custom")])
    assert rules.type_of_sku("hm-42") == "handmade"
    assert rules.type_of_sku("WINE-RED-1") == "wine"
    assert rules.type_of_sku("wine-red-10") is None  # exact means exact
    assert rules.type_of_sku("C-A1") == "custom"
    assert rules.type_of_sku("C-C1") is None
    assert rules.type_of_sku("XHM-1") is None  # a pattern matches the whole SKU


def test_exact_rule_beats_a_pattern_for_one_sku() -> None:
    rules = SkuClassifier([("HM-*", "custom"), ("HM-7", "wine")])
    assert rules.type_of_sku("HM-7") == "wine"
    assert rules.type_of_sku("HM-8") == "custom"


def test_order_takes_strongest_type_custom_handmade_wine_standard() -> None:
    rules = SkuClassifier([("W-*", "wine"), ("H-*", "handmade"), ("C-*", "custom")])
    assert rules.order_type(["W-1", "H-1"]) == "handmade"
    assert rules.order_type(["W-1", "H-1", "C-1", "X"]) == "custom"
    assert rules.order_type(["W-1", "X"]) == "wine"
    assert rules.order_type(["X", "Y"]) == "standard"
    assert rules.order_type([]) == "standard"
    assert strongest(["wine", "custom", "handmade"]) == "custom"
    assert not SkuClassifier([])


def test_overlapping_patterns_resolve_by_precedence() -> None:
    rules = SkuClassifier([("*-GIFT", "wine"), ("ENG-*", "custom")])
    assert rules.type_of_sku("ENG-GIFT") == "custom"


def test_validation() -> None:
    assert clean_pattern("  HM-* ") == "HM-*"
    with pytest.raises(ValueError, match="needs a SKU"):
        clean_pattern("   ")
    with pytest.raises(ValueError, match="at most"):
        clean_pattern("X" * 121)
    assert check_type("wine") == "wine"
    with pytest.raises(ValueError, match="unknown order type 'standard'"):
        check_type("standard")
