"""The order reports' sentences for the user: why a file is refused, why a row is skipped.

The reader says them in English (`say`) and they travel as text (an import's summary, a
skipped row's reason); the window and the terminal show them in the interface language
through `models/orders_text.py`, which reads a text back into its template and translates
it under the "OrderReportErrors" context (`make translations` reads SENTENCES). File
names, column names, values and the system's own words (`{detail}`) stay as they are.
"""

from __future__ import annotations

SENTENCES: dict[str, str] = {
    "cannot_open": "cannot open {path}: {detail}",
    "cannot_read": "cannot read {path}: {detail}",
    "empty": "{name} is empty",
    "binary": "{name} is not a text report (it holds binary data)",
    "folder": "{path} is a folder, not a report file",
    "unreadable": "{name}: {detail}",
    "unreadable_line": "{name}, line {line}: {detail}",
    "cells": "{cells} cells where the header has {width}",
    "header_empty": "the first line (the header) is empty",
    "unknown_layout": (
        "not a known Seller Central order report: as an {title} it lacks the column(s) {columns}"
    ),
    "unknown_layout_commas": (
        "not a known Seller Central order report: as an {title} it lacks the column(s) "
        "{columns} (the file looks comma-separated; order reports are tab-separated)"
    ),
    "duplicate_item": "duplicate row for order {order} item {item} (first on line {first})",
    "bad_order_id": "bad order id {value} (expected ddd-ddddddd-ddddddd)",
    "bad_date": "bad date in {column}: {value}",
    "bad_number": "bad number in {column}: {value}",
    "negative_quantity": "negative quantity in {column}: {value}",
    "bad_flag": "bad true/false in {column}: {value}",
    # a SKU rule (Special products, inbox-app sku-rule add) and an order's type
    "sku_empty": "a SKU rule needs a SKU or a pattern",
    "sku_too_long": "a SKU pattern is at most {count} characters",
    "unknown_order_type": "unknown order type {value}: use one of {types}",
}


def say(key: str, **params: object) -> str:
    """Sentence `key` filled with `params`, in English."""
    return SENTENCES[key].format(**params)


# the reports' names in "as an {title} it lacks …", translated with the sentence
WORDS: tuple[str, ...] = ("order report", "unshipped orders report", "All Orders report")
