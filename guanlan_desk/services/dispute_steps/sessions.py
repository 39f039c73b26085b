"""Investigation and mediation session records."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from guanlan_desk.domain import text
from guanlan_desk.domain.enums import SessionKind, SessionOutcome
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps.common import _step, _write
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.services.errors import NotFound, RuleViolation
from guanlan_desk.store.models import MediationSchedule, MediationSession


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
    # The scheduled mediation this session records (安排调解 → 调解): it is then no longer pending.
    schedule_id: str | None = None


def add_session(ctx: Ctx, dispute_id: str, data: SessionInput) -> str:
    """Record an investigation or a mediation session; the first one starts the mediation."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "record sessions"))
    data = text.clean_record(data, today=ctx.today())
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
        if data.schedule_id:
            planned = session.get(MediationSchedule, uuid.UUID(data.schedule_id))
            if planned is None or planned.dispute_id != dispute.id or planned.deleted_at is not None:
                raise NotFound("scheduled mediation", data.schedule_id)
            if planned.superseded_at is not None or planned.session_id is not None:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "errors", "That scheduled mediation was rescheduled or already recorded."))
            planned.session_id = row.id
        session.commit()
        return str(row.id)

