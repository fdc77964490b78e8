"""What the main window remembers between runs (QSettings): geometry, splitters, column
widths, tab, sort and the last saved view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from inbox_app.models.views_model import DEFAULT_VIEW

if TYPE_CHECKING:
    from inbox_app.views.main_window import MainWindow


def _blob(window: MainWindow, key: str) -> QByteArray | None:
    value = window.settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _states(window: MainWindow) -> dict[str, object]:
    return {
        "splitters/main": window.splitter,
        "splitters/conversation": window.conversation.splitter,
        "splitters/orders": window.orders_tab.splitter,
        "splitters/orders_bottom": window.orders_tab.bottom_splitter,
        "headers/threads": window.threads_view.horizontalHeader(),
        "headers/orders": window.orders_view.horizontalHeader(),
        "headers/order_threads": window.orders_tab.threads_view.horizontalHeader(),
    }


def save(window: MainWindow) -> None:
    s = window.settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    for key, widget in _states(window).items():
        s.setValue(key, widget.saveState())  # type: ignore[attr-defined]
    s.setValue("window/tab", window.tabs.currentIndex())
    s.setValue("view/last", window.view_key)
    s.setValue("view/sort", window.sort)
    s.sync()


def restore_splitters(window: MainWindow) -> None:
    """Splitter sizes, once the window has its real size (its first show)."""
    layout = window.layout()
    if layout is not None:
        layout.activate()  # lay out now, so the sizes apply to the real width
    for key, widget in _states(window).items():
        blob = _blob(window, key)
        if blob is not None and key.startswith("splitters/"):
            widget.restoreState(blob)  # type: ignore[attr-defined]
    if _blob(window, "splitters/main") is None:
        # first run: list and conversation share the width, side panels stay narrow
        width = max(window.splitter.width(), 900)
        # the saved views' longest name fits (some languages need more than English)
        side, panel = max(190, min(260, window.sidebar.sizeHintForColumn(0) + 8)), 250
        rest = width - side - panel
        window.splitter.setSizes([side, rest * 57 // 100, rest * 43 // 100, panel])
    if _blob(window, "splitters/orders_bottom") is None:
        bottom = window.orders_tab.bottom_splitter
        bottom.setSizes([max(bottom.width() - 340, 300), 340])


def restore(window: MainWindow) -> None:
    """Apply the remembered layout, then show the remembered view (its first page)."""
    geometry = _blob(window, "window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1440, 860)
    state = _blob(window, "window/state")
    if state is not None:
        window.restoreState(state)
    for key, widget in _states(window).items():
        blob = _blob(window, key)
        if blob is not None and key.startswith("headers/"):
            widget.restoreState(blob)  # type: ignore[attr-defined]
    sort = str(window.settings.value("view/sort", "due"))
    window.sort = sort if sort in ("due", "activity") else "due"
    window.show_view(str(window.settings.value("view/last", DEFAULT_VIEW)))
    try:
        tab = int(str(window.settings.value("window/tab", 0)))
    except ValueError:
        tab = 0
    window.tabs.setCurrentIndex(tab if tab in (0, 1) else 0)
