"""Human text for times, deadlines and money, translated; shared by the presentation models."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

SOON_SECONDS = 4 * 3600  # "Due in < 4 h" in the sidebar and amber in the list


def urgency(seconds_left: int | None) -> str:
    """ "overdue", "soon" (< 4 h), "later", or "none" when nothing is owed."""
    if seconds_left is None:
        return "none"
    if seconds_left < 0:
        return "overdue"
    if seconds_left < SOON_SECONDS:
        return "soon"
    return "later"


def duration(seconds: int) -> str:
    """A short duration: "45 m", "3 h 20 m", "2 d 4 h"."""
    minutes = max(0, seconds) // 60
    days, rem = divmod(minutes, 24 * 60)
    hours, mins = divmod(rem, 60)
    if days:
        return (
            QCoreApplication.translate("Format", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            QCoreApplication.translate("Format", "%1 h %2 m")
            .replace("%1", str(hours))
            .replace("%2", str(mins))
        )
    return QCoreApplication.translate("Format", "%1 m").replace("%1", str(mins))


def time_left(seconds_left: int) -> str:
    """ "3 h 20 m" while there is time, "overdue 2 h" after the deadline."""
    if seconds_left >= 0:
        return duration(seconds_left)
    late = -seconds_left
    if late >= 3600:
        # whole hours read faster once it is late; the tooltip has the exact time
        hours = late // 3600
        if hours >= 48:
            return QCoreApplication.translate("Format", "overdue %1 d").replace(
                "%1", str(hours // 24)
            )
        return QCoreApplication.translate("Format", "overdue %1 h").replace("%1", str(hours))
    return QCoreApplication.translate("Format", "overdue %1 m").replace(
        "%1", str(max(1, late // 60))
    )


_WEEKDAY = re.compile(r"d{3,4}[,\s]*|[,\s]*d{3,4}")
_YEAR = re.compile(r"y+\s*[年년]\s*|(\s*'[^']*')?[,\s./-]*y+")


def date_pattern(loc: QLocale, *, year: bool = True, weekday: bool = False) -> str:
    """The locale's own order and words for a date with a short month ("30 nov 2026",
    "Nov 30, 2026", "2026년 11월 30일"), built from its long date format, so that no
    language gets another's pattern ("30 11월")."""
    pattern = loc.dateFormat(QLocale.FormatType.LongFormat)
    # a short weekday, or none
    pattern = pattern.replace("dddd", "ddd") if weekday else _WEEKDAY.sub("", pattern, count=1)
    pattern = pattern.replace("MMMM", "MMM")
    if not year:
        pattern = _YEAR.sub("", pattern, count=1)
    return pattern.strip(" ,")


def local(dt: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(dt.timestamp()))


def when(dt: datetime | None, now: datetime) -> str:
    """A compact local time: "14:05" today, "23 Nov" this year, else "23 Nov 2025"."""
    if dt is None:
        return ""
    here = local(dt)
    today = local(now).date()
    loc = QLocale()
    if here.date() == today:
        return loc.toString(here.time(), QLocale.FormatType.ShortFormat)
    if here.date().year() == today.year():
        return loc.toString(here.date(), date_pattern(loc, year=False))
    return loc.toString(here.date(), date_pattern(loc))


def full_time(dt: datetime | None) -> str:
    """ "Fri 20 Nov 2026, 09:11" in local time (day and month names follow the locale)."""
    if dt is None:
        return ""
    loc = QLocale()
    return loc.toString(
        local(dt),
        date_pattern(loc, weekday=True) + ", " + loc.timeFormat(QLocale.FormatType.ShortFormat),
    )


def short_date(dt: datetime | None) -> str:
    """ "20 Nov 2026" in local time."""
    if dt is None:
        return ""
    loc = QLocale()
    return loc.toString(local(dt).date(), date_pattern(loc))


def number(value: Decimal | float | int, decimals: int = 0) -> str:
    """`value` with the window's locale's separators ("18.898,00" in Italian); a Decimal
    keeps its exact digits."""
    loc = QLocale()
    text = f"{value:,.{decimals}f}"
    swap = {",": loc.groupSeparator(), ".": loc.decimalPoint(), "-": loc.negativeSign()}
    return "".join(swap.get(ch, ch) for ch in text)


def money(amount: Decimal | None, currency: str) -> str:
    """ "18.898,00 JPY" in Italian, "18,898.00 JPY" in English."""
    if amount is None:
        return ""
    return f"{number(amount, 2)} {currency}".strip()


def human_size(size: int) -> str:
    """A file size in the window's locale: "512 bytes", "12 KB", "7,0 MB" in Italian."""
    if size < 1024:
        return QCoreApplication.translate("AttachmentsModel", "{n} bytes").format(n=number(size))
    if size < 1024 * 1024:
        return QCoreApplication.translate("Format", "{n} KB").format(n=number(size / 1024))
    return QCoreApplication.translate("Format", "{n} MB").format(n=number(size / (1024 * 1024), 1))


def order_status(status: str | None) -> str:
    """Amazon's order status ("Shipped", "Shipped - Delivered to Buyer") in the UI's
    language; a status Amazon adds later is shown as Amazon wrote it."""
    if not status:
        return ""
    t = QCoreApplication.translate
    names = {
        "pending": t("OrderStatus", "Pending"),
        "pendingavailability": t("OrderStatus", "Pending availability"),
        "unshipped": t("OrderStatus", "Unshipped"),
        "partiallyshipped": t("OrderStatus", "Partially shipped"),
        "shipped": t("OrderStatus", "Shipped"),
        "shipping": t("OrderStatus", "Shipping"),
        "shipped-deliveredtobuyer": t("OrderStatus", "Delivered"),
        "delivered": t("OrderStatus", "Delivered"),
        "canceled": t("OrderStatus", "Cancelled"),
        "cancelled": t("OrderStatus", "Cancelled"),
        "unfulfillable": t("OrderStatus", "Unfulfillable"),
        "invoiceunconfirmed": t("OrderStatus", "Invoice unconfirmed"),
    }
    return names.get(re.sub(r"[\s_]", "", status).lower(), status)


def fulfillment(channel: str | None) -> str:
    """Who ships the order: Amazon (AFN, FBA) or the seller (MFN)."""
    if not channel:
        return ""
    key = channel.strip().upper()
    if key in ("AFN", "AMAZON", "AMAZON.COM", "FBA"):
        return QCoreApplication.translate("OrderStatus", "shipped by Amazon")
    if key in ("MFN", "MERCHANT", "SELLER"):
        return QCoreApplication.translate("OrderStatus", "shipped by you")
    return channel
