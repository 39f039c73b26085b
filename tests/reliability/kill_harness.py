"""The SIGKILL harness (a subprocess of ``test_kill_loops.py``): imports everything once, then for each case
forks a child that runs one operation on a fresh copy of a small data folder and kills itself with SIGKILL at
operation ``k``; the parent then checks what the child left and retries.

Operation ticks are SQLite VM steps (a progress handler on every connection, raw or SQLAlchemy's, every
100 instructions) and file-layer calls (``os.replace``, ``os.rename``, ``os.fsync``, ``os.unlink``,
``os.mkdir``). Each kind is run once without a kill to count its ticks T; case ``i`` kills at
``k = Random(seed * 1000 + i).randint(1, T)``, so every case is reproducible from its seed and number.

Invariants checked after every kill (the RELIABILITY.md goals):
- import: the database is before or after the bundle (counts), integrity ok; the retry imports or says
  "already imported" and ends at "after";
- export: integrity ok; every bundle file with a final name opens and verifies; after the retry the office
  imports the whole outbox in order (no gap: no export half-recorded);
- backup: integrity ok; every backup listed as good verifies (checksum and integrity_check); the retry
  succeeds and leaves no leftovers;
- edits through the services: every save acknowledged before the kill is there, with its parties; at most the
  one in flight beyond; integrity ok and the audit chain intact; the retry saves.

argv: the spec file (JSON) written by the test. Prints one JSON line per case.
"""

from __future__ import annotations

import base64
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy import func, select

from guanlan_desk.domain.enums import Role
from guanlan_desk.services import audit, backups
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store import backup, backup_files
from guanlan_desk.store.engine import DB_NAME, Database, open_database
from guanlan_desk.store.models import Dispute, DisputeParty, ImportLog, MediationSession, Party
from guanlan_desk.sync import envelope, payload, peers
from guanlan_desk.sync.exporter import export_bundles
from guanlan_desk.sync.importer import import_path
from tests.helpers.keyring_memory import MemoryKeyring
from tests.services.test_disputes_core import new_case

_TICKS = [0, 0]  # [ticks so far, kill at]


def _tick() -> int:
    _TICKS[0] += 1
    if _TICKS[0] == _TICKS[1]:
        os.kill(os.getpid(), signal.SIGKILL)
    return 0


def _install_ticks() -> None:
    """Count SQLite steps and file-layer calls in this (child) process."""
    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = real_connect(*args, **kwargs)
        conn.set_progress_handler(_tick, 100)
        return conn

    sqlite3.connect = connect  # type: ignore[assignment]
    sqlite3.dbapi2.connect = connect  # type: ignore[assignment]
    for name in ("replace", "rename", "fsync", "unlink", "mkdir"):
        real = getattr(os, name)

        def wrapped(*args: Any, _real: Callable[..., Any] = real, **kwargs: Any) -> Any:
            _tick()
            return _real(*args, **kwargs)

        setattr(os, name, wrapped)


def _open(folder: Path, spec: dict[str, Any]) -> Database:
    """Open a copy of the community's or the office's folder, unlocked with its data key (the store opens
    locked; in the app a login unwraps the key)."""
    db = open_database(folder)
    db.unlock(base64.b64decode(spec["masters"][db.workstation.id]))
    return db


def _admin(db: Database, role: Role = Role.ADMIN) -> Ctx:
    return Ctx(db, Actor("00000000-0000-0000-0000-000000000001", "admin", "admin", role))


# -- the operations (run in the child) ---------------------------------------------------------------------
def op_import(folder: Path, spec: dict[str, Any], ack: Callable[[str], None]) -> None:
    db = _open(folder, spec)
    import_path(_admin(db, Role.OFFICE_ADMIN), Path(spec["bundle"]))
    ack("imported")


def op_export(folder: Path, spec: dict[str, Any], ack: Callable[[str], None]) -> None:
    db = _open(folder, spec)
    export_bundles(_admin(db), folder.parent / "outbox")
    ack("exported")


def op_backup(folder: Path, spec: dict[str, Any], ack: Callable[[str], None]) -> None:
    db = _open(folder, spec)
    backups.run_backup(_admin(db))
    ack("backed up")


def op_edits(folder: Path, spec: dict[str, Any], ack: Callable[[str], None]) -> None:
    db = _open(folder, spec)
    ctx = _admin(db)
    for i in range(int(spec["edits"])):
        ref = new_case(ctx, a=f"王{i}号", title=f"案件{i}")
        ack(ref.id)


OPS: dict[str, Callable[[Path, dict[str, Any], Callable[[str], None]], None]] = {
    "import": op_import, "export": op_export, "backup": op_backup, "edits": op_edits}


def run_child(kind: str, folder: Path, spec: dict[str, Any], kill_at: int) -> tuple[int, list[str], int]:
    """Fork; the child runs ``kind`` and dies at tick ``kill_at`` (0: never). (exit status, acks, ticks)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        code = 0
        try:
            _TICKS[:] = [0, kill_at]
            _install_ticks()

            def ack(line: str) -> None:
                os.write(write_fd, (line + "\n").encode())

            OPS[kind](folder, spec, ack)
            os.write(write_fd, f"TICKS {_TICKS[0]}\n".encode())
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            os.write(write_fd, f"ERROR {exc!r}\n".encode())
            code = 3
        os._exit(code)
    os.close(write_fd)
    chunks = []
    while True:
        chunk = os.read(read_fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    lines = b"".join(chunks).decode().splitlines()
    ticks = next((int(line.split()[1]) for line in lines if line.startswith("TICKS ")), 0)
    errors = [line for line in lines if line.startswith("ERROR ")]
    if errors:
        raise AssertionError(f"{kind} failed without a kill: {errors}")
    acks = [line for line in lines if not line.startswith(("TICKS ", "ERROR "))]
    signalled = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    return signalled, acks, ticks


# -- the checks (in the parent) ----------------------------------------------------------------------------
def integrity_ok(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"integrity of {path}"
        assert not conn.execute("PRAGMA foreign_key_check").fetchall(), f"foreign keys of {path}"
    finally:
        conn.close()


def counts(folder: Path) -> tuple[int, ...]:
    db = open_database(folder)  # counting rows needs no data key
    try:
        with db.reads() as s:
            return tuple(int(s.execute(select(func.count()).select_from(m)).scalar_one())
                         for m in (Dispute, Party, MediationSession, ImportLog))
    finally:
        db.close()


def check_import(folder: Path, spec: dict[str, Any], acks: list[str]) -> None:
    integrity_ok(folder / DB_NAME)
    seen = counts(folder)
    before, after = tuple(spec["before"]), tuple(spec["after"])
    assert seen in (before, after), f"import left {seen}, neither {before} nor {after}"
    if acks:
        assert seen == after, "the import was acknowledged but is not there"
    db = _open(folder, spec)
    try:
        [retry] = import_path(_admin(db, Role.OFFICE_ADMIN), Path(spec["bundle"]))
        assert retry.status == ("applied" if seen == before else "already imported"), retry
    finally:
        db.close()
    assert counts(folder) == after


def _office_keys(spec: dict[str, Any]) -> tuple[Any, Any, str]:
    cache = spec.setdefault("_keys", {})
    if not cache:
        scratch = Path(spec["work"]) / "office-keys"
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(spec["office"], scratch)
        db = _open(scratch, spec)
        try:
            office = _admin(db, Role.OFFICE_ADMIN)
            with office.read() as s:
                peer = peers.by_workstation(s, spec["gc_id"])
                verify = peers.public_keys(peer).verify_key()
            cache.update(box=peers.my_keys(office).box, verify=verify, me=db.workstation.id)
        finally:
            db.close()
    return cache["box"], cache["verify"], cache["me"]


def check_export(folder: Path, spec: dict[str, Any], acks: list[str]) -> None:
    integrity_ok(folder / DB_NAME)
    outbox = folder.parent / "outbox"
    box, verify, me = _office_keys(spec)
    for path in sorted(outbox.glob("*.glbundle")):
        _, body = envelope.open_bundle(path.read_bytes(), me=me, my_box=box, sender_key=lambda h: verify)
        payload.read(body)
    db = _open(folder, spec)
    try:
        export_bundles(_admin(db), outbox)
    finally:
        db.close()
    office = folder.parent / "office"
    shutil.copytree(spec["office"], office)
    db = _open(office, spec)
    try:
        results = import_path(_admin(db, Role.OFFICE_ADMIN), outbox)
        statuses = {r.status for r in results}
        assert statuses <= {"applied", "already imported"}, [(r.path, r.status, r.message) for r in results]
        with db.reads() as s:
            got = int(s.execute(select(func.count()).select_from(Dispute)).scalar_one())
        assert got == spec["gc_disputes"], f"the office has {got} of {spec['gc_disputes']} disputes"
    finally:
        db.close()


def check_backup(folder: Path, spec: dict[str, Any], acks: list[str]) -> None:
    integrity_ok(folder / DB_NAME)
    where = Path(spec["backup_root"]) / folder.parent.name
    good = backup_files.entries(where)
    if acks:
        assert good, "a backup was acknowledged but none is there"
    for entry in good:
        assert backup.verify_backup(entry.path), f"{entry.path} does not match its checksum"
        integrity_ok(entry.path)
    db = _open(folder, spec)
    try:
        backups.run_backup(_admin(db))
    finally:
        db.close()
    left = sorted(p.name for p in where.iterdir() if not p.name.endswith((".db", ".db.sha256")))
    assert not left, f"leftovers after the retry: {left}"
    assert all(backup_files._sidecar_ok(p) for p in where.glob("*.db"))


def check_edits(folder: Path, spec: dict[str, Any], acks: list[str]) -> None:
    integrity_ok(folder / DB_NAME)
    db = _open(folder, spec)
    try:
        ctx = _admin(db)
        with db.reads() as s:
            ids = {str(i) for i in s.scalars(select(Dispute.id))}
            per = dict(s.execute(select(DisputeParty.dispute_id, func.count()).group_by(DisputeParty.dispute_id))
                       .all())
        base = int(spec["gc_disputes_before_edits"])
        missing = [a for a in acks if a not in {i.replace("-", "") for i in ids} | ids]
        assert not missing, f"acknowledged saves lost: {missing}"
        assert len(acks) <= len(ids) - base <= len(acks) + 1, (len(acks), len(ids) - base)
        assert all(n == 2 for n in per.values()), "a dispute without both parties"
        assert len(per) == len(ids), "a dispute without parties"
        assert audit.verify(ctx).ok, "the audit chain is broken"
        new_case(ctx, a="重试", title="重试")
    finally:
        db.close()


CHECKS = {"import": check_import, "export": check_export, "backup": check_backup, "edits": check_edits}
SOURCE = {"import": "office", "export": "gc", "backup": "gc", "edits": "gc"}


def fresh(spec: dict[str, Any], kind: str, name: str) -> Path:
    """A fresh copy of the data folder the operation runs on; returns its path."""
    root = Path(spec["work"]) / name
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    (root / "outbox").mkdir()
    if kind == "export":  # the office has not seen the first bundle yet: it travels with the second
        shutil.copy(spec["bundle"], root / "outbox")
    folder = root / "data"
    shutil.copytree(spec[SOURCE[kind]], folder)
    if kind == "backup":
        where = Path(spec["backup_root"]) / name
        shutil.rmtree(where, ignore_errors=True)
        where.parent.mkdir(parents=True, exist_ok=True)  # the backup drive is there
        conn = sqlite3.connect(folder / DB_NAME)
        try:
            conn.execute("UPDATE setting SET value = ? WHERE key = ?", (str(where), backup_files.FOLDER_KEY))
            conn.commit()
        finally:
            conn.close()
    return folder


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    for service, user, secret in spec["keyring"]:
        backend.set_password(service, user, secret)
    totals: dict[str, int] = {}
    for kind in spec["kinds"]:
        _, _, totals[kind] = run_child(kind, fresh(spec, kind, f"{spec['part']}-calibrate-{kind}"), spec, 0)
    for i, kind in spec["cases"]:
        rng = random.Random(spec["seed"] * 1000 + i)
        kill_at = rng.randint(1, max(1, totals[kind]))
        name = f"case-{i}"
        folder = fresh(spec, kind, name)
        status, acks, _ = run_child(kind, folder, spec, kill_at)
        problem = ""
        try:
            CHECKS[kind](folder, spec, acks)
        except Exception as exc:  # noqa: BLE001 - reported to the test with the case's numbers
            problem = f"{type(exc).__name__}: {exc}"
        print(json.dumps({"i": i, "kind": kind, "k": kill_at, "ticks": totals[kind], "killed": status == -9,
                          "acks": len(acks), "problem": problem}), flush=True)
        if not problem:
            shutil.rmtree(folder.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
