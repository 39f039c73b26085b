"""File operations that survive Windows: renames and deletes retried while a scanner holds the file.

On Windows, antivirus (Defender, 360, 火绒), the search indexer, a backup agent or the office reading the
same share open a freshly written file for a moment; ``os.replace`` and ``os.unlink`` then fail with
WinError 5 (access denied) or 32 (in use), which Python raises as :class:`PermissionError`. Such errors are
retried with a growing pause (about three seconds in all) before they are given up. ``os.fsync`` on Windows
needs a handle opened for writing (``_commit``), so a file is flushed through one.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
LOCKED_WINERRORS = frozenset({5, 32, 33})
RETRY_DELAYS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5)

_sleep: Callable[[float], None] = time.sleep  # tests replace it to count the pauses


def is_locked(exc: BaseException) -> bool:
    """Whether ``exc`` is Windows' "used by another process" / "access denied" (or POSIX's permission error)."""
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in LOCKED_WINERRORS


def retry_locked(action: Callable[[], T], *, delays: Sequence[float] = RETRY_DELAYS) -> T:
    """Run ``action``; while it fails because a file is locked, pause and run it again (then re-raise)."""
    for delay in delays:
        try:
            return action()
        except OSError as exc:
            if not is_locked(exc):
                raise
        _sleep(delay)
    return action()


def replace(src: Path | str, dst: Path | str, *, delays: Sequence[float] = RETRY_DELAYS) -> None:
    """``os.replace`` retried while either file is held open by another program."""
    retry_locked(lambda: os.replace(src, dst), delays=delays)


def unlink(path: Path | str, *, missing_ok: bool = True, delays: Sequence[float] = RETRY_DELAYS) -> None:
    """Delete ``path``, retried while another program holds it."""
    retry_locked(lambda: Path(path).unlink(missing_ok=missing_ok), delays=delays)


def try_unlink(path: Path | str, *, delays: Sequence[float] = RETRY_DELAYS) -> bool:
    """Delete ``path`` if possible (retried); ``False`` when it is still locked. For clean-up that may wait."""
    try:
        unlink(path, delays=delays)
    except OSError:
        return False
    return True


def fsync_file(path: Path | str) -> None:
    """Flush a closed file's data to disk through a handle opened for writing (Windows refuses read-only ones)."""
    with open(path, "r+b") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path | str) -> None:
    """Make a rename in ``folder`` durable (NTFS journals renames; Windows cannot open a folder for fsync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, *, tmp: Path | None = None) -> None:
    """Write ``data`` to a temporary name, flush, fsync, then rename it over ``path`` (rename retried)."""
    part = tmp or path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        replace(part, path)
    except BaseException:
        try_unlink(part, delays=())
        raise
