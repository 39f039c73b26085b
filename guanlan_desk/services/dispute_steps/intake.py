"""Accepting or declining a registered dispute."""

from __future__ import annotations

from datetime import date

from guanlan_desk.domain import deadlines
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.dispute_steps.common import _close_with_reason, _step, _write
from guanlan_desk.services.disputes.loading import load_dispute


def accept_dispute(ctx: Ctx, dispute_id: str, *, accepted_on: date | None = None) -> None:
    """Accept a registered dispute (受理); the mediation deadline counts from this day."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "accept disputes"))
    day = accepted_on or ctx.today()
    if day > ctx.today():
        raise ValidationError("accepted_on", QT_TRANSLATE_NOOP("errors", "The date is in the future."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        if day < dispute.received_on:
            raise ValidationError("accepted_on", QT_TRANSLATE_NOOP(
                "errors", "A dispute cannot be accepted before it was received."))
        _step(session, ctx, dispute, DisputeAction.ACCEPT, detail={"accepted_on": str(day)})
        dispute.accepted_on = day
        dispute.mediation_due = deadlines.case_mediation_due(
            dispute.received_on, day, load_config(session), court_deadline=dispute.court_deadline,
            extended_due=dispute.extended_due)
        session.commit()


def decline_dispute(ctx: Ctx, dispute_id: str, *, reason: str) -> None:
    """Decline with a reason (不予受理: out of scope, a party refuses …)."""
    _close_with_reason(ctx, dispute_id, DisputeAction.DECLINE, reason,
                       QT_TRANSLATE_NOOP("errors", "Please give the reason for declining."))

