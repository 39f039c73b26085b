"""Automatic, verified backups off the data folder: where they go, when they are due, taking one, the status.

A backup is the database file itself (personal fields stay encrypted in it), copied with SQLite's backup
API, checked with ``integrity_check``, hashed, thinned (7 daily, 4 weekly, 12 monthly) and audited. It goes
to the chosen backup folder, by default on another drive than the data folder; while that drive is absent
the copy stays in the data folder's ``backups/`` and is removed once a copy reached the chosen folder again.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import LOCAL_TZ, Ctx
from guanlan_desk.store import backup, backup_files
from guanlan_desk.store.engine import DB_NAME
from guanlan_desk.store.models import Setting

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
STALE_AFTER = timedelta(days=3)
FOLDER_NAME = "guanlan_desk-backups"
_PSEUDO_FS = {"proc", "sysfs", "tmpfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "overlay", "squashfs",
              "securityfs", "pstore", "debugfs", "tracefs", "mqueue", "hugetlbfs", "autofs", "fusectl",
              "configfs", "bpf", "binfmt_misc", "nsfs", "ramfs", "efivarfs"}
_running = threading.Lock()  # one backup at a time per process


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One good backup: where, when (UTC), why, how big."""

    path: Path
    created_at: datetime
    reason: str
    size: int
    local_fallback: bool  # kept in the data folder because the chosen drive was absent
    sha256: str = ""  # known for a backup just taken (the checksum file beside each copy holds it too)


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """What 设置 → 备份 and the status bar show."""

    folder: Path
    folder_chosen: bool  # False: the default is shown, nobody chose it yet
    drive_present: bool
    same_drive_as_data: bool
    last_good: BackupInfo | None
    stale: bool  # no good backup, or the last one is older than three days


def _same_device(a: Path, b: Path) -> bool:
    def device(path: Path) -> int | None:
        probe = path
        while not probe.exists():
            if probe.parent == probe:
                return None
            probe = probe.parent
        return probe.stat().st_dev

    da, db = device(a), device(b)
    return da is not None and da == db


def other_drives(data_dir: Path) -> list[Path]:
    """Writable local or removable drives other than the data folder's (a second disk, a USB drive)."""
    found: list[Path] = []
    if sys.platform == "win32":
        import ctypes

        mask = ctypes.windll.kernel32.GetLogicalDrives()  # type: ignore[attr-defined]
        data_drive = os.path.splitdrive(str(data_dir.resolve()))[0].upper()
        for n in range(26):
            letter = f"{chr(65 + n)}:"
            if not mask & (1 << n) or letter == data_drive or letter in ("A:", "B:"):
                continue
            kind = ctypes.windll.kernel32.GetDriveTypeW(letter + "\\")  # type: ignore[attr-defined]
            if kind in (2, 3) and os.access(letter + "\\", os.W_OK):
                found.append(Path(letter + "\\"))
        return found
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return found
    for line in mounts:
        parts = line.split()
        if len(parts) < 3 or not parts[0].startswith("/dev/") or parts[2] in _PSEUDO_FS:
            continue
        point = Path(parts[1].replace("\\040", " "))
        if str(point) in ("/", "/usr", "/var") or str(point).startswith(("/boot", "/snap", "/proc", "/sys")):
            continue
        if point.is_dir() and os.access(point, os.W_OK) and not _same_device(point, data_dir):
            found.append(point)
    return found


def default_folder(data_dir: Path) -> Path:
    """Another drive when there is one; otherwise a folder beside the home folder, never in the data folder."""
    drives = other_drives(data_dir)
    if drives:
        return drives[0] / FOLDER_NAME
    return Path.home() / FOLDER_NAME


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
        return True
    except ValueError:
        return False


def chosen_folder(ctx: Ctx) -> Path | None:
    """The backup folder stored for this workstation (``None``: none chosen yet)."""
    with ctx.read() as session:
        value = session.execute(select(Setting.value).where(Setting.key == backup_files.FOLDER_KEY)).scalar()
    return Path(value) if value else None


def folder(ctx: Ctx) -> Path:
    """Where backups go: the chosen folder, or the default."""
    return chosen_folder(ctx) or default_folder(ctx.db.data_dir)


def check_folder(data_dir: Path, path: Path) -> Path:
    """``path`` as a backup folder for ``data_dir``: a full path, not inside the data folder."""
    path = Path(path).expanduser()
    if not path.is_absolute():
        raise ValidationError("backup_folder", QT_TRANSLATE_NOOP("errors", "Choose a full folder path for backups."))
    if _inside(path, data_dir):
        raise ValidationError("backup_folder", QT_TRANSLATE_NOOP(
            "errors", "Backups must not go inside the data folder: deleting the folder would take them along."))
    return path


def set_folder(ctx: Ctx, path: Path) -> None:
    """Choose the backup folder (setup wizard, settings); never inside the data folder."""
    ctx.require(Permission.SETTINGS, QT_TRANSLATE_NOOP("terms", "choose the backup folder"))
    path = check_folder(ctx.db.data_dir, path)
    with ctx.write() as session:
        row = session.get(Setting, backup_files.FOLDER_KEY)
        old = row.value if row is not None else ""
        if row is None:
            session.add(Setting(key=backup_files.FOLDER_KEY, value=str(path)))
        else:
            row.value = str(path)
        audit.record(session, ctx, AuditAction.UPDATE, "setting", backup_files.FOLDER_KEY,
                     {"backup_folder": [old, str(path)]})
        session.commit()


def _local(ctx: Ctx) -> Path:
    return ctx.db.data_dir / backup_files.LOCAL_DIR


def list_folder(where: Path) -> list[BackupInfo]:
    """The good backups in one folder, newest first (the restore wizard before any database is open)."""
    return [BackupInfo(e.path, e.created_at, e.reason, e.size, False) for e in backup_files.entries(where)]


def list_backups(ctx: Ctx) -> list[BackupInfo]:
    """Every good backup (chosen folder and local fallback), newest first."""
    out = [BackupInfo(e.path, e.created_at, e.reason, e.size, False) for e in backup_files.entries(folder(ctx))]
    if _local(ctx) != folder(ctx):
        out += [BackupInfo(e.path, e.created_at, e.reason, e.size, True) for e in backup_files.entries(_local(ctx))]
    out.sort(key=lambda b: b.created_at, reverse=True)
    return out


def status(ctx: Ctx) -> BackupStatus:
    """The backup folder, whether its drive is there, and the last good backup."""
    chosen = chosen_folder(ctx)
    where = chosen or default_folder(ctx.db.data_dir)
    listed = list_backups(ctx)
    last = listed[0] if listed else None
    stale = last is None or ctx.now() - last.created_at > STALE_AFTER
    return BackupStatus(where, chosen is not None, backup_files.drive_present(where),
                        _same_device(where, ctx.db.data_dir), last, stale)


def due(ctx: Ctx) -> bool:
    """Whether today's (Shenzhen date) automatic backup is still to be made."""
    listed = list_backups(ctx)
    if not listed:
        return True
    return listed[0].created_at.astimezone(LOCAL_TZ).date() < ctx.today()


def run_backup(ctx: Ctx, *, reason: str = "manual", to: Path | None = None) -> BackupInfo:
    """Take a verified backup now (to the backup folder, or ``to``), thin the folder, record it in the audit log.

    Raises :class:`backup_files.BackupFailed` with a plain reason (full disk, read-only folder …).
    """
    target = to or folder(ctx)
    fallback = to is None and not backup_files.drive_present(target)
    if fallback:
        target = _local(ctx)
    with _running:
        made = backup_files.write_backup(ctx.db.data_dir / DB_NAME, target, reason=reason, now=ctx.now())
        size = made.path.stat().st_size
        if fallback:  # keep just the newest good copy locally until the drive returns
            for old in backup_files.entries(target)[1:]:
                _delete(old.path)
        else:
            backup.thin_backups(target, keep_daily=KEEP_DAILY, keep_weekly=KEEP_WEEKLY, keep_monthly=KEEP_MONTHLY)
            if target != _local(ctx):
                for old in backup_files.entries(_local(ctx)):
                    _delete(old.path)
    with ctx.write() as session:
        audit.record(session, ctx, AuditAction.BACKUP, "database", ctx.db.workstation.id, {
            "path": str(made.path), "sha256": made.sha256, "bytes": size, "reason": reason,
            "local_fallback": fallback})
        session.commit()
    return BackupInfo(made.path, made.created_at, reason, size, fallback, made.sha256)


def run_if_due(ctx: Ctx) -> BackupInfo | None:
    """The first start of each day: a backup when none was made today yet."""
    return run_backup(ctx, reason="daily") if due(ctx) else None


def _delete(path: Path) -> None:
    path.unlink(missing_ok=True)
    (path.parent / (path.name + ".sha256")).unlink(missing_ok=True)
