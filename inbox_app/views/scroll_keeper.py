"""Keeps the conversation's scroll where the window put it (a card's top, or a position
kept across a rebuild of the cards) through every later change of the cards' layout or the
viewport's height, until the seller scrolls: the reply room moving the split, a resize,
cards that finish their layout late."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget

CARD_MARGIN = 8  # px above a kept card: the top of its frame stays in sight


class ScrollKeeper(QObject):
    """Holds `area`'s vertical scroll at a card (keep_card) or a value (keep_value) until
    the seller scrolls (release); `host` is the widget the area scrolls."""

    def __init__(self, area: QScrollArea, host: QWidget) -> None:
        super().__init__(area)
        self._area = area
        self._card: QWidget | None = None
        self._value: int | None = None
        self._again = QTimer(self)  # once the layout that a resize started has settled
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self.apply)
        bar = area.verticalScrollBar()
        bar.rangeChanged.connect(self.apply)
        bar.actionTriggered.connect(self.release)  # wheel, keys, the bar's arrows and page
        bar.sliderPressed.connect(self.release)
        area.viewport().installEventFilter(self)
        host.installEventFilter(self)

    def keep_card(self, card: QWidget | None) -> None:
        """Hold `card`'s top in view (and as much of what follows it as fits)."""
        self._card, self._value = card, None
        self._again.start()

    def keep_value(self, value: int) -> None:
        """Hold the scroll at `value` (as far as the range allows)."""
        self._card, self._value = None, value
        self._again.start()

    def release(self, *_: object) -> None:
        """The seller's own scrolling wins from now on."""
        self._card = self._value = None

    def kept_card(self) -> QWidget | None:
        return self._card

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.apply()
            self._again.start()
        return False

    def apply(self, *_: object) -> None:
        bar = self._area.verticalScrollBar()
        if self._card is not None:
            wanted = self._card.y() - CARD_MARGIN
        elif self._value is not None:
            wanted = self._value
        else:
            return
        bar.setValue(min(max(0, wanted), bar.maximum()))
