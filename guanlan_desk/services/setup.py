"""First-run setup: the workstation's identity, its data key with a recovery code, reference data, first admin."""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from guanlan_desk.domain.config import LocalityConfig
from guanlan_desk.domain.enums import AuditAction, Role, WorkstationRole
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.ids import new_id
from guanlan_desk.services import accounts, audit, reference
from guanlan_desk.services.context import Actor, Ctx, save_config
from guanlan_desk.store import backup
from guanlan_desk.store.crypto import (
    DemoFileKeyStore,
    FieldCipher,
    KeyStore,
    master_from_recovery_code,
    recovery_code,
)
from guanlan_desk.store.engine import DB_NAME, Database, create_database, default_key_store, open_database
from guanlan_desk.store.errors import WrongRecoveryCode
from guanlan_desk.store.models import Workstation


@dataclass(frozen=True, slots=True)
class SetupResult:
    """The open database and the recovery code to print and keep in a safe place."""

    db: Database
    recovery_code: str


def set_up_workstation(
    data_dir: Path,
    *,
    role: WorkstationRole,
    community_code: str,
    name: str,
    number: int = 1,
    admin_username: str,
    admin_name: str,
    admin_password: str,
    key_store: KeyStore | None = None,
    demo: bool = False,
    config: LocalityConfig | None = None,
    communities: tuple[tuple[str, str, str], ...] = reference.GUANLAN_COMMUNITIES,
) -> SetupResult:
    """Create the database, the data key (in the keyring) and the first administrator.

    ``communities`` (code, name, abbreviation) seeds the reference data until the office's enrolment file brings
    the sub-district's own list.
    """
    if role == WorkstationRole.COMMUNITY and community_code == reference.OFFICE_CODE:
        raise ValidationError("community", QT_TRANSLATE_NOOP("errors", "Choose the community of this workstation."))
    accounts.check_password_strength(admin_password)
    master = os.urandom(32)
    store = key_store or default_key_store(data_dir)
    if demo:
        store = key_store or DemoFileKeyStore(data_dir)
    ws = Workstation(id=new_id(), role=role.value, community_code=community_code, name=name, number=number)
    db = create_database(data_dir, workstation=ws, master_key=master, key_store=store, demo=demo)
    system = Ctx(db, Actor.system(Role.OFFICE_ADMIN if role == WorkstationRole.OFFICE else Role.ADMIN))
    with system.write() as session:
        reference.seed_defaults(session, communities)
        save_config(session, config or LocalityConfig())
        audit.record(session, system, AuditAction.KEY, "workstation", ws.id.hex, {"event": "data key created"})
        session.commit()
    accounts.create_first_admin(system, username=admin_username, display_name=admin_name, password=admin_password)
    return SetupResult(db, recovery_code(master))


def restore_key(data_dir: Path, code: str, *, key_store: KeyStore | None = None) -> Database:
    """Put the data key back into the keyring from the printed recovery code (a new machine, a lost profile)."""
    master = master_from_recovery_code(code)
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        row = conn.execute("SELECT id, key_check FROM workstation").fetchone()
    finally:
        conn.close()
    if row is None:
        raise WrongRecoveryCode()
    if FieldCipher.from_master(master).key_check != row[1]:
        raise WrongRecoveryCode()
    store = key_store or default_key_store(data_dir)
    store.save(str(uuid.UUID(str(row[0]))), master)
    return open_database(data_dir, key_store=store)


def restore_backup(backup_file: Path, data_dir: Path, code: str, *, key_store: KeyStore | None = None) -> Database:
    """Restore a backup into an empty data folder on a new machine and recover its key with the code."""
    if (data_dir / DB_NAME).exists():
        raise ValidationError("data_dir", QT_TRANSLATE_NOOP(
            "errors", "The folder {path} already holds a database; restore into an empty folder."), path=str(data_dir))
    if not backup.verify_backup(backup_file):
        raise ValidationError("backup", QT_TRANSLATE_NOOP(
            "errors", "The backup {path} does not match its checksum file."), path=str(backup_file))
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = data_dir / (DB_NAME + ".restoring")
    shutil.copyfile(backup_file, tmp)
    os.replace(tmp, data_dir / DB_NAME)
    return restore_key(data_dir, code, key_store=key_store)
