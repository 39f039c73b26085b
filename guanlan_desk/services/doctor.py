"""Health checks of a data folder: paths, SQLite and FTS5 trigram, keyring, schema, integrity, search index."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from guanlan_desk.paths import resource_dir
from guanlan_desk.store import migrate
from guanlan_desk.services import keys
from guanlan_desk.store.engine import DB_NAME, is_demo_folder
from guanlan_desk.store.keyslots import KeyringState, keyring_state
from guanlan_desk.store.search import SEARCH_TABLES


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the doctor's report."""

    name: str
    ok: bool
    detail: str


def fts5_trigram_available() -> tuple[bool, str]:
    """Whether this SQLite has FTS5 with the trigram tokenizer (and that it finds Chinese substrings)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
        conn.execute("INSERT INTO t VALUES ('观澜街道人民调解')")
        hits = conn.execute("SELECT count(*) FROM t WHERE t MATCH '\"人民调\"'").fetchone()[0]
        return hits == 1, "ok" if hits == 1 else "trigram search returned nothing"
    except sqlite3.OperationalError as exc:
        return False, str(exc)
    finally:
        conn.close()


def run(data_dir: Path) -> list[Check]:
    """Every check; none of them changes the data."""
    checks = [
        Check("data folder", data_dir.is_dir(), str(data_dir)),
        Check("resources", (resource_dir()).is_dir(), str(resource_dir())),
        Check("SQLite", sqlite3.sqlite_version_info >= (3, 35, 0), sqlite3.sqlite_version),
    ]
    ok, detail = fts5_trigram_available()
    checks.append(Check("FTS5 trigram", ok, detail))
    if is_demo_folder(data_dir):
        checks.append(Check("key protection", True, keys.DEMO))
    elif keyring_state() == KeyringState.USABLE:
        checks.append(Check("key protection", True, keys.PROTECTED))
    else:  # a warning, not a failure: the app works with passwords alone
        checks.append(Check("key protection", True, keys.PASSWORDS_ONLY))
    db_path = data_dir / DB_NAME
    if not db_path.exists():
        checks.append(Check("database", False, f"{db_path} does not exist"))
        return checks
    # as_uri: a "%", "#" or "?" in the folder's name is escaped, not read as URI syntax.
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        head = migrate.head_revision()
        rev = revision[0] if revision else "none"
        checks.append(Check("schema", rev == head, f"revision {rev} (this app: {head})"))
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        checks.append(Check("integrity", integrity == "ok", integrity))
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        checks.append(Check("foreign keys", not fk, "ok" if not fk else f"{len(fk)} broken references"))
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        checks.append(Check("journal mode", mode == "wal", mode))
        for table in SEARCH_TABLES:
            base = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
            indexed = conn.execute(f"SELECT count(*) FROM {table}_fts").fetchone()[0]
            checks.append(Check(f"search index {table}", base == indexed, f"{indexed} of {base} rows"))
    except sqlite3.DatabaseError as exc:
        checks.append(Check("database", False, str(exc)))
    finally:
        conn.close()
    return checks
