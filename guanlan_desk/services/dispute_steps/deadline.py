"""The mediation deadline: an extension needs every party's consent and is recorded (a local rule allows one
month, extendable with both parties' consent; REFERENCE.md §1.15)."""

from __future__ import annotations

from datetime import date

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps.common import _step, _write
from guanlan_desk.services.disputes.loading import load_dispute


def extend_mediation(ctx: Ctx, dispute_id: str, *, until: date, consent: str, all_parties_agree: bool) -> None:
    """Extend the mediation deadline to ``until``; ``consent`` records who agreed, how and when."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "extend mediation deadlines"))
    if not all_parties_agree:
        raise ValidationError("consent", QT_TRANSLATE_NOOP(
            "errors", "An extension needs the consent of every party."))
    if not consent.strip():
        raise ValidationError("consent", QT_TRANSLATE_NOOP(
            "errors", "Please record who agreed to the extension, how and when."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        current = dispute.mediation_due
        if current is not None and until <= current:
            raise ValidationError("until", QT_TRANSLATE_NOOP(
                "errors", "The new deadline must come after the current one ({day})."), day=current.isoformat())
        if until <= ctx.today():
            raise ValidationError("until", QT_TRANSLATE_NOOP("errors", "The new deadline must be in the future."))
        _step(session, ctx, dispute, DisputeAction.EXTEND_DEADLINE,
              detail={"until": str(until), "previous": str(current) if current else ""})
        dispute.extended_due = until
        dispute.mediation_due = until
        line = f"{ctx.today().isoformat()} 延长至{until.isoformat()}：{consent.strip()}"
        dispute.extension_consent = "\n".join(x for x in (dispute.extension_consent, line) if x)
        session.commit()
