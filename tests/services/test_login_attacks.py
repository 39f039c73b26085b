"""Logins as an attacker tries them: guessing names, spreading guesses over time, a clock set ahead."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from guanlan_desk.services import accounts, audit
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.errors import AccountLocked, LoginFailed
from guanlan_desk.store.engine import Database, open_database
from guanlan_desk.store.models import AuditEvent
from tests.conftest import ADMIN_PASSWORD, FakeClock


def _try(db: Database, username: str, password: str) -> BaseException | None:
    try:
        accounts.login(Ctx(db, Actor.system()), username=username, password=password)
    except (LoginFailed, AccountLocked) as exc:
        return exc
    return None


class _CountingHasher:
    """Wraps the accounts' hasher and counts argon2 verifications per call."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.verified: list[str] = []

    def verify(self, hashed: str, password: str) -> bool:
        self.verified.append(hashed)
        return bool(self.real.verify(hashed, password))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_unknown_user_and_wrong_password_do_the_same_argon2_work(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _CountingHasher(accounts.HASHER)
    monkeypatch.setattr(accounts, "HASHER", spy)
    unknown = _try(db, "nobody", "Guess12345")
    unknown_work = len(spy.verified)
    spy.verified.clear()
    wrong = _try(db, "admin", "Guess12345")
    wrong_work = len(spy.verified)
    assert unknown_work == wrong_work == 1
    assert type(unknown) is type(wrong) is LoginFailed and str(unknown) == str(wrong)
    for _ in range(4):
        _try(db, "admin", "Guess12345")
    spy.verified.clear()
    assert isinstance(_try(db, "admin", ADMIN_PASSWORD), AccountLocked)
    assert len(spy.verified) == 1  # a locked account costs the same argon2 work (no shortcut that tells it exists)


def test_failures_count_within_fifteen_minutes_only(db: Database, clock: FakeClock) -> None:
    for _ in range(4):
        assert isinstance(_try(db, "admin", "wrong-one1"), LoginFailed)
    clock.advance(minutes=16)  # a new window: four old failures no longer count
    for _ in range(4):
        assert isinstance(_try(db, "admin", "wrong-one1"), LoginFailed)
    assert isinstance(_try(db, "admin", "wrong-one1"), AccountLocked)  # the fifth within the window locks
    assert isinstance(_try(db, "admin", ADMIN_PASSWORD), AccountLocked)


def test_attempts_during_a_lock_and_failures_are_audited_under_the_name_tried(db: Database, clock: FakeClock,
                                                                             admin: Ctx) -> None:
    _try(db, "mallory", "Guess12345")
    for _ in range(5):
        _try(db, "admin", "wrong-one1")
    _try(db, "admin", ADMIN_PASSWORD)  # during the lock
    with db.reads() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed")
                                      .order_by(AuditEvent.seq)))
    assert [e.username for e in events] == ["mallory"] + ["admin"] * 6
    assert events[-1].detail["reason"] == "locked"
    assert audit.verify(admin).ok


def test_failures_before_any_login_are_chained_by_the_next_login(db: Database, clock: FakeClock,
                                                                admin: Ctx) -> None:
    db.close()
    locked = open_database(db.data_dir, clock=clock)
    try:
        assert isinstance(_try(locked, "mallory", "Guess12345"), LoginFailed)
        assert isinstance(_try(locked, "admin", "wrong-one1"), LoginFailed)
        assert not locked.unlocked
        ctx = Ctx(locked, accounts.login(Ctx(locked, Actor.system()), username="admin", password=ADMIN_PASSWORD))
        rows = audit.recent(ctx, limit=3)
        assert [(r.action, r.username) for r in reversed(rows)] == [
            ("login_failed", "mallory"), ("login_failed", "admin"), ("login", "admin")]
        assert audit.verify(ctx).ok
    finally:
        locked.close()


def test_a_lock_set_under_a_clock_running_ahead_ends_within_fifteen_real_minutes(db: Database,
                                                                                  clock: FakeClock) -> None:
    real = clock.now
    clock.now = real + timedelta(days=365 * 4)  # a CMOS clock four years ahead
    for _ in range(5):
        _try(db, "admin", "wrong-one1")
    clock.now = real  # the clock is corrected
    locked = _try(db, "admin", ADMIN_PASSWORD)
    assert isinstance(locked, AccountLocked) and locked.params["minutes"] <= 15
    clock.advance(minutes=15, seconds=1)
    assert _try(db, "admin", ADMIN_PASSWORD) is None


def test_a_flood_of_failures_before_any_login_keeps_a_bounded_queue(db: Database, clock: FakeClock,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from guanlan_desk.store.models import PendingAuditEvent

    monkeypatch.setattr(audit, "MAX_PENDING", 3)
    db.close()
    locked = open_database(db.data_dir, clock=clock)
    try:
        for i in range(6):
            _try(locked, f"guess{i}", "Guess12345")
        with locked.reads() as session:
            kept = list(session.scalars(select(PendingAuditEvent).order_by(PendingAuditEvent.id)))
            assert [e.username for e in kept] == ["guess3", "guess4", "guess5"]
            assert kept[-1].detail["earlier_attempts_dropped"] is True
    finally:
        locked.close()
