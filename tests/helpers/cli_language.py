"""`inbox-app …` in a subprocess under a system language (LANG), the way a seller's
terminal runs it: the locale variables of the test run are dropped first."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence


def run_cli(args: Sequence[str], lang: str) -> subprocess.CompletedProcess[str]:
    """`python -m inbox_app ARGS` with LANG=`lang` (e.g. "it_IT.UTF-8"), output captured."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    return subprocess.run(
        [sys.executable, "-m", "inbox_app", *args],
        env={**env, "LANG": lang},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
