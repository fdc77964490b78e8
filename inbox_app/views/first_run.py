"""The first-run guide: on an empty store the window says what to do, in order.

1. connect the business mailbox Amazon relays to (the account dialog);
2. the Seller Central settings that make relay mail complete (the sender address
   authorized in Messaging Permissions; notifications for buyer messages, opt-out
   notices and delivery failures sent to that mailbox);
3. import an order report or connect the Selling Partner API;
4. or open the demo for a look around.

Every step is also in the menus, so the guide can be closed and done later. The panel
only shows and emits; the window decides what each request does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.icons import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


@dataclass(frozen=True)
class FirstRunState:
    """What is already done (steps that are done show a tick and stay doable)."""

    has_account: bool = False
    relay_confirmed: bool = False
    has_orders: bool = False
    can_connect_api: bool = False


class _Step(QFrame):
    """One numbered step: a title, an explanation, its buttons and a done mark."""

    def __init__(self, number: int, title: str, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"firstRunStep{number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QHBoxLayout(self)
        self.badge = QLabel(str(number), self)
        self.badge.setObjectName("firstRunNumber")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.badge.setMinimumWidth(28)
        font = self.badge.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.badge.setFont(font)
        outer.addWidget(self.badge)
        body = QVBoxLayout()
        self.title = QLabel(f"<b>{title}</b>", self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        body.addWidget(self.title)
        body.addWidget(self.text)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        body.addLayout(self.buttons)
        outer.addLayout(body, 1)
        self.setAccessibleName(f"{number}. {title}")
        self.setAccessibleDescription(self.text.text())

    def add_button(self, text: str, icon_name: str, name: str, description: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setObjectName(name)
        button.setIconSize(QSize(18, 18))
        button.setAccessibleDescription(description)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button


class FirstRunPanel(QWidget):
    """The guide shown instead of the conversation while the store is empty."""

    add_account = Signal()
    import_orders = Signal()
    connect_api = Signal()
    open_demo = Signal()
    relay_confirmed = Signal(bool)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPanel")
        self.setAccessibleName(_tr("Getting started"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget(scroll)
        scroll.setWidget(page)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.setSpacing(10)
        heading = QLabel(_tr("Welcome to Seller Inbox"), page)
        heading.setObjectName("firstRunHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        lay.addWidget(heading)
        intro = QLabel(
            _tr("Your inbox is empty. Four steps bring your Amazon buyer messages here:"), page
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)

        self.mailbox = _Step(
            1,
            _tr("Connect your business mailbox"),
            _tr(
                "Amazon relays buyer messages to the e-mail address of your seller account. "
                "Add that mailbox (IMAP to receive, SMTP to reply) so Seller Inbox can read "
                "and answer them."
            ),
            page,
        )
        self.mailbox.add_button(
            _tr("Add mail account…"), "accounts", "firstRunAddAccount",
            _tr("Opens the mail account dialog"),
        ).clicked.connect(self.add_account)  # fmt: skip
        lay.addWidget(self.mailbox)

        self.relay = _Step(
            2,
            _tr("Make relay mail complete in Seller Central"),
            _tr(
                "In Seller Central, Settings › Notification Preferences › Messaging: send "
                "<i>Buyer Messages</i>, <i>opt-out notices</i> and <i>delivery failures</i> "
                "to this mailbox. Then, in Settings › Messaging Permissions, authorize the "
                "sender address you reply from: Amazon drops replies from any other address."
            ),
            page,
        )
        self.relay_check = QCheckBox(_tr("I have changed these settings"), self.relay)
        self.relay_check.setObjectName("firstRunRelayDone")
        self.relay_check.setAccessibleDescription(
            _tr("Marks the Seller Central step as done; nothing is sent to Amazon")
        )
        self.relay_check.toggled.connect(self.relay_confirmed)
        self.relay.buttons.insertWidget(0, self.relay_check)
        lay.addWidget(self.relay)

        self.orders = _Step(
            3,
            _tr("Bring in your orders"),
            _tr(
                "Import an order report downloaded from Seller Central (Reports › Fulfillment "
                "› All Orders), or connect the Selling Partner API, so each conversation "
                "shows its order."
            ),
            page,
        )
        self.orders.add_button(
            _tr("Import order report…"), "import", "firstRunImportOrders",
            _tr("Opens a file chooser for Seller Central order reports"),
        ).clicked.connect(self.import_orders)  # fmt: skip
        self.api_button = self.orders.add_button(
            _tr("Connect Selling Partner API…"), "sync", "firstRunConnectApi",
            _tr("Connects the store to Amazon's Selling Partner API"),
        )  # fmt: skip
        self.api_button.clicked.connect(self.connect_api)
        lay.addWidget(self.orders)

        self.demo = _Step(
            4,
            _tr("Just looking?"),
            _tr(
                "Open the demo: a made-up shop with 3,000 conversations in seven "
                "marketplaces. Nothing in it is sent anywhere."
            ),
            page,
        )
        self.demo.add_button(
            _tr("Open the demo"), "first_run", "firstRunOpenDemo",
            _tr("Opens a second window on the demo store"),
        ).clicked.connect(self.open_demo)  # fmt: skip
        lay.addWidget(self.demo)

        later = QLabel(
            _tr(
                "Each step can be done later from the menus: Mail › Add account…, "
                "File › Import orders…, and Help › Getting started brings this guide back."
            ),
            page,
        )
        later.setObjectName("firstRunLater")
        later.setWordWrap(True)
        lay.addWidget(later)
        close = QPushButton(_tr("Close the guide"), page)
        close.setObjectName("firstRunClose")
        close.setAccessibleDescription(_tr("Hides this guide; Help › Getting started shows it"))
        close.clicked.connect(self.dismissed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        lay.addLayout(row)
        lay.addStretch(1)
        self.set_state(FirstRunState())

    def steps(self) -> list[_Step]:
        return [self.mailbox, self.relay, self.orders, self.demo]

    def set_state(self, state: FirstRunState) -> None:
        """Mark what is done; the API button only where the API can be connected."""
        for step, done in (
            (self.mailbox, state.has_account),
            (self.relay, state.relay_confirmed),
            (self.orders, state.has_orders),
        ):
            number = step.objectName()[-1]
            step.badge.setText("✓" if done else number)
            step.badge.setAccessibleName(
                _tr("Step %1, done").replace("%1", number) if done
                else _tr("Step %1").replace("%1", number)
            )  # fmt: skip
        self.relay_check.blockSignals(True)
        self.relay_check.setChecked(state.relay_confirmed)
        self.relay_check.blockSignals(False)
        self.api_button.setVisible(state.can_connect_api)
