"""Amazon actions on one order: "Request a review" (once, 5-30 days after delivery) and
"Amazon message…"; and the bulk review dialog over every eligible order.

The widget asks the services in worker tasks; it shows why a review cannot be
requested (too early, too late, already requested on a date) in a sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inbox_app.amazon.errors import SpApiError
from inbox_app.models.amazon_text import sentence_text
from inbox_app.models.known_sentences import known_error_text
from inbox_app.models.unexpected_text import unexpected_text
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_connections import AmazonConnectionError, ConnectionInfo
from inbox_app.services.amazon_reviews import ReviewOutcome
from inbox_app.views.amazon_message_dialog import AmazonMessageDialog
from inbox_app.views.flow_layout import FlowLayout
from inbox_app.views.task_runner import Task, TaskRunner

_KNOWN = AmazonConnectionError | SpApiError
ANSWER = 2  # the review table's column with Amazon's answer of the last run


class AmazonOrderActions(QWidget):
    """Buttons for the current order; `set_order` loads what is allowed in a worker."""

    changed = Signal()  # a review was requested or a message sent

    def __init__(
        self, amazon: AmazonService, *, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("amazonOrderActions")
        self._amazon = amazon
        self._runner = runner
        self.order_id: str | None = None
        self.info: ConnectionInfo | None = None
        self.ready = False
        # the buttons in a row that wraps (a panel ~245 px wide holds one of them in
        # Italian), the sentence under them: side by side the three made the order panel
        # wider than its pane, and at 1024 px the window cut them off at its edge
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = FlowLayout(spacing=6)
        self.review_button = QPushButton(self.tr("Request a &review"), self)
        self.review_button.setObjectName("amazonReviewButton")
        self.message_button = QPushButton(self.tr("Amazon &message…"), self)
        self.message_button.setObjectName("amazonMessageButton")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("amazonReviewState")
        self.state_label.setWordWrap(True)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.message_button)
        layout.addLayout(buttons)
        layout.addWidget(self.state_label)
        self.review_button.clicked.connect(self.request_review)
        self.message_button.clicked.connect(self.open_message)
        self._enable(False, False)

    def _enable(self, review: bool, message: bool) -> None:
        self.review_button.setEnabled(review)
        self.message_button.setEnabled(message)

    def set_order(self, amazon_order_id: str | None) -> None:
        self.order_id, self.ready = amazon_order_id, False
        self._enable(False, False)
        self.state_label.setText("")
        if amazon_order_id is None:
            return
        amazon = self._amazon
        self._runner.run(
            lambda _t: amazon.order_state(amazon_order_id),
            on_done=lambda result: self._loaded(amazon_order_id, result),
            on_failed=self._failed,
        )

    def _loaded(self, order_id: str, result: tuple[ConnectionInfo | None, str | None]) -> None:
        if order_id != self.order_id:
            return  # the seller moved on
        self.info, problem = result
        self.ready = True
        if self.info is None:
            self.state_label.setText(
                self.tr(
                    "Connect Amazon (Selling Partner API) to request reviews and send "
                    "Amazon messages."
                )
            )
            return
        self._enable(problem is None, True)
        self.state_label.setText(
            sentence_text(problem) if problem else self.tr("A review may be requested now.")
        )

    @Slot()
    def request_review(self) -> None:
        info, oid = self.info, self.order_id
        if info is None or oid is None:
            return
        self._enable(False, True)
        self.state_label.setText(self.tr("Requesting a review…"))

        def work(_t: Task) -> ReviewOutcome:
            return self._amazon.request_review(info, oid)

        self._runner.run(work, on_done=self._reviewed, on_failed=self._failed)

    def _reviewed(self, outcome: ReviewOutcome) -> None:
        self.state_label.setText(sentence_text(outcome.message))
        if outcome.sent:
            self.changed.emit()
        self.set_order(self.order_id)

    @Slot()
    def open_message(self) -> AmazonMessageDialog | None:
        if self.info is None or self.order_id is None:
            return None
        dialog = AmazonMessageDialog(
            self._amazon, self.info, self.order_id, runner=self._runner, parent=self
        )
        dialog.accepted.connect(self.changed)
        dialog.open()
        return dialog

    def _failed(self, exc: BaseException) -> None:
        self.ready = True
        text = known_error_text(exc) if isinstance(exc, _KNOWN) else unexpected_text(exc)
        self.state_label.setText(text)


class ReviewRequestsDialog(QDialog):
    """Bulk review requests: the eligible orders, sent one by one within the rate limits,
    and the orders already asked, with the date."""

    def __init__(
        self,
        amazon: AmazonService,
        info: ConnectionInfo,
        *,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewRequestsDialog")
        self.setWindowTitle(self.tr("Review requests"))
        self._amazon = amazon
        self._info = info
        self._runner = runner
        self._task: Task | None = None
        self.eligible: list[str] = []
        self.outcomes: list[ReviewOutcome] = []
        self.loaded = False
        self.run_over = False
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Looking for orders 5-30 days after delivery…"), self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Review requested"), self.tr("Amazon's answer")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # the answer is a sentence: shown whole
        self.table.setColumnHidden(ANSWER, True)  # until a run has answers
        layout.addWidget(self.table)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("reviewProgress")
        self.bar.hide()
        layout.addWidget(self.bar)
        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(
            self.tr("Request &all"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.send_button.setObjectName("reviewSendAll")
        self.send_button.setEnabled(False)
        self.stop_button = buttons.addButton(
            self.tr("S&top"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.stop_button.setObjectName("reviewStop")
        self.stop_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter never asks every buyer for a review
        buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send_all)
        self.stop_button.clicked.connect(self.stop)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.reload()

    def reload(self) -> None:
        amazon, info = self._amazon, self._info
        self._runner.run(
            lambda _t: amazon.review_overview(info),
            on_done=self._loaded,
            on_failed=self._failed,
        )

    def _loaded(self, result: tuple[list[str], list[tuple[str, Any]]]) -> None:
        self.eligible, asked = result
        self.loaded = True
        answers = {o.amazon_order_id: o for o in self.outcomes}
        refused = [o for o in self.outcomes if not o.sent]
        listed = set(self.eligible) | {oid for oid, _at in asked}
        rows = [(oid, self.tr("not yet")) for oid in self.eligible]
        # an order refused in the last run is listed with its reason even when it left
        # the window meanwhile (canceled, too late)
        rows += [
            (o.amazon_order_id, self.tr("no")) for o in refused if o.amazon_order_id not in listed
        ]
        rows += [(oid, at.strftime("%Y-%m-%d %H:%M")) for oid, at in asked]
        self.table.setRowCount(len(rows))
        for r, (oid, when) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(oid))
            self.table.setItem(r, 1, QTableWidgetItem(when))
            answer = answers.get(oid)
            self.table.setItem(
                r, ANSWER, QTableWidgetItem(sentence_text(answer.message) if answer else "")
            )
        self.table.setColumnHidden(ANSWER, not self.outcomes)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeRowsToContents()
        if self.outcomes:
            self.summary.setText(
                self.tr(
                    "Reviews requested: %1. Amazon refused %2; the reason is beside each order."
                )
                .replace("%1", str(len(self.outcomes) - len(refused)))
                .replace("%2", str(len(refused)))
                if refused
                else self.tr("Reviews requested: %1.").replace("%1", str(len(self.outcomes)))
            )
        else:
            self.summary.setText(
                self.tr("%1 orders may be asked for a review now; %2 were asked already.")
                .replace("%1", str(len(self.eligible)))
                .replace("%2", str(len(asked)))
            )
        self.send_button.setEnabled(bool(self.eligible) and self._task is None)

    @Slot()
    def send_all(self) -> None:
        ids, info, amazon = list(self.eligible), self._info, self._amazon
        if not ids:
            return
        self.bar.setRange(0, len(ids))
        self.bar.setValue(0)
        self.bar.show()
        self.send_button.setEnabled(False)
        self.stop_button.setEnabled(True)

        def work(task: Task) -> list[ReviewOutcome]:
            def progress(done: int, total: int, _outcome: ReviewOutcome) -> None:
                task.report(done, total)

            return amazon.request_reviews(info, ids, progress=progress, cancel=task.cancelled)

        self._task = self._runner.run(
            work, on_done=self._sent, on_failed=self._failed, on_progress=self._progress
        )

    def _progress(self, done: int, total: int) -> None:
        self.bar.setValue(done)
        self.summary.setText(
            self.tr("Requesting reviews: %1 of %2…")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    @Slot()
    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _sent(self, outcomes: list[ReviewOutcome]) -> None:
        self._task = None
        self.outcomes = outcomes
        self.run_over = True
        self.stop_button.setEnabled(False)
        self.bar.hide()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.run_over = True
        self.stop_button.setEnabled(False)
        self.summary.setText(
            known_error_text(exc) if isinstance(exc, _KNOWN) else unexpected_text(exc)
        )
