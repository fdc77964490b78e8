"""The window process's C heap: one malloc arena for every thread (glibc).

glibc gives each thread that allocates its own arena, up to eight per core. The window's
threads (the verified open, the rule set's warm-up, the task runner's workers, SQLite
on them) each kept memory their arena had freed but could not give back, ~1.6 MB at
the peak of issue 10.8's bench (a 20,000-thread store through the real entry,
146.9 / 146.8 MB with an arena per thread, 145.2 / 145.2 with one). The threads share
the one arena's lock; Python's own objects are not in it (they live in pymalloc,
under the interpreter's lock), only C and C++ buffers are.
"""

from __future__ import annotations

import sys

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)


def one_arena() -> bool:
    """Ask glibc for a single arena from now on (call it before any thread starts);
    False where there is no glibc mallopt (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, 1))
