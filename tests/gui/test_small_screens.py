"""Small screens (1024x700, 1280x720): the thread list keeps its clock and subject in
view, and the sidebar and the order panel give way first (issue 13.4)."""

from __future__ import annotations

import pytest

from inbox_app.models.thread_list_model import Column
from inbox_app.views.pane_widths import LIST_COMFORT, PaneLimits, first_run_sizes, fit
from inbox_app.views.thread_list_view import SUBJECT_MIN


@pytest.mark.parametrize("width", [1024, 1280, 1440, 1920, 2560])
def test_first_run_sizes_keep_the_list_comfortable(width):
    limits = PaneLimits()
    side, threads, conversation, panel = first_run_sizes(width, limits)
    assert side + threads + conversation + panel == width
    assert threads >= LIST_COMFORT
    assert side < threads and panel < threads
    assert side >= limits.side_min and panel >= limits.panel_min


def test_fit_takes_from_the_panel_then_the_sidebar_and_keeps_the_total():
    limits = PaneLimits()
    fitted = fit([260, 210, 300, 250], limits)
    assert sum(fitted) == 1020
    assert fitted[3] == limits.panel_min  # the order panel gave way first
    assert fitted[0] < 260 and fitted[1] > 210
    # a roomy layout is left alone
    assert fit([220, 800, 600, 250], limits) == [220, 800, 600, 250]


def _subject_width(w) -> int:
    header = w.ui.threads_view.horizontalHeader()
    assert not header.isSectionHidden(Column.SUBJECT)
    return header.sectionSize(Column.SUBJECT)


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("size", [(1024, 700), (1280, 720)])
def test_small_window_shows_clock_and_subject(main_window, install, qtbot, lang, size):
    if lang != "en":
        install(lang)
    w = main_window(show=False)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    sizes = w.ui.splitter.sizes()
    qtbot.waitUntil(lambda: _subject_width(w) >= SUBJECT_MIN - 1)
    side, threads, _conversation, panel = w.ui.splitter.sizes()
    assert side < threads, sizes
    assert panel < threads
    header = w.ui.threads_view.horizontalHeader()
    assert not header.isSectionHidden(Column.DUE)
    assert header.sectionSize(Column.DUE) > 0


def test_narrowing_the_window_makes_the_side_panes_give_way(main_window, qtbot):
    w = main_window(show=False)
    w.resize(1600, 900)
    w.show()
    qtbot.waitExposed(w)
    wide = w.ui.splitter.sizes()
    w.resize(1024, 700)
    limits = PaneLimits()
    qtbot.waitUntil(lambda: w.ui.splitter.sizes()[0] == limits.side_min)
    qtbot.waitUntil(lambda: _subject_width(w) >= SUBJECT_MIN - 1)
    side, threads, _conversation, panel = w.ui.splitter.sizes()
    assert (side, panel) == (limits.side_min, limits.panel_min)
    assert threads > wide[0] + 100
    # wide again: the activity column that stepped aside comes back
    w.resize(1900, 1000)
    header = w.ui.threads_view.horizontalHeader()
    qtbot.waitUntil(lambda: not header.isSectionHidden(Column.ACTIVITY))


def test_the_sellers_own_column_choice_wins(main_window, qtbot):
    w = main_window(show=False)
    w.resize(1024, 700)
    w.show()
    qtbot.waitExposed(w)
    view = w.ui.threads_view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.isSectionHidden(Column.ACTIVITY))
    view._choose_column(Column.ACTIVITY, True)  # the header's context menu
    w.resize(1900, 1000)
    qtbot.waitUntil(lambda: w.ui.splitter.sizes()[1] > 600)
    assert not header.isSectionHidden(Column.ACTIVITY)
    view._choose_column(Column.ACTIVITY, False)
    w.resize(1024, 700)
    w.resize(1900, 1000)
    qtbot.waitUntil(lambda: w.ui.splitter.sizes()[1] > 600)
    assert header.isSectionHidden(Column.ACTIVITY)  # hidden by the seller, stays hidden
