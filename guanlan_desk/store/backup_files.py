"""The backup folder on disk: where backups go, which copies are good, what a killed run left behind.

A good backup is ``guanlan-<UTC stamp>-<reason>.db`` with a matching ``.sha256`` beside it. Anything else
with that prefix (``.tmp`` files, a copy whose checksum file never got written) is the leftover of a run that
was killed or failed, and :func:`clean_leftovers` removes it before the next run. When the chosen folder's
drive is absent, the copy goes to ``<data folder>/backups`` and stays there until the drive returns.
"""

from __future__ import annotations

import errno
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.store import backup
from guanlan_desk.store.errors import DatabaseCorrupt, StoreError

FOLDER_KEY = "backup_folder"  # the chosen folder, in the ``setting`` table
LOCAL_DIR = backup.BACKUP_DIR  # inside the data folder: only while the chosen drive is absent
_NAME = re.compile(r"^guanlan-(\d{8}-\d{6})-([a-z0-9-]+)\.db$")
_SIDE = re.compile(r"^[0-9a-f]{64}  (\S+)\n?$")


class BackupFailed(StoreError):
    """The backup could not be written; earlier backups are untouched."""

    def __init__(self, folder: str, reason: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The backup to {folder} failed: {reason}. Earlier backups are untouched; nothing partial "
            "was left behind."), folder=folder, reason=reason)


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """A backup file on disk."""

    path: Path
    created_at: datetime
    reason: str
    size: int


def entries(folder: Path) -> list[BackupEntry]:
    """The finished backups in ``folder`` (with a well-formed checksum file beside them), newest first."""
    found: list[BackupEntry] = []
    try:
        names = sorted(folder.iterdir(), reverse=True)
    except OSError:
        return []
    for path in names:
        match = _NAME.match(path.name)
        if match is None or not _sidecar_ok(path):
            continue
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc)
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupEntry(path, created, match.group(2), size))
    found.sort(key=lambda e: e.created_at, reverse=True)
    return found


def _sidecar_ok(path: Path) -> bool:
    try:
        text = (path.parent / (path.name + ".sha256")).read_text("ascii")
    except (OSError, UnicodeDecodeError):
        return False
    match = _SIDE.match(text)
    return match is not None and match.group(1) == path.name


def clean_leftovers(folder: Path) -> list[Path]:
    """Delete what a killed or failed run left: temporary files and copies without a checksum file."""
    removed: list[Path] = []
    try:
        names = list(folder.iterdir())
    except OSError:
        return removed
    for path in names:
        if not path.name.startswith("guanlan-"):
            continue
        partial = path.name.endswith((".tmp", ".tmp-journal", ".tmp-wal", ".tmp-shm"))
        orphan = _NAME.match(path.name) is not None and not _sidecar_ok(path)
        lone_side = path.name.endswith(".db.sha256") and not (path.parent / path.name[:-7]).exists()
        if partial or orphan or lone_side:
            try:
                path.unlink()
                if orphan:
                    (path.parent / (path.name + ".sha256")).unlink(missing_ok=True)
                removed.append(path)
            except OSError:
                continue
    return removed


def write_backup(db_path: Path, folder: Path, *, reason: str, now: datetime | None = None) -> backup.BackupFile:
    """One verified copy in ``folder``: leftovers cleaned first, nothing partial left on any failure."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        clean_leftovers(folder)
        made = backup.backup_database(db_path, folder, reason=reason, now=now)
        if not backup.verify_backup(made.path):
            raise BackupFailed(str(folder), QT_TRANSLATE_NOOP("terms", "the copy does not match its checksum"))
        return made
    except (OSError, sqlite3.Error, DatabaseCorrupt) as exc:
        clean_leftovers(folder)
        raise BackupFailed(str(folder), _why(exc)) from exc
    except BaseException:
        clean_leftovers(folder)
        raise


def _why(exc: BaseException) -> str:
    if isinstance(exc, DatabaseCorrupt):
        return QT_TRANSLATE_NOOP("terms", "the copy failed its integrity check")
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "full" in text:
        return QT_TRANSLATE_NOOP("terms", "the disk is full")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "read-only" in text:
        return QT_TRANSLATE_NOOP("terms", "the folder cannot be written")
    if "locked" in text or "busy" in text:
        return QT_TRANSLATE_NOOP("terms", "the database is busy")
    if code == errno.ENOENT:
        return QT_TRANSLATE_NOOP("terms", "the folder does not exist")
    return QT_TRANSLATE_NOOP("terms", "a read or write error")


def configured_folder(db_path: Path) -> Path | None:
    """The chosen backup folder stored in the database (``None``: not chosen yet)."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (FOLDER_KEY,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return Path(row[0]) if row and row[0] else None


def drive_present(folder: Path) -> bool:
    """Whether the folder, or the drive or folder it would be made in, is there (a USB drive plugged in)."""
    return folder.is_dir() or folder.parent.is_dir()


def backup_before_migration(db_path: Path, revision: str) -> backup.BackupFile:
    """The copy taken before a migration: to the chosen folder, or locally while its drive is absent."""
    chosen = configured_folder(db_path)
    data_dir = db_path.parent
    target = chosen if chosen is not None and drive_present(chosen) else data_dir / LOCAL_DIR
    return write_backup(db_path, target, reason=f"pre-migrate-{revision}")
