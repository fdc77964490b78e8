"""One malloc arena for the window process (glibc, as on CI and the Linux bundle): threads
that allocate share it."""

from __future__ import annotations

import subprocess
import sys

THREADS = r"""
import ctypes, sys, threading
from inbox_app.heap import one_arena
if sys.argv[1] == "one":
    assert one_arena()
barrier = threading.Barrier(4)
keep = []
def work():
    keep.append(bytearray(300_000))  # from malloc, in this thread's arena
    barrier.wait()  # all four alive at once
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ctypes.CDLL(None).malloc_stats()  # one "Arena N:" paragraph per arena, on stderr
"""


def _arenas(mode: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", THREADS, mode],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return sum(1 for line in out.stderr.splitlines() if line.startswith("Arena "))


def test_threads_share_one_arena_once_asked() -> None:
    assert _arenas("default") >= 2  # glibc's own way: an arena per allocating thread
    assert _arenas("one") == 1
