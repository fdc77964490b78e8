"""Real file-system and locking faults for tests: a read-only file, a read-only folder,
a full disk (a small tmpfs) and a database another process holds in EXCLUSIVE mode.

Read-only as root needs more than file modes (root ignores them): an immutable file
(chattr +i) and a read-only bind mount. Mounts need root; without it those tests skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """`path` cannot be written, even by root (chmod 444, plus chattr +i as root)."""
    mode = path.stat().st_mode
    path.chmod(0o444)
    immutable = False
    if _root():
        if shutil.which("chattr") is None:
            pytest.skip("chattr is needed to make a file read-only for root")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot make a file immutable here: {done.stderr.decode()[:100]}")
        immutable = True
    try:
        yield path
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(mode)


@contextmanager
def _mounted(args: list[str], target: Path) -> Iterator[Path]:
    if not _root():
        pytest.skip("mounting a test file system needs root")
    done = subprocess.run(args, capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.decode()[:100]}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=True)


@contextmanager
def read_only_dir(folder: Path) -> Iterator[Path]:
    """`folder` (and what is in it) on a read-only bind mount of itself."""
    with _mounted(["mount", "--bind", str(folder), str(folder)], folder):
        done = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True, check=False
        )
        if done.returncode != 0:
            pytest.skip(f"cannot remount read-only: {done.stderr.decode()[:100]}")
        yield folder


@contextmanager
def small_disk(size_kb: int) -> Iterator[Path]:
    """A fresh folder on a tmpfs of `size_kb` KB: writes past it fail with ENOSPC."""
    folder = Path(tempfile.mkdtemp(prefix="inbox-full-"))
    try:
        with _mounted(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)], folder
        ):
            yield folder
    finally:
        folder.rmdir()


@contextmanager
def exclusive_lock(db: Path) -> Iterator[None]:
    """Another process holds `db` in EXCLUSIVE locking mode until the block ends."""
    script = (
        "import sqlite3, sys\n"
        f"con = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
        "con.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
        "con.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield
    finally:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()


_HOLDER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN " + sys.argv[2])
print("locked", flush=True)
sys.stdin.readline()
con.rollback()
"""


@contextmanager
def locked_by_another_process(path: Path, mode: str = "IMMEDIATE") -> Iterator[Callable[[], None]]:
    """Another process takes the write lock of `path`; call the yielded function to free it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "locked"

    def release() -> None:
        if holder.poll() is None:
            assert holder.stdin is not None
            holder.stdin.write("\n")
            holder.stdin.flush()
            holder.wait(timeout=30)

    try:
        yield release
    finally:
        release()
        holder.stdin.close()
        holder.stdout.close()
