"""First-run setup: the workstation's identity, its data key in key slots (the first admin's password and the
recovery code), reference data; recovery of the key with the printed code."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from guanlan_desk.domain.config import LocalityConfig
from guanlan_desk.domain.enums import AuditAction, Role, WorkstationRole
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.domain.ids import new_id
from guanlan_desk.services import accounts, audit, backups, keys, reference
from guanlan_desk.services.backups import BackupInfo
from guanlan_desk.services.context import Actor, Ctx, save_config
from guanlan_desk.store.engine import Database, create_database, open_database
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
    demo: bool = False,
    config: LocalityConfig | None = None,
    communities: tuple[tuple[str, str, str], ...] = reference.GUANLAN_COMMUNITIES,
) -> SetupResult:
    """Create the database, the data key (wrapped for the first administrator and by the recovery code).

    ``communities`` (code, name, abbreviation) seeds the reference data until the office's enrolment file brings
    the sub-district's own list.
    """
    if role == WorkstationRole.COMMUNITY and community_code == reference.OFFICE_CODE:
        raise ValidationError("community", QT_TRANSLATE_NOOP("errors", "Choose the community of this workstation."))
    accounts.check_password_strength(admin_password)
    master = os.urandom(32)
    ws = Workstation(id=new_id(), role=role.value, community_code=community_code, name=name, number=number)
    db = create_database(data_dir, workstation=ws, master_key=master, demo=demo)
    system = Ctx(db, Actor.system(Role.OFFICE_ADMIN if role == WorkstationRole.OFFICE else Role.ADMIN))
    with system.write() as session:
        reference.seed_defaults(session, communities)
        save_config(session, config or LocalityConfig())
        code = keys.new_recovery_code(session, db)
        audit.record(session, system, AuditAction.KEY, "workstation", ws.id.hex,
                     {"event": "data key created", "slots": "recovery code"})
        session.commit()
    accounts.create_first_admin(system, username=admin_username, display_name=admin_name, password=admin_password)
    return SetupResult(db, code)


def open_with_recovery_code(db: Database, code: str, *, username: str, password: str) -> Actor:
    """Unlock an open (still locked) database with the printed recovery code and log ``username`` in; their key
    slot is written anew for this computer. Audited as a key operation under that user."""
    keys.recover(db, code)
    actor = accounts.login(Ctx(db, Actor.system()), username=username, password=password)
    me = Ctx(db, actor)
    with me.write() as session:
        keys.write_password_slot(session, db, uuid.UUID(actor.user_id), password)  # for this computer
        audit.record(session, me, AuditAction.KEY, "workstation", db.workstation.id,
                     {"event": "data key opened with the recovery code", "key_slot": actor.username})
        session.commit()
    return actor


def restore_key(data_dir: Path, code: str, *, username: str, password: str) -> tuple[Database, Actor]:
    """Open the data with the printed recovery code on any computer; ``username``'s key slot is written anew
    for this computer (a new machine, a lost profile). Returns the open database and the logged-in user."""
    db = open_database(data_dir)
    try:
        actor = open_with_recovery_code(db, code, username=username, password=password)
    except BaseException:
        db.close()
        raise
    return db, actor


def back_up(ctx: Ctx, dest: Path | None = None) -> BackupInfo:
    """Back up the open database now (administrators): the one verified, thinned, audited backup path."""
    ctx.require(Permission.SETTINGS, QT_TRANSLATE_NOOP("terms", "back up the database"))
    return backups.run_backup(ctx, reason="manual", to=dest)
