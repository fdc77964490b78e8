"""What the compose pane shows about its target (header, opt-out hint, toggle tooltip)
and where a finding points (the offending text or file, selected)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inbox_app.models.attachments_model import AttachmentsModel
from inbox_app.policy.types import Finding
from inbox_app.services.compose_target import ComposeInfo
from inbox_app.services.policy_checks import opt_out_binds
from inbox_app.views.compose.layout import ComposeUi
from inbox_app.views.compose.text_spans import select_span


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


def show_target(ui: ComposeUi, info: ComposeInfo | None, tag: str) -> None:
    binds = info is not None and opt_out_binds(info.context)
    ui.important.set_prominent(binds)
    ui.important.setText(tag)
    ui.important.setToolTip(
        _tr(
            "Adds {tag} to the start of the subject (Ctrl+I). A buyer who opted out of "
            "unsolicited messages still receives a message with this tag, but only when it "
            "is critical to the order: a shipping or address problem, customization, "
            "delivery scheduling, cancellation. Using it on anything else (thanks, review "
            "requests, offers) is misuse that Amazon may penalise."
        ).format(tag=tag)
    )
    if binds:
        ui.hint.setText(
            _tr(
                "This buyer opted out of unsolicited messages. Send only what the order "
                "needs (shipping, address, customization, delivery), with {tag} in the subject."
            ).format(tag=tag)
        )
    elif info is not None and info.context.opted_out:
        ui.hint.setText(
            _tr(
                "This buyer opted out of unsolicited messages; a reply to the buyer's "
                "own message is still delivered."
            )
        )
    ui.hint.setVisible(info is not None and info.context.opted_out)
    to = info.buyer_label if info else ""
    order = info.context.order_id if info else None
    if order:
        ui.header.setText(_tr("To {buyer} · order {order}").format(buyer=to, order=order))
    else:
        ui.header.setText(_tr("To {buyer}").format(buyer=to) if to else "")


def no_buyer_text(order: str) -> str:
    return _tr(
        "Order {order} has no buyer address yet: import the order's messages or wait for "
        "the buyer's first message."
    ).format(order=order)


def go_to_finding(ui: ComposeUi, files: AttachmentsModel, finding: Finding) -> None:
    """Select the offending text (or the offending file) and move the focus there."""
    if finding.field == "subject":
        select_span(ui.subject, finding.start, finding.end)
    elif finding.field == "body":
        select_span(ui.body, finding.start, finding.end)
    elif finding.attachment:
        for row, item in enumerate(files.items()):
            if item.filename == finding.attachment:
                ui.attachments.setCurrentIndex(files.index(row))
                ui.attachments.setFocus()
                return
