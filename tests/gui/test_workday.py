"""What a seller who keeps the window open all day trips over (issue 13): the window
reopens on the thread that was open, its title names the app once, dates read in the
locale's own order and Amazon's order statuses are translated."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication

from inbox_app.models.formatting import fulfillment, full_time, order_status, short_date, when
from inbox_app.models.order_table_model import OrderColumn


def test_the_selected_thread_comes_back_after_a_restart(main_window, demo_store, qtbot):
    store = demo_store()
    w = main_window(store=store)
    w.show_view("answered")
    w.move_selection(5)
    chosen = w.current_thread_id()
    assert chosen is not None
    assert chosen != w.models.threads.thread_at(0).id  # not what a fresh start selects
    w.close()
    again = main_window(store=store)
    assert again.view_key == "answered"
    assert again.current_thread_id() == chosen
    assert again.ui.conversation.isEnabled()


def test_a_thread_that_left_the_view_falls_back_to_the_first(main_window, demo_store, qtbot):
    store = demo_store()
    w = main_window(store=store)
    w.show_view("open")
    w.move_selection(3)
    chosen = w.current_thread_id()
    w.commands.mark_no_response_needed()  # it leaves the Open view
    w.close()
    again = main_window(store=store)
    assert again.view_key == "open"
    assert again.current_thread_id() is not None
    assert again.current_thread_id() != chosen


def test_the_title_names_the_app_once(main_window, qtbot, monkeypatch):
    w = main_window()
    qtbot.waitUntil(lambda: w.counts.latest is not None)
    overdue = w.counts.latest.overdue
    assert overdue > 0  # the demo has overdue threads
    title = w.windowTitle()
    assert title == f"{overdue:,} overdue — Seller Inbox"
    # the desktop appends the display name to a title that does not end with it
    display = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName("Seller Inbox")
    try:
        assert title.endswith(QGuiApplication.applicationDisplayName())
        assert title.count("Seller Inbox") == 1
    finally:
        QGuiApplication.setApplicationDisplayName(display)


@pytest.fixture
def locale_default() -> Iterator[Callable[[str], None]]:
    """`locale_default("ko_KR")`: QLocale() is that locale until the end of the test."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "this_year", "other_year"),
    [
        ("ko_KR", "11월 30일", "2025년 11월 30일"),
        ("it_IT", "30 nov", "30 nov 2025"),
        ("en_US", "Nov 30", "Nov 30, 2025"),
        ("de_DE", "30. Nov.", "30. Nov. 2025"),
        ("ja_JP", "11月30日", "2025年11月30日"),
    ],
)
def test_dates_read_in_the_locales_own_order(locale_default, name, this_year, other_year):
    locale_default(name)
    now = datetime(2026, 12, 2, 12, tzinfo=UTC)
    assert when(datetime(2026, 11, 30, 12, tzinfo=UTC), now) == this_year
    assert when(datetime(2025, 11, 30, 12, tzinfo=UTC), now) == other_year
    assert short_date(datetime(2025, 11, 30, 12, tzinfo=UTC)) == other_year
    assert "30" in full_time(datetime(2026, 11, 30, 12, tzinfo=UTC))


def test_korean_dates_never_put_the_day_before_the_month(locale_default):
    locale_default("ko_KR")
    text = when(datetime(2026, 11, 30, 12, tzinfo=UTC), datetime(2026, 12, 2, tzinfo=UTC))
    assert text.index("11월") < text.index("30")


def test_amazons_order_statuses_are_translated(install):
    assert order_status("Shipped") == "Shipped"
    assert order_status("Shipped - Delivered to Buyer") == "Delivered"
    assert order_status("SomethingNew") == "SomethingNew"  # shown as Amazon wrote it
    install("it")
    assert order_status("Shipped") == "Spedito"
    assert order_status("Unshipped") == "Non spedito"
    assert fulfillment("MFN") == "spedito da te"
    assert fulfillment("AFN") == "spedito da Amazon"


def test_the_order_panel_shows_the_translated_status(install, main_window, qtbot):
    install("it")
    w = main_window()
    w.show_orders_tab()
    view = w.ui.orders_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    statuses = {view.model().index(r, OrderColumn.STATUS).data() for r in range(10)}
    assert statuses & {"Spedito", "Non spedito"}
    assert not statuses & {"Shipped", "Unshipped"}
