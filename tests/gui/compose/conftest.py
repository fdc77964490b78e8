"""Compose-pane fixtures: a pane over a real store, file drops as real Qt events."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from inbox_app.store.migrate import Store
from inbox_app.views.compose import ComposePane


@pytest.fixture(autouse=True, scope="session")
def _pyside_refcount_guard() -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to True on every Signal.emit()
    and one to None on every void C++ call; a few hundred emits abort the interpreter
    (/work/shared/NOTE-pyside-6.12.0-refcount-crash.md). Until the pin lands, make them
    immortal for the test run, as CPython 3.12 does."""
    import PySide6

    if sys.version_info < (3, 12) and PySide6.__version_info__[:2] == (6, 12):
        for obj in (None, True, False):
            ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


def drop_files(widget: QWidget, paths: Sequence[Path]) -> bool:
    """Drag real files from a "file manager" onto `widget` (TESTING-NOTES §4)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


@pytest.fixture
def make_pane(qtbot: Any, store: Store) -> Iterator[Callable[..., ComposePane]]:
    """`make_pane(thread_id, **kwargs)`: a shown ComposePane on the test's store."""
    panes: list[ComposePane] = []

    def make(
        thread_id: int | None = None, *, on: Store | None = None, **kwargs: Any
    ) -> ComposePane:
        kwargs.setdefault("save_delay_ms", 60)
        kwargs.setdefault("check_delay_ms", 30)
        pane = ComposePane(on or store, **kwargs)
        pane.resize(760, 620)
        panes.append(pane)
        with qtbot.waitExposed(pane):
            pane.show()
        with qtbot.waitActive(pane):
            pane.activateWindow()
        if thread_id is not None:
            pane.set_thread(thread_id)
        return pane

    yield make
    for pane in panes:
        if not shiboken6.isValid(pane):
            continue  # the test deleted it
        pane.attachments.wait()
        pane.close()
        pane.deleteLater()
    QApplication.processEvents()
