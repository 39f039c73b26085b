"""Backups with SQLite's online backup API: integrity-checked and hashed after copying, thinned over time."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from guanlan_desk import fileops
from guanlan_desk.store.errors import DatabaseCorrupt

BACKUP_DIR = "backups"


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A finished backup and its SHA-256."""

    path: Path
    sha256: str
    created_at: datetime


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def backup_database(db_path: Path, dest_dir: Path, *, reason: str = "manual", now: datetime | None = None) -> BackupFile:
    """Copy ``db_path`` into ``dest_dir`` (temporary name, check, fsync, rename); write ``<name>.sha256`` beside it."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")
    final = dest_dir / f"guanlan-{stamp}-{reason}.db"
    tmp = final.with_suffix(".db.tmp")
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
            # A backup is a single self-contained file, not a WAL database.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if result != "ok":
        fileops.try_unlink(tmp)
        raise DatabaseCorrupt(str(result))
    fileops.fsync_file(tmp)  # through a writable handle: Windows refuses to flush a read-only one
    fileops.replace(tmp, final)
    digest = file_sha256(final)
    (final.parent / (final.name + ".sha256")).write_text(f"{digest}  {final.name}\n")
    fileops.fsync_dir(dest_dir)
    return BackupFile(final, digest, now or datetime.now(timezone.utc))


def verify_backup(path: Path) -> bool:
    """Whether the backup's hash matches its ``.sha256`` file."""
    side = path.parent / (path.name + ".sha256")
    if not side.exists():
        return False
    return side.read_text().split()[0] == file_sha256(path)


def thin_backups(dest_dir: Path, *, keep_daily: int = 7, keep_weekly: int = 5, keep_monthly: int = 12) -> list[Path]:
    """Keep the newest backup of each of the last days, weeks and months; delete the rest. Returns deleted."""
    files = sorted(dest_dir.glob("guanlan-*.db"), reverse=True)
    keep: set[Path] = set()
    seen: dict[str, set[str]] = {"d": set(), "w": set(), "m": set()}
    limits = {"d": keep_daily, "w": keep_weekly, "m": keep_monthly}
    for path in files:
        try:
            when = datetime.strptime(path.name[8:23], "%Y%m%d-%H%M%S")
        except ValueError:
            keep.add(path)
            continue
        keys = {"d": when.strftime("%Y%m%d"), "w": when.strftime("%G%V"), "m": when.strftime("%Y%m")}
        for bucket, key in keys.items():
            if key not in seen[bucket] and len(seen[bucket]) < limits[bucket]:
                seen[bucket].add(key)
                keep.add(path)
    deleted = []
    for path in files:
        if path not in keep:
            # A backup agent or scanner reading an old copy only delays its removal to the next thinning.
            if fileops.try_unlink(path):
                fileops.try_unlink(path.parent / (path.name + ".sha256"))
                deleted.append(path)
    return deleted
