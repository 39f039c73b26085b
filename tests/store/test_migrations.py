"""Migrations: from empty to head, down and up again, no drift between models and migrations, linear chain."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from guanlan_desk.store import migrate
from guanlan_desk.store.base import Base
from guanlan_desk.store.engine import DB_NAME, make_engine, prepare_schema
from guanlan_desk.store.errors import SchemaTooNew
from guanlan_desk.store.migration_hooks import include_name


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
    finally:
        conn.close()


def test_upgrade_from_empty_creates_every_table(tmp_path: Path) -> None:
    prepare_schema(tmp_path)
    names = tables(tmp_path / DB_NAME)
    assert set(Base.metadata.tables) <= names
    assert {"dispute_fts", "party_fts", "risk_item_fts", "legal_clarity_person_fts", "search_pending"} <= names


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """The equivalent of ``alembic check``: autogenerate finds no difference."""
    prepare_schema(tmp_path)
    engine = make_engine(tmp_path / DB_NAME)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    prepare_schema(tmp_path)
    engine = make_engine(tmp_path / DB_NAME)
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    assert tables(tmp_path / DB_NAME) <= {"alembic_version"}
    with engine.begin() as conn:
        migrate.upgrade(conn)
    engine.dispose()
    assert set(Base.metadata.tables) <= tables(tmp_path / DB_NAME)


def test_revision_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1
    revisions = list(script.walk_revisions())
    assert all(not isinstance(r.down_revision, tuple) for r in revisions)
    assert revisions[-1].down_revision is None


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    prepare_schema(tmp_path)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNew) as info:
        prepare_schema(tmp_path)
    assert "upgrade" in info.value.render().lower()


def test_upgrade_from_the_previous_revision_backs_up_and_keeps_data(tmp_path: Path) -> None:
    prepare_schema(tmp_path)
    script = ScriptDirectory.from_config(migrate.alembic_config())
    previous = script.get_revision(migrate.head_revision()).down_revision
    assert isinstance(previous, str)
    engine = make_engine(tmp_path / DB_NAME)
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), previous)
    engine.dispose()
    conn2 = sqlite3.connect(tmp_path / DB_NAME)
    conn2.execute("INSERT INTO setting (key, value) VALUES ('kept', 'yes')")
    conn2.commit()
    conn2.close()
    prepare_schema(tmp_path)
    backups = list((tmp_path / "backups").glob(f"guanlan-*-pre-migrate-{previous}.db"))
    assert len(backups) == 1
    conn3 = sqlite3.connect(backups[0])
    assert conn3.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
    conn3.close()
    conn4 = sqlite3.connect(tmp_path / DB_NAME)
    assert conn4.execute("SELECT value FROM setting WHERE key = 'kept'").fetchone()[0] == "yes"
    assert conn4.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()
    conn4.close()
