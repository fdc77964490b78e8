"""The compose pane's files: the attach / remove / preview controls, drops on the pane and
the subject, folders refused with a sentence, and the running total (refused files do
not count)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QWidget

from inbox_app.views.compose.attachment_preview import preview
from inbox_app.views.compose.attachments import Attachments, FileDropFilter, ask_files
from inbox_app.views.compose.layout import ComposeUi


class PaneFiles(QObject):
    """Connects the pane's file controls to its `Attachments` (while `has_target()`)."""

    def __init__(
        self,
        ui: ComposeUi,
        attachments: Attachments,
        has_target: Callable[[], bool],
        *,
        edited: Callable[[], object],
        update_send: Callable[[], object],
        pane: QWidget,
    ) -> None:
        super().__init__(pane)
        self._ui = ui
        self._files = attachments
        self._has_target = has_target
        self._update_send = update_send
        self._pane = pane
        attachments.changed.connect(edited)
        attachments.model.total_changed.connect(self.show_total)
        attachments.said.connect(ui.status.setText)
        ui.body.files_received.connect(attachments.add_mime)
        ui.attachments.files_dropped.connect(attachments.add_mime)
        ui.attachments.remove_requested.connect(self.remove_selected)
        ui.attachments.open_requested.connect(self.preview_selected)
        ui.attach.clicked.connect(self.pick)
        ui.remove.clicked.connect(self.remove_selected)
        for target in (ui.subject, pane):  # files dropped there are attachments, not text
            FileDropFilter(target, self.take)
        pane.setAcceptDrops(True)

    def take(self, mime: QMimeData) -> bool:
        if not self._has_target():
            return False
        return bool(self._files.add_mime(mime))

    def pick(self) -> None:
        self._files.add_paths(ask_files(self._pane))

    def remove_selected(self) -> None:
        self._files.remove_rows(self._ui.attachments.chosen_rows())

    def preview_selected(self) -> None:
        for row in self._ui.attachments.chosen_rows()[:1]:
            preview(self._pane, self._files.blobs, self._files.model.item(row))

    def show_total(self, *_: object) -> None:
        model = self._files.model
        self._ui.show_total(model.counted_total(), over=model.any_over_limit())
        self._update_send()
