"""Accepting or declining a registered dispute."""

from __future__ import annotations

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps.common import _close_with_reason, _step, _write
from guanlan_desk.services.disputes.loading import load_dispute


def accept_dispute(ctx: Ctx, dispute_id: str) -> None:
    """Accept a registered dispute (受理)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "accept disputes"))
    with ctx.write() as session:
        _step(session, ctx, load_dispute(session, dispute_id), DisputeAction.ACCEPT)
        session.commit()


def decline_dispute(ctx: Ctx, dispute_id: str, *, reason: str) -> None:
    """Decline with a reason (不予受理: out of scope, a party refuses …)."""
    _close_with_reason(ctx, dispute_id, DisputeAction.DECLINE, reason,
                       QT_TRANSLATE_NOOP("errors", "Please give the reason for declining."))

