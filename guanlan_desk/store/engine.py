"""Open a data folder: the SQLite engine with its pragmas, migrations after a backup, keys, sessions.

Engines are built here at start-up from ``--data-dir``, never at import time.
"""

from __future__ import annotations

import hmac
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import sessionmaker

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.paths import DB_FILE, DEMO_MARKER_FILE
from guanlan_desk.store import backup_files, integrity, migrate, tracking
from guanlan_desk.store.crypto import DemoFileKeyStore, FieldCipher, KeyringKeyStore, KeyStore
from guanlan_desk.store.crypto_types import attach_cipher
from guanlan_desk.store.errors import (
    DatabaseCorrupt,
    DatabaseUnreadable,
    DataKeyLocked,
    FileProblem,
    NotSetUp,
    StoreError,
    WrongRecoveryCode,
)
from guanlan_desk.store.location import UnsafeDataFolder as UnsafeDataFolder  # re-exported
from guanlan_desk.store.location import check_local_folder as check_local_folder  # re-exported
from guanlan_desk.store.models import Workstation
from guanlan_desk.store.uow import GuanlanSession, translate_db_error

DB_NAME = DB_FILE
DEMO_MARKER = DEMO_MARKER_FILE
RUNNING_MARKER = "running.lock"
BUSY_TIMEOUT_MS = 5000


def utc_now() -> datetime:
    """The real clock (tests pass their own)."""
    return datetime.now(timezone.utc)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's begin hook emit BEGIN itself (pysqlite's legacy mode skips BEGIN for some statements).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _on_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get("guanlan_write", False)
    if immediate:  # a failed integrity check stops every later write (store/integrity.py)
        integrity.guard(conn.engine.url.database)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(db_path: Path) -> Engine:
    """An engine on ``db_path`` with the pragmas and the explicit BEGIN hook."""
    # URL.create: a "%" or "#" in the folder's name (allowed on Windows) is not read as URL syntax.
    url = URL.create("sqlite", database=str(db_path))
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass(frozen=True, slots=True)
class WorkstationInfo:
    """Who this installation is."""

    id: str
    role: str
    community_code: str
    name: str
    number: int
    demo: bool


@dataclass
class Database:
    """An open data folder: engine, session factories (read and write), identity and, once a user has logged
    in, the data key (the store opens without it: the login check needs no key, only decryption does)."""

    data_dir: Path
    engine: Engine
    reads: sessionmaker[GuanlanSession]
    writes: sessionmaker[GuanlanSession]
    workstation: WorkstationInfo
    key_check: str
    clock: Callable[[], datetime] = field(default=utc_now)
    _cipher: FieldCipher | None = field(default=None, repr=False)
    _master: bytes | None = field(default=None, repr=False)
    unclean_start: bool = False  # the last run did not close the database (a full check is due at once)

    @property
    def attachments_dir(self) -> Path:
        """Where encrypted attachment files live."""
        return self.data_dir / "attachments"

    @property
    def unlocked(self) -> bool:
        """Whether the data key has been unwrapped by a login (or the recovery code)."""
        return self._cipher is not None

    @property
    def cipher(self) -> FieldCipher:
        """The field cipher; raises :class:`DataKeyLocked` before a login unwrapped the key."""
        if self._cipher is None:
            raise DataKeyLocked()
        return self._cipher

    @property
    def master_key(self) -> bytes:
        """The unwrapped data key (kept in memory to write key slots for other users)."""
        if self._master is None:
            raise DataKeyLocked()
        return self._master

    def unlock(self, master: bytes) -> None:
        """Attach the data key; raises :class:`WrongRecoveryCode` if it belongs to another database."""
        cipher = FieldCipher.from_master(master)
        if not hmac.compare_digest(cipher.key_check, self.key_check):
            raise WrongRecoveryCode()
        attach_cipher(self.engine.dialect, cipher)
        self._cipher, self._master = cipher, master

    def close(self) -> None:
        """Dispose of the engine and clear the unclean-shutdown marker."""
        self.engine.dispose()
        (self.data_dir / RUNNING_MARKER).unlink(missing_ok=True)


def is_demo_folder(data_dir: Path) -> bool:
    """Whether ``data_dir`` is a demo folder (keys may live inside it)."""
    return (data_dir / DEMO_MARKER).exists()


def legacy_key_store(data_dir: Path) -> KeyStore:
    """Where a data folder from before key slots kept its key: the demo key file or the OS keyring."""
    return DemoFileKeyStore(data_dir) if is_demo_folder(data_dir) else KeyringKeyStore()


def _known_fault(error: sa_exc.DatabaseError) -> StoreError:
    """The user-facing error for a fault of the database file (a damaged or unopenable file is not a bug)."""
    return translate_db_error(error) or DatabaseUnreadable(str(error.orig)[:120])


def prepare_schema(data_dir: Path) -> None:
    """Create or upgrade the schema; before a migration: quick check and a verified backup.

    Without a migration nothing is checked here: the checks run in the background after login.
    """
    try:
        _prepare_schema(data_dir)
    except sa_exc.DatabaseError as error:
        raise _known_fault(error) from error


def _prepare_schema(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    check_local_folder(data_dir)
    db_path = data_dir / DB_NAME
    existed = db_path.exists() and db_path.stat().st_size > 0
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            migrate.check_known(conn)
            current = migrate.current_revision(conn)
            migrating = current != migrate.head_revision()
            if existed and migrating:
                result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                if result != "ok":
                    raise DatabaseCorrupt(str(result))
        if migrating:
            if existed and current is not None:
                backup_files.backup_before_migration(db_path, current)
            with engine.begin() as conn:
                migrate.upgrade(conn)
    finally:
        engine.dispose()


def open_database(
    data_dir: Path,
    *,
    clock: Callable[[], datetime] = utc_now,
    master_key: bytes | None = None,
) -> Database:
    """Open an existing, set-up data folder (migrating it if needed), still locked unless ``master_key`` is given.

    A user's login (``services.keys``) or the recovery code unwraps the data key and attaches it.
    """
    db_path = data_dir / DB_NAME
    if not db_path.exists():
        raise NotSetUp(str(data_dir))
    unclean = (data_dir / RUNNING_MARKER).exists()
    prepare_schema(data_dir)
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            row = conn.execute(select(Workstation)).first()
    except sa_exc.DatabaseError as error:
        engine.dispose()
        raise _known_fault(error) from error
    if row is None:
        engine.dispose()
        raise NotSetUp(str(data_dir))
    info = WorkstationInfo(str(row.id), row.role, row.community_code, row.name, row.number, row.demo)
    db = _assemble(data_dir, engine, row.key_check, info, clock)
    db.unclean_start = unclean
    if master_key is not None:
        db.unlock(master_key)
    return db


def _assemble(
    data_dir: Path, engine: Engine, key_check: str, info: WorkstationInfo, clock: Callable[[], datetime]
) -> Database:
    tracking.install(GuanlanSession)
    info_dict = {tracking.ORIGIN: info.id, tracking.CLOCK: clock}
    reads = sessionmaker(engine, class_=GuanlanSession, expire_on_commit=False, info=dict(info_dict))
    writes = sessionmaker(
        engine.execution_options(guanlan_write=True), class_=GuanlanSession, expire_on_commit=False,
        info=dict(info_dict),
    )
    try:
        (data_dir / RUNNING_MARKER).write_text(str(os.getpid()))
    except OSError as error:  # a folder that became read-only: say so instead of failing later
        engine.dispose()
        raise FileProblem(str(data_dir / RUNNING_MARKER), error.strerror or str(error)) from error
    return Database(data_dir, engine, reads, writes, info, key_check, clock)


def create_database(
    data_dir: Path,
    *,
    workstation: Workstation,
    master_key: bytes,
    clock: Callable[[], datetime] = utc_now,
    demo: bool = False,
) -> Database:
    """Create a new data folder's database for ``workstation``, unlocked with ``master_key`` (setup, demo).

    The key itself is stored nowhere here: the caller writes the key slots.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    if (data_dir / DB_NAME).exists():
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A database already exists in {path}."), path=str(data_dir))
    if demo:
        (data_dir / DEMO_MARKER).write_text(
            "This folder holds generated DEMO data. Its demo password is printed in the app and is not secret.\n"
            "Never use it for real records.\n", "utf-8")
    cipher = FieldCipher.from_master(master_key)
    prepare_schema(data_dir)
    engine = make_engine(data_dir / DB_NAME)
    workstation.key_check = cipher.key_check
    workstation.demo = demo
    workstation.created_at = clock()
    info = WorkstationInfo(str(workstation.id), workstation.role, workstation.community_code, workstation.name,
                           workstation.number, demo)
    db = _assemble(data_dir, engine, cipher.key_check, info, clock)
    db.unlock(master_key)
    with db.writes() as session:
        session.add(workstation)
        session.commit()
    return db
