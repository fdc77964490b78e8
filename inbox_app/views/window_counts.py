"""The sidebar's counts, recounted in a worker (start-up never waits for them), and the
names of the Ctrl+digit view actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel

from inbox_app.models.formatting import number
from inbox_app.models.views_model import ViewsModel, view_label
from inbox_app.services.inbox import InboxService
from inbox_app.store.rows import ViewCounts
from inbox_app.views.actions import Actions
from inbox_app.views.task_runner import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _skip(_exc: BaseException) -> None:
    """A count that failed (a busy store, the window closing) waits for the next tick."""


class CountsController(QObject):
    """Runs `service.counts()` on the runner and shows the result."""

    title_changed = Signal(str)  # the window title ("— 3 overdue")

    def __init__(
        self,
        service: InboxService,
        runner: TaskRunner,
        *,
        views: ViewsModel,
        counts_label: QLabel,
        actions: Actions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._views = views
        self._label = counts_label
        self._actions = actions
        self.latest: ViewCounts | None = None
        views.rowsInserted.connect(self.name_view_actions)

    def refresh(self) -> None:
        """Recount the saved views in a worker; the sidebar and status bar fill in after."""
        service = self._service
        self._runner.run(lambda _t: service.counts(), on_done=self.ready, on_failed=_skip)

    def ready(self, counts: Any) -> None:
        if not isinstance(counts, ViewCounts):
            return
        self.latest = counts
        self._views.set_counts(counts)
        # the title ends with the app's name, so the desktop does not add it a second time
        # (Qt appends the display name to a title that does not end with it)
        title = _tr("Seller Inbox")
        if counts.overdue:
            title = _tr("%1 overdue — Seller Inbox").replace("%1", number(counts.overdue))
        self.title_changed.emit(title)
        self._label.setText(
            _tr("%1 open · %2 due in < 4 h · %3 overdue")
            .replace("%1", number(counts.all_open))
            .replace("%2", number(counts.due_soon))
            .replace("%3", number(counts.overdue))
        )

    def name_view_actions(self) -> None:
        """Marketplace views appeared: name the Ctrl+digit actions after the views."""
        keys = self._views.keys()
        for n in range(1, 10):
            text = (
                view_label(keys[n - 1]) if n <= len(keys) else _tr("View %1").replace("%1", str(n))
            )
            self._actions[f"view_{n}"].setText(text)
