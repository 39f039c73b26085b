"""The lifecycle actions of a dispute as buttons: only those the record allows are enabled; a disabled one's
tooltip says why (the detail carries the blocked reasons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QWidget

from guanlan_desk.domain.enums import AgreementKind
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services.disputes import DisputeDetail
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.flow_layout import FlowLayout

REQUEST_JC = DisputeAction.REQUEST_JC.value
RECORD_DELIVERY = "record_delivery"  # the 送达回执 of a scheduled mediation's notices (no status change)
COLUMNS = 6


def action_titles() -> list[tuple[str, str]]:
    """(key, button text) of every step, in the order of a case's life."""
    return [
        (DisputeAction.ACCEPT.value, QCoreApplication.translate("DisputeActionBar", "Accept")),
        (DisputeAction.DECLINE.value, QCoreApplication.translate("DisputeActionBar", "Decline…")),
        (DisputeAction.SCHEDULE_MEDIATION.value, QCoreApplication.translate("DisputeActionBar", "Schedule mediation…")),
        (RECORD_DELIVERY, QCoreApplication.translate("DisputeActionBar", "Record delivery…")),
        (DisputeAction.ADD_SESSION.value, QCoreApplication.translate("DisputeActionBar", "Add session…")),
        (DisputeAction.EXTEND_DEADLINE.value, QCoreApplication.translate("DisputeActionBar", "Extend deadline…")),
        (DisputeAction.RECORD_AGREEMENT.value, QCoreApplication.translate("DisputeActionBar", "Record agreement…")),
        (DisputeAction.END_WITHOUT_AGREEMENT.value, QCoreApplication.translate("DisputeActionBar", "End without agreement…")),
        (DisputeAction.RECORD_PERFORMANCE.value, QCoreApplication.translate("DisputeActionBar", "Record performance…")),
        (DisputeAction.SCHEDULE_FOLLOW_UP.value, QCoreApplication.translate("DisputeActionBar", "Schedule follow-up…")),
        (DisputeAction.RECORD_FOLLOW_UP.value, QCoreApplication.translate("DisputeActionBar", "Record follow-up…")),
        (REQUEST_JC, QCoreApplication.translate("DisputeActionBar", "Request judicial confirmation…")),
        (DisputeAction.RECORD_JC_RESULT.value, QCoreApplication.translate("DisputeActionBar", "Court's decision…")),
        (DisputeAction.REFER.value, QCoreApplication.translate("DisputeActionBar", "Refer…")),
        (DisputeAction.WITHDRAW.value, QCoreApplication.translate("DisputeActionBar", "Withdraw…")),
        (DisputeAction.ARCHIVE.value, QCoreApplication.translate("DisputeActionBar", "Archive")),
    ]


def record_blocked_reason(key: str, detail: DisputeDetail, today: object) -> str:
    """Why a step the status allows still cannot run on this record (empty when it can)."""
    if key == REQUEST_JC:
        return jc_blocked_reason(detail, today)
    if key == RECORD_DELIVERY and detail.pending_schedule is None:
        return QCoreApplication.translate("DisputeActionBar", "No mediation is scheduled: schedule one first.")
    if key == DisputeAction.RECORD_JC_RESULT.value:
        if detail.judicial is None:
            return QCoreApplication.translate("DisputeActionBar",
                                              "No application for judicial confirmation was recorded.")
        if detail.judicial.result:
            return QCoreApplication.translate("DisputeActionBar", "The court's decision is recorded.")
    return ""


def jc_blocked_reason(detail: DisputeDetail, today: object) -> str:
    """Why judicial confirmation cannot be requested now (empty when it can)."""
    a = detail.agreement
    if a is None or a.kind != AgreementKind.WRITTEN.value or a.jc_deadline is None:
        return QCoreApplication.translate("DisputeActionBar", "Judicial confirmation needs a written agreement that has taken effect.")
    if detail.jc_requested or detail.judicial is not None:
        return QCoreApplication.translate("DisputeActionBar", "Judicial confirmation was already requested.")
    if today > a.jc_deadline:  # type: ignore[operator]
        return QCoreApplication.translate("DisputeActionBar", "The 30-day window closed on {day}.").format(day=a.jc_deadline.isoformat())
    return ""


class DisputeActionBar(QWidget):
    """Step buttons in rows that wrap to the width; ``step_requested(key)`` when one is pressed."""

    step_requested = Signal(str)
    updated = Signal(object)  # the detail (or None) the buttons were last set for

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.step_actions: dict[str, QAction] = {}
        flow = FlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        for key, text in action_titles():
            action = QAction(text, self)
            action.setObjectName(f"step_{key}")
            action.triggered.connect(lambda _=False, k=key: self.step_requested.emit(k))
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(f"step_button_{key}")
            flow.addWidget(button)
            self.step_actions[key] = action

    def update_for(self, detail: DisputeDetail | None) -> None:
        """Enable what ``detail`` allows; tooltips of the others say why (nothing is enabled for a new dispute)."""
        can_write = self._session.ctx.can(Permission.DISPUTE_WRITE)
        for key, action in self.step_actions.items():
            reason = ""
            if detail is None:
                action.setEnabled(False)
                action.setToolTip(QCoreApplication.translate("DisputeActionBar", "Register the dispute first."))
                continue
            if key in (RECORD_DELIVERY, REQUEST_JC):  # what the record lacks says more than the status
                reason = record_blocked_reason(key, detail, self._session.ctx.today())
            if not reason and key != RECORD_DELIVERY:
                step = DisputeAction(key)
                reason = "" if step in detail.allowed else detail.blocked.get(
                    step, QCoreApplication.translate("DisputeActionBar", "Not possible in the current status."))
                reason = reason or record_blocked_reason(key, detail, self._session.ctx.today())
            if not reason and not can_write:
                reason = QCoreApplication.translate("DisputeActionBar", "Your role may not change disputes.")
            action.setEnabled(not reason)
            action.setToolTip(reason or action.text().rstrip("…"))
        self.updated.emit(detail)
