"""Simulated Windows file locking: ``os.replace``/``unlink``/reads that fail while a scanner holds a file,
and an ``os.fsync`` that refuses read-only descriptors as Windows' ``_commit`` does."""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guanlan_desk import fileops


def sharing_violation(path: object) -> PermissionError:
    """What Python raises on Windows for WinError 32."""
    return PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another "
                           "process", str(path))


class Locker:
    """Make the chosen operations fail on matching paths ``times`` times (``None``: for ever)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.pauses: list[float] = []
        self.failures: list[str] = []
        monkeypatch.setattr(fileops, "_sleep", self.pauses.append)

    def _wrap(self, real: Callable[..., Any], name: str, match: Callable[[str], bool], times: int | None,
              arg: int = 0) -> Callable[..., Any]:
        left = [times]

        def fake(*args: Any, **kwargs: Any) -> Any:
            target = str(args[arg])
            if match(target) and (left[0] is None or left[0] > 0):
                if left[0] is not None:
                    left[0] -= 1
                self.failures.append(f"{name} {Path(target).name}")
                raise sharing_violation(target)
            return real(*args, **kwargs)
        return fake

    def replace(self, match: Callable[[str], bool], times: int | None) -> None:
        """``os.replace(src, dst)`` fails while ``dst`` matches."""
        self.monkeypatch.setattr(os, "replace", self._wrap(os.replace, "replace", match, times, arg=1))

    def unlink(self, match: Callable[[str], bool], times: int | None) -> None:
        """``Path.unlink`` fails on matching paths."""
        real = Path.unlink
        self.monkeypatch.setattr(Path, "unlink", self._wrap(real, "unlink", match, times))

    def read(self, match: Callable[[str], bool], times: int | None) -> None:
        """``Path.read_bytes`` and ``open(..., "rb")`` fail on matching paths."""
        self.monkeypatch.setattr(Path, "read_bytes", self._wrap(Path.read_bytes, "read", match, times))


def windows_fsync(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Replace ``os.fsync`` by one that refuses a regular file opened read-only (EBADF, as on Windows).

    On Windows itself the real ``os.fsync`` already behaves so and is left in place.
    """
    real = os.fsync
    calls: list[int] = []
    if sys.platform == "win32":
        return calls
    import fcntl

    def fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode) and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        calls.append(fd)
        real(fd)
    monkeypatch.setattr(os, "fsync", fsync)
    return calls
