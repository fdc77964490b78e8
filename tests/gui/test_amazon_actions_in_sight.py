"""The order's Amazon actions in the real window at 1024x700 (issue 15): "Request a
review" and "Amazon message…" are in sight without scrolling, in the inbox's order panel
and in the Orders tab, in every language; they sat under the order's details, below the
fold of the panel's scroll area. Their buttons wrap rather than clip in a narrow panel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget
from sqlalchemy import select

from inbox_app.services import amazon_connections as conns
from inbox_app.services.amazon import AmazonService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Marketplace, Order, Thread
from inbox_app.views.amazon_order_actions import AmazonOrderActions
from tests.helpers.spapi_server import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, ServerThread
from tests.helpers.window import open_window

NOW = datetime.now(UTC).replace(microsecond=0)


def _us_thread(store: Store) -> tuple[int, str]:
    """The newest US thread with an order, delivered ten days ago (a review may be asked)."""
    with store.session() as s, s.begin():
        row = s.execute(
            select(Thread.id, Order.id, Order.amazon_order_id)
            .join(Order, Order.amazon_order_id == Thread.amazon_order_id)
            .join(Marketplace, Marketplace.id == Order.marketplace_id)
            .where(Marketplace.code == "US")
            .order_by(Thread.last_activity_at.desc(), Thread.id)
            .limit(1)
        ).one()
        order = s.get(Order, row[1])
        assert order is not None
        order.delivered_at = NOW - timedelta(days=10)
        return row[0], row[2]


def _scroll_area(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


def _in_sight(button: QWidget, window: QWidget) -> bool:
    """Wholly inside its scroll area's viewport, the bar at its top, and inside the window."""
    area = _scroll_area(button)
    port = area.viewport()
    rect = QRect(button.mapTo(port, QPoint(0, 0)), button.size())
    bar = area.verticalScrollBar()
    in_window = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    return (
        bar.value() == 0
        and port.rect().contains(rect)
        and window.rect().contains(in_window)
        and button.isVisibleTo(window)
    )


def _actions(window: Any, oid: str) -> AmazonOrderActions:
    found = [
        a
        for a in window.findChildren(AmazonOrderActions)
        if a.isVisibleTo(window) and a.order_id == oid
    ]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("lang", ["en", "it", "ko"])
def test_the_amazon_actions_are_in_sight_at_1024x700(
    main_window: Callable[..., Any],
    demo_store: Callable[..., Store],
    install: Callable[[str], Any],
    spapi_server: ServerThread,
    qtbot: Any,
    lang: str,
) -> None:
    if lang != "en":
        install(lang)
    store = demo_store(threads=60)
    tid, oid = _us_thread(store)
    spapi_server.api.add_order(
        oid,
        created=NOW - timedelta(days=14),
        updated=NOW - timedelta(days=1),
        delivered=NOW - timedelta(days=10),
    )
    spec = conns.ConnectionSpec(
        "shop", "na", CLIENT_ID, ("US",), spapi_server.url, spapi_server.token_url
    )
    AmazonService(store).connect(spec, CLIENT_SECRET, REFRESH_TOKEN)
    w = open_window(main_window, qtbot, (1024, 700), store=store)
    assert w.height() == 700
    w.threads.select_thread(tid)
    qtbot.waitUntil(lambda: w.current_thread_id() == tid)
    for where in ("inbox", "orders"):
        if where == "orders":
            w.show_orders_tab()
            w.orders.show_order(oid)
        qtbot.waitUntil(
            lambda: any(
                a.order_id == oid and a.ready and a.isVisibleTo(w)
                for a in w.findChildren(AmazonOrderActions)
            ),
            timeout=15000,
        )
        actions = _actions(w, oid)
        assert actions.review_button.isEnabled()
        for button in (actions.review_button, actions.message_button):
            qtbot.waitUntil(lambda b=button: _in_sight(b, w), timeout=3000)
            assert button.width() >= button.sizeHint().width()  # the whole word, not clipped
        label = actions.state_label  # the sentence whole, under the buttons
        qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
        assert _in_sight(label, w)
