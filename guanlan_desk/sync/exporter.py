"""Export: an incremental (or full) bundle per peer, written atomically, verified, registered and audited.

Rows whose ``change_seq`` is above the mark of the last bundle the peer acknowledged (receipts move the
mark, so bundles overlap and imports are idempotent), tombstones and attachments included. The export is
recorded (number, hash, audit row) before its file is published; :mod:`guanlan_desk.sync.outbox` stages, publishes
(temporary name, fsync, rename, folder fsync, read back) and completes or discards what a crash interrupted: a
file with the final name is either absent or complete, and always recorded.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text

from guanlan_desk import fileops
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.ids import new_id
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import attachments, audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import AuditEvent, Setting, SyncExport, SyncPeer
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync import audit_chain, envelope, jsonsafe, outbox, payload, peers, rows, schema, scope, tables
from guanlan_desk.sync.errors import ExportFailed, ExportPending, ExportTargetLocked, SyncError
from guanlan_desk.sync.merge import clock_origin
from guanlan_desk.sync.outbox import fsync_dir as fsync_dir
from guanlan_desk.sync.progress import Cancel, Progress, Steps, bulk_objects

SUFFIX = ".glbundle"
ASK_FULL = "sync.ask_full:"  # we want a full re-export from this peer (sent in our receipts)
SEND_FULL = "sync.send_full:"  # this peer asked us for one
KEEP_LAST = 10
# What one bundle carries at most, so that the receiver's caps (payload.py, envelope.MAX_FILE) always fit: the
# attachment files beyond the budget and the audit events beyond the limit follow in the next bundles.
ATTACHMENT_BUDGET = 25 * 1024 * 1024
MAX_AUDIT_EVENTS = 20_000
PENDING_KEY = "sync.export_pending"


@dataclass(frozen=True, slots=True)
class ExportResult:
    """One bundle written for one peer."""

    peer_name: str
    path: str
    seq: int
    since_seq: int
    sha256: str
    rows: int
    counts: tuple[tuple[str, int], ...]
    attachments: int
    full: bool
    warnings: tuple[str, ...] = ()


def bundle_name(sender_code: str, sender_id: str, recipient_code: str, recipient_id: str, seq: int) -> str:
    """``GC-1a2b3c4d-to-GLJD-5e6f7a8b-000013.glbundle``: the sending and the receiving workstation (the ids' last,
    random digits: time-ordered ids share a prefix), so that two workstations of one community never overwrite
    each other's files and pruning only ever touches this pair's."""
    return f"{bundle_prefix(sender_code, sender_id, recipient_code, recipient_id)}{seq:06d}{SUFFIX}"


def bundle_prefix(sender_code: str, sender_id: str, recipient_code: str, recipient_id: str) -> str:
    """The start of every bundle file name from one workstation to another."""
    return f"{sender_code}-{sender_id[-8:]}-to-{recipient_code}-{recipient_id[-8:]}-"


def id_totals(session: GuanlanSession, t: Any, origin: str, community: str | None) -> dict[str, Any]:
    """Count and hash of the ids of ``origin``'s rows in ``t`` (within scope): the divergence check."""
    ids = sorted(str(i) for i in session.scalars(select(t.c.id).where(t.c.origin == origin, tables.scope(t, community))))
    return {"count": len(ids), "id_sha256": hashlib.sha256("\n".join(ids).encode()).hexdigest()}


def field_clocks(session: GuanlanSession, name: str) -> dict[str, dict[str, list[str]]]:
    """Every field clock of table ``name``, by row id."""
    out: dict[str, dict[str, list[str]]] = {}
    for row_id, field, hlc, base in session.execute(text(
            "SELECT row_id, field, hlc, base_hlc FROM sync_field_clock WHERE table_name = :t"), {"t": name}):
        out.setdefault(row_id, {})[field] = [hlc, base]
    return out


def _within_rights(checker: scope.Checker, name: str, columns: tuple[str, ...],
                   picked: list[tuple[Any, dict[str, list[str]]]], warnings: list[str]) -> list[tuple[Any, dict[str, list[str]]]]:
    """Leave out the rows the receiving community may not get (each named in a warning)."""
    bad = {o.row_id: o.reason for o in checker.offences(name, [(dict(zip(columns, v)), {}) for v, _ in picked])}
    if not bad:
        return picked
    at = columns.index("id")
    for row_id, reason in list(bad.items())[:5]:
        warnings.append(f"{name} {row_id} was not sent: {reason}")
    return [p for p in picked if str(p[0][at]) not in bad]


@dataclass
class _Collected:
    members: dict[str, bytes]
    manifest: dict[str, Any]
    counts: dict[str, int]
    rows: int
    max_change_seq: int
    max_audit_seq: int
    since_seq: int
    attachment_count: int
    warnings: list[str]


def _collect(ctx: Ctx, session: GuanlanSession, peer: SyncPeer, full: bool, steps: Steps) -> _Collected:
    me = ctx.db.workstation
    full = full or session.get(Setting, SEND_FULL + peer.workstation_id) is not None
    since_seq = 0 if full else peer.acked_seq
    mark_cs = mark_audit = 0
    if since_seq:
        ex = session.execute(select(SyncExport).where(
            SyncExport.peer_id == peer.workstation_id, SyncExport.seq == since_seq)).scalar_one_or_none()
        if ex is None:
            since_seq = 0
        else:
            mark_cs, mark_audit = ex.max_change_seq, ex.max_audit_seq
    max_cs = int(session.execute(text("SELECT int_value FROM local_state WHERE key = 'change_seq'")).scalar_one())
    community = peer.community_code if me.role == "office" else None
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    totals: dict[str, Any] = {}
    warnings: list[str] = []
    att_rows: list[tuple[str, str]] = []
    att_bytes = 0
    held_back: list[int] = []  # change_seq of attachment rows left for a later bundle (over the budget)
    total_rows = 0
    chosen = tables.tables_for(me.role)
    # The office forwards a row only to the community it belongs to, and nothing that points elsewhere (such a
    # row could not apply there and would block the channel).
    checker = scope.Checker(session, scope.Rights(community, True)) if community is not None else None
    for index, t in enumerate(chosen):
        steps.step("reading", index, len(chosen))
        columns = tables.wire_columns(t.name)
        clocks = field_clocks(session, t.name)
        stmt = (select(*[t.c[c] for c in columns], t.c.change_seq).where(
            t.c.change_seq > mark_cs, t.c.change_seq <= max_cs, tables.scope(t, community)).order_by(t.c.change_seq))
        picked: list[tuple[Any, dict[str, list[str]]]] = []
        id_at, origin_at = columns.index("id"), columns.index("origin")
        for *values, change_seq in session.execute(stmt):
            row_clocks = clocks.get(str(values[id_at]), {})
            # Echo suppression: every value of the row came from the peer itself.
            if values[origin_at] == peer.workstation_id and all(
                    clock_origin(c[0]) == peer.workstation_id for c in row_clocks.values()):
                continue
            if t.name == "attachment" and values[columns.index("deleted_at")] is None:
                size = int(values[columns.index("size")])
                if att_bytes and att_bytes + size > ATTACHMENT_BUDGET:
                    held_back.append(change_seq)
                    continue
                att_bytes += size
                att_rows.append((values[columns.index("sha256")], values[columns.index("filename")]))
            picked.append((values, row_clocks))
        if checker is not None and picked:
            picked = _within_rights(checker, t.name, columns, picked, warnings)
        if picked:
            members[f"t_{t.name}.jsonl"] = rows.encode(t.name, picked)
            counts[t.name] = len(picked)
            total_rows += len(picked)
        totals[t.name] = id_totals(session, t, me.id, community)
    for sha, filename in att_rows:
        name = f"att_{sha}.bin"
        if name in members:
            continue
        try:
            members[name] = attachments.read_blob(ctx.db, sha)
        except attachments.AttachmentDamaged:
            warnings.append(f"attachment {filename} is missing or damaged here and was not sent")
    # A community's audit chain travels to the office, which verifies it; the office's own log (which names
    # every community's imports) stays at the office.
    events = list(session.scalars(select(AuditEvent).where(AuditEvent.seq > mark_audit).order_by(AuditEvent.seq)
                                  .limit(MAX_AUDIT_EVENTS))) if me.role == "community" else []
    lines: list[bytes] = []
    size = 0
    for e in events:
        line = jsonsafe.dumps({
            "seq": e.seq, "at": e.at.isoformat(), "username": e.username, "action": e.action, "entity": e.entity,
            "entity_id": e.entity_id, "detail": json.loads(json.dumps(e.detail, default=str)),
            "prev_hash": e.prev_hash, "hash": e.hash})
        size += len(line) + 1
        if lines and size > payload.MAX_AUDIT // 2:
            break  # the rest follows in the next bundles
        lines.append(line)
    events = events[:len(lines)]
    if lines:
        members[payload.AUDIT] = b"\n".join(lines) + b"\n"
    max_audit = events[-1].seq if events else mark_audit
    if held_back:
        # The next bundles carry everything after the first file left out (bundles overlap; imports are idempotent),
        # and the receiver does not compare attachment totals it cannot have yet.
        max_cs = min(held_back) - 1
        totals.pop("attachment", None)
        warnings.append(f"{len(held_back)} attached files follow in the next bundles")
    manifest = {
        "schema_version": schema.current(), "sender": me.id, "recipient": peer.workstation_id,
        "created_at": ctx.now().isoformat(), "full": full or since_seq == 0, "since_seq": since_seq,
        "counts": counts, "totals": totals,
        # The bundles since the confirmed one, so that a receiver missing some of them can still verify that this
        # one follows its last (this bundle repeats everything they held: it supersedes them).
        "chain": _chain(session, peer.workstation_id, since_seq),
        "receipt": {"seq": peer.last_bundle_seq, "sha256": peer.last_received_sha256,
                    "full_wanted": session.get(Setting, ASK_FULL + peer.workstation_id) is not None},
        **audit_chain.manifest_heads(session, peer.workstation_id),
    }
    return _Collected(members, manifest, counts, total_rows, max_cs, max_audit, since_seq,
                      sum(1 for n in members if n.startswith("att_")), warnings)


def _chain(session: GuanlanSession, peer_id: str, since_seq: int) -> list[list[object]]:
    """``[[seq, sha256], …]`` of the bundles sent to ``peer_id`` from ``since_seq`` (the last confirmed) on."""
    if since_seq <= 0:
        return []
    rows = session.execute(select(SyncExport.seq, SyncExport.bundle_sha256).where(
        SyncExport.peer_id == peer_id, SyncExport.seq >= since_seq).order_by(SyncExport.seq))
    return [[seq, sha] for seq, sha in rows]


def _prune(folder: Path, prefix: str, keep: int) -> None:
    mine = sorted(p for p in folder.glob(f"{prefix}*{SUFFIX}") if p.is_file())
    for old in mine[:-keep] if keep > 0 else []:
        # The export already succeeded: a copy still held by a reader is removed at a later export.
        fileops.try_unlink(old)


def _set_pending(ctx: Ctx, message: str) -> None:
    with ctx.write() as session:
        row = session.get(Setting, PENDING_KEY)
        if message and row is None:
            session.add(Setting(key=PENDING_KEY, value=message))
        elif message and row is not None:
            row.value = message
        elif row is not None:
            session.delete(row)
        session.commit()


def export_bundles(
    ctx: Ctx, folder: Path, *, peer: str | None = None, full: bool = False, progress: Progress | None = None,
    cancel: Cancel | None = None, keep_last: int = KEEP_LAST,
) -> tuple[ExportResult, ...]:
    """Write one bundle for each chosen peer into ``folder``; a missing folder leaves the export pending."""
    ctx.require(Permission.EXPORT, QT_TRANSLATE_NOOP("terms", "export bundles"))
    steps = Steps(progress, cancel)
    if not folder.is_dir():
        error = ExportPending(str(folder))
        _set_pending(ctx, error.render())
        raise error
    outbox.recover(ctx, folder)  # an export an interruption left unfinished is completed (or discarded) first
    with ctx.read() as session:
        targets = [p.workstation_id for p in peers.choose(session, peer)]
    try:
        results = [_export_one(ctx, folder, wsid, full, steps, keep_last) for wsid in targets]
    except ExportPending as error:
        _set_pending(ctx, error.render())
        raise
    _set_pending(ctx, "")
    return tuple(results)


def _export_one(ctx: Ctx, folder: Path, peer_id: str, full: bool, steps: Steps, keep_last: int) -> ExportResult:
    me = ctx.db.workstation
    keys = peers.my_keys(ctx)
    with ctx.read() as session, bulk_objects():
        peer = peers.by_workstation(session, peer_id)
        collected = _collect(ctx, session, peer, full, steps)
        seq = peer.sent_seq + 1
        prev = peer.last_sent_sha256
        peer_name, peer_code, peer_box = peer.name, peer.community_code, peers.public_keys(peer).box_key()
    steps.step("packing", 0, 1)
    body = payload.build(collected.manifest, collected.members)
    header = envelope.Header(
        kind="data", bundle_id=new_id().hex, sender=me.id, sender_name=me.name, recipient=peer_id, seq=seq,
        since_seq=collected.since_seq, prev_sha256=prev, created_at=str(collected.manifest["created_at"]),
        schema_version=schema.current())
    data = envelope.seal(header, body, keys.signing, peer_box)
    digest = hashlib.sha256(data).hexdigest()
    steps.step("writing", 0, 2)
    name = bundle_name(me.community_code, me.id, peer_code, peer_id, seq)
    staged = outbox.stage(ctx, name, data)
    path = folder / name
    try:
        steps.step("writing", 1, 2)  # the last point to cancel: nothing is recorded yet
        # The number is reserved, the export recorded and audited in one transaction, before the file exists.
        with ctx.write() as session:
            row = peers.by_workstation(session, peer_id)
            if row.sent_seq != seq - 1:
                raise SyncError("Another export to {peer} ran at the same time; export again.", peer=peer_name)
            row.sent_seq = seq
            row.last_sent_sha256 = digest
            session.execute(delete(SyncExport).where(SyncExport.peer_id == peer_id, SyncExport.seq == seq))
            session.add(SyncExport(
                id=new_id(), peer_id=peer_id, seq=seq, since_seq=collected.since_seq, bundle_sha256=digest,
                path=str(path), created_at=datetime.fromisoformat(str(collected.manifest["created_at"])),
                max_change_seq=collected.max_change_seq, max_audit_seq=collected.max_audit_seq,
                full=bool(collected.manifest["full"]), counts=dict(collected.counts)))
            if collected.since_seq == 0:
                asked = session.get(Setting, SEND_FULL + peer_id)
                if asked is not None:
                    session.delete(asked)
            # The register of what left the machine (as audit.record_output does, in this transaction).
            audit.record(session, ctx, AuditAction.EXPORT, "bundle", str(seq), {
                "sha256": digest, "bytes": len(data), "records": collected.rows, "destination": str(path),
                "recipient": peer_name, "full": bool(collected.manifest["full"])})
            outbox.mark(session, outbox.Unfinished(peer_id, seq, digest, prev, str(staged), str(path)))
            session.commit()
    except BaseException:
        fileops.try_unlink(staged)
        raise
    # From here an interruption is completed by the next export (outbox.recover); a failing stick leaves it so.
    outbox.publish(folder, name, data)
    outbox.finish(ctx, peer_id, staged)
    _prune(folder, bundle_prefix(me.community_code, me.id, peer_code, peer_id), keep_last)
    steps.step("done", 1, 1)
    return ExportResult(peer_name, str(path), seq, collected.since_seq, digest, collected.rows,
                        tuple(sorted(collected.counts.items())), collected.attachment_count,
                        bool(collected.manifest["full"]), tuple(collected.warnings))
