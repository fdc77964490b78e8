"""The main window's order side: the Orders tab, import (picker, drop, worker, summary),
marking an order's type, special products. Tells the window through signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar, QToolButton

from inbox_app.models.order_table_model import OrderTableModel
from inbox_app.models.thread_list_model import ThreadListModel
from inbox_app.services.inbox import InboxService
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.views.order_import import FileResult, ImportSummaryDialog, OrderImporter
from inbox_app.views.order_panel import OrderPanel
from inbox_app.views.orders_tab import OrdersTab
from inbox_app.views.task_runner import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class OrdersController(QObject):
    """Owns the Orders tab's behaviour and the importer."""

    thread_opened = Signal(int, int)  # order id, thread id: show it in the inbox
    order_typed = Signal(int)  # an order's type changed (its threads' rows are stale)
    orders_reloaded = Signal(bool)  # the orders were re-read; True after an import
    status_message = Signal(str, int)  # text, timeout in ms

    def __init__(
        self,
        service: InboxService,
        runner: TaskRunner,
        settings: QSettings,
        *,
        orders: OrderTableModel,
        order_threads: ThreadListModel,
        orders_tab: OrdersTab,
        order_panel: OrderPanel,
        progress: QProgressBar,
        cancel_import: QToolButton,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._settings = settings
        self._orders = orders
        self._order_threads = order_threads
        self._tab = orders_tab
        self._panel = order_panel
        self._progress = progress
        self._cancel = cancel_import
        self.importer = OrderImporter(service, runner, self)
        self.last_import_dialog: ImportSummaryDialog | None = None
        for panel in (order_panel, orders_tab.panel):
            panel.order_type_requested.connect(self.set_order_type)
        orders_tab.order_selected.connect(self.order_selected)
        orders_tab.thread_activated.connect(self.thread_opened)
        orders_tab.import_requested.connect(self.choose_order_files)
        orders_tab.view.files_dropped.connect(self.import_order_files)
        self.importer.started.connect(self._import_started)
        self.importer.progress.connect(self._import_progress)
        self.importer.finished.connect(self._import_finished)
        cancel_import.clicked.connect(self.importer.cancel)

    def move_selection(self, step: int) -> None:
        """J/K in the Orders tab: the next or previous order, paging as needed."""
        view, model = self._tab.view, self._orders
        row = view.currentIndex().row()
        target = max(0, row + step) if row >= 0 else 0
        if target >= model.rowCount() and model.canFetchMore():
            model.fetchMore()
        if 0 <= target < model.rowCount():
            view.selectRow(target)

    def tab_shown(self) -> None:
        """The Orders tab became current: load it the first time, focus its list."""
        if not self._orders.loaded:
            self._orders.set_query(None)
            if self._orders.rowCount():
                self._tab.view.selectRow(0)
        self._tab.show_empty_state()
        self._tab.view.setFocus()

    def order_selected(self, order_id: int) -> None:
        self._order_threads.set_filter(
            ThreadFilter(states=None, order_id=order_id, sort="activity")
        )
        self._tab.panel.show_order(self._service.order_detail(order_id), None)

    def show_order(self, amazon_order_id: str) -> None:
        """Filter the (shown) Orders tab to this order and select it."""
        self._tab.filter_edit.setText(amazon_order_id)
        self._orders.set_query(amazon_order_id)
        if self._orders.rowCount():
            self._tab.view.selectRow(0)

    def set_order_type(self, order_id: int, order_type: str) -> None:
        try:
            self._service.set_order_type(order_id, order_type)
        except (LookupError, ValueError) as exc:
            QMessageBox.warning(self._tab.window(), _tr("Order type"), str(exc))
            return
        self._orders.refresh_orders([order_id])
        self.order_typed.emit(order_id)
        if self._tab.current_order_id() == order_id:
            self._tab.panel.show_order(self._service.order_detail(order_id), None)

    def focus_order_type(self) -> None:
        self._panel.type_combo.setFocus()
        self._panel.type_combo.showPopup()

    def focus_filter(self) -> None:
        self._tab.filter_edit.setFocus()
        self._tab.filter_edit.selectAll()

    def choose_order_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._tab.window(),
            _tr("Import order reports"),
            str(self._settings.value("import/last_dir", "")),
            _tr("Order reports (*.txt *.tsv *.csv);;All files (*)"),
        )
        if paths:
            self._settings.setValue("import/last_dir", str(Path(paths[0]).parent))
            self.import_order_files(paths)

    def import_order_files(self, paths: list[str]) -> None:
        if not self.importer.import_files(paths):
            self.status_message.emit(_tr("An import is already running."), 5000)

    def _import_started(self, files: int) -> None:
        self._progress.setRange(0, 0)
        self._progress.setVisible(True)
        self._cancel.setVisible(True)
        self.status_message.emit(_tr("Importing %1 order report(s)…").replace("%1", str(files)), 0)

    def _import_progress(self, done: int, total: int) -> None:
        self._progress.setRange(0, total)
        self._progress.setValue(done)

    def _import_finished(self, results: list[FileResult]) -> None:
        self._progress.setVisible(False)
        self._cancel.setVisible(False)
        self.status_message.emit(_tr("Order import finished."), 5000)
        self._orders.reload()
        self.orders_reloaded.emit(True)
        self.last_import_dialog = ImportSummaryDialog.present(self._tab.window(), results)

    def edit_special_products(self) -> None:
        from inbox_app.views.special_products import SpecialProductsDialog

        if SpecialProductsDialog.ask(self._tab.window(), self._service, self._runner):
            self._orders.reload()
            self.orders_reloaded.emit(False)
