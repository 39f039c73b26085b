"""Accounts: argon2id hashes, lockout after five failures for 15 minutes, roles per workstation kind."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from guanlan_desk.domain.enums import Role
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.services import accounts, audit
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.errors import AccountLocked, LoginFailed, PermissionDenied
from guanlan_desk.store.engine import Database
from guanlan_desk.store.models import User
from tests.conftest import ADMIN_PASSWORD, FakeClock


def system(db: Database) -> Ctx:
    return Ctx(db, Actor.system())


def test_login_returns_the_users_role(db: Database) -> None:
    actor = accounts.login(system(db), username="admin", password=ADMIN_PASSWORD)
    assert actor.role == Role.ADMIN and actor.username == "admin"


def test_passwords_are_argon2id_hashes(db: Database) -> None:
    with db.reads() as session:
        stored = session.execute(select(User.password_hash).where(User.username == "admin")).scalar_one()
    assert stored.startswith("$argon2id$") and ADMIN_PASSWORD not in stored
    assert "m=19456" in stored and "t=2" in stored


def test_unknown_user_and_wrong_password_get_the_same_message(db: Database) -> None:
    with pytest.raises(LoginFailed) as unknown:
        accounts.login(system(db), username="nobody", password="whatever1")
    with pytest.raises(LoginFailed) as wrong:
        accounts.login(system(db), username="admin", password="wrong-password1")
    assert unknown.value.render() == wrong.value.render()


def test_lockout_after_five_failures_for_fifteen_minutes(db: Database, clock: FakeClock) -> None:
    ctx = system(db)
    for _ in range(4):
        with pytest.raises(LoginFailed):
            accounts.login(ctx, username="admin", password="bad-password1")
    with pytest.raises(AccountLocked):
        accounts.login(ctx, username="admin", password="bad-password1")
    with pytest.raises(AccountLocked):  # even the right password is refused while locked
        accounts.login(ctx, username="admin", password=ADMIN_PASSWORD)
    clock.advance(minutes=14)
    with pytest.raises(AccountLocked):
        accounts.login(ctx, username="admin", password=ADMIN_PASSWORD)
    clock.advance(minutes=2)
    assert accounts.login(ctx, username="admin", password=ADMIN_PASSWORD).username == "admin"


def test_failed_logins_are_audited(db: Database) -> None:
    ctx = system(db)
    with pytest.raises(LoginFailed):
        accounts.login(ctx, username="admin", password="bad-password1")
    assert "login_failed" in [r.action for r in audit.recent(Ctx(db, Actor.system()), limit=5)]


def test_admin_adds_users_and_others_cannot(admin: Ctx, mediator: Ctx) -> None:
    accounts.add_user(admin, username="chen", display_name="陈志强", role=Role.MEDIATOR, password="Mediate123")
    assert "chen" in [u.username for u in accounts.list_users(admin)]
    with pytest.raises(PermissionDenied):
        accounts.add_user(mediator, username="x1", display_name="x", role=Role.VIEWER, password="Mediate123")
    with pytest.raises(ValidationError):  # office roles do not exist on a community workstation
        accounts.add_user(admin, username="x2", display_name="x", role=Role.OFFICE_STAFF, password="Mediate123")
    with pytest.raises(ValidationError):
        accounts.add_user(admin, username="chen", display_name="重名", role=Role.VIEWER, password="Mediate123")
    with pytest.raises(ValidationError):
        accounts.add_user(admin, username="weak", display_name="弱", role=Role.VIEWER, password="short")


def test_password_change_and_admin_reset(db: Database, admin: Ctx) -> None:
    accounts.add_user(admin, username="li", display_name="李秀梅", role=Role.MEDIATOR, password="Mediate123")
    li = accounts.login(system(db), username="li", password="Mediate123")
    with pytest.raises(LoginFailed):
        accounts.change_password(Ctx(db, li), old_password="nope-nope1", new_password="Better4567")
    accounts.change_password(Ctx(db, li), old_password="Mediate123", new_password="Better4567")
    accounts.login(system(db), username="li", password="Better4567")
    accounts.set_password(admin, username="li", new_password="Reset12345")
    accounts.login(system(db), username="li", password="Reset12345")


def test_disabled_users_cannot_log_in(db: Database, admin: Ctx) -> None:
    accounts.add_user(admin, username="gone", display_name="离职", role=Role.VIEWER, password="Viewer1234")
    accounts.set_active(admin, username="gone", active=False)
    with pytest.raises(LoginFailed):
        accounts.login(system(db), username="gone", password="Viewer1234")
