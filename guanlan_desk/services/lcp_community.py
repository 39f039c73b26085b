"""What a community's legal-clarity persons share: the legal adviser they are paired with ("1 名法律顾问 + N 名
法律明白人", 一村（社区）一法律顾问) and services given together as one event (a lecture by three persons is one 场次).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select

from guanlan_desk.domain import masking, phone, text
from guanlan_desk.domain.enums import AuditAction, LcpStatus, ServiceKind
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import NotFound, RuleViolation
from guanlan_desk.store.models import LcpService, LegalAdviser, LegalClarityPerson

_WRITE = QT_TRANSLATE_NOOP("terms", "manage legal-clarity persons")
_READ = QT_TRANSLATE_NOOP("terms", "view legal-clarity persons")


@dataclass(frozen=True, slots=True)
class AdviserInput:
    """The community's legal adviser as the dialog collects it."""

    name: str
    firm: str = ""
    phone: str = ""
    since: date | None = None


@dataclass(frozen=True, slots=True)
class AdviserRow:
    """The community's legal adviser (phone masked unless asked for with the permission)."""

    community_code: str
    name: str
    firm: str
    phone: str
    since: date | None


def _community(ctx: Ctx, community_code: str | None) -> str:
    return community_code or ctx.db.workstation.community_code


def legal_adviser(ctx: Ctx, community_code: str | None = None) -> AdviserRow | None:
    """The community's current legal adviser, or ``None`` when none is recorded."""
    ctx.require(Permission.LCP_READ, _READ)
    community = _community(ctx, community_code)
    with ctx.read() as session:
        row = session.scalars(select(LegalAdviser).where(
            LegalAdviser.community_code == community, LegalAdviser.deleted_at.is_(None))
            .order_by(LegalAdviser.updated_at.desc())).first()
        if row is None:
            return None
        return AdviserRow(community, row.name, row.firm, masking.mask_phone(row.phone) if row.phone else "",
                          row.since)


def set_legal_adviser(ctx: Ctx, data: AdviserInput, community_code: str | None = None) -> None:
    """Record (or replace) the community's legal adviser; a masked phone keeps the stored number."""
    ctx.require(Permission.LCP_WRITE, _WRITE)
    community = _community(ctx, community_code)
    if ctx.db.workstation.role == "community" and community != ctx.db.workstation.community_code:
        raise RuleViolation(QT_TRANSLATE_NOOP("errors", "Only the committee of {community} edits its own roster."),
                            community=community)
    data = text.clean_record(data, today=ctx.today(), limits={"name": text.PERSON})
    if not data.name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("errors", "Please enter the name."))
    if data.phone and "*" not in data.phone:
        data = replace(data, phone=phone.normalize_phone(data.phone))
    with ctx.write() as session:
        row = session.scalars(select(LegalAdviser).where(
            LegalAdviser.community_code == community, LegalAdviser.deleted_at.is_(None))).first()
        if row is None:
            row = LegalAdviser(community_code=community, name=data.name)
            session.add(row)
        row.name, row.firm, row.since = data.name, data.firm, data.since
        if "*" not in data.phone:
            row.phone = data.phone or None
        session.flush()
        audit.record(session, ctx, AuditAction.UPDATE, "legal_adviser", str(row.id),
                     {"community": community, "name": row.name})
        session.commit()


def add_group_service(ctx: Ctx, person_ids: tuple[str, ...], *, served_on: date, kind: ServiceKind,
                      people_served: int = 1, dispute_id: str | None = None, note: str = "") -> str:
    """One service several persons performed together: one row each, sharing an event id (returned), so the
    statistics count it once as an event (场次) and count its audience once."""
    ctx.require(Permission.LCP_WRITE, _WRITE)
    note = text.clean_text("note", note)
    text.check_date("served_on", served_on, today=ctx.today())
    if served_on > ctx.today():
        raise ValidationError("served_on", QT_TRANSLATE_NOOP("errors", "The service date is in the future."))
    if people_served < 0:
        raise ValidationError("people_served", QT_TRANSLATE_NOOP("errors", "The number of people cannot be negative."))
    chosen = tuple(dict.fromkeys(person_ids))
    if not chosen:
        raise ValidationError("persons", QT_TRANSLATE_NOOP("errors", "Choose who performed the service."))
    event = uuid.uuid4()
    with ctx.write() as session:
        for person_id in chosen:
            try:
                person = session.get(LegalClarityPerson, uuid.UUID(person_id))
            except ValueError:
                person = None
            if person is None or person.deleted_at is not None:
                raise NotFound("legal-clarity person", person_id)
            if LcpStatus(person.status) == LcpStatus.REMOVED:
                raise RuleViolation(QT_TRANSLATE_NOOP("errors", "A removed person cannot record new services."))
            session.add(LcpService(person_id=person.id, served_on=served_on, kind=kind.value,
                                   people_served=people_served, event_id=event,
                                   dispute_id=uuid.UUID(dispute_id) if dispute_id else None, note=note))
            audit.record(session, ctx, AuditAction.UPDATE, "lcp", person_id, {"service": kind.value,
                                                                             "event": str(event)})
        session.commit()
    return str(event)


@dataclass(frozen=True, slots=True)
class ServiceTotals:
    """Services of a period: events (场次; a joint service counts once), person-services, people reached."""

    events: int
    person_services: int
    people_served: int


def service_totals(ctx: Ctx, *, start: date, end: date, kind: ServiceKind | None = None,
                   community_code: str | None = None) -> ServiceTotals:
    """Count the services between ``start`` and ``end`` (inclusive): a joint event once, its audience once."""
    ctx.require(Permission.LCP_READ, _READ)
    event_key = func.coalesce(LcpService.event_id, LcpService.id)
    with ctx.read() as session:
        stmt = (select(event_key, func.count(), func.max(LcpService.people_served))
                .join(LegalClarityPerson, LegalClarityPerson.id == LcpService.person_id)
                .where(LcpService.deleted_at.is_(None), LcpService.served_on >= start, LcpService.served_on <= end)
                .group_by(event_key))
        if kind is not None:
            stmt = stmt.where(LcpService.kind == kind.value)
        if community_code is not None:
            stmt = stmt.where(LegalClarityPerson.community_code == community_code)
        rows = session.execute(stmt).all()
    return ServiceTotals(len(rows), sum(int(r[1]) for r in rows), sum(int(r[2] or 0) for r in rows))
