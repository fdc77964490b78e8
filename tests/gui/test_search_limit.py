"""A search of thousands of pasted words is cut to a few terms, and the window says so
(5,000 words blocked the event loop 45-78 s: a 5,000-phrase full-text query)."""

from __future__ import annotations

from inbox_app.services.search_limit import MAX_SEARCH_TERMS, limit_search


def test_the_limit_itself() -> None:
    words = " ".join(f"w{i}" for i in range(5000))
    limited = limit_search(words)
    assert limited.cut and limited.text.split() == [f"w{i}" for i in range(MAX_SEARCH_TERMS)]
    assert limit_search("charger cable") == limit_search("charger cable").__class__(
        "charger cable", False
    )
    assert limit_search("charger ").text == "charger "  # a finished word stays whole


def test_a_pasted_page_searches_only_its_first_words(main_window, qtbot) -> None:
    w = main_window()
    pasted = "charger " + " ".join(f"zzword{i}" for i in range(5000))
    with qtbot.waitSignal(w.models.threads.modelReset, timeout=10000):
        w.ui.search_edit.setText(pasted)
        w.apply_search()
    flt = w.threads.current_filter()
    assert flt.query is not None and len(flt.query.split()) == MAX_SEARCH_TERMS
    assert len(w.models.threads.terms) <= MAX_SEARCH_TERMS
    assert str(MAX_SEARCH_TERMS) in w.ui.search_edit.toolTip()
    w.ui.search_edit.setText("charger")
    w.apply_search()
    assert w.ui.search_edit.toolTip() == ""
    assert w.models.threads.rowCount() > 0
