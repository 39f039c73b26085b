"""Restore a backup into a new data folder, confirmed by the recovery code or an administrator's password.

The chosen backup is checked against its checksum and the confirmation is checked against the backup itself
(read-only: its recovery slot, its accounts and their key slots) before anything is written, so a wrong
recovery code or password leaves nothing behind and can simply be tried again. The restored folder is a new
one; the app then switches to it (the old folder stays as it was).
"""

from __future__ import annotations

import hmac
import shutil
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from guanlan_desk import fileops
from guanlan_desk.domain.enums import AuditAction, Role
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.services import accounts, audit, keys
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.errors import LoginFailed, PermissionDenied
from guanlan_desk.services.setup import restore_key
from guanlan_desk.store import backup
from guanlan_desk.store.crypto import DEMO_KEY_FILE, FieldCipher, master_from_recovery_code
from guanlan_desk.store.engine import DB_NAME, DEMO_MARKER, Database, open_database
from guanlan_desk.store.errors import DeviceKeyMissing, WrongRecoveryCode
from guanlan_desk.store.keyslots import (
    RECOVERY_SLOT,
    SealedSlot,
    SlotOpenFailed,
    load_device_secret,
    open_password_slot,
    open_recovery_slot,
)

ADMIN_ROLES = (Role.ADMIN, Role.OFFICE_ADMIN)


@dataclass(frozen=True, slots=True)
class _Account:
    """One account as the backup holds it."""

    id: uuid.UUID
    role: Role
    active: bool
    password_hash: str


@dataclass(frozen=True, slots=True)
class _BackupKeys:
    """What the backup says about its key: the workstation, the key check, the slots, the accounts."""

    workstation_id: str
    key_check: str
    slots: dict[str, SealedSlot] = field(default_factory=dict)
    accounts: dict[str, _Account] = field(default_factory=dict)


def _check_target(backup_file: Path, new_dir: Path) -> None:
    if any((new_dir / (DB_NAME + suffix)).exists() for suffix in ("", "-wal", "-journal")):
        raise ValidationError("data_dir", QT_TRANSLATE_NOOP(
            "errors", "The folder {path} already holds a database; restore into a new folder."), path=str(new_dir))
    if not backup.verify_backup(backup_file):
        raise ValidationError("backup", QT_TRANSLATE_NOOP(
            "errors", "The backup {path} does not match its checksum file."), path=str(backup_file))


def _read_keys(backup_file: Path) -> _BackupKeys:
    """The backup's key check, key slots and accounts, read without writing a byte (``mode=ro``)."""
    conn = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT id, key_check FROM workstation").fetchone()
        if row is None:
            raise WrongRecoveryCode()
        found = _BackupKeys(str(uuid.UUID(str(row[0]))), str(row[1]))
        try:  # a backup from before key slots has no such table
            for sid, kdf, salt, tag, wrapped in conn.execute(
                    "SELECT id, kdf, salt, device_tag, wrapped FROM key_slot"):
                found.slots[str(sid)] = SealedSlot(str(kdf), bytes(salt), str(tag or ""), bytes(wrapped))
        except sqlite3.OperationalError:
            pass
        for uid, name, role, active, hashed in conn.execute(
                "SELECT id, username, role, active, password_hash FROM user"):
            found.accounts[str(name)] = _Account(uuid.UUID(str(uid)), Role(role), bool(active), str(hashed))
    finally:
        conn.close()
    return found


def _code_opens(found: _BackupKeys, code: str) -> None:
    """Whether the recovery code opens the backup's key (its slot, or a code printed before slots)."""
    secret = master_from_recovery_code(code)
    candidates = []
    sealed = found.slots.get(RECOVERY_SLOT)
    if sealed is not None:
        try:
            candidates.append(open_recovery_slot(sealed, secret))
        except SlotOpenFailed:
            pass
    candidates.append(secret)
    if not any(hmac.compare_digest(FieldCipher.from_master(m).key_check, found.key_check) for m in candidates):
        raise WrongRecoveryCode()


def _password_matches(found: _BackupKeys, username: str, password: str) -> _Account:
    """The backup's account for ``username`` if the password is right (the same work for an unknown user)."""
    account = found.accounts.get(username)
    usable = account is not None and account.active
    matched = accounts.verify_password(account.password_hash if account is not None and usable
                                       else accounts.HASHER.hash(username), password)
    if not matched or account is None or not usable:
        raise LoginFailed()
    return account


def _copy_in(backup_file: Path, new_dir: Path) -> None:
    new_dir.mkdir(parents=True, exist_ok=True)
    tmp = new_dir / (DB_NAME + ".restoring")
    shutil.copyfile(backup_file, tmp)
    fileops.fsync_file(tmp)
    fileops.replace(tmp, new_dir / DB_NAME)


def _remove_copy(new_dir: Path) -> None:
    """Take a restore that failed after the copy back out (the user may try again into the same folder)."""
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal", DEMO_MARKER, DEMO_KEY_FILE,
                 "running.lock"):
        fileops.try_unlink(new_dir / name)


def _record(db: Database, actor: Actor, backup_file: Path, how: str) -> None:
    ctx = Ctx(db, actor)
    with ctx.write() as session:
        audit.record(session, ctx, AuditAction.RESTORE, "database", db.workstation.id,
                     {"backup": str(backup_file), "sha256": backup.file_sha256(backup_file), "confirmed_by": how})
        session.commit()


def restore_with_code(backup_file: Path, new_dir: Path, code: str, *, username: str,
                      password: str) -> tuple[Database, Actor]:
    """Restore with the printed recovery code (works on any computer) and log ``username`` in; their key slot
    is written anew for this computer. A wrong code or password writes nothing."""
    _check_target(backup_file, new_dir)
    found = _read_keys(backup_file)
    _code_opens(found, code)
    _password_matches(found, username, password)
    _copy_in(backup_file, new_dir)
    try:
        db, actor = restore_key(new_dir, code, username=username, password=password)
    except BaseException:
        _remove_copy(new_dir)
        raise
    _record(db, actor, backup_file, "recovery code")
    return db, actor


def restore_with_password(ctx: Ctx, backup_file: Path, new_dir: Path, *, username: str,
                          password: str) -> tuple[Database, Actor]:
    """Restore on this computer, confirmed by an administrator's password: the password must open that
    administrator's key slot in the backup itself (on another computer, use the recovery code)."""
    _check_target(backup_file, new_dir)
    found = _read_keys(backup_file)
    account = _password_matches(found, username, password)
    if account.role not in ADMIN_ROLES:
        raise PermissionDenied(QT_TRANSLATE_NOOP("terms", "restore a backup"), account.role.value)
    sealed = found.slots.get(keys.slot_id(account.id))
    if sealed is not None:
        device = load_device_secret(found.workstation_id) if sealed.device_tag else None
        try:
            master = open_password_slot(sealed, str(account.id), password, device)
        except SlotOpenFailed:
            raise DeviceKeyMissing() from None
        if not hmac.compare_digest(FieldCipher.from_master(master).key_check, found.key_check):
            raise DeviceKeyMissing()
    new_dir.mkdir(parents=True, exist_ok=True)
    if (ctx.db.data_dir / DEMO_MARKER).exists():  # a demo folder (and a pre-slot demo key file) travels along
        for name in (DEMO_MARKER, DEMO_KEY_FILE):
            if (ctx.db.data_dir / name).exists():
                shutil.copyfile(ctx.db.data_dir / name, new_dir / name)
    _copy_in(backup_file, new_dir)
    try:
        db = open_database(new_dir, clock=ctx.db.clock)
        try:
            actor = accounts.login(Ctx(db, Actor.system(Role.VIEWER)), username=username, password=password)
        except BaseException:
            db.close()
            raise
    except BaseException:
        _remove_copy(new_dir)
        raise
    _record(db, actor, backup_file, "administrator password")
    return db, actor
