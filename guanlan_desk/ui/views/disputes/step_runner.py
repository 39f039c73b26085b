"""Turns a lifecycle button into a service call: asks the step's dialog, returns the work to run (or None)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from guanlan_desk.domain.lifecycle import DisputeAction as A
from guanlan_desk.domain.enums import DisputeStatus
from guanlan_desk.services import committees, dispute_steps, notices
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes import DisputeDetail
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.actions import RECORD_DELIVERY, REQUEST_JC
from guanlan_desk.ui.views.disputes.case_dialogs import (
    EndMediationDialog,
    ExtendDeadlineDialog,
    JcRequestDialog,
    JcResultDialog,
)
from guanlan_desk.ui.views.disputes.schedule_dialogs import DeliveryDialog, ScheduleMediationDialog
from guanlan_desk.ui.views.disputes.step_dialogs import (
    AgreementDialog,
    ConfirmStep,
    FollowUpDialog,
    PerformanceDialog,
    ReasonDialog,
    ReferDialog,
    ScheduleFollowUpDialog,
    SessionDialog,
)

Work = Callable[[], object]


def reads_before(key: str, ctx: Ctx, dispute_id: str) -> Callable[[], object] | None:
    """What step ``key``'s dialog needs read first (run off the GUI thread, then given to :meth:`prepare`)."""
    if key == A.SCHEDULE_MEDIATION.value:
        return lambda: dispute_steps.schedule_defaults(ctx, dispute_id)
    if key == RECORD_DELIVERY:
        return lambda: [n for n in notices.notices_of(ctx, dispute_id) if not n.superseded]
    if key == A.RECORD_AGREEMENT.value:
        return lambda: committees.locality_settings(ctx).follow_up_days
    return None


def _with_reason(step: Callable[..., object], ctx: object, dispute_id: str, reason: str | None) -> Work | None:
    if not reason:
        return None
    given: str = reason
    return lambda: step(ctx, dispute_id, reason=given)


class StepRunner(QObject):
    """Asks for what a step needs; ``prepare`` returns the service call to run, or ``None`` if cancelled."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget

    def prepare(self, key: str, detail: DisputeDetail, session: AppSession, read: Any = None) -> Work | None:
        """The work for step ``key`` on ``detail`` after asking its dialog (``read``: what :func:`reads_before`
        returned for it)."""
        widget = self._widget
        ctx, did, today = session.ctx, detail.id, session.ctx.today()
        me = session.actor.display_name
        if key == A.ACCEPT.value:
            if ConfirmStep.ask(widget, self.tr("Accept"), self.tr("Accept dispute {case_no} for mediation?").format(
                    case_no=detail.case_no)):
                return lambda: dispute_steps.accept_dispute(ctx, did)
            return None
        if key == A.DECLINE.value:
            reason = ReasonDialog.ask(widget, self.tr("Decline"), self.tr(
                "Why is the dispute not accepted? (e.g. not suitable for people's mediation, a party refuses)"))
            return _with_reason(dispute_steps.decline_dispute, ctx, did, reason)
        if key == A.SCHEDULE_MEDIATION.value:
            defaults = read if read is not None else dispute_steps.schedule_defaults(ctx, did)
            plan = ScheduleMediationDialog.ask(widget, ctx.now(), defaults, session.reference.venues_of(
                detail.community_code), detail.parties, detail.pending_schedule)
            return (lambda: dispute_steps.schedule_mediation(ctx, did, plan)) if plan else None
        if key == RECORD_DELIVERY:
            current = read if read is not None else [n for n in notices.notices_of(ctx, did) if not n.superseded]
            delivery = DeliveryDialog.ask(widget, ctx.now(), current, me) if current else None
            if delivery is None:
                return None
            return lambda: notices.record_delivery(
                ctx, delivery.notice_id, method=delivery.method, delivered_at=delivery.delivered_at,
                receiver=delivery.receiver, refused=delivery.refused, server=delivery.server)
        if key == A.ADD_SESSION.value:
            place = detail.venue_name
            data = SessionDialog.ask(widget, today, detail.data.received_on, place, me, detail.pending_schedule)
            return (lambda: dispute_steps.add_session(ctx, did, data)) if data else None
        if key == A.EXTEND_DEADLINE.value:
            extension = ExtendDeadlineDialog.ask(widget, today, detail.mediation_due)
            if extension is None:
                return None
            return lambda: dispute_steps.extend_mediation(
                ctx, did, until=extension.until, consent=extension.consent,
                all_parties_agree=extension.all_parties_agree)
        if key == A.RECORD_AGREEMENT.value:
            days = read if read is not None else committees.locality_settings(ctx).follow_up_days
            agreement = AgreementDialog.ask(widget, today, detail.data.received_on, len(detail.parties), days)
            return (lambda: dispute_steps.record_agreement(ctx, did, agreement)) if agreement else None
        if key == A.END_WITHOUT_AGREEMENT.value:
            ending = EndMediationDialog.ask(widget, refusal_only=detail.status == DisputeStatus.ACCEPTED)
            if ending is None:
                return None
            end_kind, why = ending
            return lambda: dispute_steps.end_without_agreement(ctx, did, reason=why, kind=end_kind)
        if key == A.RECORD_PERFORMANCE.value:
            performance = PerformanceDialog.ask(widget)
            return (lambda: dispute_steps.record_performance(ctx, did, performance)) if performance else None
        if key == A.SCHEDULE_FOLLOW_UP.value:
            waiting = detail.pending_follow_up
            due = ScheduleFollowUpDialog.ask(widget, today, waiting.due_on if waiting else None)
            return (lambda: dispute_steps.schedule_follow_up(ctx, did, due_on=due)) if due else None
        if key == A.RECORD_FOLLOW_UP.value:
            visit = FollowUpDialog.ask(widget, today, me)
            return (lambda: dispute_steps.record_follow_up(ctx, did, visit)) if visit else None
        if key == A.REFER.value:
            referral = ReferDialog.ask(widget)
            if referral is None:
                return None
            kind, target, note = referral
            return lambda: dispute_steps.refer_dispute(ctx, did, kind=kind, target=target, note=note)
        if key == A.WITHDRAW.value:
            reason = ReasonDialog.ask(widget, self.tr("Withdraw"), self.tr("Why is the dispute withdrawn?"))
            return _with_reason(dispute_steps.withdraw_dispute, ctx, did, reason)
        if key == A.ARCHIVE.value:
            if ConfirmStep.ask(widget, self.tr("Archive"), self.tr(
                    "Archive dispute {case_no}? An archived dispute can no longer be edited.").format(
                    case_no=detail.case_no)):
                return lambda: dispute_steps.archive_dispute(ctx, did)
            return None
        if key == REQUEST_JC and detail.agreement is not None and detail.agreement.jc_deadline is not None:
            application = JcRequestDialog.ask(widget, today, detail.agreement.effective_on,
                                              detail.agreement.jc_deadline)
            if application is None:
                return None
            court, applied_on = application
            return lambda: dispute_steps.request_judicial_confirmation(ctx, did, court=court, applied_on=applied_on)
        if key == A.RECORD_JC_RESULT.value and detail.judicial is not None:
            decision = JcResultDialog.ask(widget, today, detail.judicial.applied_on)
            return (lambda: dispute_steps.record_jc_result(ctx, did, decision)) if decision else None
        return None
