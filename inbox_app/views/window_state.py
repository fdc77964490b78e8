"""What the main window remembers between runs (QSettings): geometry, splitters, column
widths, tab, sort and the last saved view."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QByteArray, QDataStream, QSettings
from PySide6.QtWidgets import QHeaderView, QLayout, QSplitter, QStyle, QTableView, QTabWidget

from inbox_app.models.views_model import DEFAULT_VIEW
from inbox_app.views.conversation_view import ConversationView
from inbox_app.views.order_panel import OrderPanel
from inbox_app.views.orders_tab import OrdersTab
from inbox_app.views.pane_widths import PaneLimits, first_run_sizes, share_width
from inbox_app.views.sidebar import Sidebar
from inbox_app.views.thread_list_view import ThreadListView
from inbox_app.views.window_layout import INBOX_TAB


@dataclass(frozen=True, slots=True)
class Remembered:
    """The window's choices from the last run, for the window to apply."""

    view: str
    sort: str
    tab: int
    thread: int | None  # the thread that was open


SPLITTER_MAGIC = 0xFF  # what QSplitter.saveState() writes first


def saved_sizes(state: QByteArray) -> list[int]:
    """The pane sizes in a QSplitter.saveState() blob (magic, version, QList<int>), as
    they were when it was saved; [] if it is not one."""
    stream = QDataStream(state)
    stream.setVersion(QDataStream.Version.Qt_5_0)
    if stream.readUInt32() != SPLITTER_MAGIC:
        return []
    stream.readInt32()  # the format's version
    count = stream.readInt32()
    if not 0 < count <= 16:
        return []
    sizes = [stream.readInt32() for _ in range(count)]
    return sizes if stream.status() == QDataStream.Status.Ok else []


class TopLevel(Protocol):
    """What is remembered of the window itself (a QMainWindow has all of it)."""

    def saveGeometry(self, /) -> QByteArray: ...
    def restoreGeometry(self, geometry: QByteArray, /) -> bool: ...
    def saveState(self, /, version: int | None = ...) -> QByteArray: ...
    def restoreState(self, state: QByteArray, /, version: int | None = ...) -> bool: ...
    def resize(self, w: int, h: int, /) -> None: ...
    def layout(self, /) -> QLayout | None: ...


class WindowState:
    """Saves and restores the layout of `window` and of the panes it is given in `settings`."""

    def __init__(
        self,
        settings: QSettings,
        window: TopLevel,
        *,
        splitter: QSplitter,
        conversation: ConversationView,
        orders_tab: OrdersTab,
        threads_view: ThreadListView,
        orders_view: QTableView,
        tabs: QTabWidget,
        sidebar: Sidebar,
        order_panel: OrderPanel,
    ) -> None:
        self._settings = settings
        self._window = window
        self._splitter = splitter
        self._conversation = conversation
        self._orders_tab = orders_tab
        self._threads_view = threads_view
        self._orders_view = orders_view
        self._tabs = tabs
        self._sidebar = sidebar
        self._order_panel = order_panel

    def _blob(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "splitters/main": self._splitter,
            "splitters/conversation": self._conversation.splitter,
            "splitters/orders": self._orders_tab.splitter,
            "splitters/orders_bottom": self._orders_tab.bottom_splitter,
        }

    def _headers(self) -> dict[str, QHeaderView]:
        return {
            "headers/threads": self._threads_view.horizontalHeader(),
            "headers/orders": self._orders_view.horizontalHeader(),
            "headers/order_threads": self._orders_tab.threads_view.horizontalHeader(),
        }

    def save(self, view_key: str, sort: str) -> None:
        s = self._settings
        s.setValue("window/geometry", self._window.saveGeometry())
        s.setValue("window/state", self._window.saveState())
        for key, splitter in self._splitters().items():
            s.setValue(key, splitter.saveState())
        for key, header in self._headers().items():
            s.setValue(key, header.saveState())
        s.setValue("window/tab", self._tabs.currentIndex())
        s.setValue("view/last", view_key)
        s.setValue("view/sort", sort)
        s.sync()

    def restore_splitters(self) -> None:
        """Splitter sizes, once the window has its real size (its first show)."""
        layout = self._window.layout()
        if layout is not None:
            layout.activate()  # lay out now, so the sizes apply to the real width
        for key, splitter in self._splitters().items():
            blob = self._blob(key)
            if blob is not None:
                splitter.restoreState(blob)
        main_splitter = self._splitter
        main = self._blob("splitters/main")
        saved = saved_sizes(main) if main is not None else []
        now = main_splitter.sizes()
        if len(saved) == len(now) == 4 and any(saved) and sum(now) > sum(saved):
            # saved on a smaller screen: the added width goes mostly to the conversation,
            # not (as QSplitter shares it) to the list
            main_splitter.setSizes(share_width(saved, sum(now), self.pane_limits()))
        if self._blob("splitters/main") is None:
            # first run: list and conversation share the width, side panels stay narrow
            # and give way on a small screen
            main_splitter.setSizes(first_run_sizes(main_splitter.width(), self.pane_limits()))
        if self._blob("splitters/orders_bottom") is None:
            bottom = self._orders_tab.bottom_splitter
            bottom.setSizes([max(bottom.width() - 340, 300), 340])

    def pane_limits(self) -> PaneLimits:
        """The side panes' widths; the saved views' longest name fits when there is room
        (some languages need more than English), and each name wraps whole where there
        is none."""
        longest = self._sidebar.sizeHintForColumn(0) + 8
        # at the least, every name wraps between its words (Italian needs more than 120 px)
        side_min = max(PaneLimits().side_min, min(180, self._sidebar.least_width()))
        # the order panel's widest piece ("Richiedi una recensione") beside its scroll bar
        panel = self._order_panel
        bar = panel.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, panel)
        panel_min = max(PaneLimits().panel_min, panel.minimumSizeHint().width() + bar + 2)
        return PaneLimits(
            side_min=side_min,
            side_preferred=max(190, min(260, longest)),
            panel_min=panel_min,
            panel_preferred=max(PaneLimits().panel_preferred, panel_min),
        )

    def restore(self) -> Remembered:
        """Apply the remembered geometry and column widths; return the remembered choices
        (the window shows the view, then the tab)."""
        geometry = self._blob("window/geometry")
        if geometry is not None:
            self._window.restoreGeometry(geometry)
        else:
            self._window.resize(1440, 860)
        state = self._blob("window/state")
        if state is not None:
            self._window.restoreState(state)
        for key, header in self._headers().items():
            blob = self._blob(key)
            if blob is not None:
                header.restoreState(blob)
        sort = str(self._settings.value("view/sort", "due"))
        try:
            tab = int(str(self._settings.value("window/tab", INBOX_TAB)))
        except ValueError:
            tab = INBOX_TAB
        try:
            thread: int | None = int(str(self._settings.value("thread/last", "")))
        except ValueError:
            thread = None
        return Remembered(
            thread=thread,
            view=str(self._settings.value("view/last", DEFAULT_VIEW)),
            sort=sort if sort in ("due", "activity") else "due",
            tab=tab if 0 <= tab < self._tabs.count() else INBOX_TAB,
        )
