"""Worker tasks for the Amazon widgets: started on a pool, kept alive until they finish."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThreadPool

from inbox_app.views.tasks import Task


class TaskRunner:
    """Starts `fn(task)` on the pool; results come back to bound slots on the GUI thread."""

    def __init__(self, pool: QThreadPool | None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self.tasks: set[Task] = set()

    def run(
        self,
        fn: Callable[[Task], Any],
        ok: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(fn)
        task.signals.succeeded.connect(ok)
        task.signals.failed.connect(failed)
        if progress is not None:
            task.signals.progress.connect(progress)
        task.signals.finished.connect(lambda: self.tasks.discard(task))
        self.tasks.add(task)
        self.pool.start(task)
        return task
