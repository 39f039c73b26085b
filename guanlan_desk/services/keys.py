"""The data key's slots as the accounts use them: setup, login, password changes, recovery, migration.

Nothing on disk opens the records without a user's password (plus, where the OS keyring works, this
computer's device secret) or the printed recovery code. A login unwraps the key once and the open
database keeps it in memory, so an administrator who resets a password writes the new slot at once.
Workstations from before key slots move over at their users' next login (the old keyring or demo-file copy
is read, slots are written, and the old copy is removed once every active account has its slot).
"""

from __future__ import annotations

import hmac
import os
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.crypto import DEMO_KEY_FILE, FieldCipher, master_from_recovery_code, recovery_code
from guanlan_desk.store.engine import Database, is_demo_folder, legacy_key_store
from guanlan_desk.store.errors import DataKeyMissing, DeviceKeyMissing
from guanlan_desk.store.keyslots import (
    RECOVERY_SLOT,
    KdfParams,
    KeyringState,
    SealedSlot,
    SlotOpenFailed,
    device_tag,
    ensure_device_secret,
    forget_legacy_master,
    keyring_state,
    load_device_secret,
    open_password_slot,
    open_recovery_slot,
    seal_password_slot,
    seal_recovery_slot,
)
from guanlan_desk.store.models import KeySlot, User
from guanlan_desk.store.uow import GuanlanSession

# The accounts' argon2id parameters (OWASP's floor: 19 MiB, t=2, p=1); services.accounts hashes with the same.
KDF = KdfParams(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def slot_id(user_id: uuid.UUID | str) -> str:
    """The key-slot row id of a user."""
    return f"user:{uuid.UUID(str(user_id))}"


def _sealed(row: KeySlot) -> SealedSlot:
    return SealedSlot(row.kdf, bytes(row.salt), row.device_tag, bytes(row.wrapped))


def _device_for_new_slots(db: Database) -> bytes | None:
    """Demo folders bind nothing to the computer; real ones bind to the keyring's device secret when it works."""
    if db.workstation.demo or is_demo_folder(db.data_dir):
        return None
    return ensure_device_secret(db.workstation.id)


def _put(session: GuanlanSession, db: Database, row_id: str, user_id: uuid.UUID | None, sealed: SealedSlot) -> None:
    row = session.get(KeySlot, row_id)
    if row is None:
        row = KeySlot(id=row_id, user_id=user_id)
        session.add(row)
    row.kdf, row.salt, row.device_tag, row.wrapped = sealed.kdf, sealed.salt, sealed.device_tag, sealed.wrapped
    row.created_at = db.clock()


def write_password_slot(session: GuanlanSession, db: Database, user_id: uuid.UUID, password: str) -> None:
    """(Re)wrap the data key for ``user_id`` under ``password``; the database must be unlocked."""
    uid = uuid.UUID(str(user_id))
    sealed = seal_password_slot(db.master_key, str(uid), password, KDF, _device_for_new_slots(db))
    _put(session, db, slot_id(uid), uid, sealed)


def drop_password_slot(session: GuanlanSession, user_id: uuid.UUID) -> bool:
    """Remove a user's slot (a disabled account); whether there was one."""
    row = session.get(KeySlot, slot_id(user_id))
    if row is None:
        return False
    session.delete(row)
    return True


def new_recovery_code(session: GuanlanSession, db: Database) -> str:
    """A fresh recovery code (32 random bytes) and the slot it opens; returns the code to print."""
    secret = os.urandom(32)
    _put(session, db, RECOVERY_SLOT, None, seal_recovery_slot(db.master_key, secret))
    return recovery_code(secret)


def _legacy_master(db: Database) -> bytes | None:
    """The key as kept before slots (keyring or demo file), if it is still there and belongs to this database."""
    try:
        master = legacy_key_store(db.data_dir).load(db.workstation.id)
    except Exception:  # no keyring, unreadable demo file: there is no old copy to use
        return None
    if master is None or len(master) != 32:
        return None
    if not hmac.compare_digest(FieldCipher.from_master(master).key_check, db.key_check):
        return None
    return master


def unlock_at_login(session: GuanlanSession, ctx: Ctx, user: User, password: str) -> None:
    """After a correct password: unwrap the key (if still locked) and make the user's slot current."""
    db = ctx.db
    row = session.get(KeySlot, slot_id(user.id))
    migrated = False
    if not db.unlocked:
        master: bytes | None = None
        if row is not None:
            device = load_device_secret(db.workstation.id) if row.device_tag else None
            try:
                master = open_password_slot(_sealed(row), str(user.id), password, device)
            except SlotOpenFailed:
                master = None
        if master is None:
            master = _legacy_master(db)
            migrated = master is not None
        if master is None:
            raise DeviceKeyMissing() if row is not None else DataKeyMissing()
        db.unlock(master)
    wanted = _device_for_new_slots(db)
    # Never bind a slot down to the password alone on a passing keyring fault; the recovery path rebinds on purpose.
    if row is None or (wanted is not None and row.device_tag != device_tag(wanted)):
        write_password_slot(session, db, user.id, password)
        audit.record(session, ctx, AuditAction.KEY, "user", str(user.id),
                     {"event": "key slot written at login", "computer_bound": wanted is not None})
    if migrated or row is None:
        _finish_migration(session, ctx)


def _finish_migration(session: GuanlanSession, ctx: Ctx) -> None:
    """Demo accounts get their slots at once; the old copy goes when every active account has one."""
    db = ctx.db
    demo = is_demo_folder(db.data_dir)
    if demo:
        from guanlan_desk.services.accounts import verify_password
        from guanlan_desk.services.demo import DEMO_PASSWORD

        for user in session.scalars(select(User).where(User.active.is_(True))):
            if session.get(KeySlot, slot_id(user.id)) is None and verify_password(user.password_hash, DEMO_PASSWORD):
                write_password_slot(session, db, user.id, DEMO_PASSWORD)
        session.flush()
    if missing_slots(session):
        return
    if demo:
        path = db.data_dir / DEMO_KEY_FILE
        if not path.exists():
            return
        path.unlink()
    else:
        if _legacy_master(db) is None:
            return
        forget_legacy_master(db.workstation.id)
    audit.record(session, ctx, AuditAction.KEY, "workstation", db.workstation.id,
                 {"event": "every account has its key slot; the old copy of the key was removed"})


def missing_slots(session: GuanlanSession) -> list[str]:
    """User names of active accounts without a key slot."""
    have = set(session.scalars(select(KeySlot.user_id).where(KeySlot.user_id.is_not(None))))
    return [u.username for u in session.scalars(select(User).where(User.active.is_(True)).order_by(User.username))
            if u.id not in have]


def recover(db: Database, code: str) -> None:
    """Unlock ``db`` with the printed recovery code (its slot, or — for codes printed before slots — the key)."""
    secret = master_from_recovery_code(code)
    with db.reads() as session:
        row = session.get(KeySlot, RECOVERY_SLOT)
        sealed = _sealed(row) if row is not None else None
    if sealed is not None:
        try:
            db.unlock(open_recovery_slot(sealed, secret))
            return
        except SlotOpenFailed:
            pass
    db.unlock(secret)  # a code printed before key slots spells the data key itself (else WrongRecoveryCode)


# -- what the doctor and the settings page say ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyProtection:
    """How this workstation's data key is protected, in words for officers (translated by the UI)."""

    ok: bool
    summary: str
    waiting: tuple[str, ...] = ()


PROTECTED = QT_TRANSLATE_NOOP(
    "keys", "The records open only with a user's password on this computer; a copied database opens nothing "
    "elsewhere. The printed recovery code restores them on any computer.")
PASSWORDS_ONLY = QT_TRANSLATE_NOOP(
    "keys", "This computer's protected key store is not available, so the records are protected by the users' "
    "passwords alone. A copied database could be opened on another computer by someone who knows a password. "
    "Ask your IT support to turn on the computer's key store; the app keeps working meanwhile.")
DEMO = QT_TRANSLATE_NOOP(
    "keys", "Demo folder: the demo password opens these generated records; nothing here is secret.")
WAITING = QT_TRANSLATE_NOOP(
    "keys", "Some accounts have not logged in since the update ({names}); an old copy of the key stays on this "
    "computer until they do.")


def protection(db: Database) -> KeyProtection:
    """The state of the key protection of ``db`` (open or not)."""
    if db.workstation.demo or is_demo_folder(db.data_dir):
        return KeyProtection(True, DEMO)
    with db.reads() as session:
        waiting = tuple(missing_slots(session)) if _legacy_master(db) is not None else ()
    if keyring_state() != KeyringState.USABLE:
        return KeyProtection(False, PASSWORDS_ONLY, waiting)
    return KeyProtection(True, PROTECTED, waiting)
