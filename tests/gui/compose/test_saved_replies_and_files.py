"""Saved replies edited, renamed and deleted; a placeholder left unfilled blocks Send
until the seller's name fills it; a dropped folder and a file attached twice (issue 13)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QUrl

from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.views.compose import template_editor
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.compose.template_editor import TemplateEditor
from inbox_app.views.preferences.dialog import Page
from inbox_app.views.preferences.opener import preferences_for
from tests.helpers.factories import make_thread
from tests.helpers.qtdrop import drag_and_drop, drop_files


def test_saved_replies_are_edited_renamed_and_deleted(
    store: Store, qtbot: Any, monkeypatch: Any
) -> None:
    ComposeService(store).templates(None)  # the starter set
    editor = TemplateEditor(ComposeService(store), {"buyer_name": "Jana"}, "it")
    qtbot.addWidget(editor)
    first = editor.rows()[0]
    assert editor.name.text() == first.name
    assert editor.language.currentData() == first.language
    editor.name.setText("Renamed reply")
    editor.body.setPlainText("Hello {buyer_name}, your parcel left today.")
    editor.update_preview()
    assert "Hello Jana, your parcel left today." in editor.preview.toPlainText()
    assert editor.save()
    names = {t.id: t.name for t in ComposeService(store).templates(None)}
    assert names[first.id] == "Renamed reply"  # the same reply, renamed (no copy)
    editor.body.setPlainText("Get 20% off at www.myshop.com")
    assert not editor.save()
    assert "Not saved" in editor.problems.text()
    monkeypatch.setattr(template_editor, "confirm_delete", lambda parent, name: True)
    editor.show_template(next(t for t in editor.rows() if t.id == first.id))
    assert editor.delete()
    assert first.id not in {t.id for t in ComposeService(store).templates(None)}


def test_an_unfilled_placeholder_blocks_send_until_the_name_fills_it(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    pane = make_pane(make_thread(store))
    pane.ui.body.setPlainText("Hello, your parcel left today.\n\n{seller_name}")
    qtbot.waitUntil(
        lambda: "unfilled-placeholder" in {f.rule for f in pane.findings_model.blocking()}
    )
    assert not pane.ui.send.isEnabled()
    assert pane.ui.body.extraSelections()  # underlined where it stands
    pane.edit_settings()  # Preferences, at its Replies page
    dialog = preferences_for(pane).dialog
    assert dialog is not None and dialog.current_page() is Page.REPLIES
    qtbot.waitExposed(dialog)
    dialog.name.setText("Lena")
    dialog.accept()
    assert pane.ui.body.toPlainText().endswith("\n\nLena")
    qtbot.waitUntil(pane.ui.send.isEnabled)
    assert pane.replies.prefs.load().seller_name == "Lena"


def test_a_dropped_folder_is_no_text_and_a_file_is_attached_once(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    folder = tmp_path / "invoices"
    folder.mkdir()
    note = tmp_path / "note.txt"
    note.write_text("the note")
    pane = make_pane(make_thread(store))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drag_and_drop(pane.ui.body.viewport(), mime)
    assert "file://" not in pane.ui.body.toPlainText()
    assert pane.ui.body.toPlainText() == ""
    assert "invoices" in pane.ui.status.text()
    assert drop_files(pane.ui.attachments, [note])
    qtbot.waitUntil(lambda: not pane.attachments.model.busy())
    drop_files(pane.ui.attachments, [note])
    copy = tmp_path / "copy.txt"
    copy.write_text("the note")  # the same bytes under another name
    drop_files(pane.ui.attachments, [copy])
    qtbot.waitUntil(lambda: not pane.attachments.model.busy())
    assert [i.filename for i in pane.attachments.model.items()] == ["note.txt"]
    assert "attached already" in pane.ui.status.text()
