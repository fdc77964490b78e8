"""Finding spans on screen: Python string indices to Qt's UTF-16 positions, wavy underlines
in the body (extra selections) and in the one-line subject (a painted overlay)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from inbox_app.models.findings_model import severity_colour
from inbox_app.policy.types import Finding


def utf16_index(text: str, index: int) -> int:
    """Qt counts UTF-16 code units: an emoji before `index` moves it by one more."""
    index = max(0, min(index, len(text)))
    prefix = text[:index]
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def py_index(text: str, index16: int) -> int:
    """The Python string index of a Qt (UTF-16) position."""
    units = 0
    for i, ch in enumerate(text):
        if units >= index16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def spans_for(findings: Sequence[Finding], field: str) -> list[tuple[int, int, str]]:
    """(start, end, severity) of the findings that point into `field` at real text."""
    return [(f.start, f.end, f.severity) for f in findings if f.field == field and f.end > f.start]


def select_span(widget: QLineEdit | QPlainTextEdit, start: int, end: int) -> None:
    """Select [start, end) (Python indices) in the widget and give it the focus."""
    if isinstance(widget, QLineEdit):
        text = widget.text()
        a, b = utf16_index(text, start), utf16_index(text, end)
        widget.setSelection(a, b - a)
    else:
        text = widget.toPlainText()
        a, b = utf16_index(text, start), utf16_index(text, end)
        cursor = widget.textCursor()
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def underline_body(edit: QPlainTextEdit, findings: Sequence[Finding]) -> int:
    """Wavy-underline the body's findings; the cursors then follow later edits by
    themselves until the next check. Returns how many spans were marked."""
    text = edit.toPlainText()
    doc_len = edit.document().characterCount() - 1
    selections = []
    for start, end, severity in spans_for(findings, "body"):
        a, b = utf16_index(text, start), utf16_index(text, end)
        if a >= doc_len:
            continue
        cursor = QTextCursor(edit.document())
        cursor.setPosition(a)
        cursor.setPosition(min(b, doc_len), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.WaveUnderline
            if severity != "info"
            else QTextCharFormat.UnderlineStyle.DotLine
        )
        fmt.setUnderlineColor(severity_colour(severity))
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        sel.format = fmt
        selections.append(sel)
    edit.setExtraSelections(selections)
    return len(selections)


class SubjectUnderline(QWidget):
    """A transparent child of the subject line edit that paints wavy lines under spans.

    Positions come from the line edit's own cursor rectangle plus font advances, so
    horizontal scrolling of a long subject is followed.
    """

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._spans: list[tuple[int, int, str]] = []
        self._text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("subjectUnderline")
        edit.installEventFilter(self)
        edit.textChanged.connect(self._text_changed)
        edit.cursorPositionChanged.connect(lambda *_: self.update())
        self.resize(edit.size())

    def spans(self) -> list[tuple[int, int, str]]:
        return list(self._spans)

    def set_findings(self, findings: Sequence[Finding], checked_text: str) -> None:
        self._text = checked_text
        self._spans = spans_for(findings, "subject")
        self.update()

    def _text_changed(self, text: str) -> None:
        # stale until the next check: hide rather than underline the wrong letters
        if text != self._text:
            self._spans = []
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.Resize:
            self.resize(self._edit.size())
        return False

    def _x_of(self, index: int) -> float:
        edit = self._edit
        fm = edit.fontMetrics()
        text = edit.text()
        cur = py_index(text, edit.cursorPosition())
        base = edit.cursorRect().center().x()
        if index >= cur:
            return base + fm.horizontalAdvance(text[cur:index])
        return base - fm.horizontalAdvance(text[index:cur])

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._spans:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        y = self._edit.cursorRect().bottom() - 1
        left, right = 2.0, float(self.width() - 2)
        for start, end, severity in self._spans:
            x0 = max(left, self._x_of(start))
            x1 = min(right, self._x_of(end))
            if x1 <= x0:
                continue
            path = QPainterPath(QPointF(x0, y))
            x, up = x0, True
            while x < x1:
                x = min(x + 2.0, x1)
                path.lineTo(QPointF(x, y - 2 if up else y))
                up = not up
            p.setPen(QPen(severity_colour(severity), 1.2))
            p.drawPath(path)
        p.end()
