"""A store refused at start-up: the terminal sees the sentence on stderr before the
dialog waits, and the dialog offers another file or the default store, not only OK."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from inbox_app import app
from inbox_app.settings import default_db_path
from inbox_app.store.migrate import Store


def _stranger(tmp_path: Path) -> Path:
    path = tmp_path / "photos.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    con.close()
    return path


def _drive(answer: Callable[[QMessageBox | QFileDialog], bool], seen: list[str]) -> None:
    """Answer the modal dialogs as a seller would, as soon as each one is up. A dialog
    that comes up after the answers are done is recorded and closed, so a wrong turn
    fails the test instead of leaving a modal dialog waiting forever."""
    ticks = [0]

    def step() -> None:
        ticks[0] += 1
        w = QApplication.activeModalWidget()
        if isinstance(w, (QMessageBox, QFileDialog)):
            if "done" in seen:
                seen.append(f"unexpected {w.objectName()}")
                w.close()
            else:
                try:
                    if answer(w):
                        seen.append(w.objectName())
                except BaseException as exc:
                    seen.extend([f"failed: {exc!r}", "done"])
                    w.close()
                    raise
        if ticks[0] < 3000:  # 30 s at most
            QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)


def _fake_loop(monkeypatch: pytest.MonkeyPatch, opened: list[str]) -> None:
    def body(self: QApplication) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
        opened.append(window.windowTitle())
        return 0

    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: None))
    monkeypatch.setattr(QApplication, "exec", body)


def test_refused_store_is_on_stderr_first_and_another_file_can_be_chosen(
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    demo_store: Callable[..., Store],
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    good = demo_store(threads=30)
    good_path = good.url.removeprefix("sqlite:///")
    good.close()
    stranger = _stranger(tmp_path)
    seen: list[str] = []
    stderr_while_asking: list[str] = []

    def answer(w: QMessageBox | QFileDialog) -> bool:
        if w.objectName() == "storeRefusedBox":
            stderr_while_asking.append(capfd.readouterr().err)
            assert "another program's database" in w.text()
            assert w.findChild(QPushButton, "openDefaultStore") is not None
            button = w.findChild(QPushButton, "chooseOtherStore")
            assert button is not None
            button.click()
            return True
        if w.objectName() == "storeFileDialog":
            # typed into the file name box, as a seller would (selectFile() is undone
            # when the dialog's asynchronous folder model finishes loading)
            name_box = w.findChild(QLineEdit, "fileNameEdit")
            assert name_box is not None
            name_box.setText(good_path)
            if w.selectedFiles() != [good_path]:
                return False  # not taken yet: try again next tick
            w.accept()
            seen.append("done")
            return True
        return False

    _drive(answer, seen)
    opened: list[str] = []
    _fake_loop(monkeypatch, opened)
    assert app.run(db=str(stranger), demo=False) == 0
    assert [s for s in seen if s != "done"] == ["storeRefusedBox", "storeFileDialog"], seen
    assert f"inbox-app: {stranger} is another program's database" in stderr_while_asking[0]
    assert len(opened) == 1  # the window opened, on the chosen store
    assert sqlite3.connect(stranger).execute("SELECT name FROM sqlite_master").fetchall() == [
        ("photos",)
    ]


def test_the_default_store_can_be_chosen(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def answer(w: QMessageBox | QFileDialog) -> bool:
        if w.objectName() != "storeRefusedBox":
            return False
        button = w.findChild(QPushButton, "openDefaultStore")
        assert button is not None
        button.click()
        seen.append("done")
        return True

    _drive(answer, seen)
    opened: list[str] = []
    _fake_loop(monkeypatch, opened)
    assert app.run(db=str(_stranger(tmp_path)), demo=False) == 0
    assert len(opened) == 1 and default_db_path().exists()


def _refusal_text(monkeypatch: pytest.MonkeyPatch, db: str | None) -> tuple[str, bool]:
    """What the refusal dialog says (and whether it offers the default store), Quit chosen."""
    shown: list[tuple[str, bool]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.findChild(QPushButton, "openDefaultStore") is not None))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app.run(db=db, demo=False) == app.EXIT_STORE_ERROR
    assert len(shown) == 1
    return shown[0]


def test_without_db_the_refusal_does_not_speak_of_db(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """No --db given: the default store itself is another program's file. The dialog and
    stderr say the way on the window offers (another file), not the command line's --db."""
    default = default_db_path()
    default.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(default)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    con.close()
    text, offers_default = _refusal_text(monkeypatch, None)
    assert "another program's database" in text
    assert "--db" not in text and text.endswith("Choose another file.")
    assert not offers_default  # it is the default store that was refused
    err = capfd.readouterr().err
    assert f"inbox-app: {text}" in err and "--db" not in err


def test_with_db_the_refusal_offers_what_its_buttons_do(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    text, offers_default = _refusal_text(monkeypatch, str(_stranger(tmp_path)))
    assert "--db" not in text
    assert text.endswith("Choose another file, or open the default store.") and offers_default
    assert "--db" not in capfd.readouterr().err


def test_the_command_line_still_says_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from inbox_app.cli import main

    assert main(["account", "list", "--db", str(_stranger(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert "another program's database" in err and err.strip().endswith(
        "Choose another file with --db."
    )
