"""Order import from the window: report files from a picker or a drop, run in a worker,
progress in the status bar, then a summary (new, updated, skipped with reasons)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from inbox_app.models.formatting import number
from inbox_app.models.known_sentences import known_error_text, report_text
from inbox_app.models.unexpected_text import unexpected_text
from inbox_app.views.task_runner import Task, TaskRunner

if TYPE_CHECKING:
    from inbox_app.services.inbox import InboxService
    from inbox_app.services.orders_import import ImportSummary

REPORT_SUFFIXES = (".txt", ".tsv", ".csv")
MAX_REASONS = 30


def report_paths(mime: QMimeData | None) -> list[str]:
    """Local report files (.txt/.tsv/.csv) among dropped URLs; remote URLs are refused."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.suffix.lower() in REPORT_SUFFIXES and path.is_file():
            paths.append(str(path))
    return paths


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    summary: ImportSummary | None
    error: str | None


def _import_all(service: InboxService, paths: Sequence[str], task: Task) -> list[FileResult]:
    from inbox_app.orders import ReportError
    from inbox_app.services.orders_import import ImportCancelled
    from inbox_app.store.errors import KnownStoreError

    results: list[FileResult] = []
    n = len(paths)
    for i, path in enumerate(paths):
        if task.cancelled():
            results.append(
                FileResult(
                    path,
                    None,
                    QCoreApplication.translate("OrderImport", "Cancelled: nothing imported."),
                )
            )
            continue

        def progress(done: int, total: int, i: int = i) -> None:
            part = done / total if total else 1.0
            task.report(int((i + part) * 1000), n * 1000)

        try:
            summary = service.import_orders(path, progress=progress, cancel=task.cancelled)
        except ImportCancelled:
            results.append(
                FileResult(
                    path,
                    None,
                    QCoreApplication.translate("OrderImport", "Cancelled: nothing imported."),
                )
            )
        except (ReportError, KnownStoreError, OSError) as exc:
            results.append(FileResult(path, None, known_error_text(exc)))
        except Exception as exc:  # a bug: logged, said plainly; the other files go on
            results.append(FileResult(path, None, unexpected_text(exc)))
        else:
            results.append(FileResult(path, summary, None))
        task.report((i + 1) * 1000, n * 1000)
    return results


class OrderImporter(QObject):
    """Runs imports one batch at a time on `pool`; never touches widgets from the worker."""

    started = Signal(int)  # number of files
    progress = Signal(int, int)  # done, total (thousandths of files)
    finished = Signal(list)  # list[FileResult]

    def __init__(self, service: InboxService, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._task: Task | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def import_files(self, paths: Sequence[str]) -> bool:
        """Start importing; False when nothing to do or an import is already running."""
        paths = list(paths)
        if not paths or self._task is not None:
            return False
        service = self._service
        self._task = self._runner.run(
            lambda t: _import_all(service, paths, t),
            on_done=self._on_done,
            on_failed=self._on_failed,
            on_progress=self.progress.emit,
        )
        self.started.emit(len(paths))
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_done(self, results: Any) -> None:
        self._task = None
        self.finished.emit(list(results))

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.finished.emit([FileResult("", None, unexpected_text(exc))])


def _sentence(text: str, name: str) -> str:
    """A refusal as a sentence of its own: its first letter upper-case (a reason such as
    "not a known … report" is also said after a colon), unless it starts with the file's
    name."""
    if text.startswith(name) or not text[:1].islower():
        return text
    return text[:1].upper() + text[1:]


def summary_text(results: Sequence[FileResult]) -> str:
    lines: list[str] = []
    for r in results:
        name = Path(r.path).name or QCoreApplication.translate("OrderImport", "(import)")
        if r.summary is None:
            lines.append(
                QCoreApplication.translate("OrderImport", "%1: not imported. %2")
                .replace("%1", name)
                .replace("%2", _sentence(r.error or "", name))
            )
            lines.append("")
            continue
        s = r.summary
        lines.append(
            QCoreApplication.translate(
                "OrderImport",
                "%1: %2 new, %3 updated, %4 skipped (%5 rows read; %6 threads linked)",
            )
            .replace("%1", name)
            .replace("%2", number(s.new))
            .replace("%3", number(s.updated))
            .replace("%4", number(len(s.skipped)))
            .replace("%5", number(s.rows))
            .replace("%6", number(s.linked_threads))
        )
        for problem in s.skipped[:MAX_REASONS]:
            lines.append(
                "    "
                + QCoreApplication.translate("OrderImport", "line %1: %2")
                .replace("%1", str(problem.line))
                .replace("%2", report_text(problem.reason))
            )
        if len(s.skipped) > MAX_REASONS:
            lines.append(
                "    "
                + QCoreApplication.translate("OrderImport", "… and %1 more").replace(
                    "%1", str(len(s.skipped) - MAX_REASONS)
                )
            )
        lines.append("")
    return "\n".join(lines).rstrip()


class ImportSummaryDialog(QDialog):
    """What an import did, file by file."""

    def __init__(self, results: Sequence[FileResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummaryDialog")
        self.setWindowTitle(QCoreApplication.translate("OrderImport", "Order import"))
        self.resize(640, 360)
        self.results = list(results)
        lay = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(
            QCoreApplication.translate("OrderImport", "What the import did, file by file")
        )
        self.text.setPlainText(summary_text(results))
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)

    @classmethod
    def present(cls, parent: QWidget, results: Sequence[FileResult]) -> ImportSummaryDialog:
        """Show without blocking (window-modal), so the inbox keeps refreshing behind it."""
        dialog = cls(results, parent)
        dialog.open()
        return dialog

    @classmethod
    def ask(cls, parent: QWidget, results: Sequence[FileResult]) -> None:
        cls(results, parent).exec()
