"""The main window's order side: the Orders tab, import (picker, drop, worker, summary),
marking an order's type, special products."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from inbox_app.store.queries import ThreadFilter
from inbox_app.views.order_import import FileResult, ImportSummaryDialog, OrderImporter

if TYPE_CHECKING:
    from inbox_app.views.main_window import MainWindow


class OrdersController(QObject):
    """Wires the Orders tab, the order panels and the importer to the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.importer = OrderImporter(window.service, window.pool, self)
        self.last_import_dialog: ImportSummaryDialog | None = None

    def move_selection(self, step: int) -> None:
        view, model = self.w.orders_view, self.w.models.orders
        row = view.currentIndex().row()
        target = max(0, row + step) if row >= 0 else 0
        if target >= model.rowCount() and model.canFetchMore():
            model.fetchMore()
        if 0 <= target < model.rowCount():
            view.selectRow(target)

    def wire(self) -> None:
        w, a = self.w, self.w.actions_
        a["import_orders"].triggered.connect(self.choose_order_files)
        a["filter_orders"].triggered.connect(self.focus_order_filter)
        a["order_type"].triggered.connect(self.focus_order_type)
        a["show_order"].triggered.connect(self.show_current_order)
        a["special_products"].triggered.connect(self.edit_special_products)
        w.order_panel.order_type_requested.connect(self.set_order_type)
        w.orders_tab.panel.order_type_requested.connect(self.set_order_type)
        w.orders_tab.order_selected.connect(self.order_selected)
        w.orders_tab.thread_activated.connect(self.open_thread_of_order)
        w.orders_tab.import_requested.connect(self.choose_order_files)
        w.orders_view.files_dropped.connect(self.import_order_files)
        w.tabs.currentChanged.connect(self.tab_changed)
        self.importer.started.connect(self.import_started)
        self.importer.progress.connect(self.import_progress)
        self.importer.finished.connect(self.import_finished)
        w.cancel_import.clicked.connect(self.importer.cancel)

    def tab_changed(self, index: int) -> None:
        if index == 1 and not self.w.models.orders.loaded:
            self.w.models.orders.set_query(None)
            if self.w.models.orders.rowCount():
                self.w.orders_view.selectRow(0)
        if index == 1:
            self.w.orders_view.setFocus()

    def order_selected(self, order_id: int) -> None:
        self.w.models.order_threads.set_filter(
            ThreadFilter(states=None, order_id=order_id, sort="activity")
        )
        self.w.orders_tab.panel.show_order(self.w.service.order_detail(order_id), None)

    def open_thread_of_order(self, order_id: int, thread_id: int) -> None:
        """Enter on a thread in the Orders tab: show it in the inbox, with its order's threads."""
        self.w.tabs.setCurrentIndex(0)
        self.w._view_key = "open"
        self.w.sidebar.clearSelection()
        self.w.models.threads.set_filter(
            ThreadFilter(states=None, order_id=order_id, sort="activity")
        )
        self.w._select_thread(thread_id)

    def show_current_order(self) -> None:
        row = self.w.current_thread()
        if row is None or row.amazon_order_id is None:
            return
        self.w.show_orders_tab()
        self.w.orders_tab.filter_edit.setText(row.amazon_order_id)
        self.w.models.orders.set_query(row.amazon_order_id)
        if self.w.models.orders.rowCount():
            self.w.orders_view.selectRow(0)

    def set_order_type(self, order_id: int, order_type: str) -> None:
        try:
            self.w.service.set_order_type(order_id, order_type)
        except (LookupError, ValueError) as exc:
            QMessageBox.warning(
                self.w, QCoreApplication.translate("MainWindow", "Order type"), str(exc)
            )
            return
        self.w.models.orders.refresh_orders([order_id])
        for model in (self.w.models.threads, self.w.models.order_threads):
            model.refresh_rows(model.ids_for_order(order_id))
        self.w.refresh_current()
        if self.w.orders_tab.current_order_id() == order_id:
            self.w.orders_tab.panel.show_order(self.w.service.order_detail(order_id), None)

    def focus_order_type(self) -> None:
        self.w.order_panel.type_combo.setFocus()
        self.w.order_panel.type_combo.showPopup()

    def focus_order_filter(self) -> None:
        self.w.show_orders_tab()
        self.w.orders_tab.filter_edit.setFocus()
        self.w.orders_tab.filter_edit.selectAll()

    def choose_order_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.w,
            QCoreApplication.translate("MainWindow", "Import order reports"),
            str(self.w.settings.value("import/last_dir", "")),
            QCoreApplication.translate(
                "MainWindow", "Order reports (*.txt *.tsv *.csv);;All files (*)"
            ),
        )
        if paths:
            self.w.settings.setValue("import/last_dir", str(Path(paths[0]).parent))
            self.import_order_files(paths)

    def import_order_files(self, paths: list[str]) -> None:
        if not self.importer.import_files(paths):
            self.w.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "An import is already running."), 5000
            )

    def import_started(self, files: int) -> None:
        self.w.progress.setRange(0, 0)
        self.w.progress.setVisible(True)
        self.w.cancel_import.setVisible(True)
        self.w.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Importing %1 order report(s)…").replace(
                "%1", str(files)
            )
        )

    def import_progress(self, done: int, total: int) -> None:
        self.w.progress.setRange(0, total)
        self.w.progress.setValue(done)

    def import_finished(self, results: list[FileResult]) -> None:
        self.w.progress.setVisible(False)
        self.w.cancel_import.setVisible(False)
        self.w.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Order import finished."), 5000
        )
        self.w.models.orders.reload()
        self.w.models.threads.refresh_rows(self.w.models.threads.loaded_ids())
        self.w.refresh_current()
        self.w.refresh_counts()
        self.last_import_dialog = ImportSummaryDialog.present(self.w, results)

    def edit_special_products(self) -> None:
        from inbox_app.views.special_products import SpecialProductsDialog

        if SpecialProductsDialog.ask(self.w, self.w.service, self.w.pool):
            self.w.models.orders.reload()
            self.w.models.threads.refresh_rows(self.w.models.threads.loaded_ids())
            self.w.refresh_current()
