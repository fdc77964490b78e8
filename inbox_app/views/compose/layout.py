"""The compose pane's widgets and their arrangement (no behaviour: pane.py wires it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.attachments_model import TOTAL_LIMIT, AttachmentsModel, human_size
from inbox_app.models.colours import css
from inbox_app.views.compose.attachments import AttachmentList
from inbox_app.views.compose.editors import BodyEdit, ImportantToggle
from inbox_app.views.compose.outbox_bar import OutboxLine, UnknownBanner
from inbox_app.views.compose.text_spans import SubjectUnderline
from inbox_app.views.theme import colour_style, restyle_with_palette


class FindingsView(QListView):
    """`policyFindings`: a few lines tall by default; the pane's splitter can grow it."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 4 + 10)


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
    status: QLabel
    templates: QPushButton
    send: QPushButton
    split: QSplitter

    def share_height(self) -> None:
        """Give the findings about a quarter of the height (at least four lines)."""
        total = sum(self.split.sizes())
        if total <= 0:
            return
        lines = self.findings.fontMetrics().lineSpacing() * 4 + 10
        findings = min(max(total // 4, lines), total // 2)
        self.split.setSizes([total - findings, findings])

    def show_total(self, total: int) -> None:
        over = total > TOTAL_LIMIT
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
    attachments.setMaximumHeight(84)
    attachments.setWordWrap(True)
    attachments.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    attachments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    attachments.setAccessibleName(_tr("Attachments"))
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
    file_buttons = QVBoxLayout()
    file_buttons.addWidget(attach)
    file_buttons.addWidget(remove)
    file_buttons.addWidget(total)
    file_buttons.addStretch(1)
    file_row = QHBoxLayout()
    file_row.addWidget(attachments, 1)
    file_row.addLayout(file_buttons)

    findings_view = FindingsView()
    findings_view.setObjectName("policyFindings")
    findings_view.setWordWrap(True)
    findings_view.setUniformItemSizes(False)
    findings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    findings_view.setAccessibleName(_tr("Problems Amazon would object to"))
    findings_view.setMinimumHeight(48)
    findings_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    outbox = OutboxLine()
    status = QLabel()
    status.setObjectName("composeStatus")
    status.setWordWrap(True)
    templates = QPushButton(_tr("Saved replies…"))
    templates.setObjectName("templatesButton")
    templates.setToolTip(_tr("Insert a saved reply (Ctrl+Shift+T)"))
    send = QPushButton(_tr("Send"))
    send.setObjectName("sendButton")
    send.setDefault(False)
    send.setAutoDefault(False)
    send.setStyleSheet("QPushButton#sendButton { font-weight: bold; padding: 4px 18px; }")
    bottom = QHBoxLayout()
    bottom.addWidget(status, 1)
    bottom.addWidget(templates)
    bottom.addWidget(send)

    top = QWidget()
    top_layout = QVBoxLayout(top)
    top_layout.setContentsMargins(0, 0, 0, 0)
    top_layout.addLayout(subject_row)
    top_layout.addWidget(body, 1)
    top_layout.addLayout(file_row)
    split = QSplitter(Qt.Orientation.Vertical)
    split.setChildrenCollapsible(False)
    split.addWidget(top)
    split.addWidget(findings_view)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 1)

    layout = QVBoxLayout(pane)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(header)
    layout.addWidget(hint)
    layout.addWidget(banner)
    layout.addWidget(split, 1)
    layout.addWidget(outbox)
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
        split,
    )
    ui.show_total(0)
    return ui
