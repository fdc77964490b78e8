"""Search as a seller uses it all day (issue 13.12): results newest first unless asked
otherwise, `-word` leaves out, `*` alone is no search (and says so), and the count reads
"1 thread matches" through Qt's plural forms, in English and Italian."""

from __future__ import annotations

from inbox_app.models.thread_list_model import ThreadListModel


def _search(qtbot, w, text: str) -> None:
    w.ui.search_edit.setText(text)
    with qtbot.waitSignal(w.models.threads.modelReset, timeout=3000):
        w.apply_search()


def _rows(model: ThreadListModel) -> list:
    return [model.thread_at(n) for n in range(model.rowCount())]


def _text_of(w, thread_id: int) -> str:
    detail = w.service.thread_detail(thread_id)
    return " ".join(m.subject + " " + m.body_text for m in detail.messages).lower()


def test_results_come_newest_first_unless_the_seller_asks_for_urgency(main_window, qtbot):
    w = main_window()
    assert w.threads.sort == "due"  # the inbox itself is sorted by urgency
    _search(qtbot, w, "charger")
    rows = _rows(w.models.threads)
    assert len(rows) > 3
    activity = [r.last_activity_ts for r in rows]
    assert activity == sorted(activity, reverse=True)
    w.actions_["sort_due"].trigger()  # asked otherwise: the most urgent first
    rows = _rows(w.models.threads)
    due = [r.response_due_ts if r.response_due_ts is not None else 2**62 for r in rows]
    assert due == sorted(due)
    assert w.threads.sort == "due"
    _search(qtbot, w, "")
    _search(qtbot, w, "cable")  # a new search starts newest first again
    activity = [r.last_activity_ts for r in _rows(w.models.threads)]
    assert activity == sorted(activity, reverse=True)


def test_a_minus_word_leaves_threads_out(main_window, qtbot):
    w = main_window()
    _search(qtbot, w, "charger")
    every = set(w.models.threads.ids())
    _search(qtbot, w, "charger -missing")
    some = set(w.models.threads.ids())
    assert some and some < every  # fewer, and none new
    for tid in some:
        assert "charger" in _text_of(w, tid)
    for tid in every - some:
        assert "missing" in _text_of(w, tid)
    assert w.models.threads.terms == ("charger",)  # the left-out word is not highlighted


def test_a_star_alone_is_not_a_search_and_says_so(main_window, qtbot):
    w = main_window()
    before = w.models.threads.ids()
    w.ui.search_edit.setText("*")
    w.apply_search()
    assert w.models.threads.ids() == before  # the view stays
    assert "is not a search" in w.statusBar().currentMessage()
    assert w.ui.sidebar.current_key() == w.view_key  # still lit: no search is shown


def _one_thread_order(w) -> str:
    counts: dict[str, int] = {}
    for n in range(w.models.threads.rowCount()):
        oid = w.models.threads.thread_at(n).amazon_order_id
        if oid:
            counts[oid] = counts.get(oid, 0) + 1
    return next(oid for oid, c in counts.items() if c == 1)


def test_one_match_reads_in_the_singular(main_window, install, qtbot):
    install("en")  # the English plural forms app.load_translations installs first
    w = main_window()
    order = _one_thread_order(w)
    _search(qtbot, w, order)
    assert w.models.threads.rowCount() == 1
    assert w.statusBar().currentMessage() == f"1 thread matches “{order}”"
    _search(qtbot, w, "charger")
    n = w.models.threads.rowCount()
    assert w.statusBar().currentMessage() == f"{n} threads match “charger”"


def test_one_match_reads_in_the_singular_in_italian(main_window, install, qtbot):
    install("it")
    w = main_window()
    order = _one_thread_order(w)
    _search(qtbot, w, order)
    assert w.statusBar().currentMessage() == f"1 conversazione corrisponde a “{order}”"
    _search(qtbot, w, "charger")
    n = w.models.threads.rowCount()
    assert w.statusBar().currentMessage() == f"{n} conversazioni corrispondono a “charger”"
