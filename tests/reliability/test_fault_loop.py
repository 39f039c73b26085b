"""Faults at operation k: disk full, read-only, locked database, I/O error, injected at the k-th SQL statement
(a ``before_cursor_execute`` hook raising what SQLite raises) or the k-th file-layer call (``os.replace``,
``os.fsync``, ``os.rename``, ``os.unlink``, ``os.mkdir`` raising the errno), for every k of an edit through
the services and of a backup, and for a seeded sample of the k of an import. After each: a user-facing
message (never a bug), nothing partial, integrity ok, and the next try succeeds. ``--long`` tries every k of
the import too.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from guanlan_desk.domain.enums import Role
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services import audit, backups
from guanlan_desk.services.context import Ctx
from guanlan_desk.store import backup, backup_files
from guanlan_desk.store.engine import DB_NAME, Database, open_database
from guanlan_desk.store.models import Dispute, DisputeParty
from guanlan_desk.sync import ui_api
from tests.conftest import FakeClock, actor
from tests.reliability.kill_harness import counts, integrity_ok
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio

FAULTS = {
    "disk full": ("database or disk is full", errno.ENOSPC),
    "read-only": ("attempt to write a readonly database", errno.EROFS),
    "locked": ("database is locked", errno.EBUSY),
    "I/O error": ("disk I/O error", errno.EIO),
}
FILE_CALLS = ("replace", "rename", "fsync", "unlink", "mkdir")
SEED = 20261203


class Injector:
    """Counts SQL statements and file calls; raises the chosen fault at number ``k`` (0: count only)."""

    def __init__(self) -> None:
        self.n = 0
        self.k = 0
        self.fault = "disk full"
        self.where = "sql"
        self.fired = False

    def point(self, where: str) -> None:
        if where != self.where:
            return
        self.n += 1
        if self.n == self.k:
            self.fired = True
            message, code = FAULTS[self.fault]
            if where == "sql":
                raise sqlite3.OperationalError(message)
            raise OSError(code, os.strerror(code))


@contextmanager
def injecting(db: Database, monkeypatch: pytest.MonkeyPatch, inj: Injector) -> Iterator[Injector]:
    def on_execute(*_args: Any) -> None:
        inj.point("sql")

    event.listen(db.engine, "before_cursor_execute", on_execute)
    with monkeypatch.context() as m:
        for name in FILE_CALLS:
            real = getattr(os, name)

            def wrapped(*args: Any, _real: Callable[..., Any] = real, **kwargs: Any) -> Any:
                inj.point("file")
                return _real(*args, **kwargs)

            m.setattr(os, name, wrapped)
        try:
            yield inj
        finally:
            event.remove(db.engine, "before_cursor_execute", on_execute)


def run_with_fault(db: Database, monkeypatch: pytest.MonkeyPatch, work: Callable[[], object], *, where: str,
                   fault: str, k: int) -> UserFacingError | None:
    """Run ``work`` with the fault at point ``k``; the user-facing error it raised, or None."""
    inj = Injector()
    inj.where, inj.fault, inj.k = where, fault, k
    with injecting(db, monkeypatch, inj):
        try:
            work()
        except UserFacingError as exc:
            return exc
        except Exception as exc:
            raise AssertionError(f"{fault} at {where} point {k} reached the user as a bug: {exc!r}") from exc
    return None


def count_points(db: Database, monkeypatch: pytest.MonkeyPatch, work: Callable[[], object], where: str) -> int:
    inj = Injector()
    inj.where = where
    with injecting(db, monkeypatch, inj):
        work()
    return inj.n


def disputes_whole(db: Database) -> int:
    """The number of disputes; each has both its parties and the audit chain is intact."""
    integrity_ok(db.data_dir / DB_NAME)
    with db.reads() as s:
        n = int(s.execute(select(func.count()).select_from(Dispute)).scalar_one())
        per = dict(s.execute(select(DisputeParty.dispute_id, func.count()).group_by(DisputeParty.dispute_id)).all())
    assert len(per) == n and all(v == 2 for v in per.values()), "a dispute saved without its parties"
    assert audit.verify(Ctx(db, actor(Role.ADMIN, "admin"))).ok
    return n


@pytest.mark.parametrize("where", ["sql", "file"])
def test_a_fault_at_any_point_of_an_edit_is_told_and_leaves_nothing_partial(
        admin: Ctx, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    db = admin.db
    points = count_points(db, monkeypatch, lambda: new_case(admin, a="计数"), where)
    assert points > (5 if where == "sql" else -1)
    tried = 0
    for fault in FAULTS:
        for k in range(1, points + 1):
            before = disputes_whole(db)
            told = run_with_fault(db, monkeypatch, lambda: new_case(admin, a="王五"), where=where, fault=fault, k=k)
            after = disputes_whole(db)
            assert after in (before, before + 1)
            if told is not None:
                assert told.render(), "an empty message"
            tried += 1
            new_case(admin, a="重试")  # the next try succeeds
    assert tried == len(FAULTS) * points


@pytest.mark.parametrize("where", ["sql", "file"])
def test_a_fault_at_any_point_of_a_backup_leaves_no_partial_copy(
        admin: Ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, clock: FakeClock) -> None:
    folder = tmp_path / "disk2" / "backups"
    folder.parent.mkdir()
    backups.set_folder(admin, folder)
    points = count_points(admin.db, monkeypatch, lambda: backups.run_backup(admin), where)
    assert points > 0
    for fault in FAULTS:
        for k in range(1, points + 1):
            clock.advance(seconds=1)
            told = run_with_fault(admin.db, monkeypatch, lambda: backups.run_backup(admin), where=where, fault=fault,
                                  k=k)
            if told is not None:
                assert told.render()
            for entry in backup_files.entries(folder):
                assert backup.verify_backup(entry.path)
                integrity_ok(entry.path)
            integrity_ok(admin.db.data_dir / DB_NAME)
            clock.advance(seconds=1)
            backups.run_backup(admin)  # the next try succeeds and cleans up
            assert not [p for p in folder.iterdir() if p.name.endswith((".tmp", "-journal"))]


@pytest.mark.parametrize("where", ["sql"])  # an import writes no files when it applies
def test_a_fault_during_an_import_is_told_and_the_import_is_whole_or_absent(
        trio: Trio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, long_mode: bool) -> None:
    from datetime import date

    from guanlan_desk.services import demo

    demo._fill(trio.gc.db, records=20, seed=3, today=date(2026, 3, 4), progress=None)
    [made] = trio.gc.export()
    bundle = Path(made.path)
    pristine = tmp_path / "office-pristine"
    trio.office.db.close()
    shutil.copytree(trio.office.db.data_dir, pristine)
    before = counts(pristine)

    def fresh(name: str) -> tuple[Database, Ctx]:
        folder = tmp_path / name
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(pristine, folder)
        db = open_database(folder, clock=trio.clock, master_key=trio.office.db.master_key)
        return db, Ctx(db, actor(Role.OFFICE_ADMIN, "admin"))

    def outcome_error(db: Database, ctx: Ctx) -> None:
        for o in ui_api.import_bundles(ctx, [bundle]):
            if o.status == "refused" and o.error is not None:
                raise o.error  # the refusal the user reads

    db, ctx = fresh("count")
    points = count_points(db, monkeypatch, lambda: outcome_error(db, ctx), where)
    after = counts(db.data_dir)
    db.close()
    assert after != before and points > 0
    ks = list(range(1, points + 1))
    if not long_mode:
        ks = sorted(random.Random(SEED).sample(ks, min(len(ks), 10)))
    for fault in FAULTS:
        for k in ks:
            db, ctx = fresh(f"k{k}")
            try:
                told = run_with_fault(db, monkeypatch, lambda: outcome_error(db, ctx), where=where, fault=fault, k=k)
                integrity_ok(db.data_dir / DB_NAME)
                seen = counts(db.data_dir)
                assert seen in (before, after), (fault, k, seen)
                if told is not None:
                    assert told.render()
                [retry] = ui_api.import_bundles(ctx, [bundle])
                assert retry.status in ("applied", "already imported"), (fault, k, retry)
                assert counts(db.data_dir) == after
            finally:
                db.close()
