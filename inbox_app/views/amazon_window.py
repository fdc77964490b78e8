"""Amazon (SP-API) in the main window: a Settings entry to connect, Mail-menu entries to
sync orders and send review requests, and, once a connection exists, the background
sync in the status bar and the order actions under both order panels.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from inbox_app.models.order_table_model import OrderTableModel
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_connections import ConnectionInfo
from inbox_app.services.amazon_sync import SyncResult
from inbox_app.services.inbox import InboxService
from inbox_app.views.amazon_compose import advise_opt_out
from inbox_app.views.amazon_connect_dialog import AmazonConnectDialog
from inbox_app.views.amazon_order_actions import AmazonOrderActions, ReviewRequestsDialog
from inbox_app.views.amazon_sync import AmazonSyncController, AmazonSyncStatus
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.order_panel import OrderPanel
from inbox_app.views.task_runner import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("AmazonWindow", text)


AMAZON_PART = "amazonInWindow"  # its object name: found by name, without this module
SYNC_LANE = "amazon-sync"


class AmazonInWindow(QObject):
    """What `install_amazon` adds to a window; `actions` are the order-action widgets."""

    orders_refreshed = Signal(int)  # after a sync: rows inserted into the order list

    def __init__(
        self,
        window: QMainWindow,
        amazon: AmazonService,
        inbox: InboxService,
        panels: list[OrderPanel],
        runner: TaskRunner,
        *,
        orders: OrderTableModel,
        order_changed: Callable[[], object],
    ) -> None:
        """`orders`: the Orders tab's model (a sync inserts its new rows in place);
        `order_changed()`: a review requested or a message sent (the lists re-read)."""
        super().__init__(window)
        self.setObjectName(AMAZON_PART)
        self._window = window
        self._amazon = amazon
        self._inbox = inbox
        self._panels = panels
        self._runner = runner
        self._orders = orders
        self._order_changed = order_changed
        # the sync runs in a one-thread lane of the window's runner (as before): a
        # rate-limited sync of every connection can take minutes and must not hold one of
        # the window's two threads (the counts, the dialogs' checks) while it runs
        self.controller = AmazonSyncController(amazon, runner=runner.lane(SYNC_LANE), parent=self)
        self.controller.finished.connect(self._synced)
        self.orders_merged = 0  # rows the last sync added to the order list in place
        self.status: AmazonSyncStatus | None = None
        self.actions: list[AmazonOrderActions] = []
        self.connections: list[ConnectionInfo] = []
        self.dialog: AmazonConnectDialog | None = None

    def activate(self) -> None:
        """A connection exists: the status bar piece, the order actions, the timer."""
        if self.status is not None:
            self.controller.sync_now()
            return
        self.status = AmazonSyncStatus(self.controller, self._window)
        self._window.statusBar().addPermanentWidget(self.status)
        for panel in self._panels:
            actions = AmazonOrderActions(self._amazon, runner=self._runner, parent=panel)
            panel.add_actions(actions)  # under the title, in view above the order's details
            panel.order_shown.connect(lambda oid, a=actions: a.set_order(oid or None))
            actions.changed.connect(self._order_changed)
            actions.set_order(panel.shown_amazon_order_id or None)
            self.actions.append(actions)
        self.controller.start()

    def _orders_model(self) -> OrderTableModel | None:
        return self._orders if self._orders.loaded else None

    def _synced(self, results: list[SyncResult]) -> None:
        """New and changed orders into the order list in place: the new ids' keys are
        read in a worker, then inserted where they sort; the shown rows re-read."""
        model = self._orders_model()
        if model is None or not any(r.new or r.updated for r in results):
            return
        query, service = model.query, self._inbox
        self._runner.run(
            lambda _t: service.order_keys(query=query),
            on_done=lambda keys: self._merge(model, query, keys),
            on_failed=lambda _exc: None,  # the list stays as it was; F5 re-reads it
        )

    def _merge(self, model: OrderTableModel, query: str | None, keys: object) -> None:
        if model.query != query or not isinstance(keys, tuple):
            return  # the seller searched meanwhile: that result is already fresh
        self.orders_merged = model.merge_keys(*keys)
        model.refresh_cached(model.loaded_ids())
        self.orders_refreshed.emit(self.orders_merged)

    def connect_dialog(self) -> AmazonConnectDialog:
        """The Amazon dialog: saved connections (test, remove) and a new one."""
        dialog = AmazonConnectDialog(self._amazon, runner=self._runner, parent=self._window)
        dialog.accepted.connect(self._connected)
        dialog.connections.changed.connect(self._removed)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _removed(self) -> None:
        self.connections = self._amazon.connections()

    def _connected(self) -> None:
        self.connections = self._amazon.connections()
        self.activate()

    def review_requests(self) -> None:
        self.connections = self.connections or self._amazon.connections()
        if not self.connections:
            self.connect_dialog()
            return
        ReviewRequestsDialog(
            self._amazon, self.connections[0], runner=self._runner, parent=self._window
        ).open()

    def current_actions(self) -> AmazonOrderActions | None:
        """The order actions of the order panel the seller can see."""
        visible = [a for a in self.actions if a.isVisibleTo(self._window)]
        found = visible or self.actions
        return found[0] if found else None


def _action(window: QWidget, text: str, name: str, slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def install_amazon(
    window: QMainWindow,
    service: AmazonService,
    *,
    inbox: InboxService,
    panels: list[OrderPanel],
    menus: Mapping[str, QMenu],
    runner: TaskRunner,
    orders: OrderTableModel,
    mail_menu: QMenu | None,
    compose: ComposePane | None,
    order_changed: Callable[[], object],
) -> AmazonInWindow:
    """Add the Amazon entries (Settings, Thread and `mail_menu`), the opt-out note to
    `compose`; start the background sync when a connection exists. (Reads the few rows
    of amazon_connections once: a bounded, indexed query.)"""
    amazon = AmazonInWindow(
        window, service, inbox, panels, runner, orders=orders, order_changed=order_changed
    )
    connect = _action(
        window,
        _tr("Connect Amazon (Selling Partner API)…"),
        "amazonConnectAction",
        amazon.connect_dialog,
    )
    sync = _action(
        window, _tr("Sync Amazon orders now"), "amazonSyncAction", amazon.controller.sync_now
    )
    reviews = _action(
        window, _tr("Amazon review requests…"), "amazonReviewsAction", amazon.review_requests
    )

    def on_order(method: str) -> None:
        actions = amazon.current_actions()
        if actions is None:
            amazon.connect_dialog()
        elif method == "review":
            actions.request_review()
        else:
            actions.open_message()

    review = _action(
        window, _tr("Request a review (Amazon)"), "amazonReviewAction", lambda: on_order("review")
    )
    message = _action(
        window,
        _tr("Amazon message for this order…"),
        "amazonMessageAction",
        lambda: on_order("message"),
    )
    for key, entries in (("settings", (connect,)), ("thread", (review, message))):
        menu = menus.get(key)
        if menu is not None:
            menu.addSeparator()
            for entry in entries:
                menu.addAction(entry)
    if mail_menu is not None:
        mail_menu.addSeparator()
        mail_menu.addAction(sync)
        mail_menu.addAction(reviews)
    if compose is not None:
        advise_opt_out(compose, service, runner)
    amazon.connections = service.connections()
    if amazon.connections:
        amazon.activate()
    return amazon
