"""Follow-up visits (回访): scheduling and recording."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from guanlan_desk.domain import text
from guanlan_desk.domain.enums import Performance, Satisfaction
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps.common import _step, _write
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.store.models import FollowUp


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


def schedule_follow_up(ctx: Ctx, dispute_id: str, *, due_on: date) -> str:
    """Schedule another follow-up visit."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "schedule follow-ups"))
    text.check_date("due_on", due_on, today=ctx.today())
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
    data = text.clean_record(data, today=ctx.today())
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

