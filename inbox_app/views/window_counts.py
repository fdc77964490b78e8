"""The sidebar's counts, recounted in a worker (start-up never waits for them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from inbox_app.models.views_model import view_label
from inbox_app.store.rows import ViewCounts
from inbox_app.views.tasks import Task

if TYPE_CHECKING:
    from inbox_app.views.main_window import MainWindow


class CountsController(QObject):
    """Runs `service.counts()` on the window's pool and shows the result."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.latest: ViewCounts | None = None
        self._tasks: set[Task] = set()
        window.models.views.rowsInserted.connect(self.views_inserted)

    def refresh(self) -> None:
        service = self.w.service
        task = Task(lambda _t: service.counts())
        task.signals.succeeded.connect(self.ready)
        task.signals.finished.connect(self.finished)
        self._tasks.add(task)
        self.w.pool.start(task)

    def ready(self, counts: Any) -> None:
        if not isinstance(counts, ViewCounts):
            return
        self.latest = counts
        self.w.models.views.set_counts(counts)
        title = QCoreApplication.translate("MainWindow", "Seller Inbox")
        if counts.overdue:
            title = QCoreApplication.translate("MainWindow", "Seller Inbox — %1 overdue").replace(
                "%1", f"{counts.overdue:,}"
            )
        self.w.setWindowTitle(title)
        self.w.counts_label.setText(
            QCoreApplication.translate("MainWindow", "%1 open · %2 due in < 4 h · %3 overdue")
            .replace("%1", f"{counts.all_open:,}")
            .replace("%2", f"{counts.due_soon:,}")
            .replace("%3", f"{counts.overdue:,}")
        )

    def finished(self) -> None:
        self._tasks = {t for t in self._tasks if t.signals is not self.sender()}

    def views_inserted(self) -> None:
        """Marketplace views appeared: keep the highlight, name the Ctrl+digit actions."""
        self.w.sidebar.select_key(self.w.view_key)
        keys = self.w.models.views.keys()
        for n in range(1, 10):
            text = (
                view_label(keys[n - 1])
                if n <= len(keys)
                else QCoreApplication.translate("MainWindow", "View %1").replace("%1", str(n))
            )
            self.w.actions_[f"view_{n}"].setText(text)
