"""GUI test fixtures: private QSettings, small deterministic demo stores, the real window.

Generic on purpose (the compose tests use them too): `qsettings_tmp` (autouse),
`clock`, `demo_store(threads=…)`, `main_window(threads=…)`, `type_text`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from inbox_app.store.migrate import Store, open_store
from tests.helpers.clock import DEMO_NOW, FakeClock

TRANSLATIONS = Path(str(resources.files("inbox_app.resources") / "translations"))


@pytest.fixture(autouse=True)
def qsettings_tmp(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """Point every QSettings (INI, user and system scope) into the test's tmp dir.

    It also makes sure a QApplication exists before any model starts a timer.
    """
    folder = tmp_path / "qsettings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
    yield folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def _demo_templates(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """Demo stores built once per size per session (same seed, same `now`)."""
    from inbox_app.store.demo import build_demo

    built: dict[int, Path] = {}

    def get(threads: int) -> Path:
        if threads not in built:
            path = tmp_path_factory.mktemp(f"demo{threads}") / "demo.sqlite3"
            store = open_store(f"sqlite:///{path}")
            build_demo(store, threads, seed=1, now=DEMO_NOW)
            store.close()
            built[threads] = path
        return built[threads]

    return get


@pytest.fixture
def demo_store(
    _demo_templates: Callable[[int], Path], tmp_path: Path
) -> Iterator[Callable[..., Store]]:
    """`demo_store(threads=300)`: a private copy of a deterministic demo store, opened."""
    opened: list[Store] = []

    def make(threads: int = 300) -> Store:
        src = _demo_templates(threads)
        folder = tmp_path / f"store{len(opened)}"
        folder.mkdir()
        dst = folder / "inbox.sqlite3"
        shutil.copyfile(src, dst)
        attachments = src.with_name(src.stem + "-attachments")
        if attachments.exists():
            shutil.copytree(attachments, dst.with_name(dst.stem + "-attachments"))
        store = open_store(f"sqlite:///{dst}")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def main_window(
    qtbot: object, demo_store: Callable[..., Store], clock: FakeClock
) -> Iterator[Callable[..., QWidget]]:
    """`main_window(threads=300)`: the real window (create_window) over a demo store, shown."""
    from inbox_app.app import app_settings, create_window

    windows: list[QWidget] = []

    def make(threads: int = 300, store: Store | None = None, show: bool = True) -> QWidget:
        store = store or demo_store(threads=threads)
        window = create_window(store.url, clock=clock, settings=app_settings(), store=store)
        windows.append(window)
        if show:
            with qtbot.waitActive(window):  # type: ignore[attr-defined]
                window.show()
                window.activateWindow()  # shortcuts need the active window
        return window

    yield make
    for window in windows:
        window.close()
        window.runner.wait()  # type: ignore[attr-defined]
        window.deleteLater()
    QApplication.processEvents()


def _type_text(widget: QWidget, text: str) -> None:
    """Type any text (QTest.keyClicks aborts on non-ASCII; TESTING-NOTES §4)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    return _type_text


@pytest.fixture
def install() -> Iterator[object]:
    """`install("it")`: our shipped translator in the running QApplication, until the end
    of the test (installed before the widgets are built: they translate when built)."""
    installed: list[QTranslator] = []

    def load(lang: str) -> QTranslator:
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"inbox_app_{lang}.qm"))
        assert QCoreApplication.installTranslator(translator)
        installed.append(translator)
        return translator

    yield load
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QApplication.processEvents()  # the LanguageChange events, before the next test


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The refusal dialog's text, with "Quit" chosen (test_store_refused drives it for real)."""
    from inbox_app.views import store_refused

    shown: list[str] = []
    monkeypatch.setattr(
        store_refused, "choose_store", lambda message, *a, **k: shown.append(message)
    )
    return shown
