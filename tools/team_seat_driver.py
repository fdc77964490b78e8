"""One seat of tools/team_two_seats.py: its real window, driven (ROLE URL OUT_DIR THREAD_ID).

marco opens the thread and types a reply, anna sees "Marco is replying" and the compose
warning, marco sends, anna sees the reply; each writes its times to OUT_DIR/ROLE.json and
its screenshots beside them."""

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

role, url, out, tid = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
app = QApplication(sys.argv[:1])
from inbox_app.app import app_settings, create_window  # noqa: E402 (after the path insert / the QApplication)
from inbox_app.services.seats import TeamSeats  # noqa: E402 (after the path insert / the QApplication)
from inbox_app.store.migrate import open_store  # noqa: E402 (after the path insert / the QApplication)

store = open_store(url)
person = {"anna": "Anna", "marco": "Marco"}[role]
TeamSeats(store).register(person)
window = create_window(store.url, settings=app_settings(), store=store)
window.resize(1500, 950)
window.move(0 if role == "anna" else 420, 0 if role == "anna" else 120)
window.show()
log = {}


def mark(name):
    log[name] = time.time()
    (out / f"{role}.json").write_text(json.dumps(log))


def other(name):
    p = out / f"{'marco' if role == 'anna' else 'anna'}.json"
    try:
        return json.loads(p.read_text()).get(name)
    except Exception:
        return None


def typ(widget, text, then):
    def step(i=0):
        if i >= len(text):
            then()
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text[i])
            )
        QTimer.singleShot(25, lambda: step(i + 1))

    step()


def when(cond, then, every=20):
    def poll():
        if cond():
            then()
        else:
            QTimer.singleShot(every, poll)

    poll()


def shot(name):
    window.grab().save(str(out / f"{name}.png"))


state: dict[str, object] = {"team": None, "rows": 0}  # what the callbacks share


def start():
    state["team"] = window.team
    window.threads.select_thread(tid)
    mark("ready")
    if role == "marco":
        when(lambda: other("ready"), marco_type)
    else:
        when(
            lambda: window.findChild(QLabel, "teamPresenceLabel").text().endswith("is replying"),
            anna_warned,
        )


def marco_type():
    body = window.compose.ui.body
    window.activateWindow()
    body.setFocus()
    mark("typing")
    typ(
        body,
        "Hello, your parcel left our warehouse today.",
        lambda: (mark("typed"), when(lambda: other("typing_after_warning"), marco_send)),
    )


def marco_send():
    QTimer.singleShot(
        1500,
        lambda: (
            shot("marco_typed"),
            mark("send"),
            window.compose.send(),
            mark("sent"),
            when(lambda: other("done"), app.quit),
        ),
    )


def anna_warned():
    mark("saw_replying")
    state["rows"] = window.models.conversation.rowCount()
    body = window.compose.ui.body
    window.activateWindow()
    body.setFocus()
    QTimer.singleShot(
        300,
        lambda: (
            shot("anna_presence"),
            mark("typing_after_warning"),
            when(
                lambda: window.models.conversation.rowCount() > state["rows"],
                anna_saw_reply,
                every=5,
            ),
        ),
    )


def anna_saw_reply():
    mark("saw_reply")
    QTimer.singleShot(
        800, lambda: (shot("anna_saw_reply"), mark("done"), QTimer.singleShot(300, app.quit))
    )


QTimer.singleShot(1500, start)
QTimer.singleShot(60000, app.quit)
app.exec()
