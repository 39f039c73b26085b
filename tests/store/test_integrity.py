"""Integrity checks after login: index damage (which quick_check misses) is found by the full check, weekly
at the latest and at once after an unclean shutdown; a failed check stops every later write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from guanlan_desk.services import health
from guanlan_desk.services.context import Ctx
from guanlan_desk.store import integrity
from guanlan_desk.store.engine import DB_NAME, Database, open_database
from guanlan_desk.domain.enums import Role
from tests.conftest import FakeClock, actor
from tests.services.test_disputes_core import new_case


def admin_ctx(database: Database) -> Ctx:
    return Ctx(database, actor(Role.ADMIN, "admin"))


def damage_an_index(db_path: Path) -> None:
    """Make ``ix_audit_event_action`` index another column: its entries no longer match the rows."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, '(action)', '(username)') "
                     "WHERE name = 'ix_audit_event_action'")
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def damaged(db: Database) -> Iterator[Database]:
    path = db.data_dir / DB_NAME
    db.close()
    damage_an_index(path)
    again = open_database(db.data_dir, clock=db.clock, master_key=db.master_key)
    try:
        yield again
    finally:
        integrity.unblock(path)
        again.close()


def test_quick_check_misses_index_damage_that_the_full_check_finds(damaged: Database) -> None:
    path = damaged.data_dir / DB_NAME
    assert integrity.run_check(path, full=False).ok
    found = integrity.run_check(path, full=True)
    assert not found.ok and any("ix_audit_event_action" in p for p in found.problems)


def test_the_weekly_full_check_finds_index_damage_and_stops_writes(
        damaged: Database, clock: FakeClock) -> None:
    ctx = admin_ctx(damaged)
    integrity.note_full_check(damaged.data_dir, clock.now)  # a full check passed just now
    report = health.check(ctx)
    assert report.ok and not report.full  # within the week: the quick check only
    new_case(ctx, a="王小明")  # saving goes on meanwhile
    clock.advance(days=7)
    report = health.check(ctx)
    assert report.full and not report.ok
    assert report.finding == "a search index no longer matches its table"
    assert health.writes_stopped(ctx)
    with pytest.raises(integrity.WritesStopped) as caught:
        new_case(ctx, a="李四")
    assert "Saving is stopped" in caught.value.render()


def test_after_an_unclean_shutdown_the_full_check_runs_at_once(db: Database) -> None:
    path = db.data_dir / DB_NAME
    integrity.note_full_check(db.data_dir, db.clock())
    db.engine.dispose()  # killed: the running marker stays
    damage_an_index(path)
    again = open_database(db.data_dir, clock=db.clock, master_key=db.master_key)
    try:
        report = health.check(admin_ctx(again))
        assert report.full and not report.ok
    finally:
        integrity.unblock(path)
        again.close()


def test_a_passed_full_check_is_remembered_for_a_week(db: Database, clock: FakeClock) -> None:
    ctx = admin_ctx(db)
    assert health.check(ctx).full  # never checked yet
    assert not health.check(ctx).full
    clock.advance(days=6, hours=23)
    assert not health.check(ctx).full
    clock.advance(hours=1)
    assert health.check(ctx).full
    assert integrity.last_full_check(db.data_dir) == clock.now


def test_the_failed_check_offers_the_newest_good_backup(db: Database, tmp_path: Path) -> None:
    from guanlan_desk.services import backups

    ctx = admin_ctx(db)
    backups.set_folder(ctx, tmp_path / "bk")
    made = backups.run_backup(ctx)
    path = db.data_dir / DB_NAME
    db.close()
    damage_an_index(path)
    again = open_database(db.data_dir, clock=db.clock, master_key=db.master_key)
    try:
        report = health.check(admin_ctx(again), full=True)
        assert report.newest_backup is not None and report.newest_backup.path == made.path
    finally:
        integrity.unblock(path)
        again.close()
