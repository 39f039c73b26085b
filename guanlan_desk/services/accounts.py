"""User accounts: roles, argon2id password hashes, lockout after 5 failed logins within 15 minutes.

A login also unwraps the data key from the user's key slot (``services.keys``); password changes and
resets rewrap it. Unknown users and wrong passwords get the same message and the same argon2 work.
"""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from guanlan_desk.domain.enums import AuditAction, Role, WorkstationRole, label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import ROLES_FOR, Permission
from guanlan_desk.services import audit, keys
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.errors import AccountLocked, LoginFailed, NotFound, RuleViolation
from guanlan_desk.store.models import User
from guanlan_desk.store.uow import GuanlanSession

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
# OWASP's floor for argon2id: 19 MiB, t=2, p=1.
HASHER = PasswordHasher(time_cost=keys.KDF.time_cost, memory_cost=keys.KDF.memory_cost,
                        parallelism=keys.KDF.parallelism)
_DUMMY_HASH = HASHER.hash("guanlan-dummy-password")
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")


@dataclass(frozen=True, slots=True)
class UserRow:
    """A user as lists show it."""

    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    locked: bool


def check_password_strength(password: str) -> None:
    """At least 8 characters with letters and digits."""
    if len(password) < MIN_PASSWORD or not re.search(r"[A-Za-z]", password) or not re.search(r"\d", password):
        raise ValidationError("password", QT_TRANSLATE_NOOP(
            "errors", "A password needs at least {n} characters, with letters and digits."), n=MIN_PASSWORD)


def _new_user(session: GuanlanSession, ctx: Ctx, username: str, display_name: str, role: Role, password: str) -> User:
    if not _USERNAME.match(username):
        raise ValidationError("username", QT_TRANSLATE_NOOP(
            "errors", "A user name has 2 to 32 letters, digits, dots, dashes or underscores."))
    if not display_name.strip():
        raise ValidationError("display_name", QT_TRANSLATE_NOOP("errors", "Please enter the person's name."))
    ws_role = WorkstationRole(ctx.db.workstation.role)
    if role not in ROLES_FOR[ws_role]:
        raise ValidationError("role", QT_TRANSLATE_NOOP(
            "errors", "The role {role} does not exist on a {workstation}."), role=label(role),
            workstation=label(ws_role))
    check_password_strength(password)
    if session.execute(select(User.id).where(User.username == username)).first() is not None:
        raise ValidationError("username", QT_TRANSLATE_NOOP("errors", "The user name {name} is taken."), name=username)
    now = ctx.now()
    user = User(username=username, display_name=display_name.strip(), role=role.value,
                password_hash=HASHER.hash(password), failed_logins=0, created_at=now, password_changed_at=now)
    session.add(user)
    session.flush()
    keys.write_password_slot(session, ctx.db, user.id, password)
    audit.record(session, ctx, AuditAction.CREATE, "user", str(user.id), {"username": username, "role": role.value})
    return user


def add_user(ctx: Ctx, *, username: str, display_name: str, role: Role, password: str) -> UserRow:
    """Create a user (admins only; the first admin is made by setup)."""
    ctx.require(Permission.USER_ADMIN, QT_TRANSLATE_NOOP("terms", "manage users"))
    with ctx.write() as session:
        user = _new_user(session, ctx, username, display_name, role, password)
        session.commit()
        return _row(user, ctx)


def create_first_admin(ctx: Ctx, *, username: str, display_name: str, password: str) -> UserRow:
    """Setup only: the first administrator, when no user exists yet."""
    with ctx.write() as session:
        if session.execute(select(User.id).limit(1)).first() is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "An administrator already exists."))
        role = Role.OFFICE_ADMIN if ctx.db.workstation.role == WorkstationRole.OFFICE else Role.ADMIN
        user = _new_user(session, ctx, username, display_name, role, password)
        session.commit()
        return _row(user, ctx)


def _row(user: User, ctx: Ctx) -> UserRow:
    locked = user.locked_until is not None and user.locked_until > ctx.now()
    return UserRow(str(user.id), user.username, user.display_name, Role(user.role), user.active, locked)


def list_users(ctx: Ctx) -> list[UserRow]:
    """Every user of this workstation."""
    ctx.require(Permission.USER_ADMIN, QT_TRANSLATE_NOOP("terms", "manage users"))
    with ctx.read() as session:
        return [_row(u, ctx) for u in session.scalars(select(User).order_by(User.username))]


def _tried(username: str, user: User | None) -> Actor:
    """The actor a failed attempt is audited under: the name that was tried."""
    return Actor(str(user.id) if user is not None else "", username[:64], username[:64], Role.VIEWER)


def _correct_clock(user: User, now: datetime) -> None:
    """A lock or failure window set under a clock running ahead never outlasts the real clock by more than its
    own length."""
    if user.locked_until is not None and user.locked_until > now + timedelta(minutes=LOCK_MINUTES):
        user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
    if user.failure_window_start is not None and user.failure_window_start > now:
        user.failure_window_start = now


def login(ctx: Ctx, *, username: str, password: str) -> Actor:
    """Check the password and unlock the data key; returns the actor.

    Unknown users, disabled accounts, wrong passwords and locked accounts all run one argon2 verification;
    unknown users and wrong passwords get the same message. Failures count within a 15-minute window; every
    failure (during a lock too) is audited under the name that was tried.
    """
    with ctx.write() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        now = ctx.now()
        if user is None or not user.active:
            verify_password(_DUMMY_HASH, password)
            audit.record_or_defer(session, Ctx(ctx.db, _tried(username, None)), AuditAction.LOGIN_FAILED, "user",
                                  "", {"username": username[:64], "reason": "unknown"})
            session.commit()
            raise LoginFailed()
        _correct_clock(user, now)
        tried = Ctx(ctx.db, _tried(username, user))
        if user.locked_until is not None and user.locked_until > now:
            verify_password(_DUMMY_HASH, password)
            minutes = max(1, math.ceil((user.locked_until - now).total_seconds() / 60))
            audit.record_or_defer(session, tried, AuditAction.LOGIN_FAILED, "user", str(user.id),
                                  {"username": username, "reason": "locked"})
            session.commit()
            raise AccountLocked(minutes)
        if not verify_password(user.password_hash, password):
            window = timedelta(minutes=LOCK_MINUTES)
            if user.failure_window_start is None or now - user.failure_window_start > window:
                user.failure_window_start, user.failed_logins = now, 0
            user.failed_logins += 1
            locked = user.failed_logins >= MAX_FAILURES
            if locked:
                user.locked_until = now + window
                user.failed_logins, user.failure_window_start = 0, None
            audit.record_or_defer(session, tried, AuditAction.LOGIN_FAILED, "user", str(user.id),
                                  {"username": username, "reason": "locked now" if locked else "wrong password"})
            session.commit()
            if locked:
                raise AccountLocked(LOCK_MINUTES)
            raise LoginFailed()
        user.failed_logins = 0
        user.locked_until = None
        user.failure_window_start = None
        if HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = HASHER.hash(password)
        actor = Actor(str(user.id), user.username, user.display_name, Role(user.role))
        me = Ctx(ctx.db, actor)
        keys.unlock_at_login(session, me, user, password)
        audit.chain_pending(session, me)
        audit.record(session, me, AuditAction.LOGIN, "user", str(user.id))
        session.commit()
        return actor


def verify_password(hashed: str, password: str) -> bool:
    """argon2 verification; ``False`` for a mismatch or an unreadable hash."""
    try:
        return HASHER.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def change_password(ctx: Ctx, *, old_password: str, new_password: str) -> None:
    """The logged-in user changes their own password."""
    with ctx.write() as session:
        user = session.get(User, uuid.UUID(ctx.actor.user_id))
        if user is None:
            raise NotFound("user", ctx.actor.username)
        if not verify_password(user.password_hash, old_password):
            raise LoginFailed()
        check_password_strength(new_password)
        user.password_hash = HASHER.hash(new_password)
        user.password_changed_at = ctx.now()
        keys.write_password_slot(session, ctx.db, user.id, new_password)
        audit.record(session, ctx, AuditAction.PASSWORD, "user", str(user.id), {"key_slot": "rewrapped"})
        session.commit()


def set_password(ctx: Ctx, *, username: str, new_password: str) -> None:
    """An administrator resets someone's password (and lifts a lockout)."""
    ctx.require(Permission.USER_ADMIN, QT_TRANSLATE_NOOP("terms", "manage users"))
    with ctx.write() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound("user", username)
        check_password_strength(new_password)
        user.password_hash = HASHER.hash(new_password)
        user.password_changed_at = ctx.now()
        user.failed_logins = 0
        user.locked_until = None
        user.failure_window_start = None
        keys.write_password_slot(session, ctx.db, user.id, new_password)
        audit.record(session, ctx, AuditAction.PASSWORD, "user", str(user.id), {"by_admin": True,
                                                                                  "key_slot": "new"})
        session.commit()


def set_active(ctx: Ctx, *, username: str, active: bool) -> None:
    """Disable or re-enable an account (users are never deleted: the audit log names them).

    Disabling removes the account's key slot; a re-enabled account gets one at its next login while the key is
    open, or from an administrator's password reset.
    """
    ctx.require(Permission.USER_ADMIN, QT_TRANSLATE_NOOP("terms", "manage users"))
    with ctx.write() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound("user", username)
        user.active = active
        detail: dict[str, object] = {"active": [not active, active]}
        if not active and keys.drop_password_slot(session, user.id):  # a disabled password opens nothing on disk
            detail["key_slot"] = "removed"
        audit.record(session, ctx, AuditAction.UPDATE, "user", str(user.id), detail)
        session.commit()
