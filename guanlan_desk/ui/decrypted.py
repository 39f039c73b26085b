"""Decrypted attachments handed to the system's viewer: in app-named temporary folders, swept away.

Opening an ID-card scan decrypts it into ``%TEMP%\\guanlan_desk-open-<pid>-<random>\\``. The folder of this
run is removed when the app closes; a file still open in WPS cannot be deleted on Windows, so removal
ignores errors and the next start sweeps every leftover folder whose process is gone. Only folders with
this app's prefix are touched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

PREFIX = "guanlan_desk-open-"
_folder: Path | None = None


def temp_root() -> Path:
    """Where the temporary folders go (``%TEMP%``)."""
    return Path(tempfile.gettempdir())


def folder() -> Path:
    """This run's private folder for decrypted files (made on first use, readable by this user only)."""
    global _folder
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=temp_root()))
    return _folder


def write(key: str, filename: str, data: bytes) -> Path:
    """Write decrypted ``data`` as ``<folder>/<key>/<filename>`` (the name the viewer shows) and return it."""
    target = folder() / key / (Path(filename).name or "file")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def _owner(path: Path) -> int | None:
    pid = path.name[len(PREFIX):].split("-", 1)[0]
    return int(pid) if pid.isdigit() else None


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` is running (never signals it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        synchronize, wait_timeout = 0x00100000, 0x102
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            return bool(kernel32.WaitForSingleObject(handle, 0) == wait_timeout)
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(*, including_mine: bool = False) -> list[Path]:
    """Remove the leftover folders of runs that have ended (and this run's, at exit); errors are ignored."""
    global _folder
    removed: list[Path] = []
    try:
        candidates = [p for p in temp_root().glob(PREFIX + "*") if p.is_dir() and not p.is_symlink()]
    except OSError:
        return removed
    for path in candidates:
        owner = _owner(path)
        mine = owner == os.getpid()
        if mine and not including_mine:
            continue
        if not mine and owner is not None and pid_alive(owner):
            continue  # another window of the app still shows these files
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(path)
    if including_mine:
        _folder = None
    return removed
