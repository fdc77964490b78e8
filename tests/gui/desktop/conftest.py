"""Desktop tests change the application's palette (dark mode): each restores it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _restore_palette(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)
    QGuiApplication.styleHints().unsetColorScheme()
