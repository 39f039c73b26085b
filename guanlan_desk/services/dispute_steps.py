"""Lifecycle steps of a dispute: accept, decline, sessions, agreement, performance, follow-ups, referral,
withdrawal, archive, judicial confirmation, mediators and linked risk items.

Every step goes through the transition table (an illegal step names the current status) and is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from guanlan_desk.domain import deadlines
from guanlan_desk.domain.enums import (
    AgreementKind,
    AuditAction,
    DisputeRole,
    DisputeStatus,
    PartyKind,
    Performance,
    ReferralKind,
    Satisfaction,
    SessionKind,
    SessionOutcome,
    Source,
)
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction, dispute_step
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services import parties as party_service
from guanlan_desk.services.disputes import DisputePartyInput, MediatorInput, _add_mediator, load_dispute
from guanlan_desk.services.errors import NotFound, RuleViolation
from guanlan_desk.store.models import (
    Agreement,
    Dispute,
    DisputeMediator,
    DisputeParty,
    DisputeRisk,
    FollowUp,
    MediationSession,
    Party,
    RiskItem,
)
from guanlan_desk.store.uow import GuanlanSession


@dataclass(frozen=True, slots=True)
class SessionInput:
    """An investigation or mediation session record."""

    kind: SessionKind
    held_at: datetime
    place: str = ""
    participants: str = ""
    content: str = ""
    outcome: SessionOutcome = SessionOutcome.CONTINUE
    recorder: str = ""


@dataclass(frozen=True, slots=True)
class AgreementInput:
    """An agreement. Written ones take effect when all parties signed AND the committee sealed (Art. 29)."""

    kind: AgreementKind
    terms: str
    facts: str = ""
    signed_by_all_on: date | None = None
    sealed_on: date | None = None
    performance_method: str = ""
    performance_deadline: date | None = None
    performance_place: str = ""
    amount_fen: int | None = None
    copies: int = 3


@dataclass(frozen=True, slots=True)
class FollowUpInput:
    """A follow-up visit (回访) as recorded."""

    done_on: date
    visitor: str
    method: str = "上门"
    performance: Performance = Performance.FULL
    satisfaction: Satisfaction = Satisfaction.SATISFIED
    findings: str = ""
    measures: str = ""


def _step(session: GuanlanSession, ctx: Ctx, dispute: Dispute, action: DisputeAction,
          target: DisputeStatus | None = None, detail: dict[str, object] | None = None) -> None:
    before = DisputeStatus(dispute.status)
    after = target or dispute_step(before, action)
    if target is not None:
        dispute_step(before, action)  # still checks the source state
    if after != before:
        dispute.status = after.value
        dispute.status_changed_at = ctx.now()
    audit.record(session, ctx, AuditAction.UPDATE, "dispute", str(dispute.id),
                 {"action": action.value, "from": before.value, "to": after.value, **(detail or {})})


def _write(ctx: Ctx, what: str) -> None:
    ctx.require(Permission.DISPUTE_WRITE, what)


def accept_dispute(ctx: Ctx, dispute_id: str) -> None:
    """Accept a registered dispute (受理)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "accept disputes"))
    with ctx.write() as session:
        _step(session, ctx, load_dispute(session, dispute_id), DisputeAction.ACCEPT)
        session.commit()


_CLOSING_WORDS = {
    DisputeAction.DECLINE: QT_TRANSLATE_NOOP("terms", "decline disputes"),
    DisputeAction.END_WITHOUT_AGREEMENT: QT_TRANSLATE_NOOP("terms", "end mediations without agreement"),
    DisputeAction.WITHDRAW: QT_TRANSLATE_NOOP("terms", "withdraw disputes"),
}


def _close_with_reason(ctx: Ctx, dispute_id: str, action: DisputeAction, reason: str, message: str) -> Dispute:
    """A closing step that needs a reason: declined, ended without agreement, withdrawn."""
    _write(ctx, _CLOSING_WORDS[action])
    if not reason.strip():
        raise ValidationError("reason", message)
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        _step(session, ctx, dispute, action, detail={"reason": reason.strip()})
        if action == DisputeAction.DECLINE:
            dispute.decline_reason = reason.strip()
        else:
            dispute.withdraw_reason = reason.strip()
        dispute.closed_on = ctx.today()
        session.commit()
        return dispute


def decline_dispute(ctx: Ctx, dispute_id: str, *, reason: str) -> None:
    """Decline with a reason (不予受理: out of scope, a party refuses …)."""
    _close_with_reason(ctx, dispute_id, DisputeAction.DECLINE, reason,
                       QT_TRANSLATE_NOOP("errors", "Please give the reason for declining."))


def add_session(ctx: Ctx, dispute_id: str, data: SessionInput) -> str:
    """Record an investigation or a mediation session; the first one starts the mediation."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "record sessions"))
    if not data.content.strip():
        raise ValidationError("content", QT_TRANSLATE_NOOP("errors", "Please write down what was said and done."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        if data.held_at.date() < dispute.received_on:
            raise ValidationError("held_at", QT_TRANSLATE_NOOP(
                "errors", "A session cannot take place before the dispute was received."))
        _step(session, ctx, dispute, DisputeAction.ADD_SESSION, detail={"kind": data.kind.value})
        row = MediationSession(dispute_id=dispute.id, kind=data.kind.value, held_at=data.held_at,
                               place=data.place.strip(), participants=data.participants.strip(),
                               content=data.content.strip(), outcome=data.outcome.value, recorder=data.recorder.strip())
        session.add(row)
        session.flush()
        session.commit()
        return str(row.id)


def record_agreement(ctx: Ctx, dispute_id: str, data: AgreementInput) -> date:
    """Record the agreement; returns its effective date. Schedules the follow-up and the 30-day JC window."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "record agreements"))
    if not data.terms.strip():
        raise ValidationError("terms", QT_TRANSLATE_NOOP("errors", "The agreement needs its terms."))
    if data.kind == AgreementKind.WRITTEN:
        if data.signed_by_all_on is None or data.sealed_on is None:
            raise ValidationError("effective_on", QT_TRANSLATE_NOOP(
                "errors", "A written agreement takes effect when every party has signed and the committee has "
                "sealed it: enter both dates."))
        effective = max(data.signed_by_all_on, data.sealed_on)
    else:
        effective = data.signed_by_all_on or data.sealed_on or ctx.today()
    if effective > ctx.today():
        raise ValidationError("effective_on", QT_TRANSLATE_NOOP("errors", "The agreement date is in the future."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        if effective < dispute.received_on:
            raise ValidationError("effective_on", QT_TRANSLATE_NOOP(
                "errors", "The agreement cannot take effect before the dispute was received."))
        parties = session.scalar(select(DisputeParty.id).where(DisputeParty.dispute_id == dispute.id).limit(1))
        if data.kind == AgreementKind.WRITTEN and parties is not None:
            count = len(list(session.scalars(select(DisputeParty.id).where(
                DisputeParty.dispute_id == dispute.id, DisputeParty.deleted_at.is_(None)))))
            if data.copies < count + 1:
                raise ValidationError("copies", QT_TRANSLATE_NOOP(
                    "errors", "Make at least one copy per party plus one for the committee ({n})."), n=count + 1)
        config = load_config(session)
        _step(session, ctx, dispute, DisputeAction.RECORD_AGREEMENT, detail={"kind": data.kind.value})
        session.add(Agreement(
            dispute_id=dispute.id, kind=data.kind.value, number=dispute.case_no, facts=data.facts.strip(),
            terms=data.terms.strip(), performance_method=data.performance_method.strip(),
            performance_deadline=data.performance_deadline, performance_place=data.performance_place.strip(),
            amount_fen=data.amount_fen, copies=data.copies, effective_on=effective,
            jc_deadline=deadlines.jc_deadline(effective, config) if data.kind == AgreementKind.WRITTEN else None,
            performance="",
        ))
        session.add(FollowUp(dispute_id=dispute.id, due_on=deadlines.follow_up_due(effective, config)))
        dispute.closed_on = effective
        session.commit()
        return effective


def end_without_agreement(ctx: Ctx, dispute_id: str, *, reason: str) -> None:
    """Mediation ends without agreement (Art. 26); the parties are told of the other routes."""
    _close_with_reason(ctx, dispute_id, DisputeAction.END_WITHOUT_AGREEMENT, reason,
                       QT_TRANSLATE_NOOP("errors", "Please give the reason why mediation ended."))


_DONE = {Performance.FULL, Performance.IMMEDIATE}
_FAILED = {Performance.NONE, Performance.SUED}


def record_performance(ctx: Ctx, dispute_id: str, performance: Performance, *, noted_on: date | None = None) -> None:
    """Record how the agreement is being performed (履行情况)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "record performance"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        agreement = session.execute(select(Agreement).where(Agreement.dispute_id == dispute.id)).scalar_one_or_none()
        if agreement is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "There is no agreement to perform yet."))
        target = DisputeStatus.PERFORMED if performance in _DONE else (
            DisputeStatus.NOT_PERFORMED if performance in _FAILED else DisputeStatus(dispute.status))
        _step(session, ctx, dispute, DisputeAction.RECORD_PERFORMANCE, target, {"performance": performance.value})
        agreement.performance = performance.value
        agreement.performance_noted_on = noted_on or ctx.today()
        session.commit()


def schedule_follow_up(ctx: Ctx, dispute_id: str, *, due_on: date) -> str:
    """Schedule another follow-up visit."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "schedule follow-ups"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        _step(session, ctx, dispute, DisputeAction.SCHEDULE_FOLLOW_UP, detail={"due_on": str(due_on)})
        row = FollowUp(dispute_id=dispute.id, due_on=due_on)
        session.add(row)
        session.flush()
        session.commit()
        return str(row.id)


def record_follow_up(ctx: Ctx, dispute_id: str, data: FollowUpInput) -> None:
    """Record a visit: completes the earliest open scheduled one (or adds one)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "record follow-ups"))
    if not data.visitor.strip():
        raise ValidationError("visitor", QT_TRANSLATE_NOOP("errors", "Please name who made the visit."))
    if data.done_on > ctx.today():
        raise ValidationError("done_on", QT_TRANSLATE_NOOP("errors", "The visit date is in the future."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        _step(session, ctx, dispute, DisputeAction.RECORD_FOLLOW_UP, detail={"done_on": str(data.done_on)})
        row = session.scalars(select(FollowUp).where(
            FollowUp.dispute_id == dispute.id, FollowUp.done_on.is_(None), FollowUp.deleted_at.is_(None))
            .order_by(FollowUp.due_on).limit(1)).first()
        if row is None:
            row = FollowUp(dispute_id=dispute.id, due_on=data.done_on)
            session.add(row)
        row.done_on = data.done_on
        row.visitor = data.visitor.strip()
        row.method = data.method
        row.performance = data.performance.value
        row.satisfaction = data.satisfaction.value
        row.findings = data.findings.strip()
        row.measures = data.measures.strip()
        session.commit()


def refer_dispute(ctx: Ctx, dispute_id: str, *, kind: ReferralKind, target: str, note: str = "") -> None:
    """Refer to a court, an arbitration body or a department."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "refer disputes"))
    if not target.strip():
        raise ValidationError("target", QT_TRANSLATE_NOOP("errors", "Please name where the dispute goes."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        _step(session, ctx, dispute, DisputeAction.REFER, detail={"kind": kind.value, "target": target.strip()})
        dispute.referral_kind = kind.value
        dispute.referral_target = target.strip()
        dispute.withdraw_reason = note.strip() or dispute.withdraw_reason
        dispute.closed_on = ctx.today()
        session.commit()


def withdraw_dispute(ctx: Ctx, dispute_id: str, *, reason: str) -> None:
    """A party withdraws (mediation is voluntary)."""
    _close_with_reason(ctx, dispute_id, DisputeAction.WITHDRAW, reason,
                       QT_TRANSLATE_NOOP("errors", "Please give the reason for the withdrawal."))


def archive_dispute(ctx: Ctx, dispute_id: str, *, retention: str | None = None) -> date | None:
    """Archive (立卷归档) with a retention period; returns the date until which the file is kept."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "archive disputes"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        config = load_config(session)
        code = retention or config.default_retention
        closed = dispute.closed_on or ctx.today()
        until = deadlines.retention_until(closed, code, config)
        _step(session, ctx, dispute, DisputeAction.ARCHIVE, detail={"retention": code})
        dispute.archived_on = ctx.today()
        dispute.retention = code
        dispute.retention_until = until
        dispute.closed_on = closed
        session.commit()
        return until


def request_judicial_confirmation(ctx: Ctx, dispute_id: str) -> None:
    """Mark that the parties apply jointly for judicial confirmation (Art. 33): within 30 days of effect,
    and only when every natural-person party has an ID number on file (required here, optional before)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "request judicial confirmation"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        agreement = session.execute(select(Agreement).where(Agreement.dispute_id == dispute.id)).scalar_one_or_none()
        if agreement is None or agreement.kind != AgreementKind.WRITTEN.value or agreement.jc_deadline is None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "Judicial confirmation needs a written agreement that has taken effect."))
        if ctx.today() > agreement.jc_deadline:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "The 30-day window to apply for judicial confirmation closed on {day}."),
                day=f"{agreement.jc_deadline.year}年{agreement.jc_deadline.month}月{agreement.jc_deadline.day}日")
        if dispute.jc_requested:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "Judicial confirmation was already requested."))
        missing = [p.name for p in session.scalars(
            select(Party).join(DisputeParty, DisputeParty.party_id == Party.id)
            .where(DisputeParty.dispute_id == dispute.id, DisputeParty.deleted_at.is_(None)))
            if p.kind in (PartyKind.PERSON.value, PartyKind.SOLE_TRADER.value) and not p.id_number]
        if missing:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "Judicial confirmation needs the ID numbers of: {names}. Add them to the parties first."),
                names="、".join(missing))
        dispute.jc_requested = True
        agreement.performance = Performance.JC_APPLIED.value
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id, {"action": "request_jc"})
        session.commit()


def add_mediator(ctx: Ctx, dispute_id: str, mediator: MediatorInput) -> str:
    """Name a mediator (a legal-clarity person may participate: ``lcp_id``)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "edit disputes"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        dispute_step(DisputeStatus(dispute.status), DisputeAction.EDIT)
        row = _add_mediator(session, dispute.id, mediator)
        session.flush()
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id,
                     {"mediator_added": mediator.name, "lcp": mediator.lcp_id})
        session.commit()
        return str(row.id)


def remove_mediator(ctx: Ctx, mediator_id: str) -> None:
    """Take a mediator off a dispute (tombstoned)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "edit disputes"))
    with ctx.write() as session:
        row = session.get(DisputeMediator, uuid.UUID(mediator_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("mediator", mediator_id)
        dispute = load_dispute(session, str(row.dispute_id))
        dispute_step(DisputeStatus(dispute.status), DisputeAction.EDIT)
        row.deleted_at = ctx.now()
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", str(dispute.id), {"mediator_removed": row.name})
        session.commit()


def link_risk(ctx: Ctx, dispute_id: str, risk_id: str) -> None:
    """Link a risk item to the dispute (both editors show the link)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "link risk items"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        risk = session.get(RiskItem, uuid.UUID(risk_id))
        if risk is None or risk.deleted_at is not None:
            raise NotFound("risk item", risk_id)
        exists = session.execute(select(DisputeRisk).where(
            DisputeRisk.dispute_id == dispute.id, DisputeRisk.risk_id == risk.id,
            DisputeRisk.deleted_at.is_(None))).first()
        if exists is None:
            session.add(DisputeRisk(dispute_id=dispute.id, risk_id=risk.id))
            audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id, {"risk_linked": risk.code})
        session.commit()


def unlink_risk(ctx: Ctx, dispute_id: str, risk_id: str) -> None:
    """Remove the link (tombstoned)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "link risk items"))
    with ctx.write() as session:
        for link in session.scalars(select(DisputeRisk).where(
                DisputeRisk.dispute_id == uuid.UUID(dispute_id), DisputeRisk.risk_id == uuid.UUID(risk_id),
                DisputeRisk.deleted_at.is_(None))):
            link.deleted_at = ctx.now()
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id, {"risk_unlinked": risk_id})
        session.commit()


def add_party(ctx: Ctx, dispute_id: str, item: DisputePartyInput) -> str:
    """Add a party to a registered dispute (a third party joins, a respondent was missing); returns the link id."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "edit disputes"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        dispute_step(DisputeStatus(dispute.status), DisputeAction.EDIT)
        if item.party_id:
            party = session.get(Party, uuid.UUID(item.party_id))
            if party is None or party.deleted_at is not None:
                raise NotFound("party", item.party_id)
        elif item.party is not None:
            party, _created = party_service.find_or_create_in(session, ctx, item.party)
        else:
            raise ValidationError("parties", QT_TRANSLATE_NOOP("errors", "A party has neither a record nor a name."))
        links = list(session.scalars(select(DisputeParty).where(
            DisputeParty.dispute_id == dispute.id, DisputeParty.deleted_at.is_(None))))
        if any(link.party_id == party.id for link in links):
            raise ValidationError("parties", QT_TRANSLATE_NOOP(
                "errors", "{name} is listed twice in this dispute."), name=party.name)
        link = DisputeParty(dispute_id=dispute.id, party_id=party.id, role=item.role.value,
                            position=max((x.position for x in links), default=-1) + 1)
        session.add(link)
        session.flush()
        party_service._refresh_party_names(session, party.id)
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id,
                     {"party_added": str(party.id), "role": item.role.value})
        session.commit()
        return str(link.id)


def remove_party(ctx: Ctx, dispute_id: str, link_id: str) -> None:
    """Take a party off a registered dispute; an applicant and a respondent must remain (tombstoned)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "edit disputes"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        dispute_step(DisputeStatus(dispute.status), DisputeAction.EDIT)
        links = list(session.scalars(select(DisputeParty).where(
            DisputeParty.dispute_id == dispute.id, DisputeParty.deleted_at.is_(None))))
        link = next((x for x in links if str(x.id) == link_id), None)
        if link is None:
            raise NotFound("dispute party", link_id)
        rest = [x.role for x in links if x is not link]
        single = Source(dispute.source) in (Source.COMMITTEE_INITIATIVE, Source.GRID_SCREENING)
        if not rest or (not single and (DisputeRole.APPLICANT.value not in rest
                                        or DisputeRole.RESPONDENT.value not in rest)):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "A dispute needs at least one applicant and one respondent."))
        link.deleted_at = ctx.now()
        session.flush()
        party_service._refresh_party_names(session, link.party_id)
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id, {"party_removed": str(link.party_id)})
        session.commit()
