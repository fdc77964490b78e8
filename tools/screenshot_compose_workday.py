"""Screenshots of the compose pane in the real window at the sizes a seller uses, in a
language, for a human to look at (issue 13: room to write, saved replies, blocked sends).

    .venv/bin/python tools/screenshot_compose_workday.py --out shots/ [--lang it] [--sizes 1024x700]

Each language runs in its own process (the system locale picks the translation). Writes,
at each size (-WxH-LANG.png): reply and pane (a draft with several findings), files (a
PDF and a refused program attached: the total counts the PDF only, the same PDF dropped
again is refused), sent and other-thread (the Undo line after Send, gone on the next
thread), reopened (the window opened again on the same settings: the thread it was on,
its draft checked again, the cursor at its end after R); at the first size also the
saved-reply editor, the compose settings and a blocked Ctrl+Enter.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tools.shot_pump import pump as _pump  # noqa: E402 (after the path insert / the QApplication)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
LOCALES = {"en": "en_US.UTF-8", "it": "it_IT.UTF-8", "ko": "ko_KR.UTF-8"}
DRAFT = {
    "en": (
        "Hello {buyer_name},\n\nthanks for your order! Visit www.myshop.com for 20% off "
        "your next one, or write to shop@example.com.\n\nKind regards,\n{seller_name}"
    ),
    "it": (
        "Ciao {buyer_name},\n\ngrazie per l'ordine! Visita www.myshop.com per il 20% di "
        "sconto, o scrivi a shop@example.com.\n\nCordiali saluti,\n{seller_name}"
    ),
    "ko": (
        "안녕하세요 {buyer_name}님,\n\n주문해 주셔서 감사합니다! www.myshop.com 에서 20% 할인 "
        "받으세요. shop@example.com\n\n{seller_name}"
    ),
}


def _later(seconds: float, action: object) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(int(seconds * 1000), action)  # type: ignore[arg-type]


def shoot(lang: str, sizes: list[tuple[int, int]], out: Path) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog

    from inbox_app.app import create_window, load_translations
    from inbox_app.store.demo import build_demo
    from inbox_app.store.migrate import open_store

    app = QApplication(sys.argv[:1])
    load_translations(app)
    tmp = Path(tempfile.mkdtemp(prefix="inbox-workday-"))
    url = f"sqlite:///{tmp / 'demo.sqlite3'}"
    store = open_store(url)
    build_demo(store, 300, seed=1, now=NOW)
    store.close()
    for n, (width, height) in enumerate(sizes):
        # each size as a first run: no splitter remembered from the size before
        fresh = tmp / f"settings-{width}x{height}"
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(fresh))
        window = create_window(url, clock=lambda: NOW)
        window.resize(width, height)
        window.show()
        _pump(1.0)
        window.move_selection(3 + n)
        _pump(1.0)
        pane = window.compose
        if pane is None:
            raise SystemExit("no compose pane")
        pane.ui.body.setPlainText(DRAFT[lang])
        _pump(1.5)
        tag = f"{width}x{height}-{lang}"
        window.grab().save(str(out / f"reply-{tag}.png"))
        pane.grab().save(str(out / f"pane-{tag}.png"))
        _files_shot(pane, tmp, out / f"files-{tag}.png")
        pane.attachments.clear()
        _sent_shots(window, out, tag)
        if n == 0:
            pane.send()  # blocked: the status line says why
            _pump(0.3)
            pane.grab().save(str(out / f"blocked-{tag}.png"))
            for name, open_dialog in _dialogs(pane).items():

                def grab(name: str = name, tag: str = tag) -> None:
                    for w in QApplication.topLevelWidgets():
                        if isinstance(w, QDialog) and w.isVisible():
                            w.grab().save(str(out / f"{name}-{tag}.png"))
                            w.reject()

                _later(1.0, grab)
                open_dialog()
        window.move_selection(1)
        _pump(0.8)
        pane.ui.body.setPlainText(DRAFT[lang])  # a draft with findings, left for next time
        _pump(1.5)
        window.close()
        _pump(0.3)
        again = create_window(url, clock=lambda: NOW)  # the same settings: where it left
        again.resize(width, height)
        again.show()
        _pump(2.0)
        again.ui.threads_view.setFocus()
        QTest.keyClick(again.ui.threads_view, Qt.Key.Key_R)  # reply: the cursor at the end
        _pump(0.5)
        again.grab().save(str(out / f"reopened-{tag}.png"))
        again.close()
        _pump(0.3)
    app.quit()


def _files_shot(pane: Any, tmp: Path, path: Path) -> None:
    """A PDF and a program named .pdf attached, then the same PDF again: the total counts
    the PDF only, and the second PDF is refused (the status line says so)."""
    pdf = tmp / "manual.pdf"
    from inbox_app.store.demo_files import pdf as one_page_pdf

    # a real PDF (the scanner refuses a header and zeros as damaged)
    pdf.write_bytes(one_page_pdf("Care instructions: hand wash cold, dry flat."))
    program = tmp / "invoice.pdf.exe"
    program.write_bytes(b"MZ" + b"\x00" * 4000)
    pane.attachments.add_paths([pdf, program])
    _pump(1.5)
    pane.attachments.add_paths([pdf])
    _pump(0.8)
    pane.window().grab().save(str(path))


def _sent_shots(window: Any, out: Path, tag: str) -> None:
    """Send a clean reply (the Undo line), then the next thread (no Undo line there)."""
    pane = window.compose
    pane.ui.body.setPlainText("Hello, your parcel left today and arrives on Friday.")
    _pump(1.5)
    pane.send()
    _pump(0.5)
    window.grab().save(str(out / f"sent-{tag}.png"))
    window.move_selection(1)
    _pump(1.0)
    window.grab().save(str(out / f"other-thread-{tag}.png"))
    window.move_selection(-1)
    _pump(0.8)
    pane.undo_send()
    _pump(0.5)


def _dialogs(pane: object) -> dict[str, object]:
    """The compose dialogs to shoot, by file name (each opened modally)."""
    found: dict[str, object] = {}
    for name, attr in (("replies", "edit_templates"), ("settings", "edit_settings")):
        action = getattr(pane, attr, None)
        if action is not None:
            found[name] = action
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="shots")
    parser.add_argument("--lang", default="en,it")
    parser.add_argument("--sizes", default="1024x700,1920x1080,2560x1440")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",")]
    if args.child:
        shoot(args.lang, sizes, out)  # type: ignore[arg-type]
        return 0
    for lang in args.lang.split(","):
        env = dict(os.environ, LANG=LOCALES[lang], LANGUAGE=lang,
                   INBOX_APP_DATA_DIR=tempfile.mkdtemp(prefix="inbox-workday-data-"))  # fmt: skip
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.pop("LC_ALL", None)
        subprocess.run(
            [sys.executable, __file__, "--out", str(out), "--lang", lang,
             "--sizes", args.sizes, "--child"],
            env=env, check=True,
        )  # fmt: skip
        print(f"{lang}: done")
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
