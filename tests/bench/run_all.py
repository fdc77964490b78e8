"""`make bench`: run every benchmark module's main() and print their tables."""

from __future__ import annotations

import importlib
import sys
import time
import traceback

MODULES = ("bench_store", "bench_policy", "bench_orders", "bench_mail", "bench_startup",
           "bench_compose", "bench_metrics")


def main() -> int:
    failed = []
    for name in sys.argv[1:] or MODULES:
        try:
            module = importlib.import_module(f"tests.bench.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"tests.bench.{name}":
                print(f"\n[{name}: not written yet]")
                continue
            raise
        print(f"\n=== {name} ===")
        started = time.perf_counter()
        try:
            module.main()
        except Exception:
            traceback.print_exc()
            failed.append(name)
        print(f"[{name}: {time.perf_counter() - started:.1f} s]")
    if failed:
        print(f"\nbenchmarks that failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
