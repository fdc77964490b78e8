"""The window's memory: the clients and parsers a window may never use (the SP-API's HTTP
client, the IMAP client, Pillow, libmagic, and on a SQLite store the PostgreSQL driver)
are imported on first use, not with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LATE = ("httpx", "imapclient", "PIL", "magic", "psycopg", "psycopg_binary")

CODE = r"""
import sys
from PySide6.QtWidgets import QApplication
from inbox_app.app import create_window
app = QApplication(sys.argv[:1])
window = create_window(sys.argv[1])
window.show()
app.processEvents()
assert window.compose is not None and window.mail is not None  # every pane is built
late = sys.argv[2].split(",")
print(",".join(sorted({m.split(".")[0] for m in sys.modules} & set(late))) or "none")
window.close()
"""


def _run_python(args: list[str], tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """`python args` headless with its own settings folder; it must exit cleanly."""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"), **extra
    )
    out = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out


def test_the_window_leaves_the_clients_and_file_parsers_for_later(tmp_path: Path) -> None:
    from inbox_app.store.migrate import open_store

    db = tmp_path / "inbox.sqlite3"
    open_store(f"sqlite:///{db}").close()
    out = _run_python(["-c", CODE, f"sqlite:///{db}", ",".join(LATE)], tmp_path)
    assert out.stdout.strip().splitlines()[-1] == "none"


def test_the_first_page_of_a_sqlite_store_is_painted_before_sqlalchemy_loads(
    demo_store, tmp_path: Path
) -> None:
    # the real entry on an existing store: the thread list's first page is read by the
    # stdlib first-page reader, SQLAlchemy (~0.6 s of imports) loads after the paint
    store = demo_store(threads=60)
    path = store.url.removeprefix("sqlite:///")
    store.close()
    root = Path(__file__).resolve().parents[2]
    out = _run_python(
        ["-m", "inbox_app", "--db", path],
        tmp_path,
        PYTHONPATH=str(root),
        INBOX_APP_EXIT_AFTER_FIRST_PAINT="1",
    )
    line = next(x for x in out.stdout.splitlines() if x.startswith("FIRST_PAINT"))
    fields = dict(f.split("=", 1) for f in line.split()[2:] if "=" in f)
    assert int(fields["rows"]) > 0
    assert fields["sqlalchemy"] == "0", line
