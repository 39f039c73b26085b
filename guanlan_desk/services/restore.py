"""Restore a backup into a new data folder, confirmed by the recovery code or an administrator's password.

The chosen backup is checked against its checksum and the confirmation is checked before anything is
written, so a wrong recovery code or password leaves nothing behind and can simply be tried again. The
restored folder is a new one; the app then switches to it (the old folder stays as it was).
"""

from __future__ import annotations

import hmac
import os
import shutil
import sqlite3
from pathlib import Path

import argon2
from sqlalchemy import select

from guanlan_desk.domain.enums import AuditAction, Role
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.services import accounts, audit, health
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.errors import LoginFailed, PermissionDenied
from guanlan_desk.services.setup import restore_backup
from guanlan_desk.store import backup
from guanlan_desk.store.crypto import DEMO_KEY_FILE, FieldCipher, master_from_recovery_code
from guanlan_desk.store.engine import DB_NAME, DEMO_MARKER, Database, open_database
from guanlan_desk.store.errors import WrongRecoveryCode
from guanlan_desk.store.models import User

ADMIN_ROLES = (Role.ADMIN, Role.OFFICE_ADMIN)


def _check_target(backup_file: Path, new_dir: Path) -> None:
    if any((new_dir / (DB_NAME + suffix)).exists() for suffix in ("", "-wal", "-journal")):
        raise ValidationError("data_dir", QT_TRANSLATE_NOOP(
            "errors", "The folder {path} already holds a database; restore into a new folder."), path=str(new_dir))
    if not backup.verify_backup(backup_file):
        raise ValidationError("backup", QT_TRANSLATE_NOOP(
            "errors", "The backup {path} does not match its checksum file."), path=str(backup_file))


def _backup_key_check(backup_file: Path) -> str:
    conn = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT key_check FROM workstation").fetchone()
    finally:
        conn.close()
    if row is None:
        raise WrongRecoveryCode()
    return str(row[0])


def _record(db: Database, actor: Actor, backup_file: Path, how: str) -> None:
    ctx = Ctx(db, actor)
    with ctx.write() as session:
        audit.record(session, ctx, AuditAction.RESTORE, "database", db.workstation.id,
                     {"backup": str(backup_file), "sha256": backup.file_sha256(backup_file), "confirmed_by": how})
        session.commit()


def restore_with_code(backup_file: Path, new_dir: Path, code: str) -> Database:
    """Restore with the printed recovery code (works on any computer); a wrong code writes nothing."""
    _check_target(backup_file, new_dir)
    master = master_from_recovery_code(code)
    if not hmac.compare_digest(FieldCipher.from_master(master).key_check, _backup_key_check(backup_file)):
        raise WrongRecoveryCode()
    db = restore_backup(backup_file, new_dir, code)
    _record(db, Actor.system(Role.ADMIN), backup_file, "recovery code")
    return db


def _confirm(ctx: Ctx, username: str, password: str) -> Actor:
    """Check the password: a normal (audited, throttled) login; read-only when a failed check stopped writes."""
    if not health.writes_stopped(ctx):
        return accounts.login(Ctx(ctx.db, Actor.system(Role.VIEWER)), username=username, password=password)
    with ctx.read() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        found = None if user is None or not user.active else (user.password_hash, user.locked_until)
        who = None if user is None else Actor(str(user.id), user.username, user.display_name, Role(user.role))
    try:  # the same work for an unknown user (a throwaway hash) as for a wrong password
        matched: bool = accounts.HASHER.verify(found[0] if found is not None else accounts.HASHER.hash(username),
                                               password)
        ok = matched and found is not None
    except (argon2.exceptions.VerificationError, argon2.exceptions.InvalidHashError):
        ok = False
    if not ok or who is None or (found is not None and found[1] is not None and found[1] > ctx.now()):
        raise LoginFailed()
    return who


def restore_with_password(ctx: Ctx, backup_file: Path, new_dir: Path, *, username: str, password: str) -> Database:
    """Restore on this computer, confirmed by an administrator's password (the data key stays as it is)."""
    _check_target(backup_file, new_dir)
    actor = _confirm(ctx, username, password)
    if actor.role not in ADMIN_ROLES:
        raise PermissionDenied(QT_TRANSLATE_NOOP("terms", "restore a backup"), actor.role.value)
    new_dir.mkdir(parents=True, exist_ok=True)
    if (ctx.db.data_dir / DEMO_MARKER).exists():  # demo folders keep their (non-secret) key beside the data
        for name in (DEMO_MARKER, DEMO_KEY_FILE):
            if (ctx.db.data_dir / name).exists():
                shutil.copyfile(ctx.db.data_dir / name, new_dir / name)
    tmp = new_dir / (DB_NAME + ".restoring")
    shutil.copyfile(backup_file, tmp)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, new_dir / DB_NAME)
    try:
        db = open_database(new_dir, clock=ctx.db.clock)
    except BaseException:
        for name in (DB_NAME, DEMO_MARKER, DEMO_KEY_FILE):
            (new_dir / name).unlink(missing_ok=True)
        raise
    _record(db, actor, backup_file, "administrator password")
    return db
