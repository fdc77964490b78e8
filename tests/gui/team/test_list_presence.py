"""Presence in the thread list of a team inbox: the chip on a row says who else is on the
thread ("Bo", "Marco +1", a pencil while someone replies), its tooltip and accessible text
say everyone; it is read on the presence worker, repainted in place, and goes at the time
the other seat's heartbeat expires. The other seats are separate processes over the real
PostgreSQL server."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from inbox_app.models.colours import colour
from inbox_app.models.presence_text import PresenceChip, chip_text, presence_chip
from inbox_app.models.roles import Role
from inbox_app.models.thread_list_model import Column
from inbox_app.services.presence import REPLYING, VIEWING, Someone
from inbox_app.store.migrate import Store
from inbox_app.views.thread_list_view import chip_label
from tests.helpers.seats import run_seat
from tests.helpers.window import open_team_window

# another seat: joins as PERSON, is on THREAD doing ACTIVITY; with TTL its row expires
# TTL seconds from now instead of the heartbeat's 30
_SEAT = """
import sys
from datetime import timedelta
from inbox_app.services import presence
from inbox_app.services.seats import TeamSeats
from inbox_app.services.team_link import SeatPresence
from inbox_app.store.migrate import open_store
from inbox_app.store.schema import utcnow
from inbox_app.store.team_schema import Presence
url, person, activity, tid, ttl = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
store = open_store(url)
seat = TeamSeats(store).register(person)
SeatPresence(store, seat.seat_id).beat(tid, activity)
if ttl:
    with store.session() as s, s.begin():
        s.get(Presence, seat.seat_id).expires_at = utcnow() + timedelta(seconds=int(ttl))
store.close()
"""

T0 = datetime(2026, 11, 23, 12, tzinfo=UTC)


def _someone(person: str, activity: str = VIEWING) -> Someone:
    return Someone(f"seat-{person}", person, activity, T0)


def seat(data_dir: Path, url: str, person: str, activity: str, tid: int, ttl: str = "") -> None:
    run_seat(data_dir / person, _SEAT, url, person, activity, str(tid), ttl)


def test_the_chip_says_one_two_many_and_who_replies(install: Callable[[str], Any]) -> None:
    assert chip_text([]) == "" and presence_chip([]) is None
    one = presence_chip([_someone("Anna")])
    assert one == PresenceChip("Anna", False, "Anna has this thread open", "Anna")
    two = presence_chip([_someone("Anna"), _someone("Bo")])
    assert two is not None and two.text == "Anna +1" and not two.replying
    assert two.full == "Anna has this thread open · Bo has this thread open"
    many = [_someone("Marco", REPLYING), _someone("Anna"), _someone("Bo")]
    chip = presence_chip(many)
    assert chip == PresenceChip(
        "Marco +2",
        True,
        "Marco is replying · Anna has this thread open · Bo has this thread open",
        "Marco",
    )
    # a narrow chip elides the name, never how many more there are
    metrics = QFontMetrics(QFont())
    narrow = chip_label(
        metrics, PresenceChip("Chiara Esposito +2", False, "", "Chiara Esposito"), 70
    )
    assert narrow.endswith("… +2") and narrow.startswith("Chi")
    assert metrics.horizontalAdvance(narrow) <= 70
    assert chip_label(metrics, chip, 500) == "Marco +2"
    install("it")
    assert chip_text(many) == "Marco +2"
    replying = presence_chip(many[:1])
    assert replying is not None and replying.full == "Marco sta rispondendo"
    install("ko")
    assert chip_text(many) == "Marco 외 2명"


def _chip_pixels(view: QWidget, index: QModelIndex) -> int:
    """How many pixels of the chip's fill (the banner's amber) the cell of `index` shows."""
    rect = view.visualRect(index)  # type: ignore[attr-defined]
    image = view.viewport().grab(rect).toImage()  # type: ignore[attr-defined]
    fill = colour("banner").rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).rgb() == fill
    )


def test_others_on_a_thread_show_on_its_row_and_leave_when_they_expire(
    qtbot: QtBot,
    main_window: Callable[..., QWidget],
    team_store: Callable[..., Store],
    tmp_path: Path,
) -> None:
    store, window, _open = open_team_window(main_window, team_store, qtbot, person="Anna")
    listing = window.team.list_presence  # type: ignore[attr-defined]
    assert listing is not None
    model = window.models.threads  # type: ignore[attr-defined]
    proxy = window.models.threads_view  # type: ignore[attr-defined]
    view = window.ui.threads_view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: listing.reads >= 1)
    target = model.thread_at(3)
    cell = proxy.index(3, Column.SUBJECT)
    quiet = proxy.index(2, Column.SUBJECT)
    assert cell.data(Role.PRESENCE_CHIP) is None and _chip_pixels(view, cell) == 0

    resets: list[int] = []
    changed: list[tuple[int, int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(
        lambda a, b, _roles=(): changed.append((a.row(), b.row(), a.column()))
    )
    gui = threading.main_thread()
    reads: list[bool] = []  # a presence read: on the GUI thread?

    def spy(_c: object, _cur: object, statement: str, *_a: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "presence" in statement:
            reads.append(threading.current_thread() is gui)

    event.listen(store.engine, "before_cursor_execute", spy)
    try:
        seat(tmp_path, store.url, "Bo", VIEWING, target.id)
        qtbot.waitUntil(lambda: cell.data(Role.PRESENCE_CHIP) is not None, timeout=5000)
        chip = cell.data(Role.PRESENCE_CHIP)
        assert chip.text == "Bo" and not chip.replying
        assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("Bo has this thread open\n")
        spoken = cell.data(Qt.ItemDataRole.AccessibleTextRole)
        assert spoken == f"{target.subject}. Bo has this thread open"
        # Marco starts replying later than Bo started looking: he comes first all the same
        seat(tmp_path, store.url, "Marco", REPLYING, target.id)
        qtbot.waitUntil(lambda: cell.data(Role.PRESENCE_CHIP).text == "Marco +1", timeout=5000)
        assert cell.data(Role.PRESENCE_CHIP).replying
        tip = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("Marco is replying · Bo has this thread open\n")
    finally:
        event.remove(store.engine, "before_cursor_execute", spy)
    assert reads and True not in reads  # read, and never on the GUI thread
    assert resets == []
    assert (3, 3, Column.SUBJECT) in changed
    assert all(a == b for a, b, _c in changed)  # row by row, the changed rows only
    qtbot.waitUntil(lambda: _chip_pixels(view, cell) > 20)  # painted on its row
    assert _chip_pixels(view, quiet) == 0
    assert quiet.data(Role.PRESENCE_CHIP) is None

    # Marco's heartbeat stops: his row expires in 2 s and nobody says so; he leaves the
    # chip at that time, on the list's own timer (not on a read, not on a poll)
    seat(tmp_path, store.url, "Marco", REPLYING, target.id, ttl="2")

    def soon() -> bool:
        marco = [o for o in listing.others(target.id) if o.person == "Marco"]
        limit = datetime.now(UTC) + timedelta(seconds=10)
        return bool(marco) and marco[0].expires_at is not None and marco[0].expires_at < limit

    qtbot.waitUntil(soon, timeout=5000)
    until = next(o.expires_at for o in listing.others(target.id) if o.person == "Marco")
    assert cell.data(Role.PRESENCE_CHIP).text == "Marco +1"
    gone: list[datetime] = []

    def left() -> None:
        now = cell.data(Role.PRESENCE_CHIP)
        if not gone and (now is None or now.text != "Marco +1"):
            gone.append(datetime.now(UTC))

    woke: list[int] = []
    model.dataChanged.connect(left)
    listing.expiry.timeout.connect(lambda: woke.append(listing.reads))
    qtbot.waitUntil(lambda: bool(gone), timeout=10_000)
    assert gone[0] >= until  # not before his row expired
    assert woke  # the list's own timer woke at that time (whatever read came in between)
    chip = cell.data(Role.PRESENCE_CHIP)
    assert chip is not None and chip.text == "Bo" and not chip.replying
    assert resets == []
