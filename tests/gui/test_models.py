"""The item models: Qt's model tester, expected rows, paging, live deadlines, in-place updates."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inbox_app.models import colours
from inbox_app.models.conversation_model import ConversationModel
from inbox_app.models.order_table_model import OrderColumn, OrderTableModel
from inbox_app.models.roles import Role
from inbox_app.models.thread_display_proxy import ThreadDisplayProxy
from inbox_app.models.thread_list_model import Column, ThreadListModel
from inbox_app.models.views_model import FIXED_VIEWS, ViewsModel, filter_for
from inbox_app.services.inbox import InboxService
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page
from tests.helpers.clock import DEMO_NOW


def _service(demo_store, clock, threads=300):
    return InboxService(demo_store(threads=threads), clock)


def test_thread_model_passes_the_model_tester_and_matches_sql(qtmodeltester, demo_store, clock):
    service = _service(demo_store, clock)
    model = ThreadListModel(service)
    model.set_filter(ThreadFilter())
    qtmodeltester.check(model)
    expected = service.thread_page(ThreadFilter()).rows
    assert [model.thread_at(n) for n in range(model.rowCount())] == list(expected)
    dues = [model.data(model.index(n, 0), Role.SECONDS_LEFT) for n in range(model.rowCount())]
    dues = [d for d in dues if d is not None]
    assert dues == sorted(dues), "most urgent first"
    presenter = ThreadDisplayProxy(clock)
    presenter.setSourceModel(model)
    qtmodeltester.check(presenter)


def test_presenter_formats_time_left_colour_and_bold(demo_store, clock):
    service = _service(demo_store, clock)
    model = ThreadListModel(service)
    model.set_filter(ThreadFilter())
    presenter = ThreadDisplayProxy(clock)
    presenter.setSourceModel(model)
    texts = {}
    for n in range(model.rowCount()):
        seconds = model.data(model.index(n, 0), Role.SECONDS_LEFT)
        text = presenter.data(presenter.index(n, Column.DUE))
        texts[seconds] = text
        if seconds is not None and seconds < 0:
            assert text.startswith("overdue ")
            colour = presenter.data(presenter.index(n, Column.DUE), Qt.ItemDataRole.ForegroundRole)
            assert colour.color() == colours.colour("danger")  # the palette's (light here)
        elif seconds is not None:
            assert " m" in text and "overdue" not in text
        row = model.thread_at(n)
        font = presenter.data(presenter.index(n, Column.SUBJECT), Qt.ItemDataRole.FontRole)
        assert (font is not None and font.bold()) == row.unread
    assert any(s is not None and s < 0 for s in texts)
    assert any(s is not None and s > 0 for s in texts)


def test_the_whole_result_is_counted_from_the_start_and_the_cache_stays_bounded(
    qtmodeltester, demo_store, clock
):
    service = _service(demo_store, clock)
    flt = filter_for("answered", DEMO_NOW)
    model = ThreadListModel(service, block_rows=50, cache_rows=120)
    model.set_filter(flt)
    total = service.counts().answered
    assert total > 200
    assert model.rowCount() == total and not model.canFetchMore()  # the scrollbar is right
    qtmodeltester.check(model)
    with service._store.reader() as conn:
        truth = [r.id for r in thread_page(conn, flt, limit=100_000).rows]
    seen = [model.thread_at(n).id for n in range(total)]  # every row, read as shown
    assert seen == truth == model.ids()
    assert len(set(seen)) == total
    assert len(model.loaded_ids()) <= 120, "memory does not grow with the list"
    assert model.thread_at(total - 1).id == truth[-1]  # jump to the end
    assert model.row_of(truth[-1]) == total - 1


def test_deadline_column_updates_live_without_a_reset(qtbot, demo_store, clock):
    service = _service(demo_store, clock)
    model = ThreadListModel(service)
    model.set_filter(ThreadFilter())
    presenter = ThreadDisplayProxy(clock)
    presenter.setSourceModel(model)
    resets = []
    presenter.modelReset.connect(lambda: resets.append(1))
    before = presenter.data(presenter.index(0, Column.DUE))
    clock.advance(hours=1)
    model.set_tick_interval(20)
    with qtbot.waitSignal(presenter.dataChanged, timeout=2000) as blocker:
        pass
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert top_left.column() == bottom_right.column() == Column.DUE
    assert bottom_right.row() == presenter.rowCount() - 1
    assert presenter.data(presenter.index(0, Column.DUE)) != before
    assert resets == []


def test_refresh_rows_updates_in_place(qtbot, demo_store, clock):
    store = demo_store()
    service = InboxService(store, clock)
    model = ThreadListModel(service)
    model.set_filter(ThreadFilter())
    row = model.thread_at(3)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    service.mark_no_response_needed(row.id)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh_rows([row.id])
    assert blocker.args[0].row() == 3
    assert model.thread_at(3).state == "no_response_needed"
    assert model.data(model.index(3, 0), Role.SECONDS_LEFT) is None
    assert resets == []


def test_insert_new_places_a_thread_where_sql_sorts_it(qtmodeltester, demo_store, clock):
    service = _service(demo_store, clock)
    model = ThreadListModel(service)
    model.set_filter(ThreadFilter())
    first = model.thread_at(0)
    second = model.thread_at(1)
    assert first is not None and second is not None
    newcomer = second._replace(id=10_000_000, response_due_ts=first.response_due_ts)
    rows_before = model.rowCount()
    model.insert_new(newcomer)
    assert model.rowCount() == rows_before + 1
    assert model.row_of(10_000_000) == 1  # same deadline, larger id: after `first`
    qtmodeltester.check(model)


def test_order_table_model(qtmodeltester, demo_store, clock):
    service = _service(demo_store, clock)
    model = OrderTableModel(service, block_rows=40, cache_rows=100)
    model.set_query(None)
    qtmodeltester.check(model)
    rows, _ = service.order_page(limit=40)
    assert [model.order_at(n) for n in range(40)] == list(rows)
    assert model.data(model.index(0, OrderColumn.ORDER)) == rows[0].amazon_order_id
    assert not model.canFetchMore()
    with service._store.reader() as conn:
        total = conn.exec_driver_sql("SELECT count(*) FROM orders").scalar_one()
    assert model.rowCount() == total
    every, cursor = service.order_page(limit=100_000)
    assert cursor is None and [model.order_at(n) for n in range(total)] == list(every)
    assert len(model.loaded_ids()) <= 100
    model.set_query(rows[0].amazon_order_id)
    assert model.rowCount() == 1


def test_conversation_model_updates_in_place(qtmodeltester, qtbot, demo_store, clock):
    service = _service(demo_store, clock)
    tid = service.thread_page(ThreadFilter()).rows[0].id
    detail = service.thread_detail(tid)
    assert detail is not None and len(detail.messages) >= 2
    model = ConversationModel()
    model.set_thread(tid, detail.messages[:-1])
    qtmodeltester.check(model)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted):
        model.set_thread(tid, detail.messages)
    assert model.rowCount() == len(detail.messages)
    assert model.data(model.index(0), Role.ROW) == detail.messages[0]
    changed = detail.messages[0]._replace(read=not detail.messages[0].read)
    with qtbot.waitSignal(model.dataChanged):
        model.set_thread(tid, (changed, *detail.messages[1:]))
    qtmodeltester.check(model)


def test_views_model(qtmodeltester, demo_store, clock):
    service = _service(demo_store, clock)
    model = ViewsModel()
    qtmodeltester.check(model)
    assert model.keys() == list(FIXED_VIEWS)
    counts = service.counts()
    model.set_counts(counts)
    qtmodeltester.check(model)
    keys = model.keys()
    assert keys[: len(FIXED_VIEWS)] == list(FIXED_VIEWS)
    assert sorted(keys[len(FIXED_VIEWS) :]) == sorted(f"mp:{c}" for c in counts.per_marketplace)
    assert model.data(model.index(0), Role.COUNT) == counts.all_open
    assert model.data(model.index(0)) == "All open"
    # every saved view's filter agrees with its count
    for n, key in enumerate(keys):
        flt = filter_for(key, DEMO_NOW)
        with service._store.reader() as conn:
            rows = thread_page(conn, flt, limit=100_000).rows
        count = model.data(model.index(n), Role.COUNT)
        if key == "sent":  # an archive, not a to-do: no count (it would read half the store)
            assert count is None and rows
        else:
            assert len(rows) == count, key


def test_insert_new_in_a_latest_activity_list_and_selection_follows(
    qtmodeltester, qtbot, demo_store, clock
):
    from PySide6.QtCore import QPersistentModelIndex

    service = _service(demo_store, clock)
    model = ThreadListModel(service, block_rows=20, cache_rows=40)
    model.set_filter(filter_for("answered", DEMO_NOW))
    total = model.rowCount()
    third = model.thread_at(2)
    kept = QPersistentModelIndex(model.index(5, 0))
    kept_id = model.thread_at(5).id
    newcomer = third._replace(id=10_000_001, last_activity_ts=third.last_activity_ts)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.rowsInserted) as blocker:
        model.insert_new(newcomer)
    assert blocker.args[1] == blocker.args[2] == 2  # same time, larger id: first (descending)
    assert model.rowCount() == total + 1 and resets == []
    assert model.thread_at(2).id == 10_000_001 and model.thread_at(3).id == third.id
    assert kept.row() == 6 and model.thread_at(kept.row()).id == kept_id
    qtmodeltester.check(model)
