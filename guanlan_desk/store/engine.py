"""Open a data folder: the SQLite engine with its pragmas, migrations after a backup, keys, sessions.

Engines are built here at start-up from ``--data-dir``, never at import time.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.paths import DB_FILE, DEMO_MARKER_FILE
from guanlan_desk.store import backup_files, integrity, migrate, tracking
from guanlan_desk.store.crypto import DemoFileKeyStore, FieldCipher, KeyringKeyStore, KeyStore, load_cipher
from guanlan_desk.store.crypto_types import attach_cipher
from guanlan_desk.store.errors import DatabaseCorrupt, NotSetUp, StoreError
from guanlan_desk.store.models import Workstation
from guanlan_desk.store.uow import GuanlanSession

DB_NAME = DB_FILE
DEMO_MARKER = DEMO_MARKER_FILE
RUNNING_MARKER = "running.lock"
BUSY_TIMEOUT_MS = 5000


def utc_now() -> datetime:
    """The real clock (tests pass their own)."""
    return datetime.now(timezone.utc)


class UnsafeDataFolder(StoreError):
    """The data folder is on a network share or a removable drive."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The data folder {path} is on a {kind}. The database must live on a local disk; only "
            "export bundles go on USB sticks and shared folders."), path=path, kind=kind)


def check_local_folder(path: Path) -> None:
    """Refuse network, UNC and removable locations (SQLite is not safe there)."""
    resolved = str(path.resolve())
    if sys.platform == "win32":
        import ctypes

        if resolved.startswith("\\\\"):
            raise UnsafeDataFolder(resolved, QT_TRANSLATE_NOOP("terms", "network share"))
        drive = os.path.splitdrive(resolved)[0] + "\\"
        kind = ctypes.windll.kernel32.GetDriveTypeW(drive)  # type: ignore[attr-defined]
        if kind == 2:
            raise UnsafeDataFolder(resolved, QT_TRANSLATE_NOOP("terms", "removable drive"))
        if kind == 4:
            raise UnsafeDataFolder(resolved, QT_TRANSLATE_NOOP("terms", "network share"))
        return
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return
    best = ("", "")
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (resolved == parts[1] or resolved.startswith(parts[1].rstrip("/") + "/")):
            if len(parts[1]) > len(best[0]):
                best = (parts[1], parts[2])
    mount_point, fstype = best
    if fstype in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p"}:
        raise UnsafeDataFolder(resolved, QT_TRANSLATE_NOOP("terms", "network share"))
    if fstype in {"vfat", "exfat", "msdos"} and mount_point.startswith(("/media", "/run/media", "/mnt")):
        raise UnsafeDataFolder(resolved, QT_TRANSLATE_NOOP("terms", "removable drive"))


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
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"check_same_thread": False})
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
    """An open data folder: engine, session factories (read and write), cipher and identity."""

    data_dir: Path
    engine: Engine
    reads: sessionmaker[GuanlanSession]
    writes: sessionmaker[GuanlanSession]
    cipher: FieldCipher
    workstation: WorkstationInfo
    clock: Callable[[], datetime] = field(default=utc_now)
    unclean_start: bool = False  # the last run did not close the database (a full check is due at once)

    @property
    def attachments_dir(self) -> Path:
        """Where encrypted attachment files live."""
        return self.data_dir / "attachments"

    def close(self) -> None:
        """Dispose of the engine and clear the unclean-shutdown marker."""
        self.engine.dispose()
        (self.data_dir / RUNNING_MARKER).unlink(missing_ok=True)


def is_demo_folder(data_dir: Path) -> bool:
    """Whether ``data_dir`` is a demo folder (keys may live inside it)."""
    return (data_dir / DEMO_MARKER).exists()


def default_key_store(data_dir: Path) -> KeyStore:
    """The demo key file for demo folders, the OS keyring otherwise."""
    return DemoFileKeyStore(data_dir) if is_demo_folder(data_dir) else KeyringKeyStore()


def prepare_schema(data_dir: Path) -> None:
    """Create or upgrade the schema; before a migration: quick check and a verified backup.

    Without a migration nothing is checked here: the checks run in the background after login.
    """
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
    key_store: KeyStore | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> Database:
    """Open an existing, set-up data folder (migrating it if needed) and load its data key."""
    db_path = data_dir / DB_NAME
    if not db_path.exists():
        raise NotSetUp(str(data_dir))
    unclean = (data_dir / RUNNING_MARKER).exists()
    prepare_schema(data_dir)
    engine = make_engine(db_path)
    with engine.connect() as conn:
        row = conn.execute(select(Workstation)).first()
    if row is None:
        engine.dispose()
        raise NotSetUp(str(data_dir))
    info = WorkstationInfo(str(row.id), row.role, row.community_code, row.name, row.number, row.demo)
    store = key_store or default_key_store(data_dir)
    cipher = load_cipher(store, info.id, row.key_check)
    db = _assemble(data_dir, engine, cipher, info, clock)
    db.unclean_start = unclean
    return db


def _assemble(
    data_dir: Path, engine: Engine, cipher: FieldCipher, info: WorkstationInfo, clock: Callable[[], datetime]
) -> Database:
    attach_cipher(engine.dialect, cipher)
    tracking.install(GuanlanSession)
    info_dict = {tracking.ORIGIN: info.id, tracking.CLOCK: clock}
    reads = sessionmaker(engine, class_=GuanlanSession, expire_on_commit=False, info=dict(info_dict))
    writes = sessionmaker(
        engine.execution_options(guanlan_write=True), class_=GuanlanSession, expire_on_commit=False,
        info=dict(info_dict),
    )
    (data_dir / RUNNING_MARKER).write_text(str(os.getpid()))
    return Database(data_dir, engine, reads, writes, cipher, info, clock)


def create_database(
    data_dir: Path,
    *,
    workstation: Workstation,
    master_key: bytes,
    key_store: KeyStore,
    clock: Callable[[], datetime] = utc_now,
    demo: bool = False,
) -> Database:
    """Create a new data folder's database for ``workstation`` and store its key (setup, demo)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    if (data_dir / DB_NAME).exists():
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A database already exists in {path}."), path=str(data_dir))
    if demo:
        (data_dir / DEMO_MARKER).write_text(
            "This folder holds generated DEMO data. Its keys are stored in this folder and are not secret.\n"
            "Never use it for real records.\n", "utf-8")
    cipher = FieldCipher.from_master(master_key)
    key_store.save(str(workstation.id), master_key)
    prepare_schema(data_dir)
    engine = make_engine(data_dir / DB_NAME)
    workstation.key_check = cipher.key_check
    workstation.demo = demo
    workstation.created_at = clock()
    info = WorkstationInfo(str(workstation.id), workstation.role, workstation.community_code, workstation.name,
                           workstation.number, demo)
    db = _assemble(data_dir, engine, cipher, info, clock)
    with db.writes() as session:
        session.add(workstation)
        session.commit()
    return db
