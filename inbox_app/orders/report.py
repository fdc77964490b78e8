"""Read a Seller Central order report file as a stream of ParsedOrders.

The file is read twice, both times in chunks: a quick binary pass picks the
encoding (UTF-8, else Windows-1252, else Latin-1) and counts lines for progress;
the second pass parses rows and yields each order as soon as its rows end.
"""

from __future__ import annotations

import codecs
import csv
import os
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

from inbox_app.orders.layouts import Header, Layout, recognise
from inbox_app.orders.model import ParsedOrder, RowProblem, UnreadableReportError
from inbox_app.orders.rows import OrderBuilder, RowParser
from inbox_app.orders.sentences import say

_CHUNK = 1 << 20


def sniff_encoding(path: Path) -> tuple[str, int]:
    """(encoding, number of lines) of a text file; UnreadableReportError if it is not text."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise UnreadableReportError(
            say("cannot_open", path=path, detail=exc.strerror or exc)
        ) from None
    with fh:
        try:
            first = fh.read(_CHUNK)
        except OSError as exc:
            raise UnreadableReportError(
                say("cannot_read", path=path, detail=exc.strerror or exc)
            ) from None
        if not first.strip():
            raise UnreadableReportError(say("empty", name=path.name))
        if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            # Excel's "Unicode text" export: UTF-16 with a BOM. Line count is an estimate.
            return "utf-16", first.count(b"\n") + _count_rest(fh)
        if b"\x00" in first[:8192]:
            raise UnreadableReportError(say("binary", name=path.name))
        utf8: codecs.IncrementalDecoder | None = codecs.getincrementaldecoder("utf-8")()
        cp1252_ok = True
        lines = 0
        last = first
        chunk = first
        while chunk:
            last = chunk
            lines += chunk.count(b"\n")
            if utf8 is not None:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = None
            if utf8 is None and cp1252_ok:
                try:
                    chunk.decode("cp1252")
                except UnicodeDecodeError:
                    cp1252_ok = False
            chunk = fh.read(_CHUNK)
        if not last.endswith(b"\n"):
            lines += 1  # a last line without a newline
        if utf8 is not None:
            try:
                utf8.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = None
        if utf8 is not None:
            return "utf-8-sig", lines
        return ("cp1252" if cp1252_ok else "latin-1"), lines


def _count_rest(fh: IO[bytes]) -> int:
    count = 0
    while chunk := fh.read(_CHUNK):
        count += chunk.count(b"\n")
    return count


class OrderReport:
    """An open report: its layout and encoding; iterate it for ParsedOrders.

    Rows that cannot be parsed are skipped and listed in `problems`. `rows_read` and
    `total_rows` (data lines, from the first pass) let a caller show progress.
    Raises UnreadableReportError / UnknownLayoutError (both ReportError) on open.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise UnreadableReportError(say("folder", path=self.path))
        self.encoding, lines = sniff_encoding(self.path)
        self.total_rows = max(lines - 1, 0)
        self.rows_read = 0
        self.problems: list[RowProblem] = []
        self._fh = self.path.open(encoding=self.encoding, newline="")
        self._reader = csv.reader(self._fh, delimiter="\t", quoting=csv.QUOTE_NONE, strict=False)
        try:
            cells = next(self._reader, None)
            while cells is not None and not any(c.strip() for c in cells):
                cells = next(self._reader, None)  # blank lines before the header
            if cells is None:
                raise UnreadableReportError(say("empty", name=self.path.name))
            self.header: Header = recognise(cells)
        except (csv.Error, UnicodeDecodeError) as exc:
            self.close()
            raise UnreadableReportError(
                say("unreadable", name=self.path.name, detail=exc)
            ) from None
        except BaseException:
            self.close()
            raise

    @property
    def layout(self) -> Layout:
        return self.header.layout

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> OrderReport:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __iter__(self) -> Iterator[ParsedOrder]:
        width = self.header.width
        parser = RowParser(self.header)
        problems = self.problems
        reader = self._reader
        current: OrderBuilder | None = None
        while True:
            try:
                row = next(reader, None)
            except (csv.Error, UnicodeDecodeError) as exc:
                raise UnreadableReportError(
                    say(
                        "unreadable_line", name=self.path.name, line=reader.line_num + 1, detail=exc
                    )
                ) from None
            if row is None:
                break
            line = reader.line_num
            self.rows_read += 1
            if len(row) != width:
                if not any(c.strip() for c in row):
                    continue  # a blank line
                if len(row) < width or any(c.strip() for c in row[width:]):
                    problems.append(RowProblem(line, say("cells", cells=len(row), width=width)))
                    continue
            try:
                oid, head, item, by_item_id = parser.parse(row, line)
            except ValueError as exc:
                problems.append(RowProblem(line, str(exc)))
                continue
            if current is None or current.order_id != oid:
                if current is not None:
                    yield current.build()
                current = OrderBuilder(oid, line)
            problem = current.add(head, item, by_item_id)
            if problem is not None:
                problems.append(problem)
        if current is not None:
            yield current.build()


# What a file picker offers: Seller Central downloads reports as .txt.
FILE_SUFFIXES = (".txt", ".tsv", ".tab")


def peek_layout(path: str | os.PathLike[str]) -> Layout:
    """The layout from the header line alone (cheap: to accept a dropped file or not).

    Raises UnreadableReportError / UnknownLayoutError like OrderReport.
    """
    file = Path(path)
    if file.is_dir():
        raise UnreadableReportError(say("folder", path=file))
    try:
        with file.open("rb") as fh:
            head = fh.read(64 * 1024)
    except OSError as exc:
        raise UnreadableReportError(
            say("cannot_open", path=file, detail=exc.strerror or exc)
        ) from None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="replace")
    elif b"\x00" in head:
        raise UnreadableReportError(say("binary", name=file.name))
    else:
        line = head.lstrip(b"\r\n").split(b"\n", 1)[0]
        try:
            text = line.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if not first:
        raise UnreadableReportError(say("empty", name=file.name))
    return recognise(first.split("\t")).layout


def parse_report(
    path: str | os.PathLike[str],
) -> tuple[Layout, list[ParsedOrder], list[RowProblem]]:
    """The whole report at once (tests, small files): layout, orders, skipped rows."""
    with OrderReport(path) as report:
        orders = list(report)
        return report.layout, orders, report.problems
