"""Cell parsers: dates to aware UTC, numbers, flags, order ids, relay aliases."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from inbox_app.orders import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2009-01-01T10:50:49-08:00", datetime(2009, 1, 1, 18, 50, 49, tzinfo=UTC)),
        ("2024-05-01T23:30:00+02:00", datetime(2024, 5, 1, 21, 30, tzinfo=UTC)),
        ("2024-05-01T10:00:00Z", datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ("2024-05-01", datetime(2024, 5, 1, tzinfo=UTC)),
        ("2024-05-01T10:00:00", datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ("  2024-05-01T10:00:00.123+00:00 ", datetime(2024, 5, 1, 10, 0, 0, 123000, tzinfo=UTC)),
    ],
)
def test_timestamps_become_aware_utc(text: str, expected: datetime) -> None:
    parsed = values.timestamp(text, "purchase-date")
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() is not None
    assert parsed.tzinfo == UTC


def test_empty_date_is_none_and_garbage_names_the_column() -> None:
    assert values.timestamp("  ", "promise-date") is None
    with pytest.raises(ValueError, match=r"bad date in promise-date: '01/05/2024'"):
        values.timestamp("01/05/2024", "promise-date")


@pytest.mark.parametrize("good", ["123-1234567-1234567", " 026-0000000-9999999 "])
def test_order_id_accepts_amazon_form(good: str) -> None:
    assert values.order_id(good) == good.strip()


@pytest.mark.parametrize("bad", ["", "123-123456-1234567", "X23-1234567-1234567", "1231234567"])
def test_order_id_rejects_anything_else(bad: str) -> None:
    with pytest.raises(ValueError, match="bad order id"):
        values.order_id(bad)


def test_numbers() -> None:
    assert values.quantity("3", "quantity") == 3
    assert values.quantity("", "quantity") == 0
    assert values.money("12.99", "item-price") == Decimal("12.99")
    assert values.money("12,99", "item-price") == Decimal("12.99")
    assert values.money("", "item-price") is None
    for bad in ("two", "1.5"):
        with pytest.raises(ValueError, match="bad number in quantity"):
            values.quantity(bad, "quantity")
    with pytest.raises(ValueError, match="negative quantity"):
        values.quantity("-1", "quantity")
    for bad in ("12.9.9", "NaN", "1,299.00x"):
        with pytest.raises(ValueError, match="bad number in item-price"):
            values.money(bad, "item-price")


def test_flags() -> None:
    assert values.flag("true", "is-prime") is True
    assert values.flag("FALSE", "is-prime") is False
    assert values.flag("", "is-prime") is None
    with pytest.raises(ValueError, match="is-prime"):
        values.flag("perhaps", "is-prime")


def test_only_relay_aliases_are_kept_as_buyer_address() -> None:
    assert values.relay_alias(" AbC@Marketplace.Amazon.co.uk ") == "abc@marketplace.amazon.co.uk"
    # a real address is never stored
    assert values.relay_alias("jana@example.com") is None
    assert values.relay_alias("") is None
