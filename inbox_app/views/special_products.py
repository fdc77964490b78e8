"""Settings > Special products: mark SKUs or patterns as handmade, custom or wine."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.known_sentences import report_text
from inbox_app.models.order_table_model import type_label
from inbox_app.views.task_runner import Task, TaskRunner
from inbox_app.views.theme import colour_style, restyle_with_palette

if TYPE_CHECKING:
    from inbox_app.services.inbox import InboxService

RULE_TYPES = ("handmade", "custom", "wine")


class SpecialProductsDialog(QDialog):
    """Lists the SKU rules; adding or removing one re-types the affected orders."""

    def __init__(
        self, service: InboxService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._task: Task | None = None
        self.setObjectName("specialProductsDialog")
        self.setWindowTitle(QCoreApplication.translate("SpecialProducts", "Special products"))
        self.resize(520, 420)
        self._service = service
        self.changed = False
        lay = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "SpecialProducts",
                "Orders with these SKUs count as handmade, custom or wine (Amazon's rules "
                "differ for them). Use * and ? as wildcards, e.g. HM-*.",
            ),
            self,
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("skuRulesTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SpecialProducts", "SKU or pattern"),
                QCoreApplication.translate("SpecialProducts", "Type"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 300)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.pattern_edit = QLineEdit(self)
        self.pattern_edit.setObjectName("skuPatternEdit")
        self.pattern_edit.setPlaceholderText(
            QCoreApplication.translate("SpecialProducts", "SKU or pattern")
        )
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("skuTypeCombo")
        for key in RULE_TYPES:
            self.type_combo.addItem(type_label(key), key)
        self.add_button = QPushButton(QCoreApplication.translate("SpecialProducts", "&Add"), self)
        self.add_button.setObjectName("addRuleButton")
        self.add_button.setDefault(True)  # Enter in the pattern adds it
        self.remove_button = QPushButton(
            QCoreApplication.translate("SpecialProducts", "&Remove selected"), self
        )
        self.remove_button.setObjectName("removeRuleButton")
        row.addWidget(self.pattern_edit, 2)
        row.addWidget(self.type_combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        lay.addLayout(row)
        self.status = QLabel(self)
        restyle_with_palette(self.status, colour_style("muted"))
        lay.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reload()

    def reload(self) -> None:
        rules = self._service.sku_rules()
        self.table.setRowCount(len(rules))
        for n, (pattern, order_type) in enumerate(rules):
            self.table.setItem(n, 0, QTableWidgetItem(pattern))
            self.table.setItem(n, 1, QTableWidgetItem(type_label(order_type)))

    def add_rule(self) -> bool:
        """Start adding the typed rule (re-typing every order runs in a worker)."""
        from inbox_app.orders.special import clean_pattern

        pattern = self.pattern_edit.text()
        order_type = str(self.type_combo.currentData())
        try:
            clean_pattern(pattern)
        except ValueError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("SpecialProducts", "Special products"),
                report_text(str(exc)),
            )
            return False
        service = self._service
        self.pattern_edit.clear()
        self._run(lambda _t: service.add_sku_rule(pattern, order_type))
        return True

    def remove_selected(self) -> bool:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        patterns = [item.text() for r in rows if (item := self.table.item(r, 0)) is not None]
        if not patterns:
            return False
        service = self._service
        self._run(lambda _t: [service.remove_sku_rule(p) for p in patterns])
        return True

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _run(self, fn: Callable[[Task], object]) -> None:
        for w in (self.add_button, self.remove_button, self.pattern_edit):
            w.setEnabled(False)
        self.status.setText(QCoreApplication.translate("SpecialProducts", "Updating the orders…"))
        self._task = self._runner.run(fn, on_done=self._done, on_failed=self._failed)

    def _finish(self) -> None:
        self._task = None
        for w in (self.add_button, self.remove_button, self.pattern_edit):
            w.setEnabled(True)
        self.status.clear()
        self.reload()

    def _done(self, _result: object) -> None:
        self.changed = True
        self._finish()

    def _failed(self, exc: object) -> None:
        self._finish()
        QMessageBox.warning(
            self, QCoreApplication.translate("SpecialProducts", "Special products"), str(exc)
        )

    def done(self, result: int) -> None:
        if self._task is not None:  # closed while re-typing: let it finish, then refresh
            self._task.wait()
            self.changed = True
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget, service: InboxService, runner: TaskRunner) -> bool:
        """Run the dialog; True when any rule changed (orders need a refresh)."""
        dialog = cls(service, runner, parent)
        dialog.exec()
        return dialog.changed
