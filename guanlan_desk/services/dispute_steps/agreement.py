"""The agreement and its performance (履行情况)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from guanlan_desk.domain import deadlines, text
from guanlan_desk.domain.enums import AgreementKind, Performance
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.dispute_steps.common import _settled_step, _step, _write
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.services.errors import RuleViolation
from guanlan_desk.store.models import Agreement, DisputeParty, FollowUp


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
    # The first follow-up visit (回访); ``None``: the locality's default days after the agreement takes effect.
    first_follow_up_on: date | None = None


def record_agreement(ctx: Ctx, dispute_id: str, data: AgreementInput) -> date:
    """Record the agreement; returns its effective date. Schedules the follow-up and the 30-day JC window."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "record agreements"))
    data = text.clean_record(data, today=ctx.today())
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
    # 履行期限 is what the parties agreed: the mediator enters it (or none, for performance on the spot).
    if data.performance_deadline is not None and data.performance_deadline < effective:
        raise ValidationError("performance_deadline", QT_TRANSLATE_NOOP(
            "errors", "The agreement cannot have to be performed before it takes effect."))
    if data.first_follow_up_on is not None and data.first_follow_up_on < effective:
        raise ValidationError("first_follow_up_on", QT_TRANSLATE_NOOP(
            "errors", "The first follow-up visit cannot come before the agreement takes effect."))
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
        session.add(FollowUp(dispute_id=dispute.id,
                             due_on=data.first_follow_up_on or deadlines.follow_up_due(effective, config)))
        dispute.closed_on = effective
        session.commit()
        return effective


def record_performance(ctx: Ctx, dispute_id: str, performance: Performance, *, noted_on: date | None = None) -> None:
    """Record how the agreement is being performed (履行情况); possible after a follow-up visit too."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "record performance"))
    text.check_date("noted_on", noted_on, today=ctx.today())
    if performance == Performance.JC_APPLIED:
        raise ValidationError("performance", QT_TRANSLATE_NOOP(
            "errors", "Judicial confirmation is recorded on its own; choose how the agreement is being performed."))
    day = noted_on or ctx.today()
    if day > ctx.today():
        raise ValidationError("noted_on", QT_TRANSLATE_NOOP("errors", "The date is in the future."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        agreement = session.execute(select(Agreement).where(Agreement.dispute_id == dispute.id)).scalar_one_or_none()
        if agreement is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "There is no agreement to perform yet."))
        agreement.performance = performance.value
        agreement.performance_noted_on = day
        _settled_step(session, ctx, dispute, DisputeAction.RECORD_PERFORMANCE, {"performance": performance.value})
        session.commit()
