"""`composeWindow`: a new seller-initiated message about an order, in its own window."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_queue import DEFAULT_UNDO_SECONDS
from inbox_app.views.compose.draft_lock import DraftLock
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.write_queue import WriteQueue


class ComposeWindow(QMainWindow):
    """ "Contact buyer": the compose pane for an order; its thread is made on the first save."""

    def __init__(
        self,
        service: ComposeService,
        order_id: int,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner,
        undo_seconds: float = DEFAULT_UNDO_SECONDS,
        draft_lock: DraftLock | None = None,
        settings: QSettings | None = None,
        writes: WriteQueue | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composeWindow")
        self.pane = ComposePane(
            service,
            self,
            runner=runner,
            undo_seconds=undo_seconds,
            draft_lock=draft_lock,
            settings=settings,
            writes=writes,
        )
        self.setCentralWidget(self.pane)
        self.pane.set_order(order_id)
        info = self.pane.info
        order = info.context.order_id if info else None
        self.setWindowTitle(
            self.tr("Message to the buyer · order {order}").format(order=order)
            if order
            else self.tr("Message to the buyer")
        )
        self.resize(720, 620)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pane.leave()  # the draft stays; "Contact buyer" again reopens it
        super().closeEvent(event)
