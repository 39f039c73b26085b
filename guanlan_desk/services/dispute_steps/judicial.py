"""司法确认 as a record: the joint application to a court (人民调解法 Art. 33, 法释〔2011〕5号) and the court's
decision with its 调确字 number. It never overwrites the agreement's performance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from guanlan_desk.domain import text
from guanlan_desk.domain.enums import AgreementKind, JcResult, PartyKind
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps.common import _step, _write
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.services.errors import RuleViolation
from guanlan_desk.store.models import Agreement, DisputeParty, JudicialConfirmation, Party

DEFAULT_COURT = "深圳市龙华区人民法院"


@dataclass(frozen=True, slots=True)
class JcDecision:
    """The court's decision: 确认有效 / 驳回 / 撤回, when, and its case number (e.g. （2026）粤0309民特123号)."""

    result: JcResult
    decided_on: date
    court_case_no: str = ""


def _cn_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def request_judicial_confirmation(ctx: Ctx, dispute_id: str, *, court: str = DEFAULT_COURT,
                                  applied_on: date | None = None) -> str:
    """Record the parties' joint application (Art. 33): within 30 days of effect, and only when every natural
    person has an ID number on file (required here, optional before). Returns the record's id."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "request judicial confirmation"))
    day = applied_on or ctx.today()
    court = text.clean_text("court", court)
    text.check_date("applied_on", day, today=ctx.today())
    if not court.strip():
        raise ValidationError("court", QT_TRANSLATE_NOOP("errors", "Please name the court."))
    if day > ctx.today():
        raise ValidationError("applied_on", QT_TRANSLATE_NOOP("errors", "The date is in the future."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        agreement = session.execute(select(Agreement).where(Agreement.dispute_id == dispute.id)).scalar_one_or_none()
        if agreement is None or agreement.kind != AgreementKind.WRITTEN.value or agreement.jc_deadline is None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "Judicial confirmation needs a written agreement that has taken effect."))
        if day > agreement.jc_deadline:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "The 30-day window to apply for judicial confirmation closed on {day}."),
                day=_cn_day(agreement.jc_deadline))
        if day < agreement.effective_on:
            raise ValidationError("applied_on", QT_TRANSLATE_NOOP(
                "errors", "The application cannot come before the agreement took effect."))
        exists = session.execute(select(JudicialConfirmation.id).where(
            JudicialConfirmation.dispute_id == dispute.id, JudicialConfirmation.deleted_at.is_(None))).first()
        if dispute.jc_requested or exists is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "Judicial confirmation was already requested."))
        missing = [p.name for p in session.scalars(
            select(Party).join(DisputeParty, DisputeParty.party_id == Party.id)
            .where(DisputeParty.dispute_id == dispute.id, DisputeParty.deleted_at.is_(None)))
            if p.kind in (PartyKind.PERSON.value, PartyKind.SOLE_TRADER.value) and not p.id_number]
        if missing:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "Judicial confirmation needs the ID numbers of: {names}. Add them to the parties first."),
                names="、".join(missing))
        _step(session, ctx, dispute, DisputeAction.REQUEST_JC, detail={"court": court.strip(), "applied_on": str(day)})
        row = JudicialConfirmation(dispute_id=dispute.id, court=court.strip(), applied_on=day)
        session.add(row)
        dispute.jc_requested = True
        session.flush()
        session.commit()
        return str(row.id)


def record_jc_result(ctx: Ctx, dispute_id: str, decision: JcDecision) -> None:
    """Record the court's decision on the application; a confirmation needs its 调确字/民特 number."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "record the court's decision"))
    decision = text.clean_record(decision, today=ctx.today())
    if decision.decided_on > ctx.today():
        raise ValidationError("decided_on", QT_TRANSLATE_NOOP("errors", "The date is in the future."))
    if decision.result == JcResult.CONFIRMED and not decision.court_case_no.strip():
        raise ValidationError("court_case_no", QT_TRANSLATE_NOOP(
            "errors", "Please enter the number of the court's ruling (调确字/民特)."))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        row = session.execute(select(JudicialConfirmation).where(
            JudicialConfirmation.dispute_id == dispute.id, JudicialConfirmation.deleted_at.is_(None))).scalar_one_or_none()
        if row is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "No application for judicial confirmation was recorded."))
        if decision.decided_on < row.applied_on:
            raise ValidationError("decided_on", QT_TRANSLATE_NOOP(
                "errors", "The court cannot decide before the application ({day})."), day=_cn_day(row.applied_on))
        _step(session, ctx, dispute, DisputeAction.RECORD_JC_RESULT,
              detail={"result": decision.result.value, "decided_on": str(decision.decided_on)})
        row.result = decision.result.value
        row.decided_on = decision.decided_on
        row.court_case_no = decision.court_case_no.strip()
        session.commit()
