"""The Amazon dialogs and order actions against the local SP-API (real widgets, pytest-qt)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from inbox_app.services import amazon_connections as conns
from inbox_app.services.amazon import AmazonService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Order
from inbox_app.store.source_schema import AmazonConnection
from inbox_app.views.amazon_connect_dialog import AmazonConnectDialog
from inbox_app.views.amazon_order_actions import AmazonOrderActions, ReviewRequestsDialog
from inbox_app.views.amazon_sync import AmazonSyncController, AmazonSyncStatus
from inbox_app.views.amazon_window import AmazonInWindow
from tests.helpers.memkeyring import MemoryKeyring
from tests.helpers.runner import with_own_runner
from tests.helpers.spapi_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    LocalSpApi,
    ServerThread,
)

NOW = datetime.now(UTC).replace(microsecond=0)


def _fill(dialog: AmazonConnectDialog, server: ServerThread, secret: str) -> None:
    dialog.name_edit.setText("shop")
    dialog.client_id_edit.setText(CLIENT_ID)
    dialog.secret_edit.setText(secret)
    dialog.refresh_edit.setText(REFRESH_TOKEN)
    dialog.market_checks["US"].setChecked(True)
    dialog.advanced_box.setChecked(True)
    dialog.endpoint_edit.setText(server.url)
    dialog.token_url_edit.setText(server.token_url)


def test_connect_dialog_tests_then_saves_secrets_to_the_keyring_only(
    qtbot: QtBot, amazon: AmazonService, spapi_server: ServerThread
) -> None:
    dialog = with_own_runner(lambda runner: AmazonConnectDialog(amazon, runner=runner))
    qtbot.addWidget(dialog)
    assert not dialog.market_checks["DE"].isEnabled()  # North America serves no DE
    _fill(dialog, spapi_server, "wrong-secret")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=15000)
    assert dialog.last_result is not None and not dialog.last_result[0]
    assert "refresh token was revoked or the client secret is wrong" in dialog.result_label.text()
    dialog.last_result = None
    dialog.secret_edit.setText(CLIENT_SECRET)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=15000)
    assert dialog.last_result == (True, "Login with Amazon accepted the credentials of 'shop'.")
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.save_button.click()
    assert dialog.saved == "shop" and dialog.secret_edit.text() == ""
    [info] = amazon.connections()
    assert (info.endpoint, info.marketplaces) == (spapi_server.url, ("US",))
    assert {CLIENT_SECRET, REFRESH_TOKEN} <= set(MemoryKeyring.store.values())


def test_background_sync_reports_progress_and_the_outcome(
    qtbot: QtBot, store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    for n in range(1, 131):
        spapi.add_order(f"111-50{n:05d}-5000001", created=NOW - timedelta(days=2, minutes=n))
    controller = with_own_runner(
        lambda runner: AmazonSyncController(amazon, runner=runner), max_threads=1
    )
    status = AmazonSyncStatus(controller)
    qtbot.addWidget(status)
    pages: list[int] = []
    controller.progress.connect(lambda _o, p: pages.append(p))
    with qtbot.waitSignal(controller.finished, timeout=30000):
        controller.start()
    controller.stop()
    assert pages == [1, 2]
    assert status.bar.isHidden()
    assert status.label.text() == "Amazon: 130 new, 0 updated orders"
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 130


def _eligible(amazon: AmazonService, spapi: LocalSpApi, name: str, *days: int) -> list[str]:
    ids = []
    for n, d in enumerate(days):
        oid = f"111-60000{n:02d}-6000001"
        spapi.add_order(
            oid,
            created=NOW - timedelta(days=d + 4),
            updated=NOW - timedelta(days=1),
            delivered=NOW - timedelta(days=d),
            actions=("unexpectedProblem", "warranty"),
        )
        ids.append(oid)
    assert amazon.sync_connection(name).complete
    return ids


def test_request_a_review_once_from_the_order_actions(
    qtbot: QtBot, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    ok, early = _eligible(amazon, spapi, amazon_connection, 10, 1)
    actions = with_own_runner(lambda runner: AmazonOrderActions(amazon, runner=runner))
    qtbot.addWidget(actions)
    actions.set_order(early)
    qtbot.waitUntil(lambda: actions.ready, timeout=10000)
    assert not actions.review_button.isEnabled()
    assert actions.state_label.text().startswith("Too early")
    actions.set_order(ok)
    qtbot.waitUntil(lambda: actions.ready, timeout=10000)
    assert actions.review_button.isEnabled() and actions.message_button.isEnabled()
    with qtbot.waitSignal(actions.changed, timeout=15000):
        actions.review_button.click()
    qtbot.waitUntil(
        lambda: actions.ready and "already requested" in actions.state_label.text(), timeout=10000
    )
    assert not actions.review_button.isEnabled()
    assert list(spapi.solicited) == [ok]


def _png(tmp_path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (30, 30), (10, 120, 40)).save(out, format="PNG")
    path = tmp_path / "warranty-card.png"
    path.write_bytes(out.getvalue())
    return path


def test_amazon_message_dialog_sends_a_warranty_with_an_attachment(
    qtbot: QtBot, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, tmp_path: Path
) -> None:
    [oid] = _eligible(amazon, spapi, amazon_connection, 10)
    actions = with_own_runner(lambda runner: AmazonOrderActions(amazon, runner=runner))
    qtbot.addWidget(actions)
    actions.set_order(oid)
    qtbot.waitUntil(lambda: actions.ready, timeout=10000)
    dialog = actions.open_message()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert [dialog.action_combo.itemData(i) for i in range(dialog.action_combo.count())] == [
        "unexpectedProblem",
        "warranty",
    ]
    assert dialog.text_edit.isEnabled() and dialog.file_list.isHidden()
    dialog.text_edit.setPlainText("x" * 2001)
    assert dialog.counter.text() == "2001 of 2000 characters"
    dialog.action_combo.setCurrentIndex(1)
    assert dialog.text_edit.isHidden() and not dialog.start_date.isHidden()
    dialog.add_file(str(_png(tmp_path)))
    qtbot.waitUntil(lambda: dialog.file_list.count() == 1, timeout=10000)
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.send_button.click()
    [sent] = spapi.messages
    assert (
        sent["action"] == "warranty"
        and sent["body"]["attachments"][0]["fileName"] == "warranty-card.png"
    )
    assert dialog.sent


def test_bulk_review_requests_with_progress(
    qtbot: QtBot, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    ids = _eligible(amazon, spapi, amazon_connection, 6, 9, 15, 2)
    info = amazon.connection(amazon_connection)
    dialog = with_own_runner(lambda runner: ReviewRequestsDialog(amazon, info, runner=runner))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert dialog.summary.text() == "3 orders may be asked for a review now; 0 were asked already."
    assert dialog.send_button.isEnabled()
    seen: list[int] = []
    dialog.bar.valueChanged.connect(seen.append)
    dialog.loaded = False
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.run_over and dialog.loaded, timeout=30000)
    assert [o.sent for o in dialog.outcomes] == [True, True, True]
    assert seen[-1] == 3
    assert sorted(spapi.solicited) == sorted(ids[:3])
    assert dialog.summary.text() == "Reviews requested: 3."
    assert dialog.table.rowCount() == 3 and not dialog.send_button.isEnabled()


def test_after_request_all_each_refused_order_says_why(
    qtbot: QtBot, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    """Amazon refuses three of four orders the store thinks eligible, each for its own
    reason: the table gives every refused order Amazon's answer, not only a count."""
    ids = _eligible(amazon, spapi, amazon_connection, 6, 9, 15, 20)
    with spapi.lock:
        spapi.delivered[ids[1]] = NOW - timedelta(days=2)  # Amazon saw it delivered later
        spapi.solicited[ids[2]] = NOW - timedelta(days=1)  # asked from Seller Central
    spapi.fault("error", "createProductReviewAndSellerFeedbackSolicitation", after=1, status=400)
    info = amazon.connection(amazon_connection)
    dialog = with_own_runner(lambda runner: ReviewRequestsDialog(amazon, info, runner=runner))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert dialog.table.isColumnHidden(2)  # no answers before a run
    dialog.loaded = False
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.run_over and dialog.loaded, timeout=30000)
    assert {o.amazon_order_id: o.sent for o in dialog.outcomes} == {
        ids[3]: True,
        ids[2]: False,
        ids[1]: False,
        ids[0]: False,
    }
    assert dialog.summary.text() == (
        "Reviews requested: 1. Amazon refused 3; the reason is beside each order."
    )
    assert not dialog.table.isColumnHidden(2)
    answers = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
        for r in range(dialog.table.rowCount())
    }
    # oldest purchase first: ids[3] goes first and is sent, ids[0] meets the refusal
    assert answers[ids[3]].startswith(f"Review requested for {ids[3]}")
    not_offered = "Amazon does not offer a review request for {} right now."
    assert answers[ids[1]] == not_offered.format(ids[1])
    assert answers[ids[2]] == not_offered.format(ids[2])
    assert answers[ids[0]].startswith("Amazon refused the review request (HTTP 400)")
    # each answer has the room of its wrapped lines
    row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == ids[0]
    )
    assert dialog.table.rowHeight(row) >= dialog.table.sizeHintForRow(row) > 0


def test_the_real_window_offers_amazon_once_a_connection_exists(
    qtbot: QtBot, main_window: object, demo_store: object, spapi_server: ServerThread
) -> None:
    store = demo_store(threads=20)  # type: ignore[operator]
    spapi = spapi_server.api
    oid = "111-8000001-8000001"
    spapi.add_order(
        oid,
        created=NOW - timedelta(days=14),
        updated=NOW - timedelta(days=1),
        delivered=NOW - timedelta(days=9),
    )
    spec = conns.ConnectionSpec(
        "shop", "na", CLIENT_ID, ("US",), spapi_server.url, spapi_server.token_url
    )
    AmazonService(store).connect(spec, CLIENT_SECRET, REFRESH_TOKEN)
    window = main_window(store=store)  # type: ignore[operator]
    names = {a.objectName() for a in window.actions()}
    assert {
        "amazonConnectAction",
        "amazonSyncAction",
        "amazonReviewsAction",
        "amazonReviewAction",
        "amazonMessageAction",
    } <= names
    status = window.findChild(AmazonSyncStatus, "amazonSyncStatus")
    assert status is not None
    qtbot.waitUntil(lambda: "1 new" in status.label.text(), timeout=30000)
    window.show_orders_tab()
    window.orders.show_order(oid)
    panel_actions = [a for a in window.findChildren(AmazonOrderActions) if a.isVisibleTo(window)]
    assert len(panel_actions) == 1
    actions = panel_actions[0]
    qtbot.waitUntil(lambda: actions.ready and actions.order_id == oid, timeout=10000)
    assert actions.review_button.isEnabled()
    review = next(a for a in window.actions() if a.objectName() == "amazonReviewAction")
    with qtbot.waitSignal(actions.changed, timeout=15000):
        review.trigger()
    assert list(spapi.solicited) == [oid]


def test_an_amazon_sync_updates_the_order_list_in_place(
    qtbot: QtBot, main_window: object, demo_store: object, spapi_server: ServerThread
) -> None:
    store = demo_store(threads=20)  # type: ignore[operator]
    spapi = spapi_server.api
    first = "111-8100001-8100001"
    spapi.add_order(first, created=NOW - timedelta(days=3), updated=NOW - timedelta(days=1))
    spec = conns.ConnectionSpec(
        "shop", "na", CLIENT_ID, ("US",), spapi_server.url, spapi_server.token_url
    )
    AmazonService(store).connect(spec, CLIENT_SECRET, REFRESH_TOKEN)
    window = main_window(store=store)  # type: ignore[operator]
    status = window.findChild(AmazonSyncStatus, "amazonSyncStatus")
    qtbot.waitUntil(lambda: status is not None and "1 new" in status.label.text(), timeout=30000)
    window.show_orders_tab()
    model, view = window.models.orders, window.ui.orders_view
    before = model.rowCount()
    view.selectRow(3)
    selected = model.order_at(3).id
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    # two new orders (one newest of all, one older than the demo's) and a changed one
    newest, oldest = "111-8100002-8100002", "111-8100003-8100003"
    spapi.add_order(newest, created=NOW - timedelta(minutes=10), updated=NOW - timedelta(minutes=5))
    spapi.add_order(oldest, created=NOW - timedelta(days=400), updated=NOW - timedelta(minutes=5))
    spapi.touch(first, NOW - timedelta(minutes=5), status="CANCELLED")
    with store.session() as s, s.begin():  # the next window reaches back past the changes
        s.execute(update(AmazonConnection).values(orders_synced_to=NOW - timedelta(hours=1)))
    amazon = window.findChild(AmazonInWindow)
    with qtbot.waitSignal(amazon.orders_refreshed, timeout=30000):
        amazon.controller.sync_now()
    assert resets == [] and amazon.orders_merged == 2
    assert model.rowCount() == before + 2
    ids = [model.order_at(n).amazon_order_id for n in range(model.rowCount())]
    assert newest in ids and oldest in ids
    assert ids.index(newest) < ids.index(first) < ids.index(oldest)
    assert (
        view.currentIndex().isValid() and model.order_at(view.currentIndex().row()).id == selected
    )
    row = ids.index(first)
    assert model.order_at(row).status == "Canceled"
    assert status.label.text() == "Amazon: 2 new, 1 updated orders"


def test_after_a_dropped_connection_the_timer_resumes_the_sync_by_itself(
    qtbot: QtBot, store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    for n in range(1, 131):
        spapi.add_order(f"111-51{n:05d}-5100001", created=NOW - timedelta(days=2, minutes=n))
    spapi.fault("drop", "searchOrders", after=1)
    controller = with_own_runner(
        lambda runner: AmazonSyncController(amazon, interval_ms=300, runner=runner),
        max_threads=1,
    )
    status = AmazonSyncStatus(controller)
    qtbot.addWidget(status)
    outcomes: list[list[object]] = []
    said: list[str] = []  # the status line as each run ended (a 300 ms tick may follow soon)

    def finished(results: list[object]) -> None:
        outcomes.append(results)
        said.append(status.label.text())
        if len(outcomes) == 2:  # before the next tick can start a third (its "checking…")
            controller.stop()

    controller.finished.connect(finished)
    controller.start()  # then nothing more: the timer alone runs it again
    qtbot.waitUntil(lambda: len(outcomes) >= 1, timeout=30000)
    [failed] = outcomes[0]
    assert not failed.complete and "check the internet connection" in failed.error
    assert "could not be reached" in said[0] and "\n" not in said[0]
    qtbot.waitUntil(lambda: len(outcomes) >= 2, timeout=30000)
    [resumed] = outcomes[1]
    assert (resumed.complete, resumed.new, resumed.error) == (True, 30, "")
    assert said[1] == status.label.text() == "Amazon: 30 new, 0 updated orders"
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 130


def test_the_first_sync_progress_reads_right_with_one_order(
    qtbot: QtBot, amazon: AmazonService, install: Any
) -> None:
    """ "Amazon: 1 orders (1 pages)…" (and "1 ordini (1 pagine)") was seen in the window."""
    for lang, word in (("en", "orders"), ("it", "ordini")):
        if lang != "en":
            install(lang)
        controller = with_own_runner(lambda runner: AmazonSyncController(amazon, runner=runner))
        status = AmazonSyncStatus(controller)
        qtbot.addWidget(status)
        status._progress(1, 1)
        text = status.label.text()
        assert f"1 {word}" not in text and "1" in text, text
        status._progress(250, 3)
        assert "250" in status.label.text() and "3" in status.label.text()


def test_a_good_test_of_the_credentials_is_said_in_italian(
    qtbot: QtBot, amazon: AmazonService, spapi_server: ServerThread, install: object
) -> None:
    install("it")  # type: ignore[operator]
    dialog = with_own_runner(lambda runner: AmazonConnectDialog(amazon, runner=runner))
    qtbot.addWidget(dialog)
    _fill(dialog, spapi_server, CLIENT_SECRET)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=15000)
    # the service says it in English; the window reads it back in the interface language
    assert dialog.last_result == (
        True,
        "Login with Amazon ha accettato le credenziali di 'shop'.",
    )
