"""Saved replies from the compose pane: insert one filled from the order and the seller's
name and signature (the reply keeps its `Re:` subject), save the current text as one (the
checker may refuse it), edit them, and the seller's name and signature."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from inbox_app.models.findings_model import finding_text
from inbox_app.services import templates
from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_target import ComposeInfo
from inbox_app.views.compose import dialogs
from inbox_app.views.compose.dialogs import TemplatePicker
from inbox_app.views.compose.layout import ComposeUi
from inbox_app.views.compose.prefs import ComposePrefs, PrefsStore
from inbox_app.views.compose.template_editor import TemplateEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


def is_reply(subject: str) -> bool:
    return subject.strip().lower().startswith(("re:", "aw:", "r:", "rv:", "sv:"))


def insert_text(ui: ComposeUi, text: str) -> None:
    """Insert at the cursor, never glued to the text around it (one undo step)."""
    cursor = ui.body.textCursor()
    doc = ui.body.document()
    before = doc.characterAt(cursor.selectionStart() - 1) if cursor.selectionStart() else ""
    after = doc.characterAt(cursor.selectionEnd())
    if before and not before.isspace():
        text = "\n\n" + text
    if after and after not in ("\u2029", "\x00") and not after.isspace():
        text += "\n\n"
    cursor.insertText(text)
    ui.body.setTextCursor(cursor)


class SavedReplies(QObject):
    """The pane's saved-reply actions, over the thread the pane shows (`info()`)."""

    def __init__(
        self,
        service: ComposeService,
        ui: ComposeUi,
        info: Callable[[], ComposeInfo | None],
        prefs: PrefsStore,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._ui = ui
        self._info = info
        self.prefs = prefs
        self._parent = parent
        self._listening = False  # to the window's Preferences

    def values(self, info: ComposeInfo) -> dict[str, str]:
        return self.prefs.load().fill_values(info.values)

    def insert(self) -> bool:
        """Ask for a saved reply and insert it, filled from the order, at the cursor."""
        info, ui = self._info(), self._ui
        if info is None:
            return False
        rows = self._service.templates(info.context.buyer_language)
        values = self.values(info)
        filled = {t.id: templates.fill_template(t, values) for t in rows}
        chosen = TemplatePicker.ask(self._parent, rows, filled)
        if chosen is None:
            return False
        subject, body = filled[chosen.id]
        insert_text(ui, body)
        current = ui.subject.text().strip()
        # a reply keeps its "Re:" subject (the buyer's thread); a new message takes the
        # saved reply's subject if the seller has not written one
        if subject and not is_reply(current) and current in ("", info.default_subject.strip()):
            ui.subject.setText(subject)
        ui.body.setFocus()
        return True

    def save_current(self) -> bool:
        """Save the current subject and body as a saved reply; the checker may refuse it."""
        info, ui = self._info(), self._ui
        if info is None:
            return False
        body = ui.body.toPlainText()
        if not body.strip():
            ui.status.setText(_tr("Write the reply first, then save it."))
            return False
        name = dialogs.ask_template_name(self._parent, ui.subject.text().strip()[:60])
        if name is None:
            return False
        language = info.context.buyer_language or "en"
        values = self.values(info)
        if values.get("signature") == values.get("seller_name"):
            values.pop("signature")  # the name alone becomes {seller_name}
        subject = templates.to_placeholders(ui.subject.text(), values)
        result = self._service.save_template(
            name, language, subject, templates.to_placeholders(body, values)
        )
        if not result.saved:
            blocks = [finding_text(f) for f in result.findings if f.severity == "block"]
            ui.status.setText(_tr("Not saved: {why}").format(why=" ".join(blocks)))
            return False
        ui.status.setText(_tr("Saved as the reply “{name}”.").format(name=name))
        return True

    def edit(self) -> None:
        """The saved-reply editor, previewed with this thread's values."""
        info = self._info()
        values = self.values(info) if info is not None else {}
        language = info.context.buyer_language if info is not None else None
        TemplateEditor.ask(self._parent, self._service, values, language)

    def edit_prefs(self) -> None:
        """Preferences › Replies (the seller's name and signature); once saved, the
        placeholders left in the draft get filled."""
        from inbox_app.views.preferences.dialog import Page  # the dialog: when asked for
        from inbox_app.views.preferences.opener import preferences_for

        preferences = preferences_for(self._parent, self.prefs.settings)
        if not self._listening:
            preferences.replies_applied.connect(self._prefs_applied)
            self._listening = True
        preferences.open(Page.REPLIES)

    def _prefs_applied(self, prefs: ComposePrefs) -> None:
        self.prefs.save(prefs)
        self.fill_draft()

    def fill_draft(self) -> None:
        """Fill {seller_name} / {signature} still in the draft (one undoable edit)."""
        info, ui = self._info(), self._ui
        if info is None:
            return
        values = {k: v for k, v in self.values(info).items() if k in ("seller_name", "signature")}
        text = ui.body.toPlainText()
        filled = templates.fill(text, values)
        if filled != text:
            cursor = ui.body.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(filled)
        subject = ui.subject.text()
        if templates.fill(subject, values) != subject:
            ui.subject.setText(templates.fill(subject, values))
