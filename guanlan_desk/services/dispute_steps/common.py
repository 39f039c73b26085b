"""The transition helper every step goes through, and the closing steps that need a reason."""

from __future__ import annotations

from sqlalchemy import select

from guanlan_desk.domain import text
from guanlan_desk.domain.enums import AuditAction, DisputeStatus
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction, after_agreement_status, dispute_step
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes.history import record_status_change
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.store.models import Agreement, Dispute, FollowUp
from guanlan_desk.store.uow import GuanlanSession


def _step(session: GuanlanSession, ctx: Ctx, dispute: Dispute, action: DisputeAction,
          target: DisputeStatus | None = None, detail: dict[str, object] | None = None) -> None:
    before = DisputeStatus(dispute.status)
    after = target or dispute_step(before, action)
    if target is not None:
        dispute_step(before, action)  # still checks the source state
    if after != before:
        dispute.status = after.value
        dispute.status_changed_at = ctx.now()
        record_status_change(session, ctx, dispute, action.value, before, after)
    audit.record(session, ctx, AuditAction.UPDATE, "dispute", str(dispute.id),
                 {"action": action.value, "from": before.value, "to": after.value, **(detail or {})})


def _write(ctx: Ctx, what: str) -> None:
    ctx.require(Permission.DISPUTE_WRITE, what)


_CLOSING_WORDS = {
    DisputeAction.DECLINE: QT_TRANSLATE_NOOP("terms", "decline disputes"),
    DisputeAction.END_WITHOUT_AGREEMENT: QT_TRANSLATE_NOOP("terms", "end mediations without agreement"),
    DisputeAction.WITHDRAW: QT_TRANSLATE_NOOP("terms", "withdraw disputes"),
}


def _close_with_reason(ctx: Ctx, dispute_id: str, action: DisputeAction, reason: str, message: str) -> Dispute:
    """A closing step that needs a reason: declined, ended without agreement, withdrawn."""
    _write(ctx, _CLOSING_WORDS[action])
    reason = text.clean_text("reason", reason)
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



def _settled_step(session: GuanlanSession, ctx: Ctx, dispute: Dispute, action: DisputeAction,
                  detail: dict[str, object] | None = None) -> None:
    """A step after the agreement: the state follows the record (performance, pending and made follow-ups)."""
    session.flush()
    performance = session.scalar(select(Agreement.performance).where(
        Agreement.dispute_id == dispute.id, Agreement.deleted_at.is_(None))) or ""
    visits = session.execute(select(FollowUp.done_on).where(
        FollowUp.dispute_id == dispute.id, FollowUp.deleted_at.is_(None))).scalars().all()
    target = after_agreement_status(performance, pending_follow_ups=sum(1 for v in visits if v is None),
                                    done_follow_ups=sum(1 for v in visits if v is not None))
    _step(session, ctx, dispute, action, target, detail)
