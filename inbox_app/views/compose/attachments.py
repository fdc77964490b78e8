"""Attachments in the compose pane: the list (drop target), files from drops, pastes and the
picker, scanned in a lane of the window's runner (off the GUI thread). The preview of a
file is in attachment_preview.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMimeData,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QListView,
    QWidget,
)

from inbox_app.models.attachments_model import AttachmentItem, AttachmentsModel, new_key
from inbox_app.policy.types import AttachmentScan
from inbox_app.services.drafts import DraftAttachment
from inbox_app.store.blobs import BlobStore
from inbox_app.views.compose.workers import AttachmentJob, ScanOutcome, cached_scan_hit
from inbox_app.views.task_runner import Task, TaskRunner

SCAN_LANE = "attachment-scans"  # the window runner's lane for the panes' file scans
SCAN_THREADS = 2


def local_paths(mime: QMimeData) -> list[Path]:
    """Local paths among dropped / pasted URLs (remote URLs are skipped)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def local_files(mime: QMimeData) -> list[Path]:
    """Local files among dropped / pasted URLs (folders and remote URLs are skipped)."""
    return [p for p in local_paths(mime) if p.is_file()]


def carries_files(mime: QMimeData) -> bool:
    """Files, folders (refused with a reason, never pasted as text) or an image."""
    return bool(local_paths(mime)) or mime.hasImage()


def image_png(mime: QMimeData) -> bytes | None:
    """A pasted image (screenshot) as PNG bytes."""
    if not mime.hasImage():
        return None
    image = mime.imageData()
    if not isinstance(image, QImage):
        image = image.toImage() if isinstance(image, QPixmap) else QImage()
    if image.isNull():
        return None
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]  # the stub wants bytes; only str works
    buf.close()
    return bytes(data.data())


class AttachmentList(QListView):
    """`attachmentList`: accepts dropped files; Delete removes; Enter opens a preview."""

    files_dropped = Signal(object)  # QMimeData
    remove_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.activated.connect(lambda *_: self.open_requested.emit())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 3 + 10)

    def chosen_rows(self) -> list[int]:
        """The selected rows, else the current one."""
        rows = [i.row() for i in self.selectionModel().selectedRows()]
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if carries_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if carries_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if carries_files(event.mimeData()):
            self.files_dropped.emit(event.mimeData())
            event.acceptProposedAction()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            mime = QGuiApplication.clipboard().mimeData()
            if mime is not None and carries_files(mime):
                self.files_dropped.emit(mime)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedIndexes():
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class FileDropFilter(QObject):
    """Files dragged onto a text field (the subject) are attachments, never text."""

    def __init__(self, widget: QWidget, take: Callable[[QMimeData], bool]) -> None:
        super().__init__(widget)
        self._take = take
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QDropEvent | QDragEnterEvent) or not carries_files(
            event.mimeData()
        ):
            return False
        if event.type() == QEvent.Type.Drop and not self._take(event.mimeData()):
            event.ignore()
            return True
        event.acceptProposedAction()
        return True


class Attachments(QObject):
    """Owns the model and the scan jobs; tells the pane when the set of files changed."""

    changed = Signal()  # a file was added, scanned or removed
    said = Signal(str)  # why a file was not attached (for the status line)

    def __init__(self, blobs: BlobStore, runner: TaskRunner, parent: QObject | None = None) -> None:
        """`runner`: the window runner's lane SCAN_LANE (shared by the window's panes)."""
        super().__init__(parent)
        self.blobs = blobs
        self.model = AttachmentsModel(self)
        self._runner = runner
        self._jobs: set[Task] = set()  # this pane's scans still running (see settle)
        self._scans: dict[str, AttachmentScan] = {}
        self._paths: dict[int, Path] = {}  # key -> the file it was added from

    # --- adding ----------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path]) -> list[int]:
        keys = []
        for path in paths:
            if self._attached(path):
                self.said.emit(self.tr("{name} is attached already.").format(name=path.name))
                continue
            key = new_key()
            self._paths[key] = path.resolve()
            try:
                size = path.stat().st_size
            except OSError:
                size = 0
            self.model.add(AttachmentItem(key=key, filename=path.name, size=size))
            self._start(AttachmentJob(self.blobs, key, path.name, path=path))
            keys.append(key)
        self.changed.emit()
        return keys

    def add_bytes(self, name: str, data: bytes) -> int:
        key = new_key()
        self.model.add(AttachmentItem(key=key, filename=name, size=len(data)))
        self._start(AttachmentJob(self.blobs, key, name, data=data))
        self.changed.emit()
        return key

    def _attached(self, path: Path) -> bool:
        keys = {i.key for i in self.model.items()}
        resolved = path.resolve()
        return any(k in keys and p == resolved for k, p in self._paths.items())

    def add_mime(self, mime: QMimeData) -> list[int]:
        folders = [p.name or str(p) for p in local_paths(mime) if p.is_dir()]
        if folders:
            self.said.emit(
                self.tr("Folders cannot be attached ({names}): attach the files in them.").format(
                    names=", ".join(folders)
                )
            )
        files = local_files(mime)
        if files or folders:
            return self.add_paths(files)
        png = image_png(mime)
        if png is not None:
            return [self.add_bytes(self.tr("pasted-image.png"), png)]
        return []

    def load(self, attachments: Sequence[DraftAttachment]) -> None:
        """Show a stored draft's files; rescan from the BlobStore (cached) for the checker."""
        self._paths.clear()
        items = []
        for a in attachments:
            key = new_key()
            items.append(
                AttachmentItem(
                    key=key,
                    filename=a.filename,
                    size=a.size,
                    state="scanning",
                    sha256=a.sha256,
                    media_type=a.media_type,
                    problem=a.problem,
                )
            )
        self.model.replace_all(items)
        for item in items:
            assert item.sha256 is not None
            hit = cached_scan_hit(item.sha256)
            if hit is not None:
                self._apply(ScanOutcome.from_scan(item.key, item.filename, hit))
                continue
            path = self.blobs.path_for(item.sha256)
            self._start(AttachmentJob(self.blobs, item.key, item.filename, path=path))

    def _start(self, job: AttachmentJob) -> None:
        self._jobs = {task for task in self._jobs if not task.wait(0)}
        self._jobs.add(self._runner.run(job, on_done=self._scanned))

    def _scanned(self, outcome: object) -> None:
        # the lane outlives a pane closed while its scan ran: then nobody takes the answer
        if shiboken6.isValid(self) and isinstance(outcome, ScanOutcome):
            self._on_finished(outcome)

    def _on_finished(self, outcome: ScanOutcome) -> None:
        twin = outcome.sha256 is not None and any(
            i.sha256 == outcome.sha256 and i.key != outcome.key for i in self.model.items()
        )
        if twin:  # the same bytes under another name or path: attached once
            row = self.model.row_of(outcome.key)
            if row >= 0:
                name = self.model.item(row).filename
                self.model.remove_rows([row])
                self.said.emit(self.tr("{name} is attached already.").format(name=name))
        else:
            self._apply(outcome)
        self.changed.emit()

    def _apply(self, outcome: ScanOutcome) -> None:
        self.model.update(
            outcome.key,
            size=outcome.size,
            sha256=outcome.sha256,
            media_type=outcome.media_type,
            description=outcome.description,
            problem=outcome.problem,
            state="refused" if outcome.problem or outcome.sha256 is None else "ok",
        )
        if outcome.scan is not None:
            self._scans[outcome.scan.sha256] = outcome.scan
        self.model.apply_total_limit()

    # --- removing and reading ------------------------------------------------------------

    def remove_rows(self, rows: Iterable[int]) -> None:
        self.model.remove_rows(rows)
        self.model.apply_total_limit()
        self.changed.emit()

    def clear(self) -> None:
        self._paths.clear()
        self.model.replace_all(())

    def stored(self) -> tuple[DraftAttachment, ...]:
        """The files whose bytes are in the BlobStore, as the draft keeps them."""
        return tuple(
            DraftAttachment(
                filename=i.filename,
                sha256=i.sha256,
                size=i.size,
                media_type=i.media_type or "application/octet-stream",
                problem=i.problem,
            )
            for i in self.model.items()
            if i.sha256 is not None  # bytes in the BlobStore (a reloaded file may be rescanning)
        )

    def scans(self) -> dict[str, AttachmentScan]:
        return dict(self._scans)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until this pane's scans have run (their results come as events)."""
        deadline = time.monotonic() + msecs / 1000
        return all(task.wait(max(0.0, deadline - time.monotonic())) for task in list(self._jobs))

    def settle(self, msecs: int = 5_000) -> bool:
        """Finish running scans and apply their results now (before a thread switch or a
        save), so a file attached a moment ago is never applied to the wrong draft."""
        if not self.model.busy():
            return True
        done = self.wait(msecs)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        return done and not self.model.busy()


def ask_files(parent: QWidget) -> list[Path]:
    """The file picker: several files at once, Amazon's types first."""
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ComposePane", "Attach files"),
        "",
        QCoreApplication.translate(
            "ComposePane",
            "Documents and images (*.pdf *.doc *.docx *.jpg *.jpeg *.png *.gif *.txt);;"
            "All files (*)",
        ),
    )
    return [Path(f) for f in files]
