"""The order beside a conversation: id, dates, status, items, delivery, type, buyer state."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.buyer_text import buyer_text
from inbox_app.models.colours import css
from inbox_app.models.formatting import fulfillment, full_time, money, order_status, short_date
from inbox_app.models.order_table_model import type_label
from inbox_app.store.rows import OrderDetail, ThreadRow
from inbox_app.views.theme import colour_style, restyle_with_palette

ORDER_TYPE_CHOICES = ("auto", "standard", "handmade", "custom", "wine")


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def breakable_alias(alias: str) -> str:
    """The relay alias with a zero-width space after the @ and each dot, so a word-wrapped
    label can break "q9xk2m3ntbq8lwz@marketplace.amazon.co.uk" into short pieces: with a
    break only after the @, "marketplace.amazon.co.uk" was wider than a narrow panel's
    field column and got clipped."""
    return alias.replace("@", "@\u200b").replace(".", ".\u200b")


class OrderPanel(QFrame):
    """Shows one order (or says there is none); `order_type_requested(order_id, type)`."""

    order_type_requested = Signal(int, str)
    order_shown = Signal(str)  # the Amazon order id now shown ("" for none)
    contact_requested = Signal(int)  # "Contact buyer…" for this order (it has no thread)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._order_id: int | None = None
        self.shown_amazon_order_id = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        title = QLabel(QCoreApplication.translate("OrderPanel", "Order"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        self.empty_label = QLabel(
            QCoreApplication.translate("OrderPanel", "No order linked to this thread yet."), self
        )
        self.empty_label.setWordWrap(True)
        restyle_with_palette(self.empty_label, colour_style("muted"))
        outer.addWidget(self.empty_label)
        self.form_host = QWidget(self)
        form = QFormLayout(self.form_host)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.order_id_label = _label(self, "orderIdLabel")
        self.date_label = _label(self, "orderDateLabel")
        self.marketplace_label = _label(self, "orderMarketplaceLabel")
        self.status_label = _label(self, "orderStatusLabel")
        self.items_label = _label(self, "orderItemsLabel")
        self.items_label.setTextFormat(Qt.TextFormat.RichText)
        self.delivery_label = _label(self, "orderDeliveryLabel")
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("orderTypeCombo")
        # as wide as its longest (translated) choice, "Auto (regole SKU)": where the
        # panel is narrow the form puts it under its label (WrapLongRows), never clipped
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in ORDER_TYPE_CHOICES:
            text = (
                QCoreApplication.translate("OrderPanel", "Auto (SKU rules)")
                if key == "auto"
                else type_label(key)
            )
            self.type_combo.addItem(text, key)
        self.type_combo.setToolTip(
            QCoreApplication.translate(
                "OrderPanel",
                "Mark this one order as handmade, custom or wine, or let its SKUs decide",
            )
        )
        self.type_combo.activated.connect(self._type_chosen)
        self.type_note = _label(self, "orderTypeNote")
        restyle_with_palette(self.type_note, colour_style("muted"))
        self.buyer_label = _label(self, "buyerAliasLabel")
        self.opt_out_label = _label(self, "optOutLabel")
        form.addRow(QCoreApplication.translate("OrderPanel", "Order id"), self.order_id_label)
        form.addRow(QCoreApplication.translate("OrderPanel", "Purchased"), self.date_label)
        form.addRow(QCoreApplication.translate("OrderPanel", "Marketplace"), self.marketplace_label)
        form.addRow(QCoreApplication.translate("OrderPanel", "Status"), self.status_label)
        form.addRow(QCoreApplication.translate("OrderPanel", "Items"), self.items_label)
        form.addRow(QCoreApplication.translate("OrderPanel", "Delivery"), self.delivery_label)
        form.addRow(QCoreApplication.translate("OrderPanel", "Order type"), self.type_combo)
        form.addRow("", self.type_note)
        form.addRow(QCoreApplication.translate("OrderPanel", "Buyer"), self.buyer_label)
        form.addRow(QCoreApplication.translate("OrderPanel", "Messages"), self.opt_out_label)
        outer.addWidget(self.form_host)
        # an order nobody has written about yet: the way to write is right here, under
        # the title, in view also where the panel is short and the details scroll
        self.contact_button = QPushButton(
            QCoreApplication.translate("OrderPanel", "Contact buyer…"), self
        )
        self.contact_button.setObjectName("contactBuyerButton")
        self.contact_button.setToolTip(
            QCoreApplication.translate(
                "OrderPanel", "Write to the buyer about this order (Ctrl+Shift+N)"
            )
        )
        self.contact_button.clicked.connect(self._contact)
        outer.insertWidget(
            outer.indexOf(title) + 1, self.contact_button, 0, Qt.AlignmentFlag.AlignLeft
        )
        outer.addStretch(1)
        self.show_order(None, None)

    def _fit_items(self, detail: OrderDetail) -> None:
        """The items need room for their longest word: where the field beside "Items"
        is narrower (a narrow panel, a longer label in Italian), the form puts them under
        the label (WrapLongRows) instead of clipping "2 × Organic Cotton…" at the edge."""
        metrics = self.items_label.fontMetrics()
        words = [
            word
            for it in detail.items
            for text in (f"{it.quantity} × {it.product_name}", f"SKU {it.sku}")
            for word in text.split()
        ]
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        self.items_label.setMinimumWidth(max(longest, metrics.averageCharWidth() * 12) + 4)

    def add_actions(self, actions: QWidget) -> None:
        """Actions on the order (Amazon's): under the title and "Contact buyer…", where
        they are in sight also when the panel is short and its details scroll (below the
        details, at 1024x700 they were under the fold)."""
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(outer.indexOf(self.contact_button) + 1, actions)

    def _contact(self) -> None:
        if self._order_id is not None:
            self.contact_requested.emit(self._order_id)

    @property
    def order_id(self) -> int | None:
        return self._order_id

    def show_pending(self, thread: ThreadRow | None) -> None:
        """The thread's order is being read (a team seat): what its list row knows, and
        not the "no order" sentence."""
        self.show_order(None, thread)
        self.empty_label.setVisible(False)

    def show_order(self, detail: OrderDetail | None, thread: ThreadRow | None) -> None:
        """Fill the panel from an order (and its thread for the buyer, if no order yet)."""
        self._order_id = detail.order.id if detail is not None else None
        self.form_host.setVisible(detail is not None or thread is not None)
        self.empty_label.setVisible(detail is None)
        for w in (self.order_id_label, self.date_label, self.status_label, self.items_label):
            w.clear()
        self.delivery_label.clear()
        self.type_combo.setEnabled(detail is not None)
        self.contact_button.setVisible(detail is not None and detail.order.thread_count == 0)
        alias = thread.buyer_alias if thread is not None else None
        opted_out = thread.buyer_opted_out if thread is not None else False
        if thread is not None:
            self.order_id_label.setText(thread.amazon_order_id or "")
            self.marketplace_label.setText(thread.marketplace)
        if detail is not None:
            o = detail.order
            self.order_id_label.setText(o.amazon_order_id)
            self.date_label.setText(full_time(o.purchase_date))
            self.marketplace_label.setText(o.marketplace)
            status = (order_status(o.status), fulfillment(detail.fulfillment_channel))
            self.status_label.setText(" · ".join(b for b in status if b))
            lines = [
                f"{it.quantity} × {html.escape(it.product_name)}"
                f"<br><span style='color:{css('muted')}'>SKU {html.escape(it.sku)} · "
                f"{html.escape(money(it.item_price, it.currency))}</span>"
                for it in detail.items
            ]
            self.items_label.setText(
                "<br>".join(lines) or QCoreApplication.translate("OrderPanel", "(no items)")
            )
            self._fit_items(detail)
            self.delivery_label.setText(self._delivery(detail))
            key = o.order_type if detail.order_type_manual else "auto"
            self.type_combo.setCurrentIndex(ORDER_TYPE_CHOICES.index(key))
            self.type_note.setText(
                QCoreApplication.translate("OrderPanel", "marked by hand")
                if detail.order_type_manual
                else QCoreApplication.translate("OrderPanel", "from SKU rules: %1").replace(
                    "%1", type_label(o.order_type)
                )
            )
            alias = o.buyer_alias or alias
            opted_out = detail.buyer_opted_out or opted_out
        else:
            self.type_combo.setCurrentIndex(0)
            self.type_note.clear()
        self.buyer_label.setText(breakable_alias(buyer_text(None, alias)))
        # the form wraps a row under its label only when the field's minimum width says so
        # (a word-wrapped label's own hint did not, and panels ~245 px wide cut the alias)
        self.buyer_label.setMinimumWidth(0)
        self.buyer_label.setMinimumWidth(self.buyer_label.minimumSizeHint().width())
        self.buyer_label.setToolTip(alias or "")
        if opted_out:
            self.opt_out_label.setText(
                QCoreApplication.translate(
                    "OrderPanel", "Opted out: send only messages required to complete the order"
                )
            )
            self.opt_out_label.setStyleSheet(f"color:{css('danger')}; font-weight:bold")
        else:
            self.opt_out_label.setText(QCoreApplication.translate("OrderPanel", "Accepts messages"))
            self.opt_out_label.setStyleSheet(f"color:{css('success')}")
        self.shown_amazon_order_id = detail.order.amazon_order_id if detail is not None else ""
        self.order_shown.emit(self.shown_amazon_order_id)

    def _delivery(self, d: OrderDetail) -> str:
        if d.delivered_at is not None:
            return QCoreApplication.translate("OrderPanel", "Delivered %1").replace(
                "%1", short_date(d.delivered_at)
            )
        if d.delivery_start is not None and d.delivery_end is not None:
            return (
                QCoreApplication.translate("OrderPanel", "%1 – %2")
                .replace("%1", short_date(d.delivery_start))
                .replace("%2", short_date(d.delivery_end))
            )
        if d.delivery_end is not None:
            return QCoreApplication.translate("OrderPanel", "by %1").replace(
                "%1", short_date(d.delivery_end)
            )
        return QCoreApplication.translate("OrderPanel", "unknown")

    def _type_chosen(self, index: int) -> None:
        if self._order_id is not None:
            self.order_type_requested.emit(self._order_id, ORDER_TYPE_CHOICES[index])


def scrollable(panel: QWidget) -> QScrollArea:
    """The panel in a vertical scroll area (a long order never gets clipped)."""
    area = QScrollArea(panel.parentWidget())
    area.setWidget(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
