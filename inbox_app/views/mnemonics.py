"""Alt+letter on every label and button of a dialog, in every language.

The mnemonics the texts and their translations give ("&Server:", "서버(&S):") are kept;
a clash or a missing one (Qt's own Cancel and Close, a dialog Qt builds) is filled in the
way KDE's accelerator manager does: the first letter of a word that is still free, then
any free letter, then "(&X)" before the closing colon or ellipsis for a text with no
Latin letter (the usual style in Korean). A grid of check boxes (the marketplaces) is
reached through its group's mnemonic instead of one letter each.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QToolButton,
    QWidget,
)

GRID = 6  # a group of at least this many check boxes is one stop for the keyboard
_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"
_TAIL = re.compile(r"(\s*(?:[:：]|…|\.\.\.)\s*)$")
_APPENDED = re.compile(r"\s?\(&(?!&)(\w)\)")
# Hangul, kana and CJK: the letter is added after the text, not picked inside it
_ASIAN = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7a3]")


def mnemonic_of(text: str) -> str | None:
    """The (lower-case) letter after the single `&` in `text`, if there is one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def strip_mnemonic(text: str) -> str:
    """`text` as it is read out: "(&K)" dropped, "&" removed, "&&" one ampersand."""
    return _APPENDED.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def is_grid_choice(widget: QWidget) -> bool:
    """A check box of a grid of choices (its group box carries the mnemonic)."""
    parent = widget.parentWidget()
    return (
        isinstance(widget, QCheckBox)
        and isinstance(parent, QGroupBox)
        and len(parent.findChildren(QCheckBox)) >= GRID
    )


def _text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QGroupBox):
        widget.setTitle(text)
    elif isinstance(widget, QLabel | QAbstractButton):
        widget.setText(text)


def targets(dialog: QDialog) -> list[QWidget]:
    """The labels, buttons and group boxes of `dialog` that take a mnemonic, in order."""
    out: list[QWidget] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or not _text(widget).strip():
            continue
        if isinstance(widget, QLabel):
            if widget.buddy() is not None:
                out.append(widget)
        elif isinstance(widget, QGroupBox):
            if widget.isCheckable() or len(widget.findChildren(QCheckBox)) >= GRID:
                out.append(widget)
        elif isinstance(widget, QAbstractButton):
            if isinstance(widget.parentWidget(), QTabBar) or is_grid_choice(widget):
                continue
            if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
                continue
            out.append(widget)
    return out


def _hint(widget: QWidget) -> str:
    """The English name of a standard button ("Cancel" -> c), whatever the language."""
    box = widget.parentWidget()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parentWidget()
    if isinstance(box, QDialogButtonBox) and isinstance(widget, QAbstractButton):
        standard = box.standardButton(widget)
        if standard != QDialogButtonBox.StandardButton.NoButton:
            return (standard.name or "")[:1].lower()
    return ""


def _with_mnemonic(text: str, used: set[str], hint: str) -> str | None:
    plain = strip_mnemonic(text).replace("&", "&&")
    starts = [m.start() for m in re.finditer(r"\b\w", plain)]
    order = [i for i in starts if plain[i].lower() == hint]
    order += starts + list(range(len(plain)))
    if _ASIAN.search(plain):
        order = []
    for i in order:
        ch = plain[i].lower()
        if ch in _LETTERS and ch not in used and (i == 0 or plain[i - 1] != "&"):
            used.add(ch)
            return f"{plain[:i]}&{plain[i:]}"
    for ch in hint + _LETTERS:
        if ch and ch not in used:
            used.add(ch)
            tail = _TAIL.search(plain)
            cut = tail.start() if tail else len(plain)
            return f"{plain[:cut]}(&{ch.upper()}){plain[cut:]}"
    return None


def assign_mnemonics(dialog: QDialog) -> None:
    """Give every label and button of `dialog` a mnemonic of its own."""
    widgets = targets(dialog)
    used: set[str] = set()
    missing: list[QWidget] = []
    for widget in widgets:
        letter = mnemonic_of(_text(widget))
        if letter is None or letter in used:
            missing.append(widget)
        else:
            used.add(letter)
    missing.sort(key=lambda w: not _hint(w))  # OK, Save, Cancel first: the most used
    for widget in missing:
        text = _with_mnemonic(_text(widget), used, _hint(widget))
        if text is not None:
            _set_text(widget, text)
