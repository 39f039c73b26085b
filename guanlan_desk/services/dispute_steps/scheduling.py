"""安排调解: schedule a mediation session after 受理 and notify the parties.

One 调解通知书 goes to each party to be notified (applicants and respondents; a co-applicant is notified as an
applicant, a third party is not); rescheduling supersedes the earlier schedule and marks its notices superseded.
Recording the session then starts from the scheduled one (see :func:`add_session`'s ``schedule_id``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from guanlan_desk.domain import phone, text
from guanlan_desk.domain.enums import DisputeRole
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services import committees
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps.common import _step, _write
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.services.errors import NotFound
from guanlan_desk.store.models import (
    DisputeMediator,
    DisputeParty,
    LegalClarityPerson,
    MediationNotice,
    MediationSchedule,
    Venue,
)
from guanlan_desk.store.uow import GuanlanSession

NOTIFIED_ROLES = (DisputeRole.APPLICANT.value, DisputeRole.RESPONDENT.value)
DEFAULT_MATERIALS = "身份证件、与纠纷有关的证据材料"


@dataclass(frozen=True, slots=True)
class ScheduleInput:
    """When and where the mediation takes place, who mediates and whom the parties contact."""

    scheduled_at: datetime
    place: str = ""
    venue_id: str | None = None
    mediators: tuple[str, ...] = ()
    contact_person: str = ""
    contact_phone: str = ""
    materials: str = DEFAULT_MATERIALS


@dataclass(frozen=True, slots=True)
class ScheduleDefaults:
    """What the scheduling dialog starts from: the case's venue, its mediators, the lead mediator as contact."""

    venue_id: str | None
    place: str
    mediators: tuple[str, ...]
    contact_person: str
    contact_phone: str


@dataclass(frozen=True, slots=True)
class ScheduleResult:
    """The new schedule and the notices it issued (one per notified party)."""

    schedule_id: str
    notice_ids: tuple[str, ...]
    superseded: int


def schedule_defaults(ctx: Ctx, dispute_id: str) -> ScheduleDefaults:
    """Pre-filled values: the contact is the lead mediator (a legal-clarity person's own phone, else the committee's)."""
    with ctx.read() as session:
        dispute = load_dispute(session, dispute_id)
        mediators = list(session.scalars(select(DisputeMediator).where(
            DisputeMediator.dispute_id == dispute.id, DisputeMediator.deleted_at.is_(None))
            .order_by(DisputeMediator.is_lead.desc(), DisputeMediator.created_at)))
        lead = mediators[0] if mediators else None
        contact_phone = ""
        if lead is not None and lead.lcp_id is not None:
            person = session.get(LegalClarityPerson, lead.lcp_id)
            contact_phone = person.phone or "" if person is not None else ""
        if not contact_phone:
            contact_phone = committees.committee_in(session, dispute.community_code).phone
        venue = session.get(Venue, dispute.venue_id) if dispute.venue_id else None
        place = (venue.address and f"{venue.name}（{venue.address}）") or venue.name if venue else ""
        return ScheduleDefaults(str(venue.id) if venue else None, place, tuple(m.name for m in mediators),
                                lead.name if lead else ctx.actor.display_name, contact_phone)


def _place(session: GuanlanSession, data: ScheduleInput) -> tuple[uuid.UUID | None, str]:
    venue_id = uuid.UUID(data.venue_id) if data.venue_id else None
    place = data.place.strip()
    if venue_id is not None:
        venue = session.get(Venue, venue_id)
        if venue is None or venue.deleted_at is not None:
            raise NotFound("venue", str(venue_id))
        place = place or venue.name
    if not place:
        raise ValidationError("place", QT_TRANSLATE_NOOP("errors", "Please enter where the mediation takes place."))
    return venue_id, place


def schedule_mediation(ctx: Ctx, dispute_id: str, data: ScheduleInput) -> ScheduleResult:
    """Schedule (or reschedule) the mediation and issue a notice to each applicant and respondent."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "schedule mediations"))
    data = text.clean_record(data, today=ctx.today())
    if data.scheduled_at.tzinfo is None:
        raise ValidationError("scheduled_at", QT_TRANSLATE_NOOP("errors", "The time needs a time zone."))
    if data.scheduled_at < ctx.now():
        raise ValidationError("scheduled_at", QT_TRANSLATE_NOOP("errors", "The mediation time is in the past."))
    mediators = tuple(m.strip() for m in data.mediators if m.strip())
    if not mediators:
        raise ValidationError("mediators", QT_TRANSLATE_NOOP("errors", "Name at least one mediator."))
    if not data.contact_person.strip():
        raise ValidationError("contact_person", QT_TRANSLATE_NOOP("errors", "Please name the contact person."))
    contact_phone = phone.normalize_phone(data.contact_phone, field="contact_phone") if data.contact_phone else ""
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        venue_id, place = _place(session, data)
        earlier = list(session.scalars(select(MediationSchedule).where(
            MediationSchedule.dispute_id == dispute.id, MediationSchedule.deleted_at.is_(None),
            MediationSchedule.superseded_at.is_(None), MediationSchedule.session_id.is_(None))))
        _step(session, ctx, dispute, DisputeAction.SCHEDULE_MEDIATION,
              detail={"scheduled_at": data.scheduled_at.isoformat(), "rescheduled": bool(earlier)})
        for old in earlier:
            old.superseded_at = ctx.now()
            for notice in session.scalars(select(MediationNotice).where(
                    MediationNotice.schedule_id == old.id, MediationNotice.deleted_at.is_(None))):
                notice.superseded = True
        row = MediationSchedule(
            dispute_id=dispute.id, scheduled_at=data.scheduled_at, venue_id=venue_id, place=place,
            mediators="、".join(mediators), contact_person=data.contact_person.strip(), contact_phone=contact_phone,
            materials=data.materials.strip())
        session.add(row)
        session.flush()
        links = session.scalars(select(DisputeParty).where(
            DisputeParty.dispute_id == dispute.id, DisputeParty.deleted_at.is_(None),
            DisputeParty.role.in_(NOTIFIED_ROLES)).order_by(DisputeParty.position))
        notices = []
        for link in links:
            notice = MediationNotice(
                dispute_id=dispute.id, party_id=link.party_id, schedule_id=row.id, scheduled_at=data.scheduled_at,
                place=place, materials=row.materials, contact_person=row.contact_person, contact_phone=contact_phone,
                issued_on=ctx.today())
            session.add(notice)
            notices.append(notice)
        session.flush()
        session.commit()
        return ScheduleResult(str(row.id), tuple(str(n.id) for n in notices), len(earlier))
