"""Order import from Seller Central flat-file reports into plain data (no Qt, no database)."""

from inbox_app.orders.layouts import ALL_ORDERS, LAYOUTS, ORDER_REPORT, UNSHIPPED_ORDERS, Layout
from inbox_app.orders.model import (
    ParsedItem,
    ParsedOrder,
    ReportError,
    RowProblem,
    UnknownLayoutError,
    UnreadableReportError,
)
from inbox_app.orders.report import FILE_SUFFIXES, OrderReport, parse_report, peek_layout

__all__ = [
    "ALL_ORDERS",
    "FILE_SUFFIXES",
    "LAYOUTS",
    "ORDER_REPORT",
    "UNSHIPPED_ORDERS",
    "Layout",
    "OrderReport",
    "ParsedItem",
    "ParsedOrder",
    "ReportError",
    "RowProblem",
    "UnknownLayoutError",
    "UnreadableReportError",
    "parse_report",
    "peek_layout",
]
