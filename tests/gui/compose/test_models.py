"""The findings and attachments models under Qt's model tester, with expected rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from inbox_app.models.attachments_model import AttachmentItem, AttachmentRole, AttachmentsModel
from inbox_app.models.findings_model import FindingRole, FindingsModel
from inbox_app.policy.types import Finding

F1 = Finding("phone-number", "warn", "Phone number +1 212", "body", 10, 20)
F2 = Finding("external-link", "block", "Remove the link to a.com", "body", 0, 5)
F3 = Finding("external-link", "block", "Remove the link to b.com", "subject", 3, 8)
F4 = Finding("review-request", "info", "Review request", "body", 30, 40)


def test_findings_model(qtmodeltester: Any) -> None:
    model = FindingsModel()
    qtmodeltester.check(model)
    assert model.set_findings([F1, F2, F3, F4])
    qtmodeltester.check(model)
    rows = [
        (
            model.index(r).data(),
            model.index(r).data(FindingRole.SEVERITY),
            model.index(r).data(FindingRole.FIELD),
        )
        for r in range(model.rowCount())
    ]
    # blocking first, subject before body, then warnings, then notes
    assert rows == [
        ("Remove the link to b.com", "block", "subject"),
        ("Remove the link to a.com", "block", "body"),
        ("Phone number +1 212", "warn", "body"),
        ("Review request", "info", "body"),
    ]
    assert model.index(0).data(FindingRole.SPAN) == (3, 8)
    assert model.index(0).data(FindingRole.FINDING) is F3
    assert "external-link" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.set_findings([F4, F3, F2, F1])  # same set: nothing happens
    assert model.set_findings([F1])
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.blocking() == () and model.warnings() == (F1,)


def test_attachments_model(qtmodeltester: Any) -> None:
    model = AttachmentsModel()
    qtmodeltester.check(model)
    model.add(AttachmentItem(key=1, filename="a.pdf", size=4 * 1024 * 1024))
    model.add(AttachmentItem(key=2, filename="b.pdf", size=4 * 1024 * 1024))
    qtmodeltester.check(model)
    assert model.busy()
    assert "checking" in model.index(0).data()
    model.update(1, state="ok", sha256="a" * 64, media_type="application/pdf")
    model.update(2, state="ok", sha256="b" * 64, media_type="application/pdf")
    model.apply_total_limit()
    assert [model.index(r).data(AttachmentRole.STATE) for r in range(2)] == ["ok", "ok"]
    assert [model.item(r).refused for r in range(2)] == [False, True]
    assert "7.0 MB" in model.index(1).data(AttachmentRole.PROBLEM)
    assert model.total() == 8 * 1024 * 1024
    assert model.update(99, state="ok") is None  # removed while scanning: ignored
    model.remove_rows([0])
    model.apply_total_limit()
    qtmodeltester.check(model)
    assert [model.item(r).filename for r in range(model.rowCount())] == ["b.pdf"]
    assert not model.item(0).refused
