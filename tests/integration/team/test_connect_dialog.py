"""The "Connect to a team inbox" dialog against a real PostgreSQL server."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from inbox_app.views.team.connect_dialog import TeamConnectDialog
from tests.helpers.pgserver import PgCluster
from tests.helpers.runner import with_own_runner


def _fill(dialog: TeamConnectDialog, url: str, person: str) -> None:
    u = make_url(url)
    dialog.host_edit.setText(str(u.host))
    dialog.port_spin.setValue(int(u.port or 5432))
    dialog.database_edit.setText(str(u.database))
    dialog.user_edit.setText(str(u.username))
    dialog.person_edit.setText(person)


def test_the_dialog_joins_a_seat(qtbot: QtBot, team_url: str) -> None:
    dialog = with_own_runner(lambda runner: TeamConnectDialog(runner=runner))
    qtbot.addWidget(dialog)
    _fill(dialog, team_url, "")
    dialog.connect_button.click()
    assert dialog.result_label.text().startswith("Give the name of the person at this seat")
    dialog.person_edit.setText("  Anna   Rossi ")
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.connect_button.click()
    assert dialog.joined is not None and dialog.joined.person == "Anna Rossi"
    saved = json.loads((Path(os.environ["INBOX_APP_DATA_DIR"]) / "team.json").read_text())
    assert saved["url"] == team_url and saved["seat_id"] == dialog.joined.seat_id


def test_a_wrong_database_is_said_in_the_dialog(qtbot: QtBot, pg_cluster: PgCluster) -> None:
    dialog = with_own_runner(lambda runner: TeamConnectDialog(runner=runner))
    qtbot.addWidget(dialog)
    _fill(dialog, pg_cluster.url("no_such_db"), "Anna")
    dialog.connect_button.click()
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=60_000)
    assert "has no such database" in dialog.result_label.text()
    assert dialog.joined is None and dialog.result() == 0
