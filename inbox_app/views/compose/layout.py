"""The compose pane's widgets and their arrangement (no behaviour: pane.py wires it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.attachments_model import TOTAL_LIMIT, AttachmentsModel
from inbox_app.models.colours import css
from inbox_app.models.formatting import human_size
from inbox_app.views.compose.attachments import AttachmentList
from inbox_app.views.compose.editors import BodyEdit, ImportantToggle
from inbox_app.views.compose.fitted_lists import FindingsView, FitToRows, first_rows_height
from inbox_app.views.compose.outbox_bar import OutboxLine, UnknownBanner
from inbox_app.views.compose.save_state import SaveState
from inbox_app.views.compose.status_line import ThreadStatus
from inbox_app.views.compose.text_spans import SubjectUnderline
from inbox_app.views.theme import colour_style, restyle_with_palette


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


@dataclass
class ComposeUi:
    header: QLabel
    hint: QLabel
    banner: UnknownBanner
    subject: QLineEdit
    underline: SubjectUnderline
    important: ImportantToggle
    body: BodyEdit
    attachments: AttachmentList
    attach: QToolButton
    remove: QToolButton
    total: QLabel
    findings: FindingsView
    outbox: OutboxLine
    status: ThreadStatus
    templates: QPushButton
    send: QPushButton
    fit_findings: FitToRows
    fit_files: FitToRows
    save_state: SaveState  # "Saving…" / "Saved" / "Not saved" beside the buttons

    def show_total(self, total: int, *, over: bool = False) -> None:
        """The bytes that would be sent (refused files do not count); red when a file
        had to be refused for the total."""
        over = over or total > TOTAL_LIMIT
        self.total.setText(
            _tr("{used} of {limit}").format(used=human_size(total), limit=human_size(TOTAL_LIMIT))
        )
        self.total.setStyleSheet(
            f"color: {css('danger')}; font-weight: bold;" if over else f"color: {css('muted')};"
        )
        self.total.setToolTip(
            _tr("All attachments together may not exceed {limit}.").format(
                limit=human_size(TOTAL_LIMIT)
            )
        )


def build_ui(pane: QWidget, files: AttachmentsModel) -> ComposeUi:
    """The widgets, laid out; the findings view gets its model from the pane."""
    header = QLabel()
    header.setObjectName("composeHeader")
    restyle_with_palette(header, colour_style("muted"))
    hint = QLabel()
    hint.setObjectName("optOutHint")
    hint.setWordWrap(True)
    restyle_with_palette(
        hint,
        lambda pal: (
            f"#optOutHint {{ background: {css('banner', pal)}; "
            f"color: {pal.color(QPalette.ColorRole.WindowText).name()}; "
            f"border-left: 4px solid {css('banner_border', pal)}; padding: 4px 8px; }}"
        ),
    )
    hint.hide()
    banner = UnknownBanner()

    subject = QLineEdit()
    subject.setObjectName("subjectEdit")
    subject.setPlaceholderText(_tr("Subject"))
    subject.setAccessibleName(_tr("Subject"))
    underline = SubjectUnderline(subject)
    important = ImportantToggle()
    subject_row = QHBoxLayout()
    subject_row.addWidget(subject, 1)
    subject_row.addWidget(important)

    body = BodyEdit()
    body.setPlaceholderText(_tr("Write to the buyer… (plain text; drop or paste files to attach)"))
    body.setAccessibleName(_tr("Message"))

    attachments = AttachmentList()
    attachments.setModel(files)
    attachments.setWordWrap(True)
    attachments.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    attachments.setAccessibleName(_tr("Attachments"))
    lines = body.fontMetrics().lineSpacing()
    fit_files = FitToRows(attachments, lambda: lines * 4 + 12, hide_empty=True)
    fit_files.watch(files)
    attach = QToolButton()
    attach.setObjectName("attachButton")
    attach.setText(_tr("Attach…"))
    attach.setToolTip(
        _tr("Attach files: PDF, Word, JPEG, PNG, GIF or text, 7 MB in all (Ctrl+Shift+A)")
    )
    remove = QToolButton()
    remove.setObjectName("removeAttachmentButton")
    remove.setText(_tr("Remove"))
    remove.setToolTip(_tr("Remove the selected attachment (Delete)"))
    total = QLabel()
    total.setObjectName("attachmentTotal")
    file_row = QHBoxLayout()  # one line under the body; the list shows once it has files
    file_row.addWidget(attach)
    file_row.addWidget(remove)
    file_row.addWidget(total, 1)

    findings_view = FindingsView()
    findings_view.setObjectName("policyFindings")
    findings_view.setWordWrap(True)
    findings_view.setUniformItemSizes(False)
    findings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    findings_view.setAccessibleName(_tr("Problems Amazon would object to"))
    # as tall as the findings, up to a third of the pane but two whole findings at the
    # least (the reply makes room: compose/room.py); hidden while there are none
    fit_findings = FitToRows(
        findings_view,
        lambda: max(lines * 3 + 12, pane.height() // 3, first_rows_height(findings_view, 2)),
        hide_empty=True,
    )

    outbox = OutboxLine()
    status = ThreadStatus()
    templates = QPushButton(_tr("Saved replies…"))
    templates.setObjectName("templatesButton")
    templates.setToolTip(_tr("Insert a saved reply (Ctrl+Shift+T)"))
    send = QPushButton(_tr("Send"))
    send.setObjectName("sendButton")
    send.setDefault(False)
    send.setAutoDefault(False)
    # bold and wider through the font and the size, not a style sheet: a sheet's padding
    # makes Qt draw the button itself, white in the dark theme
    bold = send.font()
    bold.setBold(True)
    send.setFont(bold)
    send.setMinimumWidth(send.sizeHint().width() + 28)
    save_state = SaveState()
    bottom = QHBoxLayout()  # the status line has a row of its own, above the buttons
    bottom.addWidget(save_state, 1)  # what the buttons leave
    bottom.addWidget(templates)
    bottom.addWidget(send)

    layout = QVBoxLayout(pane)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(header)
    layout.addWidget(hint)
    layout.addWidget(banner)
    layout.addLayout(subject_row)
    layout.addWidget(body, 1)  # the body takes what the rest leaves
    layout.addWidget(attachments)
    layout.addLayout(file_row)
    layout.addWidget(findings_view)
    layout.addWidget(outbox)
    layout.addWidget(status)
    layout.addLayout(bottom)
    QWidget.setTabOrder(subject, body)
    QWidget.setTabOrder(body, attachments)
    ui = ComposeUi(
        header,
        hint,
        banner,
        subject,
        underline,
        important,
        body,
        attachments,
        attach,
        remove,
        total,
        findings_view,
        outbox,
        status,
        templates,
        send,
        fit_findings,
        fit_files,
        save_state,
    )
    ui.show_total(0)
    fit_files.fit()
    return ui
