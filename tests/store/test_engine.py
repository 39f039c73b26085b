"""The live database: pragmas, explicit transactions, the unit of work, locked database, unsafe folders."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from guanlan_desk.store import engine as engine_mod
from guanlan_desk.store.engine import Database, UnsafeDataFolder, check_local_folder
from guanlan_desk.store.errors import DatabaseLocked
from guanlan_desk.store.models import Setting
from guanlan_desk.store.uow import unit_of_work


def test_pragmas_are_set_on_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_every_statement_runs_in_an_explicit_transaction(db: Database) -> None:
    with unit_of_work(db.reads) as session:
        session.execute(select(Setting)).all()
        raw = session.connection().connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        assert raw.in_transaction  # BEGIN was emitted by the hook, not skipped by pysqlite


def test_unit_of_work_rolls_back_uncommitted_work(db: Database) -> None:
    with unit_of_work(db.writes) as session:
        session.add(Setting(key="probe", value="1"))
    with unit_of_work(db.reads) as session:
        assert session.get(Setting, "probe") is None


def test_unit_of_work_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError):
        with unit_of_work(db.writes) as session:
            session.add(Setting(key="probe", value="1"))
            session.flush()
            raise RuntimeError("boom")
    with unit_of_work(db.reads) as session:
        assert session.get(Setting, "probe") is None


def test_committed_work_is_kept(db: Database) -> None:
    with unit_of_work(db.writes) as session:
        session.add(Setting(key="probe", value="1"))
        session.commit()
    with unit_of_work(db.reads) as session:
        assert session.get(Setting, "probe") is not None


def test_locked_database_gives_a_clear_error_and_loses_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 50)
    db.engine.dispose()  # new connections pick up the short timeout
    other = sqlite3.connect(db.data_dir / "guanlan.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO setting (key, value) VALUES ('held', 'x')")
    try:
        with pytest.raises(DatabaseLocked) as info:
            with unit_of_work(db.writes) as session:
                session.add(Setting(key="mine", value="1"))
                session.commit()
        assert "busy" in info.value.render()
    finally:
        other.execute("COMMIT")
        other.close()
    with unit_of_work(db.reads) as session:
        assert session.get(Setting, "held") is not None
        assert session.get(Setting, "mine") is None


def test_network_and_removable_folders_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "data"
    target.mkdir()
    mounts = f"server:/share {tmp_path} nfs4 rw 0 0\n"
    real_read_text = Path.read_text

    def fake_read_text(self: Path, *args: object, **kwargs: object) -> str:
        if str(self) == "/proc/mounts":
            return mounts
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", fake_read_text)
    with pytest.raises(UnsafeDataFolder):
        check_local_folder(target)
    mounts = f"/dev/sdb1 {tmp_path} vfat rw 0 0\n"
    check_local_folder(target)  # vfat outside /media is not a removable stick
