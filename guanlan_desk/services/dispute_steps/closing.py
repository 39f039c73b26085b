"""Closing a dispute: ended without agreement, referred, withdrawn, archived."""

from __future__ import annotations

from datetime import date

from guanlan_desk.domain import deadlines, text
from guanlan_desk.domain.enums import DisputeStatus, EndKind, ReferralKind
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.dispute_steps.common import _close_with_reason, _step, _write
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.services.errors import RuleViolation


def end_without_agreement(ctx: Ctx, dispute_id: str, *, reason: str, kind: EndKind = EndKind.NO_AGREEMENT) -> None:
    """调解终止: a party refuses mediation (Art. 17; possible straight after 受理) or no agreement is reached
    (Art. 26); the parties are told of the other routes (the 终止调解告知书 prints the reason)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "end mediations without agreement"))
    if not reason.strip():
        raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "Please give the reason why mediation ended."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        if DisputeStatus(dispute.status) == DisputeStatus.ACCEPTED and kind != EndKind.REFUSED:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "No mediation session was held yet: before one, mediation ends only because a party "
                "refuses it."))
        _step(session, ctx, dispute, DisputeAction.END_WITHOUT_AGREEMENT,
              detail={"reason": reason.strip(), "kind": kind.value})
        dispute.withdraw_reason = reason.strip()
        dispute.end_kind = kind.value
        dispute.closed_on = ctx.today()
        session.commit()


def refer_dispute(ctx: Ctx, dispute_id: str, *, kind: ReferralKind, target: str, note: str = "") -> None:
    """Refer to a court, an arbitration body or a department."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "refer disputes"))
    target, note = text.clean_text("target", target), text.clean_text("note", note)
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

