"""The audit log: append-only and hash-chained (HMAC with a key derived from the workstation's data key).

Every create, update and delete (with the changed fields), every read of unmasked personal data, every
print and export (file hash, record count, destination). ``verify`` finds an edited, inserted or deleted
row: each row's MAC covers its content and the previous row's MAC, and sequence numbers have no gaps.
SQLite triggers refuse UPDATE and DELETE on the table; the chain head (last sequence and hash, with a MAC)
is also kept in ``local_state`` and travels in every bundle, so removing the newest rows, or all of them,
shows as a truncated tail or as a head behind what the office last saw.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.ids import new_id
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import AuditEvent, LocalState, PendingAuditEvent
from guanlan_desk.store.uow import GuanlanSession

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
SEEN_PREFIX = "audit_seen:"
MAX_PENDING = 1000  # failed logins kept while no key is open (a flood cannot fill the disk)  # what a peer (the office) last saw of this log, from its bundles


@dataclass(frozen=True, slots=True)
class Head:
    """The newest row of a chain: its sequence number and hash."""

    seq: int
    hash: str


def _head_mac(key: bytes, workstation_id: str, head: Head) -> str:
    return hmac.new(key, f"audit-head\x00{workstation_id}\x00{head.seq}\x00{head.hash}".encode(),
                    hashlib.sha256).hexdigest()


def _write_head(session: GuanlanSession, ctx: Ctx, head: Head) -> None:
    mac = _head_mac(ctx.db.cipher.audit_key, ctx.db.workstation.id, head)
    row = session.get(LocalState, HEAD_KEY)
    if row is None:
        session.add(LocalState(key=HEAD_KEY, int_value=head.seq, text_value=f"{head.hash}:{mac}"))
    else:
        row.int_value, row.text_value = head.seq, f"{head.hash}:{mac}"


def stored_head(session: GuanlanSession) -> tuple[Head, str] | None:
    """The head kept outside the table and its MAC (``None`` if there is none)."""
    row = session.get(LocalState, HEAD_KEY)
    if row is None or ":" not in row.text_value:
        return None
    digest, mac = row.text_value.split(":", 1)
    return Head(int(row.int_value), digest), mac


def table_head(session: GuanlanSession) -> Head | None:
    """The newest row of the table itself."""
    last = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    return Head(int(last[0]), str(last[1])) if last else None


def _mac(key: bytes, prev_hash: str, fields: dict[str, Any]) -> str:
    body = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hmac.new(key, (prev_hash + "\n" + body).encode("utf-8"), hashlib.sha256).hexdigest()


def _fields(event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": event.seq, "id": str(event.id), "at": event.at.isoformat(), "workstation_id": event.workstation_id,
        "user_id": event.user_id, "username": event.username, "action": event.action, "entity": event.entity,
        "entity_id": event.entity_id, "detail": event.detail,
    }


def record(
    session: GuanlanSession, ctx: Ctx, action: AuditAction, entity: str, entity_id: str = "",
    detail: dict[str, Any] | None = None, *, at: datetime | None = None,
) -> None:
    """Append one event in the caller's transaction (so the audit row commits with the change)."""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq = (last[0] + 1) if last else 1
    prev = last[1] if last else GENESIS
    event = AuditEvent(
        seq=seq, id=new_id(), at=at or ctx.now(), workstation_id=ctx.db.workstation.id, user_id=ctx.actor.user_id,
        username=ctx.actor.username, action=action.value, entity=entity, entity_id=entity_id,
        detail=_jsonable(detail or {}), prev_hash=prev, hash="",
    )
    event.hash = _mac(ctx.db.cipher.audit_key, prev, _fields(event))
    session.add(event)
    _write_head(session, ctx, Head(seq, event.hash))


def record_or_defer(session: GuanlanSession, ctx: Ctx, action: AuditAction, entity: str, entity_id: str = "",
                    detail: dict[str, Any] | None = None) -> None:
    """Record now, or — before any login unlocked the key (a failed login) — keep it for the next login to chain."""
    if ctx.db.unlocked:
        record(session, ctx, action, entity, entity_id, detail)
        return
    if session.execute(select(func.count()).select_from(PendingAuditEvent)).scalar_one() >= MAX_PENDING:
        oldest = session.execute(select(PendingAuditEvent).order_by(PendingAuditEvent.id).limit(1)).scalar_one()
        session.delete(oldest)  # a flood of failed attempts keeps the newest; the count is in the next one
        detail = {**(detail or {}), "earlier_attempts_dropped": True}
    session.add(PendingAuditEvent(at=ctx.now(), user_id=ctx.actor.user_id, username=ctx.actor.username,
                                  action=action.value, detail=_jsonable({"entity": entity, "entity_id": entity_id,
                                                                         **(detail or {})})))


def chain_pending(session: GuanlanSession, ctx: Ctx) -> int:
    """Move the events kept while the key was locked into the chain (oldest first, under their own names)."""
    from guanlan_desk.services.context import Actor

    pending = list(session.scalars(select(PendingAuditEvent).order_by(PendingAuditEvent.id)))
    for event in pending:
        detail = dict(event.detail)
        entity, entity_id = str(detail.pop("entity", "user")), str(detail.pop("entity_id", ""))
        who = Actor(event.user_id, event.username, event.username, ctx.actor.role)
        record(session, Ctx(ctx.db, who), AuditAction(event.action), entity, entity_id,
               {**detail, "recorded_before_login": True}, at=event.at)
        session.delete(event)
    return len(pending)


def record_output(
    ctx: Ctx, action: AuditAction, *, what: str, entity_id: str = "", content: bytes | Path, count: int,
    destination: str,
) -> str:
    """Register something that left the machine (a print or an export): file hash, record count, destination.

    Returns the SHA-256 it recorded.
    """
    if action not in (AuditAction.PRINT, AuditAction.EXPORT):
        raise ValueError("record_output is for prints and exports")
    ctx.require(Permission.PRINT if action == AuditAction.PRINT else Permission.EXPORT, f"{action.value} {what}")
    data = content.read_bytes() if isinstance(content, Path) else content
    digest = hashlib.sha256(data).hexdigest()
    with ctx.write() as session:
        record(session, ctx, action, what, entity_id,
               {"sha256": digest, "bytes": len(data), "records": count, "destination": destination})
        session.commit()
    return digest


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The fields whose values differ, as ``{field: [old, new]}`` (sensitive values are never logged)."""
    out: dict[str, Any] = {}
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            out[key] = [before.get(key), after.get(key)]
    return out


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """The outcome of :func:`verify`."""

    ok: bool
    checked: int
    first_bad_seq: int | None
    problem: str


def verify(ctx: Ctx) -> VerifyResult:
    """Walk the whole chain; report the first row edited, inserted or removed, a truncated tail, a missing or
    altered head, and a log that ends before what the office last saw."""
    ctx.require(Permission.AUDIT_READ, QT_TRANSLATE_NOOP("terms", "verify the audit log"))
    key = ctx.db.cipher.audit_key
    prev = GENESIS
    expected_seq = 1
    checked = 0
    hashes: dict[int, str] = {}
    with ctx.read() as session:
        seen = {row.key[len(SEEN_PREFIX):]: Head(int(row.int_value), row.text_value) for row in session.scalars(
            select(LocalState).where(LocalState.key.startswith(SEEN_PREFIX)))}
        wanted = {h.seq for h in seen.values()}
        for (event,) in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
            if event.seq != expected_seq:
                return VerifyResult(False, checked, expected_seq, f"row {expected_seq} is missing (a gap)")
            if event.prev_hash != prev:
                return VerifyResult(False, checked, event.seq, f"row {event.seq} does not follow row {event.seq - 1}")
            if not hmac.compare_digest(_mac(key, prev, _fields(event)), event.hash):
                return VerifyResult(False, checked, event.seq, f"row {event.seq} was altered")
            if event.seq in wanted:
                hashes[event.seq] = event.hash
            prev = event.hash
            expected_seq += 1
            checked += 1
        kept = stored_head(session)
    last = expected_seq - 1
    if kept is None:
        return VerifyResult(False, checked, last + 1, "the chain head kept outside the log is missing")
    head, mac = kept
    if not hmac.compare_digest(_head_mac(key, ctx.db.workstation.id, head), mac):
        return VerifyResult(False, checked, head.seq, "the chain head kept outside the log was altered")
    if head.seq > last:
        return VerifyResult(False, checked, last + 1,
                            f"the newest rows were removed: the log ends at row {last}, its head says row {head.seq}")
    if head.seq < last or head.hash != prev:
        return VerifyResult(False, checked, head.seq, f"the log does not end where its head says (row {head.seq})")
    for peer, saw in sorted(seen.items()):
        if saw.seq > last:
            return VerifyResult(False, checked, last + 1, f"the log ends at row {last}, but workstation {peer} "
                                f"already received it up to row {saw.seq}")
        if hashes.get(saw.seq) != saw.hash:
            return VerifyResult(False, checked, saw.seq,
                                f"row {saw.seq} differs from the copy workstation {peer} received")
    return VerifyResult(True, checked, None, "")


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One event, for the audit viewer and the CLI."""

    seq: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    detail: dict[str, Any]


def recent(ctx: Ctx, *, limit: int = 100, entity_id: str | None = None, since: datetime | None = None,
           offset: int = 0) -> list[AuditRow]:
    """The newest events, optionally for one record or from ``since`` on; ``offset`` skips the newest ones."""
    ctx.require(Permission.AUDIT_READ, QT_TRANSLATE_NOOP("terms", "read the audit log"))
    with ctx.read() as session:
        stmt = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit).offset(offset)
        if entity_id is not None:
            stmt = stmt.where(AuditEvent.entity_id == entity_id)
        if since is not None:
            stmt = stmt.where(AuditEvent.at >= since)
        return [AuditRow(e.seq, e.at, e.username, e.action, e.entity, e.entity_id, e.detail)
                for e in session.scalars(stmt)]


def count(ctx: Ctx, *, since: datetime | None = None) -> int:
    """How many events the log holds (from ``since`` on)."""
    with ctx.read() as session:
        stmt = select(func.count()).select_from(AuditEvent)
        if since is not None:
            stmt = stmt.where(AuditEvent.at >= since)
        return int(session.execute(stmt).scalar_one())


def actions_for(ctx: Ctx, entity_id: uuid.UUID | str) -> list[str]:
    """The actions recorded for one record, oldest first (used by tests and the record history)."""
    with ctx.read() as session:
        return list(session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == str(entity_id)).order_by(AuditEvent.seq)))
