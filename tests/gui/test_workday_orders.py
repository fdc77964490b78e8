"""The Orders tab and the window's small bars as a seller meets them (issue 13.10, 13.13,
13.15): a free-text filter in SQL, an empty state, titles and the order-type combo that
fit in Italian, the account dialog's keyring note in full, a one-line deadline bar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inbox_app.credentials import KeyringStatus
from inbox_app.models.order_table_model import OrderColumn
from inbox_app.services.mail import MailService
from inbox_app.views.account_dialog import AccountDialog
from inbox_app.views.alerts.banner import DeadlineBanner


def _filter(qtbot, w, text: str) -> None:
    tab = w.ui.orders_tab
    tab.filter_edit.setText(text)
    with qtbot.waitSignal(w.models.orders.modelReset, timeout=3000):
        pass  # the debounced filter (250 ms) replaces the row set once


def _orders(w) -> list:
    model = w.models.orders
    return [model.order_at(n) for n in range(model.rowCount())]


def test_the_filter_finds_orders_by_product_buyer_and_sku(main_window, qtbot):
    w = main_window()
    w.show_orders_tab()
    everything = _orders(w)
    sample = next(o for o in everything if " " in o.first_product)
    word = max(sample.first_product.split(), key=len).lower()
    _filter(qtbot, w, word)
    found = _orders(w)
    assert sample.id in {o.id for o in found}
    assert 0 < len(found) < len(everything)
    for order in found:
        items = w.service.order_detail(order.id).items
        assert any(word in (i.product_name + " " + i.sku).lower() for i in items) or (
            word in (order.buyer_alias or "").lower()
        )
    detail = w.service.order_detail(sample.id)
    sku_part = detail.items[0].sku.split("-")[1].lower()  # a piece of it, lower case
    _filter(qtbot, w, sku_part)
    assert sample.id in {o.id for o in _orders(w)}
    named = next(
        o for o in everything if (d := w.service.order_detail(o.id)).buyer_name and d.buyer_name
    )
    name = w.service.order_detail(named.id).buyer_name
    _filter(qtbot, w, f"{name} {named.amazon_order_id[:7]}")  # two words: both must match
    assert [o.id for o in _orders(w)] == [named.id]


def test_no_match_is_an_empty_state_with_no_stale_order(main_window, qtbot):
    w = main_window()
    w.show_orders_tab()
    tab = w.ui.orders_tab
    assert tab.panel.order_id is not None  # the first order is shown
    _filter(qtbot, w, "no such product anywhere")
    assert w.models.orders.rowCount() == 0
    assert tab.view.placeholder_text == "No order matches “no such product anywhere”."
    assert tab.panel.order_id is None
    assert w.models.order_threads.rowCount() == 0  # nor the threads of the last order
    tab.filter_edit.clear()
    tab.apply_filter_now()
    assert w.models.orders.rowCount() > 0 and tab.panel.order_id is not None


def test_an_empty_store_says_how_to_get_orders(main_window, demo_store, qtbot):
    from inbox_app.store.migrate import open_store

    w = main_window(store=open_store(f"sqlite:///{demo_store().url.split('///')[1]}x"))
    w.show_orders_tab()
    assert w.models.orders.rowCount() == 0
    assert "import a Seller Central order report" in w.ui.orders_tab.view.placeholder_text


def test_italian_order_titles_and_type_combo_fit(main_window, install, qtbot):
    install("it")
    w = main_window(show=False)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitExposed(w)
    w.show_orders_tab()
    header = w.ui.orders_tab.view.horizontalHeader()
    for col in OrderColumn:
        if col != OrderColumn.ITEMS:
            assert header.sectionSize(col) >= header.sectionSizeHint(col), col.name
    for panel in (w.ui.orders_tab.panel, w.ui.order_panel):
        combo = panel.type_combo
        longest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        )
        assert "Automatico (regole SKU)" in [combo.itemText(i) for i in range(combo.count())]
        assert combo.sizeHint().width() > longest
        assert combo.width() >= combo.sizeHint().width() or not combo.isVisible()


def test_the_keyring_note_is_shown_whole(qtbot, demo_store, install, monkeypatch):
    install("it")
    monkeypatch.setattr(
        MailService,
        "keyring_status",
        staticmethod(lambda: KeyringStatus(False, "Keyring", "the only keyring found is unsafe")),
    )
    dialog = AccountDialog(MailService(demo_store()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.keyring_note
    qtbot.waitUntil(note.isVisible)
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()))
    assert note.geometry().bottom() <= note.parentWidget().height()


def test_the_deadline_bar_is_one_compact_line(main_window, qtbot):
    w = main_window()
    banner = w.findChild(DeadlineBanner)
    assert banner is not None
    long_body = "Charger missing from the box — 111-2223334-5556667 — 42 min left " * 8 + "\nsecond"
    banner.show_notice("k", "Reply due soon", long_body)
    qtbot.waitUntil(banner.isVisible)
    qtbot.waitUntil(lambda: banner.text.text().endswith("…"))  # elided to its one line
    line = banner.text.fontMetrics().height()
    assert banner.height() <= line + 16, banner.height()
    assert "\n" not in banner.text.text()
    assert "second" in banner.toolTip()
    assert w.statusBar().height() <= line + 20
    assert banner.text.textFormat() == Qt.TextFormat.PlainText
