"""Attachment jobs for the window runner's scan lane: read, store in the BlobStore, scan.
Never touch widgets."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from inbox_app.models.findings_model import finding_text
from inbox_app.models.formatting import number
from inbox_app.policy.types import AttachmentScan
from inbox_app.services.policy_checks import describe_scan, scan_attachment
from inbox_app.store.blobs import BlobStore

# A file bigger than this is refused without being read into memory at all.
SINGLE_FILE_LIMIT = 7 * 1024 * 1024

_cache: dict[str, AttachmentScan] = {}  # by sha256; a scan ignores the file's name
_cache_lock = threading.Lock()


def _tr(text: str) -> str:
    # QCoreApplication.translate is thread-safe: workers may call it.
    return QCoreApplication.translate("AttachmentJob", text)


def cached_scan_hit(sha256: str) -> AttachmentScan | None:
    with _cache_lock:
        return _cache.get(sha256)


def cached_scan(data: bytes, sha256: str) -> AttachmentScan:
    """Scan once per content: the scan is pure and ignores the name (the extension is
    judged against it in describe_scan / the check)."""
    with _cache_lock:
        hit = _cache.get(sha256)
    if hit is not None:
        return hit
    scan = scan_attachment("", data)
    with _cache_lock:
        _cache[sha256] = scan
    return scan


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    """What a job found; `sha256` None when the bytes were never stored (unreadable, too big)."""

    key: int
    size: int
    sha256: str | None
    media_type: str
    description: str
    problem: str | None
    scan: AttachmentScan | None = None

    @classmethod
    def from_scan(cls, key: int, name: str, scan: AttachmentScan) -> ScanOutcome:
        return cls(
            key=key,
            size=scan.size,
            sha256=scan.sha256,
            media_type=scan.media_type,
            description=scan.description,
            problem=describe_scan(name, scan, finding_text),  # in the window's language
            scan=scan,
        )


class AttachmentJob:
    """Read one file (or take pasted bytes), put it in the BlobStore, scan it: run as
    `runner.run(job)`, it always answers with a ScanOutcome (never fails)."""

    def __init__(
        self,
        blobs: BlobStore,
        key: int,
        name: str,
        *,
        path: Path | None = None,
        data: bytes | None = None,
        size_limit: int = SINGLE_FILE_LIMIT,
    ) -> None:
        self._blobs = blobs
        self._key = key
        self._name = name
        self._path = path
        self._data = data
        self._limit = size_limit

    def __call__(self, _task: object) -> ScanOutcome:
        try:
            return self._work()
        except Exception as exc:  # a worker must always answer, never die silently
            return ScanOutcome(
                self._key, 0, None, "", "", _tr("could not be read ({error})").format(error=exc)
            )

    def _work(self) -> ScanOutcome:
        data = self._data
        if data is None:
            assert self._path is not None
            try:
                size = self._path.stat().st_size
                if size > self._limit:
                    return self._too_big(size)
                data = self._path.read_bytes()
            except OSError as exc:
                return ScanOutcome(
                    self._key,
                    0,
                    None,
                    "",
                    "",
                    _tr("could not be read ({error})").format(error=exc.strerror or exc),
                )
        if len(data) > self._limit:
            return self._too_big(len(data))
        if not data:
            return ScanOutcome(self._key, 0, None, "", "", _tr("the file is empty"))
        sha = self._blobs.put(data)  # bytes on disk before any row may reference them
        return ScanOutcome.from_scan(self._key, self._name, cached_scan(data, sha))

    def _too_big(self, size: int) -> ScanOutcome:
        mb = self._limit / (1024 * 1024)
        return ScanOutcome(
            self._key,
            size,
            None,
            "",
            "",
            _tr("the file is {size} MB; Amazon accepts at most {limit} MB").format(
                size=number(size / (1024 * 1024), 1), limit=number(mb)
            ),
        )
