"""Any sentence the app's lower layers say in English (the store's, the mail side's, the
services', Amazon's), given as text or as the error itself, in the interface language:
for the places that show a line whose origin varies (a sync summary's first error, a
message's last send error, a dialog's refusal)."""

from __future__ import annotations

from functools import cache

from inbox_app.models.mail_text import MAIL
from inbox_app.models.sentence_match import Catalogue
from inbox_app.models.store_text import STORE, store_error_text
from inbox_app.services import sentences as services
from inbox_app.store.errors import KnownStoreError

SERVICES = Catalogue("ServiceErrors", services.SENTENCES, services.WORDS)


@cache
def orders_catalogue() -> Catalogue:
    """An order report's refusals and skipped rows (read only where a report is the
    subject: its "{name}: {detail}" would match any sentence with a colon; the orders
    package loads on first use, not at start-up)."""
    from inbox_app.orders import sentences as orders

    return Catalogue("OrderReportErrors", orders.SENTENCES, orders.WORDS)


def known_sentence_text(text: str) -> str:
    """`text` translated by the first table that has its template; else as it is."""
    for catalogue in (STORE, MAIL, SERVICES):
        shown = catalogue.read(text)
        if shown != text:
            return shown
    from inbox_app.models.amazon_text import sentence_text  # (Amazon's: on first use)

    return sentence_text(text)


def report_text(text: str) -> str:
    """An order report's refusal or a skipped row's reason in the interface language."""
    return orders_catalogue().read(text)


def known_error_text(exc: BaseException) -> str:
    """What to show for an error the seller can act on, in the interface language."""
    if isinstance(exc, KnownStoreError):
        return store_error_text(exc)
    from inbox_app.amazon.errors import SpApiError  # (on first use, as amazon_text)
    from inbox_app.orders.model import ReportError

    if isinstance(exc, SpApiError):
        from inbox_app.models.amazon_text import error_text

        return error_text(exc)
    if isinstance(exc, ReportError):
        return report_text(str(exc))
    return known_sentence_text(str(exc))
