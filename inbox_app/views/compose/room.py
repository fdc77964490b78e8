"""How the conversation's splitter shares its height between the messages and the reply:
the reply takes the room it needs (lines to write in, more as the draft grows), the
conversation keeps the rest, and a split the seller chose by dragging is kept, also after
a restart (CHOSEN_SETTING)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QSplitter, QWidget

from inbox_app.views.compose.pane import ComposePane

CHOSEN_SETTING = "compose/chosen_height"  # px the seller dragged the reply to: kept


def _height(value: object) -> int:
    """A saved height in px, or 0 (none saved, or not a number)."""
    try:
        return max(0, int(str(value)))
    except ValueError:
        return 0


class ComposeRoom(QObject):
    """Sizes the compose pane in `splitter` (below the conversation), unless the seller
    dragged the split, in this run or an earlier one."""

    BODY_LINES = 6  # what the reply box keeps to write in at every size
    COMFORT_LINES = 12  # ... and where the conversation still keeps CONVERSATION_SHARE
    CONVERSATION_SHARE = 0.5  # what the conversation keeps of the height, the draft short
    DRAFT_SHARE = 0.6  # the most a long draft takes before its box scrolls ...
    READING_LINES = 20  # ... as long as the conversation keeps this much (two cards)
    CONVERSATION_LINES = 5  # what the conversation keeps, whatever the draft or the findings

    def __init__(
        self,
        splitter: QSplitter,
        slot: QWidget,
        pane: ComposePane,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(slot)
        self.splitter = splitter
        self.pane = pane
        self._settings = settings
        self._chosen_height = _height(None if settings is None else settings.value(CHOSEN_SETTING))
        self._restored = self._chosen_height > 0
        self._shown = False
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)  # a chosen split: the pane keeps its height
        self._slot = slot
        self._again = QTimer(self)  # once a resize, a layout or an edit settles
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self.fit)
        splitter.installEventFilter(self)
        pane.installEventFilter(self)  # findings shown or gone: the pane's needs change
        pane.ui.body.textChanged.connect(self._again.start)  # a longer draft, more room
        splitter.splitterMoved.connect(self._chosen)
        if slot.isVisible():
            QTimer.singleShot(0, self, self._first_show)
        else:
            slot.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._slot and event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._first_show)
        elif (watched, event.type()) in (
            (self.splitter, QEvent.Type.Resize),
            (self.pane, QEvent.Type.LayoutRequest),
            (self.pane, QEvent.Type.Resize),  # the window restored its saved sizes
        ):
            self._again.start()
        return False

    def _chosen(self, *_: object) -> None:
        self._restored = True  # the seller's own split from now on: kept as it is
        self._chosen_height = self.splitter.sizes()[-1]
        if self._settings is not None:
            self._settings.setValue(CHOSEN_SETTING, self._chosen_height)

    def _first_show(self) -> None:
        self._shown = True
        self.fit()

    def pane_height(self, total: int) -> int:
        """The pane's height in a splitter `total` px tall: BODY_LINES to write in (after
        the findings and the rest of the pane), up to COMFORT_LINES while the conversation
        keeps its share, and as many as a longer draft fills, up to DRAFT_SHARE while the
        conversation keeps READING_LINES; the conversation always keeps CONVERSATION_LINES."""
        body = self.pane.ui.body
        lines = body.fontMetrics().lineSpacing()
        frame = body.height() - body.viewport().height()
        margin = 2 * int(body.document().documentMargin())
        rest = self.pane.minimumSizeHint().height() - body.minimumSizeHint().height()
        chrome = rest + frame + margin

        def with_lines(n: float) -> int:
            return chrome + int(n * lines)

        least = with_lines(self.BODY_LINES)
        comfort = min(with_lines(self.COMFORT_LINES), int(total * (1 - self.CONVERSATION_SHARE)))
        written = body.document().documentLayout().documentSize().height()
        grown = min(int(total * self.DRAFT_SHARE), total - lines * self.READING_LINES)
        draft = min(with_lines(written + 1), grown)
        pane = min(max(least, comfort, draft), total - lines * self.CONVERSATION_LINES)
        return max(pane, self.pane.minimumSizeHint().height())

    def fit(self) -> None:
        """Give the pane its height (the seller's own, if they dragged the split, as long
        as the conversation keeps CONVERSATION_LINES); a conversation read to its end
        stays at its end."""
        sizes = self.splitter.sizes()
        if not self._shown or len(sizes) != 2 or sum(sizes) <= 0:
            return
        total = sum(sizes)
        if self._restored:  # the seller's height, as long as the conversation keeps its least
            least = self.pane.ui.body.fontMetrics().lineSpacing() * self.CONVERSATION_LINES
            room = max(total - least, self.pane.minimumSizeHint().height())
            pane = min(self._chosen_height, room)
        else:
            pane = self.pane_height(total)
        if abs(sizes[1] - pane) <= 1:
            return
        above = self.splitter.widget(0)
        bar = above.verticalScrollBar() if isinstance(above, QAbstractScrollArea) else None
        at_end = bar is not None and bar.value() >= bar.maximum()
        self.splitter.setSizes([total - pane, pane])
        if bar is not None and at_end:
            bar.setValue(bar.maximum())
