"""Saved replies from the compose pane: insert one filled from the order, or save the
current text as one (the checker may refuse it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from inbox_app.models.findings_model import finding_text
from inbox_app.services import templates
from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_target import ComposeInfo
from inbox_app.views.compose import dialogs
from inbox_app.views.compose.dialogs import TemplatePicker
from inbox_app.views.compose.layout import ComposeUi


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


def insert_template(
    parent: QWidget, service: ComposeService, info: ComposeInfo, ui: ComposeUi
) -> bool:
    """Ask for a saved reply and insert it, filled from the order, at the cursor."""
    rows = service.templates(info.context.buyer_language)
    filled = {t.id: templates.fill_template(t, info.values) for t in rows}
    chosen = TemplatePicker.ask(parent, rows, filled)
    if chosen is None:
        return False
    subject, body = filled[chosen.id]
    cursor = ui.body.textCursor()
    cursor.insertText(body)
    ui.body.setTextCursor(cursor)
    if subject and ui.subject.text().strip() in ("", info.default_subject.strip()):
        ui.subject.setText(subject)
    ui.body.setFocus()
    return True


def save_as_template(
    parent: QWidget, service: ComposeService, info: ComposeInfo, ui: ComposeUi
) -> bool:
    """Save the current subject and body as a saved reply; the checker may refuse it."""
    body = ui.body.toPlainText()
    if not body.strip():
        ui.status.setText(_tr("Write the reply first, then save it."))
        return False
    name = dialogs.ask_template_name(parent, ui.subject.text().strip()[:60])
    if name is None:
        return False
    language = info.context.buyer_language or "en"
    subject = templates.to_placeholders(ui.subject.text(), info.values)
    result = service.save_template(
        name, language, subject, templates.to_placeholders(body, info.values)
    )
    if not result.saved:
        blocks = [finding_text(f) for f in result.findings if f.severity == "block"]
        ui.status.setText(_tr("Not saved: {why}").format(why=" ".join(blocks)))
        return False
    ui.status.setText(_tr("Saved as the reply “{name}”.").format(name=name))
    return True
