"""Attachments: real files dropped as Qt events, disguised executables and the 7 MB total
refused with the reason visible, Delete removes, clipboard images become PNGs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QImage

from inbox_app.models import colours
from inbox_app.models.attachments_model import AttachmentRole
from inbox_app.services.compose import ComposeService
from inbox_app.store.demo import _pdf, _png
from inbox_app.store.migrate import Store
from inbox_app.views.compose.pane import ComposePane
from tests.helpers.factories import make_thread
from tests.helpers.files import ELF, PE
from tests.helpers.qtdrop import drop_files
from tests.helpers.writes import landed


def _settled(pane: ComposePane) -> bool:
    return not pane.attachments.model.busy()


def _rows(pane: ComposePane) -> list[tuple[str, str, str | None]]:
    model = pane.attachments.model
    return [
        (i.filename, "refused" if i.refused else i.state, i.reason() or None) for i in model.items()
    ]


def test_drop_real_files_on_the_list(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(_pdf("Invoice 42"))
    png = tmp_path / "photo.png"
    png.write_bytes(_png(40, 30, (10, 120, 200)))
    pane = make_pane(make_thread(store))
    assert drop_files(pane.ui.attachments, [pdf, png])
    qtbot.waitUntil(lambda: _settled(pane))
    assert _rows(pane) == [("invoice.pdf", "ok", None), ("photo.png", "ok", None)]
    model = pane.attachments.model
    assert model.index(0).data(AttachmentRole.ITEM).media_type == "application/pdf"

    # the draft keeps them: bytes in the BlobStore, rows in the store (the save may have
    # run while the scans settled, so wait for its result, not for its signal)
    def saved_with_files() -> bool:
        draft = ComposeService(store).load_draft(pane.thread_id)  # type: ignore[arg-type]
        return draft is not None and len(draft.attachments) == 2

    qtbot.waitUntil(saved_with_files, timeout=3000)
    draft = ComposeService(store).load_draft(pane.thread_id)  # type: ignore[arg-type]
    assert draft is not None
    assert [a.filename for a in draft.attachments] == ["invoice.pdf", "photo.png"]
    assert store.blobs.get(draft.attachments[0].sha256) == pdf.read_bytes()


def test_drop_on_the_pane_and_on_the_body(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    a = tmp_path / "a.txt"
    a.write_text("notes")
    b = tmp_path / "b.txt"
    b.write_text("more notes")
    pane = make_pane(make_thread(store))
    assert drop_files(pane, [a])
    assert drop_files(pane.ui.body.viewport(), [b])
    qtbot.waitUntil(lambda: len(pane.attachments.model.items()) == 2 and _settled(pane))
    assert pane.ui.body.toPlainText() == ""  # a file drop is not text


def test_disguised_executables_refused_with_the_reason_visible(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    elf = tmp_path / "manual.pdf"
    elf.write_bytes(ELF)
    exe = tmp_path / "label.pdf"
    exe.write_bytes(PE)
    pane = make_pane(make_thread(store))
    pane.ui.body.setPlainText("Hello, the manual is attached.")
    drop_files(pane.ui.attachments, [elf, exe])
    qtbot.waitUntil(lambda: _settled(pane))
    model = pane.attachments.model
    for row in range(2):
        idx = model.index(row)
        assert idx.data(AttachmentRole.STATE) == "refused"
        assert "refused" in idx.data(Qt.ItemDataRole.DisplayRole)
        assert "program" in idx.data(Qt.ItemDataRole.ToolTipRole).lower()
        assert idx.data(Qt.ItemDataRole.ForegroundRole).color() == colours.colour("danger")
    # the check may have run while the scans settled: wait for its result
    qtbot.waitUntil(
        lambda: "attachment-type" in {f.rule for f in pane.findings_model.blocking()},
        timeout=3000,
    )
    assert not pane.ui.send.isEnabled()
    assert "manual.pdf" in pane.ui.send.toolTip() or "program" in pane.ui.send.toolTip()


def test_total_over_7_mb_refused(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    files = []
    for name in ("one.txt", "two.txt"):
        path = tmp_path / name
        path.write_bytes(name[:1].encode() * (4 * 1024 * 1024))  # two files, two contents
        files.append(path)
    pane = make_pane(make_thread(store))
    pane.ui.body.setPlainText("Hello, the two lists are attached.")
    drop_files(pane.ui.attachments, files)
    qtbot.waitUntil(lambda: _settled(pane))
    rows = _rows(pane)
    assert rows[0][1] == "ok"
    assert rows[1][1] == "refused" and "7.0 MB" in (rows[1][2] or "")
    assert pane.ui.total.text() == "4.0 MB of 7.0 MB"  # the refused file is not counted
    assert colours.css("danger") in pane.ui.total.styleSheet()
    qtbot.waitUntil(lambda: "attachment-size" in {f.rule for f in pane.findings_model.blocking()})
    assert not pane.ui.send.isEnabled()
    # removing one with Delete brings it back under the limit
    pane.ui.attachments.setFocus()
    pane.ui.attachments.setCurrentIndex(pane.attachments.model.index(1))
    qtbot.keyClick(pane.ui.attachments, Qt.Key.Key_Delete)
    assert [r[0] for r in _rows(pane)] == ["one.txt"]
    assert _rows(pane)[0][1] == "ok"
    try:
        qtbot.waitUntil(pane.ui.send.isEnabled)
    except Exception:
        raise AssertionError(pane.ui.send.toolTip()) from None


def test_a_file_removed_while_scanning_takes_its_size_finding_with_it(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    """The check skips when nothing it reads changed; the total (which counts files still
    scanning) is one of those things, or the old "too big" finding stays after a removal."""
    from inbox_app.models.attachments_model import AttachmentItem, new_key

    one = tmp_path / "one.txt"
    one.write_bytes(b"a" * (4 * 1024 * 1024))
    pane = make_pane(make_thread(store))
    pane.ui.body.setPlainText("Hello, the list is attached.")
    drop_files(pane.ui.attachments, [one])
    qtbot.waitUntil(lambda: _settled(pane))
    # a second file still scanning (no job answers for it): only the total sees it
    pane.attachments.model.add(AttachmentItem(key=new_key(), filename="two.txt", size=4 << 20))
    pane.run_check()
    assert "attachment-size" in {f.rule for f in pane.findings_model.blocking()}
    pane.attachments.model.remove_rows([1])
    pane.run_check()
    assert "attachment-size" not in {f.rule for f in pane.findings_model.blocking()}


def test_single_file_over_the_limit_is_never_read(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    big = tmp_path / "huge.pdf"
    with big.open("wb") as fh:
        fh.truncate(9 * 1024 * 1024)  # sparse: 9 MB that were never written
    pane = make_pane(make_thread(store))
    drop_files(pane.ui.attachments, [big])
    qtbot.waitUntil(lambda: _settled(pane))
    _name, state, reason = _rows(pane)[0]
    assert state == "refused" and "9.0 MB" in (reason or "")
    assert pane.attachments.stored() == ()  # nothing went to the BlobStore


def test_paste_image_from_clipboard(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    pane = make_pane(make_thread(store))
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    mime = QMimeData()
    mime.setImageData(image)
    pane.ui.body.insertFromMimeData(mime)  # what Ctrl+V does with the clipboard's data
    qtbot.waitUntil(lambda: len(pane.attachments.model.items()) == 1 and _settled(pane))
    item = pane.attachments.model.item(0)
    assert item.media_type == "image/png" and not item.refused
    assert item.filename.endswith(".png")


def test_remove_button_and_draft_keeps_refused_files_visible(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    bad = tmp_path / "setup.pdf"
    bad.write_bytes(PE)
    good = tmp_path / "ok.txt"
    good.write_text("fine")
    tid = make_thread(store)
    pane = make_pane(tid)
    pane.ui.body.setPlainText("Files attached.")
    drop_files(pane.ui.attachments, [bad, good])
    qtbot.waitUntil(lambda: _settled(pane))
    pane.flush()
    # reopened elsewhere: the refused file is back, still refused, with its reason
    other = make_pane(tid)
    qtbot.waitUntil(lambda: _settled(other))
    assert [(r[0], r[1]) for r in _rows(other)] == [("setup.pdf", "refused"), ("ok.txt", "ok")]
    other.ui.attachments.setCurrentIndex(other.attachments.model.index(0))
    other.ui.remove.click()
    assert [r[0] for r in _rows(other)] == ["ok.txt"]


def test_files_dropped_on_the_subject_become_attachments(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("hello")
    pane = make_pane(make_thread(store))
    before = pane.ui.subject.text()
    assert drop_files(pane.ui.subject, [note])
    qtbot.waitUntil(lambda: len(pane.attachments.model.items()) == 1 and _settled(pane))
    assert pane.ui.subject.text() == before


def test_preview_safe_types_only(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    from PySide6.QtWidgets import QDialog

    from inbox_app.views.compose.attachment_preview import preview

    png = tmp_path / "photo.png"
    png.write_bytes(_png(20, 10, (1, 2, 3)))
    bad = tmp_path / "x.pdf"
    bad.write_bytes(ELF)
    pane = make_pane(make_thread(store))
    drop_files(pane.ui.attachments, [png, bad])
    qtbot.waitUntil(lambda: _settled(pane))
    model = pane.attachments.model
    assert not preview(pane, store.blobs, model.item(1))  # refused: never opened
    pane.ui.attachments.setCurrentIndex(model.index(0))
    qtbot.keyClick(pane.ui.attachments, Qt.Key.Key_Return)
    dialogs = [d for d in pane.findChildren(QDialog) if d.objectName() == "attachmentPreview"]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()


def test_switching_threads_while_a_scan_runs_keeps_the_file_on_its_draft(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    doc = tmp_path / "list.txt"
    doc.write_bytes(b"x" * 3_000_000)
    a, b = make_thread(store), make_thread(store)
    pane = make_pane(a, save_delay_ms=60_000)
    pane.ui.body.setPlainText("see the list")
    pane.attachments.add_paths([doc])
    pane.set_thread(b)  # at once: the scan may still be running
    landed(qtbot, pane)
    draft = ComposeService(store).load_draft(a)
    assert draft is not None and [x.filename for x in draft.attachments] == ["list.txt"]
    assert pane.attachments.model.items() == ()


def test_ctrl_v_with_copied_files_in_the_list(
    tmp_path: Path, store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QApplication

    doc = tmp_path / "copied.txt"
    doc.write_text("copied in the file manager")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    QApplication.clipboard().setMimeData(mime)
    pane = make_pane(make_thread(store))
    pane.ui.attachments.setFocus()
    qtbot.keyClick(pane.ui.attachments, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    try:
        qtbot.waitUntil(lambda: len(pane.attachments.model.items()) == 1 and _settled(pane))
        assert pane.attachments.model.item(0).filename == "copied.txt"
    finally:
        # the clipboard owns the QMimeData now; left there it crashes Qt's teardown at exit
        QApplication.clipboard().clear()


def test_ctrl_shift_a_opens_the_picker_for_several_files(
    tmp_path: Path,
    store: Store,
    make_pane: Callable[..., ComposePane],
    qtbot: Any,
    monkeypatch: Any,
) -> None:
    from inbox_app.views.compose import pane_files as pane_module

    files = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name)
        files.append(tmp_path / name)
    monkeypatch.setattr(pane_module, "ask_files", lambda parent: files)
    pane = make_pane(make_thread(store))
    pane.ui.body.setFocus()
    qtbot.keyClick(
        pane.ui.body,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(pane.attachments.model.items()) == 2 and _settled(pane))
    assert [i.filename for i in pane.attachments.model.items()] == ["a.txt", "b.txt"]
