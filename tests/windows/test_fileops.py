"""The retry helper and the Windows-safe fsync, and the backups that depend on them."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from guanlan_desk import fileops
from guanlan_desk.store import backup
from guanlan_desk.store.engine import DB_NAME, Database
from tests.windows.locks import Locker, windows_fsync


def test_replace_is_retried_while_the_target_is_locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, dst = tmp_path / "a.part", tmp_path / "a"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    locks = Locker(monkeypatch)
    locks.replace(lambda p: p.endswith("/a"), times=3)
    fileops.replace(src, dst)
    assert dst.read_bytes() == b"new" and not src.exists()
    assert len(locks.failures) == 3 and locks.pauses == list(fileops.RETRY_DELAYS[:3])


def test_a_lock_that_never_goes_raises_after_every_pause(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    victim = tmp_path / "held"
    victim.write_bytes(b"x")
    locks = Locker(monkeypatch)
    locks.unlink(lambda p: p.endswith("held"), times=None)
    with pytest.raises(PermissionError):
        fileops.unlink(victim)
    assert len(locks.failures) == len(fileops.RETRY_DELAYS) + 1 and locks.pauses == list(fileops.RETRY_DELAYS)
    assert fileops.try_unlink(victim) is False and victim.exists()


def test_other_errors_are_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(fileops, "_sleep", pauses.append)
    with pytest.raises(FileNotFoundError):
        fileops.replace(tmp_path / "missing", tmp_path / "b")
    assert pauses == []


def test_winerror_32_counts_as_locked() -> None:
    exc = OSError(errno.EIO, "in use")
    exc.winerror = 32  # type: ignore[attr-defined]  # set by Python on Windows only
    assert fileops.is_locked(exc) and not fileops.is_locked(OSError(errno.EIO, "disk"))


@pytest.mark.skipif(sys.platform == "win32", reason="counts the calls of the simulated fsync")
def test_fsync_file_uses_a_writable_handle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = windows_fsync(monkeypatch)
    target = tmp_path / "f"
    target.write_bytes(b"data")
    with open(target, "rb") as fh, pytest.raises(OSError):  # the fake refuses what Windows refuses
        os.fsync(fh.fileno())
    fileops.fsync_file(target)
    assert len(calls) == 1


def test_backup_works_with_the_windows_fsync(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    windows_fsync(monkeypatch)
    made = backup.backup_database(db.data_dir / DB_NAME, tmp_path / "stick", reason="manual")
    assert backup.verify_backup(made.path)
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_rename_survives_a_scanner(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locks = Locker(monkeypatch)
    locks.replace(lambda p: p.endswith("-manual.db"), times=2)
    made = backup.backup_database(db.data_dir / DB_NAME, tmp_path / "b", reason="manual")
    assert backup.verify_backup(made.path) and len(locks.failures) == 2
    assert not list((tmp_path / "b").glob("*.tmp"))


def test_thinning_skips_a_locked_old_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    day = datetime(2026, 3, 4, tzinfo=timezone.utc)
    for n in range(3):
        name = f"guanlan-{(day - timedelta(hours=n)).strftime('%Y%m%d-%H%M%S')}-manual.db"
        (tmp_path / name).write_bytes(b"x")
        (tmp_path / (name + ".sha256")).write_text("x")
    locks = Locker(monkeypatch)
    oldest = sorted(tmp_path.glob("*.db"))[0]
    locks.unlink(lambda p: p == str(oldest), times=None)
    deleted = backup.thin_backups(tmp_path, keep_daily=1, keep_weekly=0, keep_monthly=0)
    assert len(deleted) == 1 and oldest.exists() and (tmp_path / (oldest.name + ".sha256")).exists()
    assert len(list(tmp_path.glob("*.db"))) == 2
