"""The real window over a demo store: layout, keyboard paths, selection, the 24-hour clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from inbox_app.models.roles import Role
from inbox_app.models.thread_list_model import Column
from inbox_app.views import shortcut_sheet


def _key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def test_key_widgets_have_their_object_names(main_window):
    w = main_window()
    assert w.objectName() == "mainWindow"
    for name, kind in (
        ("threadsView", QTableView),
        ("ordersView", QTableView),
        ("searchEdit", QLineEdit),
        ("conversationView", QWidget),
        ("orderPanel", QWidget),
        ("composeSlot", QWidget),
        ("sidebar", QWidget),
    ):
        assert w.findChild(kind, name) is not None, name
    slot = w.findChild(QWidget, "composeSlot")
    assert slot is w.compose_slot and slot.layout() is not None and slot.layout().count() == 1
    # the compose pane lives in the slot of the real window, with its named parts
    for name in (
        "composePane",
        "subjectEdit",
        "bodyEdit",
        "importantToggle",
        "attachmentList",
        "attachButton",
        "sendButton",
        "policyFindings",
    ):
        assert slot.findChild(QWidget, name) is not None, name
    assert w.compose is slot.findChild(QWidget, "composePane")


def test_every_action_has_a_shortcut_and_the_sheet_lists_them(main_window, qtbot, monkeypatch):
    w = main_window()
    for _menu, action in w.actions_.ordered:
        assert action.shortcuts(), action.text()
    rows = shortcut_sheet.shortcut_rows(w.actions_.sheet_rows())
    assert len(rows) == len(w.actions_.ordered)
    shown = []
    monkeypatch.setattr(
        shortcut_sheet.ShortcutSheet, "ask", classmethod(lambda cls, p, a: shown.append(a))
    )
    w.ui.threads_view.setFocus()
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_F1)
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_Question)
    assert len(shown) == 2
    sheet = shortcut_sheet.ShortcutSheet(w.actions_.sheet_rows(), w)
    assert sheet.table.rowCount() == len(rows)


def test_first_page_is_sorted_by_urgency_and_a_thread_is_selected(main_window):
    w = main_window()
    model = w.models.threads
    assert model.rowCount() > 0
    assert w.current_thread_id() == model.thread_at(0).id
    assert w.ui.conversation.cards(), "the selected thread's messages are shown"
    assert w.models.conversation.thread_id == model.thread_at(0).id


def test_keyboard_navigation_j_k_and_ctrl_arrows(main_window, qtbot):
    w = main_window()
    model = w.models.threads
    w.ui.threads_view.setFocus()
    ids = [model.thread_at(n).id for n in range(4)]
    selected = []
    w.thread_selected.connect(selected.append)
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_J)
    assert w.current_thread_id() == ids[1]
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert w.current_thread_id() == ids[2]
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_K)
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert w.current_thread_id() == ids[0]
    assert selected == [ids[1], ids[2], ids[1], ids[0]]


def test_j_walks_past_the_first_block_the_whole_list_is_there(main_window, qtbot):
    w = main_window(threads=1200)
    w.show_view("answered")
    model = w.models.threads
    assert model.rowCount() == w.service.counts().answered > 200
    assert not model.canFetchMore()
    last = model.thread_at(199).id
    w.move_selection(199)
    assert w.current_thread_id() == last
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_J)
    assert w.current_thread_id() == model.thread_at(200).id


def test_selection_survives_a_refresh(main_window, qtbot):
    w = main_window()
    w.move_selection(3)
    tid = w.current_thread_id()
    resets = []
    w.models.threads_view.modelReset.connect(lambda: resets.append(1))
    w.service.mark_read(tid, False)
    w.refresh()
    assert resets == []
    assert w.current_thread_id() == tid
    assert w.ui.threads_view.selectionModel().isRowSelected(3)
    assert w.models.threads.thread_at(3).unread


def test_no_response_needed_stops_the_clock_and_reopen_restarts_it(main_window, qtbot):
    w = main_window()
    w.ui.threads_view.setFocus()
    row = w.models.threads.thread_at(0)
    assert row.state == "open" and row.response_due_at is not None
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_E)
    after = w.models.threads.thread_at(0)
    assert after.id == row.id and after.state == "no_response_needed"
    assert w.models.threads.data(w.models.threads.index(0, 0), Role.SECONDS_LEFT) is None
    due_text = w.models.threads_view.data(w.models.threads_view.index(0, Column.DUE))
    assert due_text == "no reply needed"
    assert "clock is stopped" in w.ui.conversation.due_label.text()
    assert w.actions_["reopen"].isEnabled() and not w.actions_["no_response"].isEnabled()
    assert w.current_thread_id() == row.id, (
        "the row stays (and stays selected) until the next reload"
    )
    _key(
        qtbot,
        w.ui.threads_view,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert w.models.threads.thread_at(0).state == "open"  # shown at once
    # the clock's start comes with the row read back after the write
    qtbot.waitUntil(lambda: w.models.threads.thread_at(0).response_due_at == row.response_due_at)
    assert w.models.threads.thread_at(0).state == "open"


def test_mark_read_and_unread(main_window, qtbot):
    w = main_window()
    w.ui.threads_view.setFocus()
    tid = w.current_thread_id()
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_U)
    assert w.current_thread().unread
    assert w.models.threads.thread_at(0).unread
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_U, Qt.KeyboardModifier.ShiftModifier)
    assert not w.current_thread().unread
    assert w.current_thread_id() == tid


def test_opening_an_unread_thread_marks_it_read_after_a_moment(main_window, qtbot):
    w = main_window()
    model = w.models.threads
    unread = next(n for n in range(model.rowCount()) if model.thread_at(n).unread)
    w.move_selection(unread)
    tid = w.current_thread_id()
    qtbot.waitUntil(lambda: not model.thread_at(model.row_of(tid)).unread, timeout=4000)


def test_ctrl_digits_switch_views_and_the_view_is_shown(main_window, qtbot):
    w = main_window()
    w.ui.threads_view.setFocus()
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.view_key == "overdue"
    model = w.models.threads
    assert model.rowCount() > 0
    assert all(
        model.data(model.index(n, 0), Role.SECONDS_LEFT) < 0 for n in range(model.rowCount())
    )
    assert w.ui.sidebar.current_key() == "overdue"
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert w.view_key == "answered"
    assert all(model.thread_at(n).state == "answered" for n in range(model.rowCount()))


def test_sidebar_counts_arrive_from_a_worker(main_window, qtbot):
    from inbox_app.models.roles import Role as R

    w = main_window()
    # the rows are there before the worker's counts: wait for the counts themselves
    qtbot.waitUntil(
        lambda: (
            w.models.views.rowCount() > 6
            and w.models.views.data(w.models.views.index(0), R.COUNT) is not None
        ),
        timeout=5000,
    )
    counts = w.service.counts()

    assert w.models.views.data(w.models.views.index(0), R.COUNT) == counts.all_open
    assert f"{counts.overdue:,} overdue" in w.ui.counts_label.text()


def test_reply_focuses_the_compose_slot(main_window, qtbot):
    w = main_window()
    w.activateWindow()
    w.ui.threads_view.setFocus()
    with qtbot.waitSignal(w.reply_requested) as blocker:
        _key(qtbot, w.ui.threads_view, Qt.Key.Key_R)
    assert blocker.args == [w.current_thread_id()]
    qtbot.waitUntil(w.compose_slot.hasFocus, timeout=2000)


def test_search_shortcut_and_orders_tab_by_keyboard(main_window, qtbot):
    w = main_window()
    w.activateWindow()
    w.ui.threads_view.setFocus()
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(w.ui.search_edit.hasFocus, timeout=2000)
    w.ui.threads_view.setFocus()
    _key(qtbot, w.ui.threads_view, Qt.Key.Key_Slash)
    qtbot.waitUntil(w.ui.search_edit.hasFocus, timeout=2000)
    _key(
        qtbot,
        w.ui.search_edit,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert w.ui.tabs.currentIndex() == 1
    assert w.models.orders.rowCount() > 0
    assert w.ui.orders_tab.current_order_id() is not None
    _key(
        qtbot,
        w.ui.orders_view,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert w.ui.tabs.currentIndex() == 0


def test_selecting_an_order_shows_its_threads(main_window, qtbot):
    w = main_window()
    w.show_orders_tab()
    orders = w.models.orders
    n = next(i for i in range(orders.rowCount()) if orders.order_at(i).thread_count > 0)
    w.ui.orders_view.selectRow(n)
    order = orders.order_at(n)
    threads = w.models.order_threads
    assert threads.rowCount() == order.thread_count
    assert all(threads.thread_at(i).order_id == order.id for i in range(threads.rowCount()))
    assert w.ui.orders_tab.panel.order_id_label.text() == order.amazon_order_id
    tid = threads.thread_at(0).id
    w.ui.orders_tab.threads_view.setCurrentIndex(w.models.order_threads_view.index(0, 0))
    w.ui.orders_tab.threads_view.setFocus()
    _key(qtbot, w.ui.orders_tab.threads_view, Qt.Key.Key_Return)
    assert w.ui.tabs.currentIndex() == 0 and w.current_thread_id() == tid


def test_order_panel_marks_one_order_handmade(main_window, qtbot):
    w = main_window()
    model = w.models.threads
    n = next(i for i in range(model.rowCount()) if model.thread_at(i).order_id is not None)
    w.move_selection(n)
    panel = w.ui.order_panel
    order_id = panel.order_id
    assert order_id is not None
    assert panel.order_id_label.text() == model.thread_at(n).amazon_order_id
    combo = panel.type_combo
    combo.setCurrentIndex(combo.findData("handmade"))
    combo.activated.emit(combo.currentIndex())
    detail = w.service.order_detail(order_id)
    assert detail.order.order_type == "handmade" and detail.order_type_manual
    assert model.thread_at(n).order_type == "handmade"
    assert panel.type_note.text() == "marked by hand"
    combo.setCurrentIndex(combo.findData("auto"))
    combo.activated.emit(combo.currentIndex())
    assert not w.service.order_detail(order_id).order_type_manual


def test_layout_and_last_view_are_remembered(main_window, demo_store, qtbot):
    store = demo_store()
    w = main_window(store=store)
    w.show_view("due_soon")
    w.resize(780, 560)  # fits the offscreen screen (800x800); restoreGeometry clamps to it
    qtbot.waitUntil(lambda: w.width() == 780)
    w.ui.splitter.setSizes([110, 300, 200, 150])
    sizes = w.ui.splitter.sizes()
    header = w.ui.threads_view.horizontalHeader()
    header.resizeSection(Column.BUYER, 177)
    w.threads.set_sort("activity")
    w.close()
    again = main_window(store=store)
    assert again.view_key == "due_soon"
    assert again.ui.sidebar.current_key() == "due_soon"
    assert again.size() == w.size()
    assert again.ui.splitter.sizes() == sizes
    assert again.ui.threads_view.horizontalHeader().sectionSize(Column.BUYER) == 177
    assert again.threads.sort == "activity"


def test_threads_changed_updates_in_place_and_inserts_new_threads(
    main_window, demo_store, clock, qtbot
):
    from datetime import timedelta

    from inbox_app.services.threads import recompute_thread
    from inbox_app.store.schema import Message, Thread

    store = demo_store()
    w = main_window(store=store)
    model = w.models.threads
    w.move_selection(2)
    selected = w.current_thread_id()
    first = model.thread_at(0)
    with store.session() as s, s.begin():
        t = Thread(
            buyer_id=first.buyer_id, subject="Brand new question", state="open", marketplace_id=None
        )
        s.add(t)
        s.flush()
        s.add(
            Message(
                thread_id=t.id,
                direction="in",
                status="received",
                subject="q",
                body_text="Where is it?",
                created_at=clock.now - timedelta(hours=30),
            )
        )
        s.flush()
        recompute_thread(s, t.id, reopen=True)
        new_id = t.id
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.rowsInserted):
        w.threads_changed([new_id, first.id])
    assert resets == []
    truth = [r.id for r in w.service.thread_page(model.filter).rows]
    assert model.row_of(new_id) == truth.index(new_id) <= 2, "placed where SQL sorts it"
    assert model.ids()[:10] == truth[:10]
    assert w.current_thread_id() == selected, "the selection stays on its thread"


def test_j_and_k_walk_the_orders_in_the_orders_tab(main_window, qtbot):
    w = main_window()
    thread = w.current_thread_id()
    w.show_orders_tab()
    first = w.ui.orders_tab.current_order_id()
    qtbot.keyClick(w.ui.orders_view, Qt.Key.Key_J)
    second = w.ui.orders_tab.current_order_id()
    assert second != first and second == w.models.orders.order_at(1).id
    assert w.ui.orders_tab.panel.order_id == second
    qtbot.keyClick(w.ui.orders_view, Qt.Key.Key_K)
    assert w.ui.orders_tab.current_order_id() == first
    assert w.current_thread_id() == thread, "the inbox selection is untouched"


def test_when_store_ready_runs_at_once_for_a_verified_store(main_window):
    w = main_window()
    got = []
    w.when_store_ready(got.append)
    assert got == [w.service.store]


def test_contact_buyer_opens_a_seller_initiated_message_for_the_selected_order(main_window, qtbot):
    from PySide6.QtWidgets import QApplication

    from inbox_app.views.compose.window import ComposeWindow

    w = main_window()
    action = w.findChild(QAction, "contactBuyerAction")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+N"
    w.show_orders_tab()
    w.ui.orders_view.selectRow(0)
    order_id = w.ui.orders_tab.current_order_id()
    assert order_id is not None
    action.trigger()
    windows = [
        t for t in QApplication.topLevelWidgets() if isinstance(t, ComposeWindow) and t.isVisible()
    ]
    assert len(windows) == 1
    windows[0].close()


def test_contact_buyer_from_an_order_panel_or_without_an_order(main_window, qtbot):
    from PySide6.QtWidgets import QApplication

    from inbox_app.views.compose.window import ComposeWindow
    from inbox_app.views.writing_panes import ContactBuyer

    w = main_window()
    contact = w.findChild(ContactBuyer)
    assert contact is not None
    contact.open(None)  # nothing selected: the status bar says what to select
    assert "Select an order first" in w.statusBar().currentMessage()
    w.show_orders_tab()
    w.ui.orders_view.selectRow(0)
    order_id = w.ui.orders_tab.current_order_id()
    assert order_id is not None
    w.ui.orders_tab.panel.contact_requested.emit(order_id)  # the panel's "Contact buyer…"
    windows = [
        t for t in QApplication.topLevelWidgets() if isinstance(t, ComposeWindow) and t.isVisible()
    ]
    assert len(windows) == 1
    windows[0].close()
