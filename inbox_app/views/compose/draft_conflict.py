"""`draftConflict`: another window (or seat) saved this draft while this pane was editing
it. Both texts are kept: the pane's stays in the editor, theirs is shown here, and the
seller chooses (keep mine, use theirs, or keep both, one after the other)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.colours import css
from inbox_app.services.drafts import DraftRow, both_texts
from inbox_app.views.theme import restyle_with_palette

KEEP_MINE, USE_THEIRS, KEEP_BOTH = "mine", "theirs", "both"

__all__ = ["KEEP_BOTH", "KEEP_MINE", "USE_THEIRS", "DraftConflictBar", "both_texts"]


class DraftConflictBar(QFrame):
    """Shown above the editor while the seller has not chosen; emits `chosen(action)`."""

    chosen = Signal(str)  # KEEP_MINE | USE_THEIRS | KEEP_BOTH

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftConflict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        restyle_with_palette(
            self,
            lambda pal: (
                f"#draftConflict {{ background: {css('banner', pal)}; "
                f"color: {pal.color(QPalette.ColorRole.WindowText).name()}; "
                f"border: 1px solid {css('banner_border', pal)}; border-radius: 4px; }}"
            ),
        )
        self.theirs: DraftRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(
            self.tr(
                "This draft was changed in another window. Yours is kept below; theirs is "
                "shown here. Choose which to keep:"
            )
        )
        self.label.setObjectName("draftConflictLabel")
        self.label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("draftConflictTheirs")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The text saved in the other window"))
        self.text.setMaximumHeight(self.text.fontMetrics().lineSpacing() * 5 + 12)
        buttons = QHBoxLayout()
        self.mine_button = self._button("draftKeepMine", self.tr("Keep mine"), KEEP_MINE)
        self.theirs_button = self._button("draftUseTheirs", self.tr("Use theirs"), USE_THEIRS)
        self.both_button = self._button("draftKeepBoth", self.tr("Keep both"), KEEP_BOTH)
        self.both_button.setToolTip(self.tr("Their text is added below yours"))
        buttons.addStretch(1)
        for b in (self.mine_button, self.theirs_button, self.both_button):
            buttons.addWidget(b)
        layout.addWidget(self.label)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def _button(self, name: str, text: str, action: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda: self.chosen.emit(action))
        return b

    @property
    def active(self) -> bool:
        return not self.isHidden()

    def show_theirs(self, theirs: DraftRow | None) -> None:
        self.theirs = theirs
        if theirs is None:
            self.text.setPlainText(self.tr("(the other window discarded the draft)"))
        else:
            self.text.setPlainText(f"{theirs.subject}\n\n{theirs.body}")
        self.show()

    def clear(self) -> None:
        self.theirs = None
        self.hide()
