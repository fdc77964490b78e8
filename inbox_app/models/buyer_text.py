"""How a buyer is named on screen: the display name, else the relay alias; a
placeholder buyer (an order only Amazon's API knows) as "Buyer of order …"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inbox_app.store.placeholder_buyers import is_placeholder, placeholder_order


def buyer_text(name: str | None, alias: str | None) -> str:
    if is_placeholder(alias):
        return QCoreApplication.translate("Buyer", "Buyer of order %1").replace(
            "%1", placeholder_order(alias or "")
        )
    return name or alias or ""
