"""Exports that survive a crash: the bookkeeping comes first, the file on the stick last.

1. The sealed bundle is staged in the data folder (temporary name, fsync, rename).
2. One transaction reserves the number, records the export (sequence, hash, audit row) and leaves an
   "unfinished" marker naming the staged file.
3. The file is published into the export folder (temporary name, fsync, rename, folder fsync, read back and
   verified), then the marker and the staged copy go.

A kill at any point leaves either nothing (before 2: an orphan staged file, removed later) or a recorded export
whose marker the next export finds first: it completes it (publishing the staged copy, into the folder of that
export or of the new one when the first is gone) or, when the staged copy is lost, discards it (the number is
handed back and the discarding audited). A bundle file under its final name is therefore always complete and
always recorded, and a number is never used for two different bundles.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from guanlan_desk import fileops
from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import Setting, SyncExport
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync import peers
from guanlan_desk.sync.errors import ExportFailed, ExportTargetLocked

STAGING_DIR = "sync_staging"
UNFINISHED = "sync.export_unfinished:"  # + peer workstation id: the export recorded but not yet published


@dataclass(frozen=True, slots=True)
class Unfinished:
    """An export recorded but not known to be published."""

    peer_id: str
    seq: int
    sha256: str
    prev_sha256: str
    staged: str
    destination: str

    def to_json(self) -> str:
        """The marker's stored form."""
        return json.dumps({"seq": self.seq, "sha256": self.sha256, "prev_sha256": self.prev_sha256,
                           "staged": self.staged, "destination": self.destination})


def staging_dir(ctx: Ctx) -> Path:
    """Where sealed bundles wait between being made and being published (on the workstation's own disk)."""
    return ctx.db.data_dir / STAGING_DIR


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable."""
    fileops.fsync_dir(folder)


def _write(final: Path, data: bytes) -> None:
    tmp = final.with_name(f".{final.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # A scanner or the office reading the share may hold the file for a moment: the rename is retried.
        fileops.replace(tmp, final)
        fsync_dir(final.parent)
    except BaseException:
        fileops.try_unlink(tmp)
        raise


def stage(ctx: Ctx, name: str, data: bytes) -> Path:
    """Keep the sealed bundle on this disk until it is published."""
    folder = staging_dir(ctx)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    _write(final, data)
    return final


def mark(session: GuanlanSession, item: Unfinished) -> None:
    """Inside the transaction that records the export: remember that it is not published yet."""
    row = session.get(Setting, UNFINISHED + item.peer_id)
    if row is None:
        session.add(Setting(key=UNFINISHED + item.peer_id, value=item.to_json()))
    else:
        row.value = item.to_json()


def publish(folder: Path, name: str, data: bytes) -> Path:
    """Write the bundle into the export folder atomically and check it reads back; raises :class:`ExportFailed`."""
    final = folder / name
    try:
        _write(final, data)
    except OSError as exc:
        if fileops.is_locked(exc):  # a target that stays locked leaves the export pending (nothing was sent)
            raise ExportTargetLocked(str(final)) from None
        raise
    try:
        ok = hashlib.sha256(final.read_bytes()).digest() == hashlib.sha256(data).digest()
    except OSError:
        ok = False
    if not ok:
        fileops.try_unlink(final)
        raise ExportFailed(str(final))
    return final


def finish(ctx: Ctx, peer_id: str, staged: Path) -> None:
    """The bundle is published: forget the marker and the staged copy."""
    with ctx.write() as session:
        row = session.get(Setting, UNFINISHED + peer_id)
        if row is not None:
            session.delete(row)
        session.commit()
    fileops.try_unlink(staged)


def unfinished(ctx: Ctx) -> list[Unfinished]:
    """The exports recorded but not known to be published."""
    with ctx.read() as session:
        rows = [(key, value) for key, value in session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(UNFINISHED)))]
    out: list[Unfinished] = []
    for key, value in rows:
        try:
            v = json.loads(value)
            out.append(Unfinished(key[len(UNFINISHED):], int(v["seq"]), str(v["sha256"]), str(v["prev_sha256"]),
                                  str(v["staged"]), str(v["destination"])))
        except (ValueError, KeyError, TypeError):
            out.append(Unfinished(key[len(UNFINISHED):], 0, "", "", "", ""))
    return out


def _matches(path: Path, sha256: str) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


def _discard(ctx: Ctx, item: Unfinished) -> None:
    """The staged copy is lost: hand the number back (nothing with it left the machine) and say so in the log."""
    with ctx.write() as session:
        peer = peers.by_workstation(session, item.peer_id)
        if item.seq and peer.sent_seq == item.seq:
            peer.sent_seq = item.seq - 1
            peer.last_sent_sha256 = item.prev_sha256
            session.execute(delete(SyncExport).where(SyncExport.peer_id == item.peer_id, SyncExport.seq == item.seq))
        row = session.get(Setting, UNFINISHED + item.peer_id)
        if row is not None:
            session.delete(row)
        audit.record(session, ctx, AuditAction.EXPORT, "bundle", str(item.seq), {
            "sha256": item.sha256, "discarded": True, "recipient": peer.name,
            "reason": "the export was interrupted before its file was written"})
        session.commit()


def recover(ctx: Ctx, folder: Path) -> list[str]:
    """Complete or discard the exports an interruption left unfinished (before a new export); returns the paths of
    the bundles completed."""
    done: list[str] = []
    pending = unfinished(ctx)
    for item in pending:
        staged = Path(item.staged)
        destination = Path(item.destination)
        if item.sha256 and _matches(destination, item.sha256) is not None:
            finish(ctx, item.peer_id, staged)
            done.append(str(destination))
            continue
        data = _matches(staged, item.sha256) if item.sha256 else None
        if data is None:
            _discard(ctx, item)
            staged.unlink(missing_ok=True)
            continue
        target = destination.parent if destination.parent.is_dir() else folder
        path = publish(target, destination.name, data)
        if path != destination:
            with ctx.write() as session:
                for ex in session.scalars(select(SyncExport).where(SyncExport.peer_id == item.peer_id,
                                                                   SyncExport.seq == item.seq)):
                    ex.path = str(path)
                session.commit()
        finish(ctx, item.peer_id, staged)
        done.append(str(path))
    keep = {Path(item.staged).name for item in unfinished(ctx)}
    folder_staged = staging_dir(ctx)
    if folder_staged.is_dir():
        for orphan in folder_staged.iterdir():  # made, but never recorded: nothing refers to them
            if orphan.name not in keep:
                orphan.unlink(missing_ok=True)
    return done
