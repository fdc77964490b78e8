"""Length caps on header fields, applied to the raw bytes before the stdlib parser runs.

The stdlib's structured header parser is superlinear: a 1 MB Content-Type with 100,000
parameters cost minutes and hundreds of MB before any cap in the app could act. Here every
field of the top header block and of each part's header block is cut to a length
(MIME fields, which the parser structures, to MAX_MIME_HEADER) while the bytes are
still bytes; one pass over the lines, nothing else is changed.
"""

from __future__ import annotations

import re

MAX_HEADER = 16 * 1024  # any header field longer than this is cut
MAX_MIME_HEADER = 4 * 1024  # Content-* fields, which the stdlib parses into parameters

_FIELD_RE = re.compile(rb"[!-9;-~]{1,200}:")


def cap_headers(raw: bytes) -> tuple[bytes, bool]:
    """`raw` with every over-long header field cut; True when something was cut.

    Header blocks are the message's first one and those after a line starting with
    "--" (a boundary); a blank line ends a block. Body lines are passed through.
    """
    if not _has_long_field(raw):
        return raw, False
    out: list[bytes] = []
    in_header = True
    budget = 0  # bytes the current field may still take
    cut = False
    for original in raw.splitlines(keepends=True):
        line = original
        if in_header:
            if line in (b"\r\n", b"\n"):
                in_header = False
                out.append(line)
                continue
            if line[:1] in (b" ", b"\t"):
                if budget <= 0:
                    cut = True
                    continue
            elif _FIELD_RE.match(line):
                budget = MAX_MIME_HEADER if line[:8].lower() == b"content-" else MAX_HEADER
            elif line.startswith(b"--"):
                budget = MAX_HEADER
            if len(line) > budget:
                ending = b"\r\n" if line.endswith(b"\r\n") else b"\n"
                line = line[: max(budget, 0)].rstrip(b"\r\n") + ending
                cut = True
            budget -= len(line)
            out.append(line)
        else:
            if line.startswith(b"--"):
                in_header = True
                budget = MAX_HEADER
            out.append(line)
    return (b"".join(out), True) if cut else (raw, False)


def _has_long_field(raw: bytes) -> bool:
    """A cheap first look: is any header block long enough to need a cut?"""
    head = raw.find(b"\n\n")
    head_crlf = raw.find(b"\r\n\r\n")
    ends = [i for i in (head, head_crlf) if i >= 0]
    if not ends or min(ends) > MAX_MIME_HEADER:
        return True
    # the top block is short; part headers can still be long (one pass to find out)
    for block in re.finditer(rb"\n--[^\r\n]*\r?\n((?:[^\r\n]+\r?\n){0,10000})", raw):
        if len(block.group(1)) > MAX_MIME_HEADER:
            return True
    return False
