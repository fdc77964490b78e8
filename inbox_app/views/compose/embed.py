"""Wiring of the compose pane into the main window (one call from app.py), and the
"Contact buyer" window for an order."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSplitter, QVBoxLayout, QWidget

from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_queue import DEFAULT_UNDO_SECONDS
from inbox_app.views.compose.draft_lock import DraftLock
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.compose.room import ComposeRoom
from inbox_app.views.compose.window import ComposeWindow
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.write_queue import WriteQueue

UNDO_SETTING = "compose/undo_seconds"


class _ThreadRows(Protocol):
    def refresh_rows(self, ids: list[int]) -> None: ...


class _Models(Protocol):
    @property
    def threads(self) -> _ThreadRows: ...


class HostWindow(Protocol):
    """What the pane needs from the main window (views/main_window.py)."""

    @property
    def compose_slot(self) -> QWidget: ...
    @property
    def thread_selected(self) -> SignalInstance: ...
    @property
    def thread_cleared(self) -> SignalInstance: ...
    @property
    def thread_loading(self) -> SignalInstance: ...
    @property
    def reply_requested(self) -> SignalInstance: ...
    @property
    def models(self) -> _Models: ...
    @property
    def runner(self) -> TaskRunner: ...
    @property
    def menus(self) -> dict[str, QMenu]: ...

    def current_thread_id(self) -> int | None: ...
    def refresh_current(self) -> None: ...
    def refresh_counts(self) -> None: ...


def _settings_menu(window: HostWindow, pane: ComposePane) -> None:
    """Settings › Your name and signature… (the same dialog as in Saved replies…)."""
    menu = window.menus.get("settings")
    if menu is None:
        return
    action = QAction(QCoreApplication.translate("ComposePane", "Your name and signature…"), pane)
    action.setObjectName("composePrefsAction")
    action.triggered.connect(pane.edit_settings)
    menu.addAction(action)


def undo_seconds(settings: QSettings | None) -> float:
    """The undo window from the settings (default 10 s, 0-120)."""
    if settings is None:
        return DEFAULT_UNDO_SECONDS
    raw = settings.value(UNDO_SETTING, DEFAULT_UNDO_SECONDS)
    try:
        value = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_UNDO_SECONDS
    return min(max(value, 0.0), 120.0)


def install_compose(
    window: HostWindow,
    service: ComposeService,
    settings: QSettings | None = None,
    draft_lock: DraftLock | None = None,
    *,
    writes: WriteQueue | None = None,
) -> ComposePane:
    """Put a ComposePane into `window.compose_slot` and connect it both ways (once: a
    window that already has its pane gets that one back)."""
    slot = window.compose_slot
    existing = slot.findChild(ComposePane)
    if existing is not None:
        return existing
    layout = slot.layout()
    if layout is None:
        layout = QVBoxLayout(slot)
        layout.setContentsMargins(0, 0, 0, 0)
    pane = ComposePane(
        service,
        slot,
        runner=window.runner,
        undo_seconds=undo_seconds(settings),
        draft_lock=draft_lock,
        settings=settings,
        writes=writes,
    )
    layout.addWidget(pane)
    slot.setFocusProxy(pane.ui.body)  # Reply (R) focuses the slot: the body gets it
    splitter = slot.parentWidget()  # the conversation's splitter, above the pane
    if isinstance(splitter, QSplitter):
        ComposeRoom(splitter, slot, pane, settings)
    _settings_menu(window, pane)

    def show_thread(thread_id: int) -> None:
        pane.set_thread(thread_id)

    def row_changed(thread_id: int) -> None:
        window.models.threads.refresh_rows([thread_id])  # has_draft / outbox_state
        window.refresh_counts()  # the Drafts and Outbox views count them (in a worker)

    def conversation_changed(thread_id: int) -> None:
        row_changed(thread_id)
        if window.current_thread_id() == thread_id:
            window.refresh_current()

    window.thread_selected.connect(show_thread)
    window.thread_cleared.connect(lambda: pane.set_thread(None))
    # a team seat's thread on its way: no reply to the one before under its header
    window.thread_loading.connect(lambda _tid: pane.set_thread(None))
    window.reply_requested.connect(lambda _tid: pane.reply_here())
    pane.draft_saved.connect(row_changed)
    pane.queued.connect(lambda _mid, tid: conversation_changed(tid))
    pane.outbox_changed.connect(conversation_changed)
    # drafts this seat kept on this computer while the team server was out of reach
    # (this run or one that ended before it was back) go to the server now
    pane.saver.restore_kept()
    current = window.current_thread_id()
    if current is not None:
        pane.set_thread(current)
    return pane


def open_contact_buyer(
    parent: QWidget | None,
    service: ComposeService,
    order_id: int,
    settings: QSettings | None = None,
    draft_lock: DraftLock | None = None,
    *,
    runner: TaskRunner,
    writes: WriteQueue | None = None,
) -> ComposeWindow:
    """ "Contact buyer" on an order: a seller-initiated message in its own window (shown).
    Pass the main pane's `draft_lock`, so the two never edit one draft at once, and the
    main window's `runner`, whose lanes the pane's background work runs in."""
    win = ComposeWindow(
        service,
        order_id,
        parent,
        runner=runner,
        undo_seconds=undo_seconds(settings),
        draft_lock=draft_lock,
        settings=settings,
        writes=writes,
    )
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    win.show()
    return win
