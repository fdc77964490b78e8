"""The buyer's relay alias in the order panel fits at every panel width (issue 15.5):
with a break only after the @, "marketplace.amazon.co.uk" was wider than the field
column of a narrow panel and its end was cut off."""

from __future__ import annotations

from inbox_app.store.rows import ThreadRow
from inbox_app.views.order_panel import OrderPanel, breakable_alias, scrollable

ALIAS = "q9xk2m3ntbq8lwzabcd@marketplace.amazon.co.uk"


def _thread() -> ThreadRow:
    return ThreadRow(
        1, "Where is my order?", 1, ALIAS, "", True, "UK", "205-1234567-1234567", None,
        "standard", "open", True, False, 0, None, 1, "", False, None,
    )  # fmt: skip


def test_the_alias_breaks_only_at_the_at_and_the_dots():
    shown = breakable_alias(ALIAS)
    assert shown.replace("\u200b", "") == ALIAS
    assert shown.split("\u200b") == ["q9xk2m3ntbq8lwzabcd@", "marketplace.", "amazon.", "co.", "uk"]


def test_the_buyer_alias_is_never_clipped_whatever_the_panel_width(qtbot):
    panel = OrderPanel()
    area = scrollable(panel)
    qtbot.addWidget(area)
    panel.show_order(None, _thread())
    area.show()
    qtbot.waitExposed(area)
    label = panel.buyer_label
    widest_piece = max(
        label.fontMetrics().horizontalAdvance(p) for p in breakable_alias(ALIAS).split("\u200b")
    )
    for width in range(180, 420, 4):
        area.resize(width, 600)
        qtbot.waitUntil(lambda w=width: panel.width() == w, timeout=2000)
        panel.layout().activate()
        panel.form_host.layout().activate()
        # the label is at least as wide as its longest line that cannot break, and inside
        # the visible panel
        assert label.width() >= label.minimumSizeHint().width(), width
        assert label.width() >= widest_piece, width
        right = label.mapTo(panel, label.rect().topRight()).x()
        assert right < area.viewport().width(), width
    assert label.toolTip() == ALIAS
