"""The audit log: append-only and hash-chained (HMAC with a key derived from the workstation's data key).

Every create, update and delete (with the changed fields), every read of unmasked personal data, every
print and export (file hash, record count, destination). ``verify`` finds an edited, inserted or deleted
row: each row's MAC covers its content and the previous row's MAC, and sequence numbers have no gaps.
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
from guanlan_desk.store.models import AuditEvent
from guanlan_desk.store.uow import GuanlanSession

GENESIS = "0" * 64


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
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one event in the caller's transaction (so the audit row commits with the change)."""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq = (last[0] + 1) if last else 1
    prev = last[1] if last else GENESIS
    event = AuditEvent(
        seq=seq, id=new_id(), at=ctx.now(), workstation_id=ctx.db.workstation.id, user_id=ctx.actor.user_id,
        username=ctx.actor.username, action=action.value, entity=entity, entity_id=entity_id,
        detail=_jsonable(detail or {}), prev_hash=prev, hash="",
    )
    event.hash = _mac(ctx.db.cipher.audit_key, prev, _fields(event))
    session.add(event)


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
    """Walk the whole chain; report the first row that was edited, inserted or removed."""
    ctx.require(Permission.AUDIT_READ, QT_TRANSLATE_NOOP("terms", "verify the audit log"))
    key = ctx.db.cipher.audit_key
    prev = GENESIS
    expected_seq = 1
    checked = 0
    with ctx.read() as session:
        for (event,) in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
            if event.seq != expected_seq:
                return VerifyResult(False, checked, expected_seq, f"row {expected_seq} is missing")
            if event.prev_hash != prev:
                return VerifyResult(False, checked, event.seq, f"row {event.seq} does not follow row {event.seq - 1}")
            if not hmac.compare_digest(_mac(key, prev, _fields(event)), event.hash):
                return VerifyResult(False, checked, event.seq, f"row {event.seq} was altered")
            prev = event.hash
            expected_seq += 1
            checked += 1
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


def recent(ctx: Ctx, *, limit: int = 100, entity_id: str | None = None) -> list[AuditRow]:
    """The newest events, optionally for one record."""
    ctx.require(Permission.AUDIT_READ, QT_TRANSLATE_NOOP("terms", "read the audit log"))
    with ctx.read() as session:
        stmt = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
        if entity_id is not None:
            stmt = stmt.where(AuditEvent.entity_id == entity_id)
        return [AuditRow(e.seq, e.at, e.username, e.action, e.entity, e.entity_id, e.detail)
                for e in session.scalars(stmt)]


def count(ctx: Ctx) -> int:
    """How many events the log holds."""
    with ctx.read() as session:
        return int(session.execute(select(func.count()).select_from(AuditEvent)).scalar_one())


def actions_for(ctx: Ctx, entity_id: uuid.UUID | str) -> list[str]:
    """The actions recorded for one record, oldest first (used by tests and the record history)."""
    with ctx.read() as session:
        return list(session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == str(entity_id)).order_by(AuditEvent.seq)))
