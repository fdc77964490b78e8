"""Shared benchmark helpers: the cached million-message demo store, timing, tables."""

from __future__ import annotations

import fcntl
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

BENCH_DIR = Path(os.environ.get("INBOX_APP_BENCH_DIR", Path.home() / ".cache" / "inbox_app_bench"))


def big_demo_store(threads: int = 100_000, seed: int = 7) -> Path:
    """The 100,000-thread (~1,000,000-message) demo store, built once and cached."""
    from inbox_app.store.demo import DEMO_VERSION

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"demo-{threads}-{seed}-v{DEMO_VERSION}.sqlite3"
    if path.exists():
        return path
    # several checkouts share the cache: one builds, the others wait for its file
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            _build(path, threads, seed)
    return path


def _build(path: Path, threads: int, seed: int) -> None:
    from inbox_app.store.demo import build_demo
    from inbox_app.store.migrate import open_store

    tmp = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    building = open_store(f"sqlite:///{tmp}")
    build_demo(building, threads, seed=seed)
    building.close()  # a clean close: no unclean-shutdown marker left beside the file
    print(
        f"(built the {threads:,}-thread demo store in {time.perf_counter() - started:.1f} s)",
        flush=True,
    )
    tmp.rename(path)
    attachments = tmp.with_name(tmp.stem + "-attachments")
    if attachments.exists():
        attachments.rename(path.with_name(path.stem + "-attachments"))


def median_ms(fn: Callable[[], object], runs: int = 30, warmup: int = 3) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))


def vm_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def peak_rss_growth_mb(fn: Callable[[], object]) -> float:
    """How far this process's resident memory rose above its level at the start while
    `fn` ran (Linux: the peak is reset through clear_refs), Qt's and C memory included."""
    Path("/proc/self/clear_refs").write_text("5")  # VmHWM := the current VmRSS
    before = vm_kb("VmRSS")
    fn()
    return (vm_kb("VmHWM") - before) / 1024
