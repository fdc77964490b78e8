"""Order import from the window: a real drop of report files, the worker, the summary,
threads picking up their orders; File > Import orders; special products."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QFileDialog

from inbox_app.store.schema import Order, Thread
from inbox_app.views.special_products import SpecialProductsDialog
from tests.helpers.orderreports import ALL_ORDERS_32, all_orders_row, write_report
from tests.helpers.qtdrop import drag_and_drop


def _unlink_an_order(store, w):
    """Forget the order of the selected thread, as if it had never been imported."""
    row = w.current_thread()
    assert row is not None and row.amazon_order_id
    with store.session() as s, s.begin():
        s.query(Thread).filter(Thread.order_id == row.order_id).update({"order_id": None})
        s.query(Order).filter(Order.id == row.order_id).delete()
    w.refresh()
    assert w.current_thread().order_id is None
    assert w.ui.order_panel.order_id is None
    return row


def _mime(*urls: QUrl) -> QMimeData:
    mime = QMimeData()
    mime.setUrls(list(urls))
    return mime


def _drop(widget, mime):
    return drag_and_drop(widget, mime)


def test_dropping_a_report_imports_it_in_a_worker(main_window, demo_store, qtbot, tmp_path: Path):
    store = demo_store()
    w = main_window(store=store)
    row = _unlink_an_order(store, w)
    report = write_report(
        tmp_path / "orders.txt",
        ALL_ORDERS_32,
        [
            all_orders_row(row.amazon_order_id, "HM-RED-1"),
            all_orders_row("999-1234567-7654321", "PLAIN-1"),
        ],
        extra_lines=["not\ta\tvalid\trow"],
    )
    ignored = tmp_path / "virus.exe"
    ignored.write_bytes(b"MZ")
    w.show_orders_tab()
    mime = _mime(
        QUrl.fromLocalFile(str(report)),
        QUrl.fromLocalFile(str(ignored)),
        QUrl("https://example.com/x.txt"),
    )
    with qtbot.waitSignal(w.orders.importer.finished, timeout=20000) as done:
        enter, drop = _drop(w.ui.orders_view.viewport(), mime)
        assert enter.isAccepted() and drop.isAccepted()
        assert w.ui.progress.isVisible()
    results = done.args[0]
    assert [Path(r.path).name for r in results] == ["orders.txt"]
    summary = results[0].summary
    assert summary is not None, results[0].error
    assert summary.new == 2 and summary.linked_threads >= 1
    assert not w.ui.progress.isVisible()
    dialog = w.orders.last_import_dialog
    assert dialog.isVisible()
    assert "2 new" in dialog.text.toPlainText()
    dialog.accept()
    ids = [w.models.orders.order_at(n).amazon_order_id for n in range(w.models.orders.rowCount())]
    assert row.amazon_order_id in ids and "999-1234567-7654321" in ids
    # the thread got its order, in place, and the panel shows it
    n = w.models.threads.row_of(row.id)
    assert w.models.threads.thread_at(n).order_id is not None
    w.ui.tabs.setCurrentIndex(0)
    w.move_selection(0)
    w.move_selection(n - w.models.threads.row_of(w.current_thread_id()))
    assert w.current_thread_id() == row.id
    assert w.ui.order_panel.order_id_label.text() == row.amazon_order_id
    assert w.ui.order_panel.order_id is not None


def test_drop_of_non_report_files_is_refused(main_window, qtbot, tmp_path: Path):
    w = main_window()
    w.show_orders_tab()
    other = tmp_path / "photo.png"
    other.write_bytes(b"\x89PNG")
    started = []
    w.orders.importer.started.connect(started.append)
    enter, _dropped = _drop(
        w.ui.orders_view.viewport(),
        _mime(QUrl.fromLocalFile(str(other)), QUrl("https://x.example/a.csv")),
    )
    assert not enter.isAccepted()
    assert started == []


def test_file_menu_import_and_a_bad_file_is_reported(
    main_window, qtbot, tmp_path: Path, monkeypatch
):
    w = main_window()
    bad = tmp_path / "empty.csv"
    bad.write_text("")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(bad)], ""))
    )
    with qtbot.waitSignal(w.orders.importer.finished, timeout=20000) as done:
        w.actions_["import_orders"].trigger()
    (result,) = done.args[0]
    assert result.summary is None and result.error
    assert "not imported" in w.orders.last_import_dialog.text.toPlainText()
    w.orders.last_import_dialog.accept()


def test_special_products_dialog_marks_skus(main_window, qtbot, monkeypatch):
    w = main_window()
    dialog = SpecialProductsDialog(w.service, w.runner, w)
    qtbot.addWidget(dialog)
    demo = w.service.sku_rules()  # the demo seller's own rules (HM-*, CU-*, WN-*)
    assert ("HM-*", "handmade") in demo
    dialog.pattern_edit.setText("PC-*")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("custom"))
    assert dialog.add_rule()
    assert dialog.busy and not dialog.add_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.table.rowCount() == len(demo) + 1
    assert "PC-*" in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert sorted(w.service.sku_rules()) == sorted([*demo, ("PC-*", "custom")])
    monkeypatch.setattr(
        "inbox_app.views.special_products.QMessageBox.warning", staticmethod(lambda *a: None)
    )
    dialog.pattern_edit.setText("   ")
    assert not dialog.add_rule()
    row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("PC-*")
    dialog.table.selectRow(row)
    assert dialog.remove_selected()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert sorted(w.service.sku_rules()) == sorted(demo) and dialog.changed
    assert dialog.table.rowCount() == len(demo)
