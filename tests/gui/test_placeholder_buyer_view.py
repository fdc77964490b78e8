"""The thread of an order only the API knows, in the real window: named by its order
(in the interface language), and the compose pane says why it cannot mail the buyer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inbox_app.models.thread_list_model import Column
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_messages import AmazonMessage
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Thread
from tests.helpers.spapi_server import LocalSpApi

ORDER = "111-6200001-6200001"


def test_a_placeholder_buyers_thread_is_named_by_its_order_and_is_not_mailed(
    qtbot: QtBot,
    install: object,
    main_window: object,
    store: Store,
    amazon: AmazonService,
    spapi: LocalSpApi,
    amazon_connection: str,
) -> None:
    spapi.add_order(ORDER, created=datetime.now(UTC) - timedelta(days=3))
    assert amazon.sync_connection(amazon_connection).complete
    info = amazon.connection(amazon_connection)
    sorry = AmazonMessage("unexpectedProblem", "The parcel was damaged; a new one leaves today.")
    amazon.send_message(info, ORDER, sorry)
    with store.session() as s:
        tid = s.scalars(select(Thread.id).where(Thread.amazon_order_id == ORDER)).one()
    install("it")  # type: ignore[operator]
    w = main_window(store=store)  # type: ignore[operator]
    w.threads.show_view("answered", thread_id=tid)  # ours was the last word
    model = w.models.threads
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    shown = model.index(0, Column.BUYER).data(Qt.ItemDataRole.DisplayRole)
    assert shown == f"Acquirente dell'ordine {ORDER}"
    meta = w.ui.conversation.meta_label
    qtbot.waitUntil(lambda: ORDER in meta.text(), timeout=10000)
    assert meta.text().startswith(f"Acquirente dell'ordine {ORDER}")
    qtbot.waitUntil(lambda: w.compose is not None, timeout=10000)
    pane = w.compose
    qtbot.waitUntil(lambda: ORDER in pane.ui.status.text(), timeout=10000)
    assert pane.thread_id is None  # nothing to write into: no relay alias to mail
    assert not pane.ui.send.isEnabled()
