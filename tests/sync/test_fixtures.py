"""Bundles written by every earlier schema version (``tests/sync/fixtures/schema-<N>/``, kept forever) still
import: today's app opens the office folder of that time (migrating it) and applies the bundle whole."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from guanlan_desk.domain.enums import Role
from guanlan_desk.services import accounts
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store import migrate
from guanlan_desk.store.engine import DB_NAME, open_database
from guanlan_desk.sync import schema
from guanlan_desk.sync.importer import import_path
from tests.sync.fixtures.make_fixture import ADMIN, ADMIN_PASSWORD

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ALL = sorted(p for p in FIXTURES.glob("schema-*") if p.is_dir())


def test_there_is_a_fixture_for_the_current_schema() -> None:
    """Whoever raises the schema adds its fixture (``python -m tests.sync.fixtures.make_fixture``)."""
    assert (FIXTURES / f"schema-{schema.current()}" / "bundle.glbundle").is_file()


@pytest.mark.parametrize("fixture", ALL, ids=[p.name for p in ALL])
def test_every_fixture_bundle_imports(fixture: Path, tmp_path: Path) -> None:
    meta = json.loads((fixture / "fixture.json").read_text("utf-8"))
    office = tmp_path / "office"
    shutil.copytree(fixture / "office", office)
    db = open_database(office)
    try:  # the store opens locked: the office administrator's login unlocks the key (older folders: their old copy)
        accounts.login(Ctx(db, Actor.system(Role.VIEWER)), username=ADMIN, password=ADMIN_PASSWORD)
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        [result] = import_path(Ctx(db, Actor.system(Role.OFFICE_ADMIN)), fixture / "bundle.glbundle")
        assert result.status == "applied", result.message
    finally:
        db.close()
    conn = sqlite3.connect(office / DB_NAME)
    try:
        for table, expected in meta["counts_after"].items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == expected, table
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
