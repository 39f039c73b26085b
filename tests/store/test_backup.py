"""Backups: checked and hashed after copying, thinned daily/weekly/monthly; unclean shutdowns get a full check."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from guanlan_desk.store import backup
from guanlan_desk.store import engine as engine_mod
from guanlan_desk.store.engine import DB_NAME, RUNNING_MARKER, Database, open_database


def test_backup_is_complete_and_verifiable(db: Database, tmp_path: Path) -> None:
    made = backup.backup_database(db.data_dir / DB_NAME, tmp_path / "b", reason="manual")
    assert backup.verify_backup(made.path)
    assert not list((tmp_path / "b").glob("*.tmp"))
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    made.path.write_bytes(bytes(data))
    assert not backup.verify_backup(made.path)


def test_thinning_keeps_daily_weekly_monthly(db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "b"
    start = datetime(2026, 1, 1, 12, tzinfo=timezone.utc)
    for day in range(90):
        backup.backup_database(db.data_dir / DB_NAME, dest, reason="auto", now=start + timedelta(days=day))
    deleted = backup.thin_backups(dest, keep_daily=7, keep_weekly=4, keep_monthly=3)
    kept = sorted(dest.glob("guanlan-*.db"))
    assert deleted and len(kept) < 90
    names = [p.name for p in kept]
    assert any("20260331" in n for n in names)  # newest day kept
    assert any("202601" in n for n in names)  # a monthly one from January survives
    assert all((p.parent / (p.name + ".sha256")).exists() for p in kept)


def test_an_unclean_shutdown_leaves_a_marker_and_reopens_after_a_full_check(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[object] = []
    real = engine_mod.full_check
    monkeypatch.setattr(engine_mod, "full_check", lambda engine: checked.append(engine) or real(engine))
    assert (db.data_dir / RUNNING_MARKER).exists()
    db.engine.dispose()  # the process "dies": the marker stays
    again = open_database(db.data_dir, clock=db.clock, master_key=db.master_key)
    again.close()
    assert len(checked) == 1
    assert not (db.data_dir / RUNNING_MARKER).exists()
    open_database(db.data_dir, clock=db.clock).close()  # a clean start skips the full check
    assert len(checked) == 1
