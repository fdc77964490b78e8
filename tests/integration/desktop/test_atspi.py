"""A screen reader's view of the running window, through the real accessibility bus:
Xvfb, a private D-Bus session, at-spi2-core's bus launcher, the app with Qt's
accessibility on, and a walker on Debian's python3-pyatspi (the system Python: the venv
cannot import it) that reads the tree, types a draft through EditableText and reads it
again. Asserts names and roles of the thread list (time left, buyer, subject), the
conversation and each finding; then presses Settings > Preferences… through the menu
item's Action interface and reads the dialog that opens: its controls' names, roles,
descriptions and the Alt+letter each button is pressed with."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from inbox_app.store.demo import build_demo
from inbox_app.store.migrate import open_store

HERE = Path(__file__).resolve().parent
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
DRAFT = "Visit www.myshop.com for 20% off and leave us a 5-star review"


def _requirements() -> list[str]:
    missing = [t for t in ("xvfb-run", "dbus-run-session") if shutil.which(t) is None]
    if not LAUNCHER.exists():
        missing.append("at-spi2-core")
    probe = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False
    ) if SYSTEM_PYTHON.exists() else None  # fmt: skip
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


Tree = list[dict[str, object]]


@pytest.fixture(scope="module")
def walked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Tree]:
    missing = _requirements()
    assert not missing, f"tools/install-system-deps.sh installs {missing}"
    tmp = tmp_path_factory.mktemp("atspi")
    db = tmp / "demo.sqlite3"
    store = open_store(f"sqlite:///{db}")
    build_demo(store, 40, seed=1, now=datetime.now(UTC))
    store.close()
    home = tmp / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "INBOX_APP_DATA_DIR": str(tmp / "data"),
        "LANG": "C.UTF-8",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    script = tmp / "session.sh"
    script.write_text(
        f"""set -u
{LAUNCHER} --launch-immediately &
BUS=$!
QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \\
  {sys.executable} -m inbox_app --db {db} > {tmp}/app.log 2>&1 &
APP=$!
{SYSTEM_PYTHON} {HERE / "atspi_walker.py"} SellerInbox --type-draft "{DRAFT}" \
  --open-dialog "Preferences…" --dialog-out {tmp}/dialog.json > {tmp}/tree.json
CODE=$?
kill $APP $BUS 2>/dev/null
wait $APP 2>/dev/null
exit $CODE
""",
        "utf-8",
    )
    out = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "dbus-run-session", "--", "bash",
         str(script)],
        env=env, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    log = (tmp / "app.log").read_text("utf-8", "replace")
    assert out.returncode == 0, f"{out.stdout[-2000:]}\n{out.stderr[-2000:]}\napp: {log[-2000:]}"
    assert "Traceback" not in log, log
    return {
        "window": json.loads((tmp / "tree.json").read_text("utf-8")),
        "dialog": json.loads((tmp / "dialog.json").read_text("utf-8")),
    }


@pytest.fixture(scope="module")
def tree(walked: dict[str, Tree]) -> Tree:
    return walked["window"]


@pytest.fixture(scope="module")
def dialog(walked: dict[str, Tree]) -> Tree:
    return walked["dialog"]


def _named(tree: list[dict[str, object]], role: str, name: str) -> dict[str, object]:
    hits = [n for n in tree if n["role"] == role and n["name"] == name]
    assert hits, f"no {role} named {name!r}"
    return hits[0]


def _under(tree: list[dict[str, object]], parent: dict[str, object]) -> list[dict[str, object]]:
    prefix = f"{parent['path']}/"
    return [n for n in tree if str(n["path"]).startswith(prefix)]


def test_the_window_and_its_landmarks(tree: list[dict[str, object]]) -> None:
    frames = [n for n in tree if n["role"] == "frame"]
    assert frames and str(frames[0]["name"]).endswith("Seller Inbox")  # "3 overdue — Seller Inbox"
    for role, name in (("table", "Threads"), ("list", "Saved views"),
                       ("text", "Search threads"), ("list", "Problems Amazon would object to"),
                       ("text", "Subject"), ("text", "Message"), ("menu bar", "")):  # fmt: skip
        _named(tree, role, name)


def test_the_thread_list_reads_time_left_buyer_and_subject(tree: list[dict[str, object]]) -> None:
    table = _named(tree, "table", "Threads")
    headers = [n["name"] for n in _under(tree, table) if n["role"] == "table column header"]
    assert headers[:3] == ["Time left", "Buyer", "Subject"]
    cells = [n for n in _under(tree, table) if n["role"] == "table cell"]
    assert len(cells) >= 3 * len(headers)
    first_row = [str(c["name"]) for c in cells[: len(headers)]]
    time_left, buyer, subject = first_row[:3]
    assert re.search(r"overdue|\d+ h|\d+ m", time_left), first_row
    assert buyer and subject and len(subject) > 10, first_row


def test_the_conversation_reads_each_message(tree: list[dict[str, object]]) -> None:
    cards = [n for n in tree if n["role"] == "panel" and
             re.match(r"(Buyer|You|Amazon), ", str(n["name"]))]  # fmt: skip
    assert cards, "no message card with a name on the bus"
    first = cards[0]
    assert re.search(r"\d{4}", str(first["name"]))  # when it was written
    bodies = [n for n in _under(tree, first) if n.get("text")]
    assert bodies and len(str(bodies[-1]["text"])) > 10


def test_each_finding_is_read_with_its_severity(tree: list[dict[str, object]]) -> None:
    findings = _named(tree, "list", "Problems Amazon would object to")
    items = [n for n in _under(tree, findings) if n["role"] == "list item"]
    assert len(items) >= 2, items
    names = [str(i["name"]) for i in items]
    assert any(n.startswith("Blocks sending:") for n in names), names
    assert any("link" in n.lower() or "website" in n.lower() for n in names), names


def test_every_control_has_a_name_and_a_description(tree: list[dict[str, object]]) -> None:
    controls = [n for n in tree if n["role"] in
                ("push button", "check box", "text", "combo box", "table", "list",
                 "page tab", "radio button", "spin button")
                and "showing" in n["states"]]  # fmt: skip
    assert len(controls) > 15
    unnamed = [c["path"] for c in controls if not c["name"]]
    undescribed = [(c["role"], c["name"]) for c in controls if not c["description"]]
    assert not unnamed, unnamed
    assert not undescribed, undescribed


def test_a_dialog_opened_from_the_menu_is_read_whole(dialog: Tree) -> None:
    root = dialog[0]
    assert root["role"] == "dialog" and str(root["name"]).startswith("Preferences"), root
    controls = [n for n in dialog if n["role"] in
                ("push button", "check box", "text", "combo box", "list", "spin button",
                 "radio button") and "showing" in n["states"]]  # fmt: skip
    roles = {str(c["role"]) for c in controls}
    assert {"push button", "list"} <= roles, roles  # the buttons and the list of pages
    unnamed = [(c["role"], c["path"]) for c in controls if not c["name"]]
    undescribed = [(c["role"], c["name"]) for c in controls if not c["description"]]
    assert not unnamed, unnamed
    assert not undescribed, undescribed
    lists = [n for n in controls if n["role"] == "list"]
    items = [i for n in lists for i in _under(dialog, n) if i["role"] == "list item"]
    assert items and all(i["name"] for i in items), items  # the pages, each by its name


def test_each_button_of_the_dialog_has_an_alt_letter_of_its_own(dialog: Tree) -> None:
    buttons = [n for n in dialog if n["role"] in ("push button", "check box")
               and "showing" in n["states"]]  # fmt: skip
    names = {str(b["name"]) for b in buttons}
    assert {"OK", "Cancel"} <= names, names
    keys = {str(b["name"]): [str(k) for k in b.get("keys", []) if k] for b in buttons}
    assert all(k and re.fullmatch(r"Alt\+\S", k[0]) for k in keys.values()), keys
    letters = [k[0] for k in keys.values()]
    assert len(set(letters)) == len(letters), keys
