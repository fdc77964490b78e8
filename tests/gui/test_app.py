"""Start-up: a database the app cannot open is a clear message and exit code 2."""

from __future__ import annotations

from pathlib import Path

from inbox_app import app


def test_a_corrupt_database_is_a_message_and_exit_code_2(
    qapp, tmp_path: Path, shown_errors, capsys
):
    bad = tmp_path / "inbox.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    assert app.run(db=str(bad), demo=False) == app.EXIT_STORE_ERROR
    assert len(shown_errors) == 1 and "damaged" in shown_errors[0]
    assert "Traceback" not in capsys.readouterr().err
    assert bad.read_bytes().startswith(b"SQLite format 3\x00" + b"\xff" * 16), "left untouched"


def test_a_file_that_is_not_a_database_is_refused(qapp, tmp_path: Path, shown_errors):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    assert app.run(db=str(bad), demo=False) == app.EXIT_STORE_ERROR
    assert "not a Seller Inbox database" in shown_errors[0]


def test_a_too_new_database_is_refused(qapp, db_path: Path, shown_errors):
    import sqlite3

    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    assert app.run(db=str(db_path), demo=False) == app.EXIT_STORE_ERROR
    assert "newer version" in shown_errors[0]


def test_run_shows_the_window_and_returns_the_loop_exit_code(qapp, db_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    seen = []

    def fake_exec(self: QApplication) -> int:
        # (a real exec() + quit() would leave Qt's quit flag set for later tests' loops)
        seen.extend(w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app.run(db=str(db_path), demo=False) == 0
    assert "mainWindow" in seen


def test_translations_load_without_error(qapp):
    from PySide6.QtCore import QCoreApplication

    loaded = app.load_translations(qapp)  # (no .qm of ours for most locales: that is fine)
    # our English plural forms load whatever the locale ("1 message", not "1 message(s)")
    assert any(t.filePath().endswith("inbox_app_en.qm") for t in loaded)
    source = (
        "%n message(s) may have been sent: open the conversation to resend, "
        "mark as sent or discard."
    )
    said = QCoreApplication.translate("SyncController", source, None, 1)
    assert said.startswith("1 message may have been sent")


def test_demo_mode_builds_the_demo_store_once(qapp, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from inbox_app.settings import demo_db_path

    counts = []

    def fake_exec(self: QApplication) -> int:
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        )
        counts.append(window.models.threads.rowCount())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert not demo_db_path().exists()
    assert app.run(db=None, demo=True) == 0
    assert demo_db_path().stat().st_size > 0 and counts[0] > 0
    mtime = demo_db_path().stat().st_mtime_ns
    assert app.run(db=None, demo=True) == 0
    assert counts[1] == counts[0]
    assert demo_db_path().stat().st_mtime_ns >= mtime
