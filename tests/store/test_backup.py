"""Backups: checked and hashed after copying, thinned daily/weekly/monthly; unclean shutdowns get a full check."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from guanlan_desk.store import backup
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


def test_an_unclean_shutdown_leaves_a_marker_and_the_next_open_says_so(db: Database) -> None:
    assert (db.data_dir / RUNNING_MARKER).exists()
    assert not db.unclean_start
    db.engine.dispose()  # the process "dies": the marker stays
    again = open_database(db.data_dir, clock=db.clock, master_key=db.master_key)
    assert again.unclean_start  # the background check after login runs the full check at once
    again.close()
    assert not (db.data_dir / RUNNING_MARKER).exists()
    clean = open_database(db.data_dir, clock=db.clock)
    assert not clean.unclean_start
    clean.close()
