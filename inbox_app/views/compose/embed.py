"""Wiring of the compose pane into the main window (one call from app.py), and the
"Contact buyer" window for an order."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_queue import DEFAULT_UNDO_SECONDS
from inbox_app.views.compose.draft_lock import DraftLock
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.compose.window import ComposeWindow
from inbox_app.views.write_queue import WriteQueue

UNDO_SETTING = "compose/undo_seconds"
SPLIT_SETTING = "splitters/conversation"  # saved by the window (window_state.py)


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
    def reply_requested(self) -> SignalInstance: ...
    @property
    def models(self) -> _Models: ...

    def current_thread_id(self) -> int | None: ...
    def refresh_current(self) -> None: ...
    def refresh_counts(self) -> None: ...


class ComposeRoom(QObject):
    """The compose pane's share of the conversation's splitter: on the first show it gets
    the room it needs to write (up to 60 %), unless the seller's own split was restored;
    after that a taller or shorter window changes the conversation, not the pane, and the
    window saves the split with its other splitters."""

    SHARE = 0.6
    CONVERSATION_LINES = 7  # what the conversation keeps above the pane, at the least
    CONVERSATION_SHARE = 0.33  # ... and of a short splitter (1024x700): more than one card
    BODY_LINES = 6  # what the reply keeps to write in, before the conversation's share

    def __init__(
        self, splitter: QSplitter, slot: QWidget, pane: ComposePane, *, restored: bool
    ) -> None:
        super().__init__(slot)
        self.splitter = splitter
        self.pane = pane
        self._restored = restored
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)  # the pane keeps its height when the window changes
        self._slot = slot
        self._floor = QTimer(self)  # once a resize settles: the conversation's floor
        self._floor.setSingleShot(True)
        self._floor.setInterval(0)
        self._floor.timeout.connect(self.keep_conversation)
        splitter.installEventFilter(self)
        pane.installEventFilter(self)  # findings shown or gone: the pane's needs change
        splitter.splitterMoved.connect(self._chosen)
        if slot.isVisible():
            QTimer.singleShot(0, self, self.share)
        else:
            slot.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._slot and event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.share)
        elif (watched, event.type()) in (
            (self.splitter, QEvent.Type.Resize),
            (self.pane, QEvent.Type.LayoutRequest),
        ):
            self._floor.start()
        return False

    def _chosen(self, *_: object) -> None:
        self._restored = True  # the seller's own split from now on: kept as it is

    def keep_conversation(self) -> None:
        """A shorter splitter (a smaller window, a taller header above it in Italian) or
        findings that take room in the pane move the split, in this order of need: a few
        lines of the message being answered, then a few lines to write in, then the
        conversation's share of a short screen (the message before it in view too)."""
        sizes = self.splitter.sizes()
        if self._restored or len(sizes) != 2 or sum(sizes) <= 0:
            return
        total, conversation = sum(sizes), sizes[0]
        least = self.pane.ui.body.fontMetrics().lineSpacing() * self.CONVERSATION_LINES
        to_write = self.room_to_write()
        target = conversation
        if target < self.floor(total):
            target = max(target, min(self.floor(total), total - to_write))
        if total - target < to_write:
            target = max(least, total - to_write)
        if target != conversation:
            self.splitter.setSizes([target, total - target])

    def room_to_write(self) -> int:
        """The pane's height with BODY_LINES lines in the reply box."""
        body = self.pane.ui.body
        frame = body.height() - body.viewport().height()
        rest = self.pane.minimumSizeHint().height() - body.minimumSizeHint().height()
        return rest + frame + body.fontMetrics().lineSpacing() * self.BODY_LINES

    def floor(self, total: int) -> int:
        """What the conversation keeps of a splitter `total` px tall: a few lines of the
        message being answered, and on a short screen a share, so that the message before
        it shows too."""
        lines = self.pane.ui.body.fontMetrics().lineSpacing() * self.CONVERSATION_LINES
        return max(lines, int(total * self.CONVERSATION_SHARE))

    def wanted(self, total: int) -> int:
        """The pane's height for a splitter of `total` px: room for about twelve lines,
        less where the conversation would keep less than its floor (never below the
        pane's own minimum)."""
        lines = self.pane.ui.body.fontMetrics().lineSpacing()
        least = self.pane.minimumSizeHint().height()
        needed = least + lines * 9
        pane = max(min(needed, int(total * self.SHARE)), total // 3)
        return max(least, min(pane, total - self.floor(total)))

    def share(self) -> None:
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        if self._restored and sizes[0] >= total // 5:
            return  # the seller's own split, restored by the window
        pane = self.wanted(total)
        if sizes[1] < pane:
            self.splitter.setSizes([total - pane, pane])


def _settings_menu(window: HostWindow, pane: ComposePane) -> None:
    """Settings › Your name and signature… (the same dialog as in Saved replies…)."""
    menus = getattr(window, "menus", {})
    menu = menus.get("settings") if isinstance(menus, dict) else None
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
        undo_seconds=undo_seconds(settings),
        draft_lock=draft_lock,
        settings=settings,
        writes=writes,
    )
    layout.addWidget(pane)
    slot.setFocusProxy(pane.ui.body)  # Reply (R) focuses the slot: the body gets it
    splitter = slot.parentWidget()  # the conversation's splitter, above the pane
    if isinstance(splitter, QSplitter):
        restored = settings is not None and settings.value(SPLIT_SETTING) is not None
        ComposeRoom(splitter, slot, pane, restored=restored)
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
    window.reply_requested.connect(lambda _tid: pane.reply_here())
    pane.draft_saved.connect(row_changed)
    pane.queued.connect(lambda _mid, tid: conversation_changed(tid))
    pane.outbox_changed.connect(conversation_changed)
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
    writes: WriteQueue | None = None,
) -> ComposeWindow:
    """ "Contact buyer" on an order: a seller-initiated message in its own window (shown).
    Pass the main pane's `draft_lock`, so the two never edit one draft at once."""
    win = ComposeWindow(
        service,
        order_id,
        parent,
        undo_seconds=undo_seconds(settings),
        draft_lock=draft_lock,
        settings=settings,
        writes=writes,
    )
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    win.show()
    return win
