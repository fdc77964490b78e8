"""The real window at 200 %: every icon the toolbar, the sidebar and the tabs show is
drawn for the device pixel ratio (not a 1x pixmap blown up), and the whole window,
opened in a process with QT_SCALE_FACTOR=2, grabs at twice its size."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QToolButton, QWidget

ROOT = Path(__file__).resolve().parents[3]


def _drawn_at_2x(icon: QIcon, what: str) -> None:
    assert not icon.isNull(), what
    double = icon.pixmap(QSize(16, 16), 2.0)
    assert double.devicePixelRatio() == 2.0, what
    assert (double.width(), double.height()) == (32, 32), what
    single = icon.pixmap(QSize(16, 16), 1.0).toImage().scaled(32, 32)
    assert single.convertToFormat(double.toImage().format()) != double.toImage(), (
        f"{what}: a 1x pixmap blown up"
    )


def test_toolbar_sidebar_and_tab_icons_are_drawn_for_dpr_2(
    main_window: Callable[..., QWidget],
) -> None:
    window = main_window(threads=20)
    ui = window.ui  # type: ignore[attr-defined]
    buttons = [b for b in ui.toolbar.findChildren(QToolButton) if b.defaultAction()]
    assert buttons
    for button in buttons:
        _drawn_at_2x(button.icon(), f"toolbar {button.text()}")
    model = ui.sidebar.model()
    assert model.rowCount() > 3
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        icon = model.data(index, Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon), f"sidebar row {row}"
        _drawn_at_2x(icon, f"sidebar {model.data(index)}")
    for n in range(ui.tabs.count()):
        if not ui.tabs.tabIcon(n).isNull():
            _drawn_at_2x(ui.tabs.tabIcon(n), f"tab {ui.tabs.tabText(n)}")
    _drawn_at_2x(window.windowIcon(), "window icon")


SCRIPT = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from inbox_app.store.demo import build_demo
from inbox_app.store.migrate import open_store
from inbox_app.app import create_window
url = f"sqlite:///{Path(sys.argv[1]) / 'demo.sqlite3'}"
store = open_store(url)
now = datetime(2026, 11, 23, 12, tzinfo=UTC)
build_demo(store, 20, seed=1, now=now)
window = create_window(url, clock=lambda: now, store=store)
window.resize(1280, 800)
window.show()
for _ in range(20):
    app.processEvents()
shot = window.grab()
print(window.devicePixelRatio(), shot.devicePixelRatio(), shot.width(), shot.height())
window.close()
"""


def test_the_whole_window_grabs_at_twice_its_size_at_200_percent(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2",
               XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], env=env, cwd=ROOT,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    window_dpr, shot_dpr, width, height = done.stdout.split()[-4:]
    assert (float(window_dpr), float(shot_dpr)) == (2.0, 2.0)
    assert (int(width), int(height)) == (2560, 1600)
