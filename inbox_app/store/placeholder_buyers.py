"""A buyer known only by an order: the stand-in for an order that only Amazon's API
knows (no relay alias yet), so that its Amazon messages have a conversation.

Its alias is `order:<amazon order id>`: not an address, never mailed (the compose pane
says so), and replaced by the real buyer when the relay alias arrives (mail from the
buyer, or a report with the order): `services/order_buyers.adopt_placeholders`.
"""

from __future__ import annotations

PREFIX = "order:"


def placeholder_alias(amazon_order_id: str) -> str:
    return PREFIX + amazon_order_id


def is_placeholder(alias: str | None) -> bool:
    return bool(alias) and str(alias).startswith(PREFIX)


def placeholder_order(alias: str) -> str:
    """The order id of a placeholder alias."""
    return alias.removeprefix(PREFIX)
