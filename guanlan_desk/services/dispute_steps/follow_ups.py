"""Follow-up visits (回访): scheduling and recording."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from guanlan_desk.domain import text
from guanlan_desk.domain.enums import Performance, Satisfaction
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps.common import _settled_step, _write
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.store.models import Agreement, FollowUp
from guanlan_desk.store.uow import GuanlanSession


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


def _pending(session: GuanlanSession, dispute_id: uuid.UUID) -> FollowUp | None:
    return session.scalars(select(FollowUp).where(
        FollowUp.dispute_id == dispute_id, FollowUp.done_on.is_(None), FollowUp.deleted_at.is_(None))
        .order_by(FollowUp.due_on).limit(1)).first()


def schedule_follow_up(ctx: Ctx, dispute_id: str, *, due_on: date) -> str:
    """Set the next follow-up visit: moves the one still pending (the agreement scheduled the first), or adds one
    after the last visit was made. Returns the follow-up's id."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "schedule follow-ups"))
    text.check_date("due_on", due_on, today=ctx.today())
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        effective = session.scalar(select(Agreement.effective_on).where(Agreement.dispute_id == dispute.id))
        if effective is not None and due_on < effective:
            raise ValidationError("due_on", QT_TRANSLATE_NOOP(
                "errors", "The first follow-up visit cannot come before the agreement takes effect."))
        row = _pending(session, dispute.id)
        moved = row is not None
        if row is None:
            row = FollowUp(dispute_id=dispute.id, due_on=due_on)
            session.add(row)
        row.due_on = due_on
        _settled_step(session, ctx, dispute, DisputeAction.SCHEDULE_FOLLOW_UP,
                      {"due_on": str(due_on), "moved": moved})
        session.flush()
        session.commit()
        return str(row.id)


def record_follow_up(ctx: Ctx, dispute_id: str, data: FollowUpInput) -> None:
    """Record a visit: completes the earliest pending one (or adds one) and updates the agreement's 履行情况 with
    what the visit found; the case is 已回访 once no visit is pending."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "record follow-ups"))
    data = text.clean_record(data, today=ctx.today())
    if not data.visitor.strip():
        raise ValidationError("visitor", QT_TRANSLATE_NOOP("errors", "Please name who made the visit."))
    if data.done_on > ctx.today():
        raise ValidationError("done_on", QT_TRANSLATE_NOOP("errors", "The visit date is in the future."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        row = _pending(session, dispute.id)
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
        agreement = session.execute(select(Agreement).where(Agreement.dispute_id == dispute.id)).scalar_one_or_none()
        if agreement is not None and (agreement.performance_noted_on is None
                                      or agreement.performance_noted_on <= data.done_on):
            agreement.performance = data.performance.value
            agreement.performance_noted_on = data.done_on
        _settled_step(session, ctx, dispute, DisputeAction.RECORD_FOLLOW_UP,
                      {"done_on": str(data.done_on), "performance": data.performance.value})
        session.commit()
