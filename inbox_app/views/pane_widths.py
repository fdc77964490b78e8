"""How the inbox's four panes share a width: on a small screen the thread list keeps room
for its clock and subject, and the sidebar and the order panel give way first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

LIST_COMFORT = 420  # clock + buyer + a readable subject
CONVERSATION_COMFORT = 300  # the cards wrap to it (message_card.py)
# how the list and the conversation share the width a bigger window (or screen) adds:
# most of it goes to the reading, the side panes keep theirs
LIST_SHARE, CONVERSATION_SHARE = 1, 2


@dataclass(frozen=True, slots=True)
class PaneLimits:
    """Minimum and preferred widths of the sidebar and the order panel."""

    side_min: int = 120
    side_preferred: int = 220
    panel_min: int = 180
    panel_preferred: int = 250


def first_run_sizes(width: int, limits: PaneLimits) -> list[int]:
    """Sizes for sidebar | list | conversation | panel on a window `width` wide."""
    side = max(limits.side_min, min(limits.side_preferred, width * 15 // 100))
    panel = max(limits.panel_min, min(limits.panel_preferred, width * 19 // 100))
    rest = max(0, width - side - panel)
    return fit([side, rest * 57 // 100, rest - rest * 57 // 100, panel], limits)


def fit(sizes: list[int], limits: PaneLimits) -> list[int]:
    """`sizes` with the side panels narrowed (down to their minimums) while the list or
    the conversation is below its comfortable width, then the conversation's room above
    its comfort lent to the list; the total stays the same."""
    side, threads, conversation, panel = sizes
    if side < limits.side_min:  # a sidebar below its least (new rows): from the conversation
        grow = min(limits.side_min - side, max(0, conversation - CONVERSATION_COMFORT // 2))
        side, conversation = side + grow, conversation - grow
    if 0 < panel < limits.panel_min:  # an order panel below its least (Amazon's buttons
        # came, a longer word in Italian): from the conversation, as the sidebar
        grow = min(limits.panel_min - panel, max(0, conversation - CONVERSATION_COMFORT // 2))
        panel, conversation = panel + grow, conversation - grow
    list_short = max(0, LIST_COMFORT - threads)
    short = list_short + max(0, CONVERSATION_COMFORT - conversation)
    from_panel = max(0, min(short, panel - limits.panel_min))
    from_side = max(0, min(short - from_panel, side - limits.side_min))
    freed = from_panel + from_side
    to_list = min(freed, list_short)
    threads, conversation = threads + to_list, conversation + freed - to_list
    # then the conversation lends the list what it has above its own comfort
    lend = max(0, min(LIST_COMFORT - threads, conversation - CONVERSATION_COMFORT))
    return [side - from_side, threads + lend, conversation - lend, panel - from_panel]


def share_width(sizes: list[int], width: int, limits: PaneLimits) -> list[int]:
    """`sizes` (sidebar | list | conversation | panel) for a splitter whose panes are now
    `width` px wide in all. The width added goes first to the list and the conversation
    up to their comfort, then gives the order panel and the sidebar back their preferred
    widths (a small window squeezed them: the order panel wrapped its items over four
    lines), and the rest is shared by the list and the conversation
    LIST_SHARE : CONVERSATION_SHARE; then fit(). A collapsed pane stays collapsed."""
    side, threads, conversation, panel = sizes
    added = width - sum(sizes)
    if added <= 0:
        return fit(list(sizes), limits)

    def take(wanted: int) -> int:
        nonlocal added
        given = max(0, min(added, wanted))
        added -= given
        return given

    threads += take(LIST_COMFORT - threads)
    conversation += take(CONVERSATION_COMFORT - conversation)
    if panel > 0:
        panel += take(limits.panel_preferred - panel)
    if side > 0:
        side += take(limits.side_preferred - side)
    to_list = added * LIST_SHARE // (LIST_SHARE + CONVERSATION_SHARE)
    return fit([side, threads + to_list, conversation + added - to_list, panel], limits)


class PaneFitter(QObject):
    """Keeps `splitter`'s side panes out of the list's way when the window gets narrower."""

    def __init__(self, splitter: QSplitter, limits: Callable[[], PaneLimits]) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._limits = limits  # asked each time: the sidebar's names change with its rows
        # after the splitter has shared out the new width by its stretch factors
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.apply)
        self._before: list[int] | None = None  # the sizes before a resize, once it starts
        splitter.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._splitter and event.type() == QEvent.Type.Resize:
            if self._before is None:  # the splitter has not shared out the new width yet
                self._before = self._splitter.sizes()
            self._later.start()
        elif obj is not self._splitter and event.type() == QEvent.Type.LayoutRequest:
            self._later.start()
        return False

    def watch(self, widget: QWidget) -> None:
        """Fit again when `widget`'s layout changes (its least width may have grown)."""
        widget.installEventFilter(self)

    def schedule(self, *_: object) -> None:
        """Fit again soon (the limits changed: new sidebar rows, their counts)."""
        self._later.start()

    def apply(self) -> None:
        """Fit the panes; a window that grew gives the added width as share_width() says
        (QSplitter alone would hand most of it to the list, the wider pane)."""
        before, self._before = self._before, None
        sizes = self._splitter.sizes()
        if len(sizes) != 4 or not any(sizes):
            return
        if before is not None and len(before) == 4 and any(before) and sum(sizes) > sum(before):
            fitted = share_width(before, sum(sizes), self._limits())
        else:
            fitted = fit(sizes, self._limits())
        if fitted != sizes:
            self._splitter.setSizes(fitted)
