"""The live policy check of the compose pane: debounced, skipped when nothing changed,
findings into the model, underlines on the text, and the send button's state."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from inbox_app.models.attachments_model import AttachmentsModel
from inbox_app.models.findings_model import FindingsModel, finding_text
from inbox_app.policy.types import AttachmentInput, AttachmentScan, Context, Draft, Finding, Report
from inbox_app.services.drafts import DraftAttachment
from inbox_app.services.policy_checks import ruleset_pending, run_live_check, size_finding
from inbox_app.views.compose.layout import ComposeUi
from inbox_app.views.compose.placeholders import unfilled
from inbox_app.views.compose.text_spans import underline_body

Fields = tuple[str, str, tuple[DraftAttachment, ...]]  # subject, body, stored files
WARM_UP_POLL_MS = 40  # while the rule set is being built after start-up


class LiveCheck(QObject):
    """Runs the checker on the GUI thread (well under 2 ms) after a pause in typing."""

    checked = Signal()

    def __init__(
        self,
        ui: ComposeUi,
        files: AttachmentsModel,
        fields: Callable[[], Fields],
        scans: Callable[[], dict[str, AttachmentScan]],
        *,
        delay_ms: int,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.files = files
        self.model = FindingsModel(self)
        self._fields = fields
        self._scans = scans
        self.context: Context | None = None
        # more findings from other parts (Amazon's opt-out note), given the report
        self.advisors: list[Callable[[Report, Context], Sequence[Finding]]] = []
        self._key: object = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run)

    def schedule(self) -> None:
        self.timer.start()  # restarted by every change: runs once typing pauses

    def invalidate(self) -> None:
        self._key = None

    def run(self) -> None:
        self.timer.stop()
        if self.context is not None and ruleset_pending():
            # the rule set is built on a worker just after the first paint: check when it
            # is ready rather than build it here, on the GUI thread
            QTimer.singleShot(WARM_UP_POLL_MS, self, self.run)
            return
        if self.context is None:
            self.model.set_findings(())
            self.update_send()
            return
        subject, body, stored = self._fields()
        # the total counts files still scanning, which `stored` leaves out: without it a
        # file removed before its scan's check ran left the old "too big" finding standing
        total = self.files.total()
        scans = self._scans()
        # a reopened draft's files are judged when their scans land: that is a change too
        files = tuple((a.filename, a.sha256, a.sha256 in scans) for a in stored)
        key = (subject, body, files, total, self.context)
        if key == self._key:
            return  # nothing changed since the last check
        inputs = tuple(AttachmentInput(a.filename, b"", a.sha256) for a in stored)
        report = run_live_check(Draft(subject, body, inputs), self.context, scans)
        findings = list(report.findings) + unfilled(subject, body)
        for advise in self.advisors:
            findings.extend(advise(report, self.context))
        big = size_finding(total, len(stored))
        if big is not None and not any(f.rule == "attachment-size" for f in findings):
            findings.append(big)  # files still scanning or never stored count too
        self._key = key
        self.model.set_findings(findings)
        underline_body(self.ui.body, findings)
        self.ui.underline.set_findings(findings, subject)
        self.update_send()
        self.checked.emit()

    def blockers(self) -> list[str]:
        """Why the message cannot be sent now, for the send button's tooltip."""
        reasons = [finding_text(f) for f in self.model.blocking()]
        if self.files.busy():
            reasons.append(self.tr("An attachment is still being checked."))
        reasons += [
            self.tr("{name}: {why}").format(name=i.filename, why=i.reason())
            for i in self.files.items()
            if i.refused and i.sha256 is None
        ]
        if self.context is not None and not self.ui.body.toPlainText().strip():
            reasons.append(self.tr("The message is empty."))
        return list(dict.fromkeys(reasons))

    def update_send(self) -> None:
        if self.context is None:
            reasons = [self.tr("No conversation selected.")]
        else:
            reasons = self.blockers()
        self.ui.send.setEnabled(not reasons)
        if reasons:
            self.ui.send.setToolTip(self.tr("Cannot send yet:") + "\n• " + "\n• ".join(reasons))
        else:
            self.ui.send.setToolTip(self.tr("Put the message in the outbox (Ctrl+Enter)"))
