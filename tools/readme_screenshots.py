"""The README's screenshots, taken of the real window offscreen: the first-run guide and
the inbox with a draft being checked, in light and dark, in English, Italian and Korean.

    .venv/bin/python tools/readme_screenshots.py [--out docs/screenshots]

Each language runs in its own process (the system locale picks the translation, as it
does for users); inside it, each theme is applied through Settings › Appearance.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
LOCALES = {"en": "en_US.UTF-8", "it": "it_IT.UTF-8", "ko": "ko_KR.UTF-8"}
# (language, theme) pairs that go into the README
SHOTS = (("en", "light"), ("en", "dark"), ("it", "light"), ("ko", "dark"))
DRAFT = {
    "en": "Thanks for your order! Visit www.myshop.com for 20% off your next one.",
    "it": "Grazie per l'ordine! Visita www.myshop.com per il 20% di sconto.",
    "ko": "주문해 주셔서 감사합니다! www.myshop.com 에서 20% 할인 받으세요.",
}


def _pump(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def shoot(lang: str, themes: list[str], out: Path) -> None:
    """In this process (its locale already set): the guide and the inbox per theme."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from inbox_app.app import create_window, load_translations
    from inbox_app.store.demo import build_demo
    from inbox_app.store.migrate import open_store
    from inbox_app.views.desktop_shell import install_desktop

    app = QApplication(sys.argv[:1])
    load_translations(app)
    tmp = Path(tempfile.mkdtemp(prefix="inbox-readme-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    empty = f"sqlite:///{tmp / 'empty.sqlite3'}"
    open_store(empty).close()
    for theme in themes:
        demo = f"sqlite:///{tmp / f'demo-{theme}.sqlite3'}"  # no draft left by the last shot
        store = open_store(demo)
        build_demo(store, 400, seed=1, now=NOW)
        store.close()
        guide = create_window(empty, clock=lambda: NOW)
        guide.resize(1100, 720)
        guide.show()
        install_desktop(guide).appearance.set_choice(theme)
        _pump(1.5)
        guide.grab().save(str(out / f"first-run-{theme}-{lang}.png"))
        guide.close()
        window = create_window(demo, clock=lambda: NOW)
        window.resize(1400, 860)
        window.show()
        install_desktop(window).appearance.set_choice(theme)
        _pump(1.0)
        window.move_selection(3)
        _pump(1.5)
        if window.compose is not None:
            window.compose.ui.body.setPlainText(DRAFT[lang])
        _pump(2.0)  # the live policy check, the counts worker
        window.grab().save(str(out / f"inbox-{theme}-{lang}.png"))
        window.close()
    app.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", help=argparse.SUPPRESS)  # the per-language child
    parser.add_argument("--themes", default="light,dark", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.lang:
        shoot(args.lang, args.themes.split(","), out)
        return 0
    for lang, locale in LOCALES.items():
        themes = [t for lang_, t in SHOTS if lang_ == lang]
        env = dict(os.environ, LANG=locale, LANGUAGE=lang, QT_QPA_PLATFORM="offscreen",
                   INBOX_APP_DATA_DIR=tempfile.mkdtemp(prefix="inbox-readme-data-"))  # fmt: skip
        env.pop("LC_ALL", None)
        subprocess.run(
            [sys.executable, __file__, "--out", str(out), "--lang", lang,
             "--themes", ",".join(themes)],
            env=env, check=True,
        )  # fmt: skip
        print(f"{lang}: {', '.join(themes)}")
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
