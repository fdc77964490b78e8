"""Cell parsers for order reports: ISO dates to aware UTC, numbers, flags, order ids.

Each parser raises ValueError with a short reason that names the bad value.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from inbox_app.orders.sentences import say

ORDER_ID_RE = re.compile(r"\d{3}-\d{7}-\d{7}")
_COMMA_DECIMAL_RE = re.compile(r"-?\d+,\d{1,4}")
_TRUE = frozenset({"true", "yes", "y", "1"})
_FALSE = frozenset({"false", "no", "n", "0"})


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")


def order_id(value: str) -> str:
    text = value.strip()
    if not ORDER_ID_RE.fullmatch(text):
        raise ValueError(say("bad_order_id", value=_shown(value)))
    return text


def timestamp(value: str, column: str) -> datetime | None:
    """An ISO-8601 date or date-time (offset, `Z` or none = UTC) as an aware UTC datetime."""
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(say("bad_date", column=column, value=_shown(value))) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def quantity(value: str, column: str) -> int:
    text = value.strip()
    if not text:
        return 0
    try:
        number = int(text)
    except ValueError:
        raise ValueError(say("bad_number", column=column, value=_shown(value))) from None
    if number < 0:
        raise ValueError(say("negative_quantity", column=column, value=_shown(value)))
    return number


def money(value: str, column: str) -> Decimal | None:
    text = value.strip()
    if not text:
        return None
    if _COMMA_DECIMAL_RE.fullmatch(text):  # "12,99" from a European spreadsheet
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(say("bad_number", column=column, value=_shown(value))) from None
    if not amount.is_finite():
        raise ValueError(say("bad_number", column=column, value=_shown(value)))
    return amount


def flag(value: str, column: str) -> bool | None:
    text = value.strip().lower()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(say("bad_flag", column=column, value=_shown(value)))


def text_or_none(value: str) -> str | None:
    text = value.strip()
    return text or None


def relay_alias(value: str) -> str | None:
    """The buyer's relay alias, lower-cased; anything else (a real address) is dropped."""
    text = value.strip().lower()
    if "@marketplace.amazon." not in text:
        return None
    return text
