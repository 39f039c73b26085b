"""Notices to attend (调解通知书): one per party. People's mediation is voluntary (Art. 17): an invitation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from guanlan_desk.domain import phone, text
from guanlan_desk.domain.enums import AuditAction, DeliveryMethod, DisputeStatus, label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import LOCAL_TZ, Ctx
from guanlan_desk.services.errors import NotFound, RuleViolation
from guanlan_desk.store.models import Dispute, DisputeParty, MediationNotice, Party
from guanlan_desk.store.uow import GuanlanSession

# Stored as the Chinese words the receipt prints (older records carry the same words).
DELIVERY_METHODS = tuple(label(m) for m in DeliveryMethod)
_ISSUABLE = {DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING}


@dataclass(frozen=True, slots=True)
class NoticeInput:
    """When and where a party is invited, what to bring, whom to contact."""

    party_id: str
    scheduled_at: datetime
    place: str
    materials: str = "身份证件、与纠纷有关的证据材料"
    contact_person: str = ""
    contact_phone: str = ""


@dataclass(frozen=True, slots=True)
class NoticeRow:
    """A notice as the dispute editor lists it."""

    id: str
    party_id: str
    party_name: str
    scheduled_at: datetime
    place: str
    materials: str
    contact_person: str
    contact_phone: str
    issued_on: date
    delivery_method: str
    delivered_on: date | None
    receipt_signed: bool
    schedule_id: str | None = None
    superseded: bool = False
    delivered_at: datetime | None = None
    receiver: str = ""
    refused: bool = False
    server: str = ""


def issue_notice(ctx: Ctx, dispute_id: str, data: NoticeInput) -> NoticeRow:
    """Issue a notice to one party of an open dispute."""
    ctx.require(Permission.DISPUTE_WRITE, QT_TRANSLATE_NOOP("terms", "issue notices"))
    data = text.clean_record(data, today=ctx.today())
    if not data.place.strip():
        raise ValidationError("place", QT_TRANSLATE_NOOP("errors", "Please enter where the mediation takes place."))
    if data.scheduled_at.tzinfo is None:
        raise ValidationError("scheduled_at", QT_TRANSLATE_NOOP("errors", "The time needs a time zone."))
    if data.scheduled_at < ctx.now():
        raise ValidationError("scheduled_at", QT_TRANSLATE_NOOP("errors", "The mediation time is in the past."))
    contact_phone = phone.normalize_phone(data.contact_phone, field="contact_phone") if data.contact_phone else ""
    with ctx.write() as session:
        dispute = session.get(Dispute, uuid.UUID(dispute_id))
        if dispute is None or dispute.deleted_at is not None:
            raise NotFound("dispute", dispute_id)
        if DisputeStatus(dispute.status) not in _ISSUABLE:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "Notices are issued only before or during mediation."))
        link = session.execute(select(DisputeParty).where(
            DisputeParty.dispute_id == dispute.id, DisputeParty.party_id == uuid.UUID(data.party_id),
            DisputeParty.deleted_at.is_(None))).scalar_one_or_none()
        if link is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "This person is not a party of the dispute."))
        notice = MediationNotice(
            dispute_id=dispute.id, party_id=link.party_id, scheduled_at=data.scheduled_at, place=data.place.strip(),
            materials=data.materials.strip(), contact_person=data.contact_person.strip(), contact_phone=contact_phone,
            issued_on=ctx.today())
        session.add(notice)
        session.flush()
        audit.record(session, ctx, AuditAction.CREATE, "notice", str(notice.id),
                     {"dispute": dispute_id, "party": data.party_id})
        session.commit()
        return _row(notice, _name(session, link.party_id))


def record_delivery(ctx: Ctx, notice_id: str, *, method: str, delivered_on: date | None = None,
                    receipt_signed: bool = False, delivered_at: datetime | None = None, receiver: str = "",
                    refused: bool = False, server: str = "") -> NoticeRow:
    """Record the 送达回执: how and when the notice was delivered, who signed for it (签收人) or that the
    addressee refused it, and who delivered it."""
    ctx.require(Permission.DISPUTE_WRITE, QT_TRANSLATE_NOOP("terms", "record deliveries"))
    if method not in DELIVERY_METHODS:
        raise ValidationError("delivery_method", QT_TRANSLATE_NOOP("errors", "Unknown delivery method: {method}."),
                              method=method)
    if delivered_at is not None and delivered_at.tzinfo is None:
        raise ValidationError("delivered_at", QT_TRANSLATE_NOOP("errors", "The time needs a time zone."))
    day = delivered_at.astimezone(LOCAL_TZ).date() if delivered_at is not None else delivered_on
    if day is None:
        raise ValidationError("delivered_at", QT_TRANSLATE_NOOP("errors", "Please enter when it was delivered."))
    if delivered_at is not None and delivered_at > ctx.now():
        raise ValidationError("delivered_at", QT_TRANSLATE_NOOP("errors", "The delivery time is in the future."))
    if refused and receiver.strip():
        raise ValidationError("receiver", QT_TRANSLATE_NOOP(
            "errors", "A refused notice has nobody who signed for it."))
    with ctx.write() as session:
        notice = session.get(MediationNotice, uuid.UUID(notice_id))
        if notice is None or notice.deleted_at is not None:
            raise NotFound("notice", notice_id)
        if notice.superseded:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "This notice was superseded when the mediation was rescheduled; deliver the new one."))
        if day < notice.issued_on:
            raise ValidationError("delivered_on", QT_TRANSLATE_NOOP(
                "errors", "A notice cannot be delivered before it was issued."))
        notice.delivery_method = method
        notice.delivered_on = day
        notice.delivered_at = delivered_at
        notice.receiver = receiver.strip()
        notice.refused = refused
        notice.server = server.strip()
        notice.receipt_signed = (receipt_signed or bool(receiver.strip())) and not refused
        audit.record(session, ctx, AuditAction.UPDATE, "notice", notice_id,
                     {"delivered": str(day), "method": method, "refused": refused})
        session.commit()
        return _row(notice, _name(session, notice.party_id))


def notices_of(ctx: Ctx, dispute_id: str) -> list[NoticeRow]:
    """The notices of a dispute, oldest first."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        rows = session.execute(
            select(MediationNotice, Party.name).join(Party, Party.id == MediationNotice.party_id)
            .where(MediationNotice.dispute_id == uuid.UUID(dispute_id), MediationNotice.deleted_at.is_(None))
            .order_by(MediationNotice.scheduled_at))
        return [_row(n, name) for n, name in rows]


def _name(session: GuanlanSession, party_id: uuid.UUID) -> str:
    party = session.get(Party, party_id)
    return party.name if party else ""


def _row(n: MediationNotice, name: str) -> NoticeRow:
    return NoticeRow(str(n.id), str(n.party_id), name, n.scheduled_at, n.place, n.materials, n.contact_person,
                     n.contact_phone, n.issued_on, n.delivery_method, n.delivered_on, n.receipt_signed,
                     str(n.schedule_id) if n.schedule_id else None, n.superseded, n.delivered_at, n.receiver,
                     n.refused, n.server)
