"""The Qt-free API of the sync page: overview, history, conflicts, export and import (plain dataclasses).

The UI calls these off the GUI thread (``ui/ops.py``); errors are :class:`UserFacingError` subclasses with
English text for the UI to translate.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm.attributes import flag_modified

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import NotFound
from guanlan_desk.store.base import Base
from guanlan_desk.store.crypto_types import Encrypted
from guanlan_desk.store.models import ImportLog, Setting, SyncConflict, SyncExport, SyncPeer
from guanlan_desk.sync import envelope, exporter, importer, peers, tables
from guanlan_desk.sync import pending as pending_rows
from guanlan_desk.sync.apply import decode_conflict_value
from guanlan_desk.sync.enrolment import EnrolledPeer, EnrolmentFile, create_enrolment, import_answer, import_enrolment
from guanlan_desk.sync.exporter import ExportResult
from guanlan_desk.sync.importer import ImportResult
from guanlan_desk.sync.peers import PeerRow
from guanlan_desk.sync.progress import Cancel, Progress

# The enrolment steps are part of the page's API too (settings: enrol, compare fingerprints).
__all__ = ["ConflictRow", "EnrolledPeer", "EnrolmentFile", "ExportResult", "HistoryRow", "ImportResult", "PeerRow",
           "SyncOverview", "create_enrolment", "export_now", "history", "import_answer", "import_enrolment",
           "import_path", "list_conflicts", "resolve_conflict", "sync_overview"]


@dataclass(frozen=True, slots=True)
class SyncOverview:
    """What the sync page and the status bar show."""

    workstation_id: str
    role: str
    fingerprint: str
    pending_changes: int
    last_export_at: datetime | None
    received_up_to: datetime | None
    last_import_at: datetime | None
    export_pending: str
    gaps: tuple[str, ...]
    open_conflicts: int
    peers: tuple[PeerRow, ...]
    full_export_requested_by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One export or import, newest first."""

    kind: Literal["export", "import"]
    at: datetime
    peer_name: str
    seq: int
    rows: int
    counts: tuple[tuple[str, int], ...]
    sha256: str
    detail: str


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """A same-field clash, side by side: the value that won and the one waiting for a decision."""

    id: str
    table_name: str
    row_id: str
    record_label: str
    field: str
    kept_value: str
    other_value: str
    kept_hlc: str
    other_hlc: str
    other_origin: str
    detected_at: datetime
    resolved: bool
    resolution: str


def export_now(ctx: Ctx, folder: Path, *, peer: str | None = None, full: bool = False,
               progress: Progress | None = None, cancel: Cancel | None = None) -> tuple[ExportResult, ...]:
    """Write a bundle for each enrolled peer (or ``peer``: a workstation id or community code) into ``folder``."""
    return exporter.export_bundles(ctx, folder, peer=peer, full=full, progress=progress, cancel=cancel)


def import_path(ctx: Ctx, path: Path, *, progress: Progress | None = None,
                cancel: Cancel | None = None) -> tuple[ImportResult, ...]:
    """Import a bundle file, or every bundle of a folder (per-file results; a single bad file raises)."""
    return importer.import_path(ctx, path, progress=progress, cancel=cancel)


def _missing(ctx: Ctx, last: dict[str, int]) -> dict[str, tuple[int, int]]:
    folder = importer.backlog_dir(ctx)
    waiting: dict[str, list[int]] = {}
    if folder.is_dir():
        for file in folder.glob(f"*{exporter.SUFFIX}"):
            try:
                head = envelope.peek(file.read_bytes())
            except Exception:  # noqa: BLE001 - a damaged backlog file is simply not counted
                continue
            waiting.setdefault(head.sender, []).append(head.seq)
    out: dict[str, tuple[int, int]] = {}
    for sender, seqs in sorted(waiting.items()):
        if sender in last and min(seqs) > last[sender] + 1:
            out[sender] = (last[sender] + 1, min(seqs) - 1)
    return out


def waiting_gaps(ctx: Ctx) -> dict[str, tuple[int, int]]:
    """Per sending workstation id, the missing bundle range (first, last) that holds back bundles waiting in
    the backlog (the office overview shows it per community)."""
    with ctx.read() as session:
        last = {p.workstation_id: p.last_bundle_seq for p in session.scalars(select(SyncPeer))}
    return _missing(ctx, last)


def _gaps(ctx: Ctx, by_id: dict[str, SyncPeer]) -> tuple[str, ...]:
    found = _missing(ctx, {w: p.last_bundle_seq for w, p in by_id.items()})
    return tuple(importer.gap_text(by_id[sender].name, first, last) for sender, (first, last) in found.items())


def sync_overview(ctx: Ctx) -> SyncOverview:
    """Pending changes, last export, "received by the office up to", gaps, conflicts, peers and fingerprints."""
    with ctx.read() as session:
        enrolled = peers.enrolled(session)
        # Exactly what the next export writes (not yet confirmed by a receipt), as the exporter selects it.
        pending = pending_rows.counts(ctx).next_export
        last_export = session.execute(select(func.max(SyncExport.created_at))).scalar()
        acked = [p.acked_created_at for p in enrolled if p.acked_created_at is not None]
        pending_row = session.get(Setting, exporter.PENDING_KEY)
        conflicts = int(session.execute(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.resolved_at.is_(None))).scalar_one())
        rows = tuple(peers.row(p) for p in enrolled)
        by_id = {p.workstation_id: p for p in enrolled}
        gaps = _gaps(ctx, by_id)
        last_import = importer.last_import(session)
        asked = tuple(p.name for p in enrolled if session.get(Setting, exporter.SEND_FULL + p.workstation_id))
        return SyncOverview(
            ctx.db.workstation.id, ctx.db.workstation.role, peers.my_keys(ctx).public.fingerprint, pending,
            last_export, min(acked) if acked else None, last_import, pending_row.value if pending_row else "", gaps,
            conflicts, rows, asked)


def history(ctx: Ctx, *, limit: int = 100) -> tuple[HistoryRow, ...]:
    """Exports and imports with their counts, newest first."""
    with ctx.read() as session:
        names = {p.workstation_id: p.name for p in session.scalars(select(SyncPeer))}
        out = [HistoryRow("export", e.created_at, names.get(e.peer_id, e.peer_id), e.seq, sum(e.counts.values()),
                          tuple(sorted(e.counts.items())), e.bundle_sha256, e.path)
               for e in session.scalars(select(SyncExport).order_by(SyncExport.created_at.desc()).limit(limit))]
        out += [HistoryRow("import", i.imported_at, names.get(i.sender, i.sender), i.seq, sum(i.counts.values()),
                           tuple(sorted(i.counts.items())), i.bundle_sha256, i.status)
                for i in session.scalars(select(ImportLog).order_by(ImportLog.imported_at.desc()).limit(limit))]
    out.sort(key=lambda r: (r.at, r.kind), reverse=True)
    return tuple(out[:limit])


def _display(ctx: Ctx, t: Any, name: str, stored: dict[str, Any]) -> str:
    if isinstance(t.c[name].type, Encrypted) and not ctx.can(Permission.PII_UNMASK):
        return "••••"
    value = decode_conflict_value(t, name, stored, ctx)
    return "" if value is None else str(tables.to_wire(value))


_LABELS = {"dispute": ("case_no", "title"), "risk_item": ("code", "title"), "party": ("name",),
           "legal_clarity_person": ("name",), "grid": ("name",), "venue": ("name",), "community": ("name",)}


def _label(session: Any, t: Any, row_id: str) -> str:
    columns = _LABELS.get(t.name)
    if not columns:
        return ""
    found = session.execute(select(*[t.c[c] for c in columns]).where(t.c.id == uuid.UUID(row_id))).first()
    return " ".join(str(v) for v in found if v) if found else ""


def list_conflicts(ctx: Ctx, *, include_resolved: bool = False) -> tuple[ConflictRow, ...]:
    """The conflicts waiting for a person (or all of them)."""
    ctx.require(Permission.EXPORT, QT_TRANSLATE_NOOP("terms", "review sync conflicts"))
    with ctx.read() as session:
        names = {p.workstation_id: p.name for p in session.scalars(select(SyncPeer))}
        names[ctx.db.workstation.id] = ctx.db.workstation.name  # never a raw id, this side's own value included
        stmt = select(SyncConflict).order_by(SyncConflict.detected_at)
        if not include_resolved:
            stmt = stmt.where(SyncConflict.resolved_at.is_(None))
        out = []
        for c in session.scalars(stmt):
            t = tables.table(c.table_name)
            out.append(ConflictRow(
                str(c.id), c.table_name, c.row_id, _label(session, t, c.row_id), c.field_names, _display(ctx, t, c.field_names, c.kept[c.field_names]),
                _display(ctx, t, c.field_names, c.other[c.field_names]), c.kept_hlc, c.other_hlc,
                names.get(c.other_origin, c.other_origin), c.detected_at, c.resolved_at is not None, c.resolution))
        return tuple(out)


def _model(table_name: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            return mapper.class_
    raise NotFound("table", table_name)


def resolve_conflict(ctx: Ctx, conflict_id: str, *, keep: Literal["kept", "other"]) -> None:
    """Settle a conflict: keep the winning value, or put the other one back (a local edit that syncs on)."""
    ctx.require(Permission.EXPORT, QT_TRANSLATE_NOOP("terms", "resolve sync conflicts"))
    if keep not in ("kept", "other"):
        raise ValueError("keep must be 'kept' or 'other'")
    with ctx.write() as session:
        try:
            conflict = session.get(SyncConflict, uuid.UUID(conflict_id))
        except ValueError:
            conflict = None
        if conflict is None or conflict.resolved_at is not None:
            raise NotFound("conflict", conflict_id)
        name = conflict.field_names
        if keep == "other":
            t = tables.table(conflict.table_name)
            record = session.get(_model(conflict.table_name), uuid.UUID(conflict.row_id))
            if record is None:
                raise NotFound(conflict.table_name, conflict.row_id)
            setattr(record, name, decode_conflict_value(t, name, conflict.other[name], ctx))
        else:
            # Keeping the winner is a decision too: re-stamp the field so it travels and closes the other side's.
            record = session.get(_model(conflict.table_name), uuid.UUID(conflict.row_id))
            if record is not None:
                flag_modified(record, name)
        conflict.resolved_at = ctx.now()
        conflict.resolved_by = ctx.actor.username
        conflict.resolution = keep
        audit.record(session, ctx, AuditAction.UPDATE, conflict.table_name, conflict.row_id,
                     {"conflict": conflict_id, "field": name, "kept": keep})
        session.commit()
