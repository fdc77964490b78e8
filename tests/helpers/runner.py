"""A dialog or controller built alone in a test gets its injected task runner from here.

In the window they all share the window's runner; built alone, each gets a runner of its
own that is its child, so it goes when what it runs for goes (the dialog's work can no
longer call back into a deleted dialog) and `findChildren(TaskRunner)` still finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject

from inbox_app.views.task_runner import TaskRunner

Built = TypeVar("Built", bound=QObject)


def with_own_runner(build: Callable[[TaskRunner], Built], max_threads: int = 2) -> Built:
    """`build(runner)` with a new runner that becomes a child of what it built."""
    runner = TaskRunner(max_threads=max_threads)
    built = build(runner)
    runner.setParent(built)
    return built
