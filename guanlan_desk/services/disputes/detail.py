"""Reading one dispute: the editor's detail (the status history is in :mod:`history`)."""

from __future__ import annotations

from sqlalchemy import select

from guanlan_desk.domain import masking
from guanlan_desk.domain.enums import (
    DisputeRole,
    DisputeStatus,
    DisputeType,
    PartyKind,
    ReferralKind,
    Source,
    label,
    parse_flags,
)
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.lifecycle import DISPUTE_TRANSITIONS, DisputeAction, allowed_dispute_actions
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes.inputs import DisputeInput, DisputePartyInput, MediatorInput
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.services.disputes.rows import (
    AgreementRow,
    DisputeDetail,
    FollowUpRow,
    JudicialRow,
    MediatorRow,
    PartyInDispute,
    ScheduleRow,
    SessionRow,
)
from guanlan_desk.store.models import (
    Agreement,
    DisputeMediator,
    DisputeParty,
    DisputeRisk,
    FollowUp,
    JudicialConfirmation,
    MediationSchedule,
    MediationSession,
    Party,
    Venue,
)


def _blocked(status: DisputeStatus, allowed: frozenset[DisputeAction]) -> dict[DisputeAction, str]:
    word = label(status)
    return {a: f"当前状态为“{word}”，不能执行此操作" for a in DISPUTE_TRANSITIONS if a not in allowed}


def get_dispute(ctx: Ctx, dispute_id: str) -> DisputeDetail:
    """The whole dispute for the editor (personal data masked)."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        d = load_dispute(session, dispute_id)
        links = session.execute(
            select(DisputeParty, Party).join(Party, Party.id == DisputeParty.party_id)
            .where(DisputeParty.dispute_id == d.id, DisputeParty.deleted_at.is_(None))
            .order_by(DisputeParty.position)).all()
        party_rows = tuple(PartyInDispute(
            str(p.id), str(link.id), DisputeRole(link.role), p.name, PartyKind(p.kind),
            masking.mask_phone(p.phone) if p.phone else "", masking.mask_id(p.id_number) if p.id_number else "",
            bool(p.id_number)) for link, p in links)
        mediators = tuple(MediatorRow(str(m.id), m.name, str(m.lcp_id) if m.lcp_id else None, m.is_lead,
                                      str(m.mediator_id) if m.mediator_id else None)
                          for m in session.scalars(select(DisputeMediator).where(
                              DisputeMediator.dispute_id == d.id, DisputeMediator.deleted_at.is_(None))))
        sessions = tuple(SessionRow(str(s.id), s.kind, s.held_at, s.place, s.participants, s.content, s.outcome,
                                    s.recorder)
                         for s in session.scalars(select(MediationSession).where(
                             MediationSession.dispute_id == d.id, MediationSession.deleted_at.is_(None))
                             .order_by(MediationSession.held_at)))
        a = session.execute(select(Agreement).where(Agreement.dispute_id == d.id,
                                                    Agreement.deleted_at.is_(None))).scalar_one_or_none()
        agreement = AgreementRow(
            str(a.id), a.kind, a.number, a.facts, a.terms, a.performance_method, a.performance_deadline,
            a.performance_place, a.amount_fen, a.copies, a.effective_on, a.jc_deadline, a.performance,
        ) if a is not None else None
        follow_ups = tuple(FollowUpRow(str(f.id), f.due_on, f.done_on, f.visitor, f.method, f.performance,
                                       f.satisfaction, f.findings, f.measures)
                           for f in session.scalars(select(FollowUp).where(
                               FollowUp.dispute_id == d.id, FollowUp.deleted_at.is_(None)).order_by(FollowUp.due_on)))
        schedules = tuple(ScheduleRow(
            str(s.id), s.scheduled_at, str(s.venue_id) if s.venue_id else None, s.place, s.mediators, s.contact_person,
            s.contact_phone, s.materials, s.superseded_at is not None, str(s.session_id) if s.session_id else None)
            for s in session.scalars(select(MediationSchedule).where(
                MediationSchedule.dispute_id == d.id, MediationSchedule.deleted_at.is_(None))
                .order_by(MediationSchedule.created_at, MediationSchedule.scheduled_at)))
        jc = session.execute(select(JudicialConfirmation).where(
            JudicialConfirmation.dispute_id == d.id, JudicialConfirmation.deleted_at.is_(None))).scalar_one_or_none()
        judicial = JudicialRow(str(jc.id), jc.court, jc.applied_on, jc.result, jc.decided_on,
                               jc.court_case_no) if jc is not None else None
        risk_ids = tuple(str(r) for r in session.scalars(select(DisputeRisk.risk_id).where(
            DisputeRisk.dispute_id == d.id, DisputeRisk.deleted_at.is_(None))))
        venue = session.get(Venue, d.venue_id) if d.venue_id else None
        status = DisputeStatus(d.status)
        allowed = allowed_dispute_actions(status)
        data = DisputeInput(
            dispute_type=DisputeType(d.dispute_type), source=Source(d.source), received_on=d.received_on,
            parties=tuple(DisputePartyInput(p.role, party_id=p.party_id) for p in party_rows), title=d.title,
            subtype=d.subtype, venue_id=str(d.venue_id) if d.venue_id else None,
            grid_id=str(d.grid_id) if d.grid_id else None, summary=d.summary, requests=d.requests,
            amount_fen=d.amount_fen, persons_involved=d.persons_involved,
            flags=parse_flags(d.flags), prevented_criminal_persons=d.prevented_criminal_persons,
            prevented_petition_persons=d.prevented_petition_persons,
            mediators=tuple(MediatorInput(m.name, m.lcp_id, m.is_lead, m.mediator_id) for m in mediators),
            court_ref_no=d.court_ref_no, sensitive_notes=None, court_deadline=d.court_deadline,
        )
        referral = f"{label_referral(d.referral_kind)} {d.referral_target}".strip() if d.referral_kind else ""
        return DisputeDetail(
            str(d.id), d.version, d.case_no, status, data, d.community_code, venue.name if venue else "",
            party_rows, mediators, sessions, agreement, follow_ups, risk_ids, d.decline_reason, referral,
            d.withdraw_reason, d.mediation_due, d.closed_on, d.jc_requested, allowed, _blocked(status, allowed),
            has_sensitive_notes=bool(d.sensitive_notes), accepted_on=d.accepted_on, extended_due=d.extended_due,
            extension_consent=d.extension_consent, end_kind=d.end_kind, schedules=schedules, judicial=judicial,
        )


def label_referral(kind: str) -> str:
    """The Chinese label of a referral kind code."""
    return label(ReferralKind(kind)) if kind else ""
