"""Numbers in the window's language (issue 13): order totals and prices, file sizes,
counts and the checker's words about a file, in Italian, never "18,898.00 JPY",
"7.0 MB" or "damaged PDF (PdfReadError)" inside an Italian sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from inbox_app.models.formatting import number
from inbox_app.models.order_table_model import OrderColumn
from tests.helpers.files import ELF
from tests.helpers.qtdrop import drop_files
from tests.helpers.window import open_window

ENGLISH_MONEY = re.compile(r"\d\.\d\d [A-Z]{3}|\d,\d{3}")  # "37.52 GBP", "18,898"
ITALIAN_MONEY = re.compile(r"^\d{1,3}(\.\d{3})*,\d\d [A-Z]{3}$")  # "18.898,00 JPY"
DAMAGED_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n%%EOF\n"


@pytest.fixture
def italian(install: Callable[[str], Any]) -> Iterator[None]:
    """The window's language is Italian: our translations and QLocale() (the app takes
    both from the system locale)."""
    install("it")
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    yield
    QLocale.setDefault(before)


def test_order_totals_prices_and_counts_are_written_the_italian_way(
    main_window: Callable[..., Any], italian: None, qtbot: Any
) -> None:
    w = open_window(main_window, qtbot, (1920, 1080))
    threads = w.models.threads
    rows = (threads.thread_at(r) for r in range(min(threads.rowCount(), 200)))
    ordered = next(t for t in rows if t is not None and t.order_id is not None)
    w.threads.select_thread(ordered.id)
    panel = w.ui.order_panel
    qtbot.waitUntil(lambda: "SKU" in panel.items_label.text())
    prices = re.findall(r"· ([^<]+ [A-Z]{3})</span>", panel.items_label.text())
    assert prices and all(ITALIAN_MONEY.match(p) for p in prices), prices

    w.show_orders_tab()
    model = w.models.orders
    qtbot.waitUntil(lambda: model.rowCount() > 20)
    totals = [model.index(n, OrderColumn.TOTAL).data() for n in range(model.rowCount())]
    totals = [t for t in totals if t]
    assert totals and all(ITALIAN_MONEY.match(t) for t in totals), totals[:5]
    assert any("." in t for t in totals)  # a total over 1.000 (the JPY orders)
    assert not any(ENGLISH_MONEY.search(t) for t in totals)

    assert number(2526) == "2.526"  # the sidebar's and status bar's counts


def _attach(w: Any, qtbot: Any, tmp_path: Path) -> Any:
    """A damaged PDF, a program named .pdf and a 3 KB note dropped on the reply."""
    pane = w.compose
    damaged = tmp_path / "manuale.pdf"
    damaged.write_bytes(DAMAGED_PDF)
    program = tmp_path / "fattura.pdf"
    program.write_bytes(ELF)
    note = tmp_path / "nota.txt"
    note.write_bytes(b"Grazie per il suo ordine.\n" * 120)
    assert drop_files(pane.ui.attachments, [damaged, program, note])
    model = pane.attachments.model
    qtbot.waitUntil(lambda: not model.busy() and len(model.items()) == 3)
    return model


def test_file_sizes_are_written_the_italian_way(
    main_window: Callable[..., Any], italian: None, qtbot: Any, tmp_path: Path
) -> None:
    w = open_window(main_window, qtbot, (1024, 700))
    assert w.compose.ui.total.text() == "0 byte di 7,0 MB"
    model = _attach(w, qtbot, tmp_path)
    shown = [model.index(n).data() for n in range(model.rowCount())]
    assert any(s.endswith("nota.txt — 3 KB") for s in shown), shown
    assert w.compose.ui.total.text() == "3 KB di 7,0 MB"  # the refused files do not count


def test_the_checkers_words_about_a_file_are_italian(
    main_window: Callable[..., Any], italian: None, qtbot: Any, tmp_path: Path
) -> None:
    w = open_window(main_window, qtbot, (1024, 700))
    pane = w.compose
    model = _attach(w, qtbot, tmp_path)
    by_name = {item.filename: item for item in model.items()}
    assert "PDF danneggiato" in by_name["manuale.pdf"].reason()
    assert "programma Linux" in by_name["fattura.pdf"].reason()
    found = pane.findings_model

    def findings() -> list[str]:
        return [found.index(n).data() or "" for n in range(found.rowCount())]

    qtbot.waitUntil(lambda: any("PDF danneggiato" in f for f in findings()))
    words = " ".join(findings() + [i.reason() for i in model.items()])
    for english in ("PdfReadError", "Error", "damaged", "Linux program", "cannot be read"):
        assert english not in words, (english, words)
