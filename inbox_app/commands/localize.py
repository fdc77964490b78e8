"""The terminal in the system's language: the commands' own sentences (`translate("Cli",
…)`, through each command module's `_tr`) and the error sentences of Amazon, the store and
the mail side as the window shows them. The app's catalogue is loaded into a QtCore
application on first use (only when there is a sentence to say; no window, no widgets).
Tab-separated listings and JSON stay as they are: scripts read them."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inbox_app.policy.types import Finding


@cache
def _catalogue() -> bool:
    from importlib import resources

    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    locale = QLocale.system()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return False  # the sentences are English already: no application needed
    folder = resources.files("inbox_app.resources") / "translations"
    translator = QTranslator()
    if not translator.load(locale, "inbox_app", "_", str(folder)):
        return False
    app = QCoreApplication.instance() or QCoreApplication([])
    app.installTranslator(translator)
    _keep.append((app, translator))
    return True


_keep: list[object] = []  # the application and its translator live as long as the CLI


def translate(context: str, text: str) -> str:
    """`text` (an English source string of `context`) in the system's language."""
    if not _catalogue():
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def terminal_text(error: BaseException | str) -> str:
    """The error's sentence (or a stored one) in the system's language."""
    text = error if isinstance(error, str) else str(error)
    if not _catalogue():
        return text
    from inbox_app.models.known_sentences import known_error_text, known_sentence_text

    return known_sentence_text(text) if isinstance(error, str) else known_error_text(error)


def report_text(text: str) -> str:
    """An order report's refusal or a skipped row's reason in the system's language."""
    if not _catalogue():
        return text
    from inbox_app.models.known_sentences import report_text as shown

    return shown(text)


def finding_text(finding: Finding) -> str:
    """A checker's finding in the system's language (the window's sentence for it)."""
    if not _catalogue():
        return finding.message
    from inbox_app.models.findings_model import finding_text as shown

    return shown(finding)


def width(text: str) -> int:
    """How many terminal columns `text` takes (a wide CJK character takes two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def aligned(rows: Mapping[str, str]) -> list[str]:
    """`label: value` lines, the values in one column whatever the labels' language."""
    widest = max((width(label) for label in rows), default=0)
    return [f"{label}:{' ' * (widest - width(label) + 1)}{value}" for label, value in rows.items()]


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A header and rows in columns as wide as their widest cell (in terminal columns, so
    that Italian or Korean headings line up too): the first column left, the others right."""
    widths = [max(width(row[i]) for row in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        padded = [
            cell + " " * (w - width(cell)) if i == 0 else " " * (w - width(cell)) + cell
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return " ".join(padded).rstrip()

    return [line(header), *(line(row) for row in rows)]
