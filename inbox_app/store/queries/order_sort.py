"""The Orders tab's column sorts: which column, which way (list_keys.order_keys turns one
into an ORDER BY; the model keeps only the ids in that order and reads the rows it shows).
No SQLAlchemy here: the window's models import this before the first paint."""

from __future__ import annotations

from dataclasses import dataclass

COLUMNS = ("order", "purchased", "marketplace", "status", "type", "items", "total", "threads")


@dataclass(frozen=True)
class OrderSort:
    """Sort the orders by `column` (one of COLUMNS), `descending` or not."""

    column: str = "purchased"
    descending: bool = True

    @property
    def is_default(self) -> bool:
        """Newest purchase first: the order the purchase index already serves."""
        return self.column == "purchased" and self.descending
