"""`make bench`: run every benchmark module in its own process and print their tables.

One process per module: a module that hangs (killed after its timeout) or crashes at
exit (Qt teardown) costs its own table only, and every line is on screen at once
(unbuffered), so the last module's rows (the metrics) are never lost with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

MODULES = (
    "bench_store",
    "bench_routes",
    "bench_metrics",
    "bench_policy",
    "bench_orders",
    "bench_amazon",
    "bench_mail",
    "bench_compose",
    "bench_startup",
    "bench_team",
    "bench_team_pg",
    "bench_team_storm",
    "bench_hostile",
    "bench_stalls",
)
TIMEOUT_S = 2400  # per module; bench_startup scrolls every 100,000-row list to its end


def main() -> int:
    failed = []
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for name in sys.argv[1:] or MODULES:
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        try:
            rc = subprocess.run(
                [sys.executable, "-m", f"tests.bench.{name}"],
                env=env,
                timeout=TIMEOUT_S,
                check=False,
            ).returncode
        except subprocess.TimeoutExpired:
            print(f"{name}: stopped after {TIMEOUT_S} s", flush=True)
            rc = -1
        if rc != 0:
            failed.append(name)
        print(f"[{name}: {time.perf_counter() - started:.1f} s]", flush=True)
    if failed:
        print(f"\nbenchmarks that failed: {', '.join(failed)}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
