"""User accounts: roles, argon2id password hashes, lockout after 5 failed logins for 15 minutes."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from guanlan_desk.domain.enums import AuditAction, Role, WorkstationRole, label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import ROLES_FOR, Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.errors import AccountLocked, LoginFailed, NotFound, RuleViolation
from guanlan_desk.store.models import User
from guanlan_desk.store.uow import GuanlanSession

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
# OWASP's floor for argon2id: 19 MiB, t=2, p=1.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
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


def login(ctx: Ctx, *, username: str, password: str) -> Actor:
    """Check the password; returns the actor. Same message and work for an unknown user and a wrong password."""
    with ctx.write() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        now = ctx.now()
        if user is None or not user.active:
            _verify(_DUMMY_HASH, password)
            audit.record(session, ctx, AuditAction.LOGIN_FAILED, "user", "", {"username": username})
            session.commit()
            raise LoginFailed()
        if user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise AccountLocked(minutes)
        if not _verify(user.password_hash, password):
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
            audit.record(session, ctx, AuditAction.LOGIN_FAILED, "user", str(user.id), {"username": username})
            session.commit()
            if user.locked_until is not None and user.locked_until > now:
                raise AccountLocked(LOCK_MINUTES)
            raise LoginFailed()
        user.failed_logins = 0
        user.locked_until = None
        if HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = HASHER.hash(password)
        actor = Actor(str(user.id), user.username, user.display_name, Role(user.role))
        audit.record(session, Ctx(ctx.db, actor), AuditAction.LOGIN, "user", str(user.id))
        session.commit()
        return actor


def _verify(hashed: str, password: str) -> bool:
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
        if not _verify(user.password_hash, old_password):
            raise LoginFailed()
        check_password_strength(new_password)
        user.password_hash = HASHER.hash(new_password)
        user.password_changed_at = ctx.now()
        audit.record(session, ctx, AuditAction.PASSWORD, "user", str(user.id))
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
        audit.record(session, ctx, AuditAction.PASSWORD, "user", str(user.id), {"by_admin": True})
        session.commit()


def set_active(ctx: Ctx, *, username: str, active: bool) -> None:
    """Disable or re-enable an account (users are never deleted: the audit log names them)."""
    ctx.require(Permission.USER_ADMIN, QT_TRANSLATE_NOOP("terms", "manage users"))
    with ctx.write() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound("user", username)
        user.active = active
        audit.record(session, ctx, AuditAction.UPDATE, "user", str(user.id), {"active": [not active, active]})
        session.commit()
