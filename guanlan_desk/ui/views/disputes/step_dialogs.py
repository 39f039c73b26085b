"""Small dialogs of the lifecycle steps; each ``ask()`` returns the step's input or ``None`` (tests patch them)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from guanlan_desk.domain.enums import (
    AgreementKind,
    ReferralKind,
    SessionKind,
    SessionOutcome,
)
from guanlan_desk.services.dispute_steps import AgreementInput, SessionInput
from guanlan_desk.services.disputes import ScheduleRow
from guanlan_desk.ui.views.disputes.dialog_base import (
    JC_WINDOW_DAYS,
    SHENZHEN,
    _combo,
    _date_edit,
    _StepDialog,
    _text,
)
from guanlan_desk.ui.views.disputes.facts_form import parse_yuan
from guanlan_desk.ui.views.disputes.followup_dialogs import FollowUpDialog, PerformanceDialog, ScheduleFollowUpDialog
from guanlan_desk.ui.views.disputes.filter_bar import pydate, qdate
from guanlan_desk.ui.widgets.field_error import FieldError

# The follow-up dialogs and the base helpers live in their own modules; callers keep importing them from here.
__all__ = [
    "JC_WINDOW_DAYS", "SHENZHEN", "AgreementDialog", "ConfirmStep", "FollowUpDialog", "PerformanceDialog",
    "ReasonDialog", "ReferDialog", "ScheduleFollowUpDialog", "SessionDialog", "_StepDialog", "_combo", "_date_edit",
    "_text",
]


class ConfirmStep:
    """A yes/no question before a step that needs no input."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """True when the user confirms."""
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class ReasonDialog(_StepDialog):
    """A step that needs a reason (decline, end without agreement, withdraw)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.reason = _text(self, "step_reason", prompt)
        self.error = FieldError(self.reason, self)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow("", self.error)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str) -> str | None:
        """The reason given, or ``None``."""
        dialog = cls(title, prompt, parent)
        return dialog.reason.toPlainText().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def check(self) -> bool:
        """A reason is required."""
        if not self.reason.toPlainText().strip():
            self.error.show_message(self.tr("Please give the reason."))
            return False
        return True


class SessionDialog(_StepDialog):
    """An investigation or mediation session record (调查/调解记录)."""

    def __init__(self, today: date, received_on: date, place: str, recorder: str,
                 scheduled: ScheduleRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add session record"), parent)
        self._received_on = received_on
        self._scheduled = scheduled
        self.kind = _combo(self, [SessionKind.MEDIATION, SessionKind.INVESTIGATION])
        start = QDateTime(qdate(today), QTime(10, 0))
        if scheduled is not None:  # 安排调解 → 调解: the record starts from the scheduled session
            local = scheduled.scheduled_at.astimezone(SHENZHEN)
            start = QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
            place = scheduled.place
        self.held_at = QDateTimeEdit(start, self)
        self.held_at.setCalendarPopup(True)
        self.held_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place = QLineEdit(place, self)
        self.participants = QLineEdit(self)
        self.content = _text(self, "session_content", self.tr("What was said and done"))
        self.outcome = _combo(self, [SessionOutcome.CONTINUE, SessionOutcome.AGREED, SessionOutcome.NOT_AGREED])
        self.recorder = QLineEdit(recorder, self)
        self.error = FieldError(self.content, self)
        self.date_error = FieldError(self.held_at, self)
        self.from_schedule = QLabel(self)
        self.from_schedule.setObjectName("session_from_schedule")
        self.from_schedule.setWordWrap(True)
        self.from_schedule.setVisible(scheduled is not None)
        if scheduled is not None:
            self.from_schedule.setText(self.tr("Records the mediation scheduled for {when} (mediators: {names}).")
                                       .format(when=start.toString("yyyy-MM-dd HH:mm"), names=scheduled.mediators))
        self.form.addRow("", self.from_schedule)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Held at"), self.held_at)
        self.form.addRow("", self.date_error)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow(self.tr("Participants"), self.participants)
        self.form.addRow(self.tr("Record"), self.content)
        self.form.addRow("", self.error)
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow(self.tr("Recorder"), self.recorder)

    @classmethod
    def ask(cls, parent: QWidget | None, today: date, received_on: date, place: str,
            recorder: str, scheduled: ScheduleRow | None = None) -> SessionInput | None:
        """The session entered, or ``None``."""
        dialog = cls(today, received_on, place, recorder, scheduled, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def check(self) -> bool:
        """Content is required; the session cannot predate the dispute."""
        ok = True
        if not self.content.toPlainText().strip():
            self.error.show_message(self.tr("Please write down what was said and done."))
            ok = False
        if pydate(self.held_at.date()) < self._received_on:
            self.date_error.show_message(self.tr("A session cannot take place before the dispute was received."))
            ok = False
        return ok

    def value(self) -> SessionInput:
        """The session as the service's input."""
        local = self.held_at.dateTime()
        held = datetime(local.date().year(), local.date().month(), local.date().day(), local.time().hour(),
                        local.time().minute(), tzinfo=SHENZHEN).astimezone(timezone.utc)
        kind = SessionKind(self.kind.currentData())
        schedule_id = self._scheduled.id if self._scheduled is not None and kind == SessionKind.MEDIATION else None
        return SessionInput(kind, held, self.place.text().strip(),
                            self.participants.text().strip(), self.content.toPlainText().strip(),
                            SessionOutcome(self.outcome.currentData()), self.recorder.text().strip(), schedule_id)


class AgreementDialog(_StepDialog):
    """The agreement: written (effective when all signed and sealed; 30-day JC window) or oral."""

    def __init__(self, today: date, received_on: date, parties: int, follow_up_days: int = 15,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record agreement"), parent)
        self._follow_up_days = follow_up_days
        self._today = today
        self._received_on = received_on
        self.kind = _combo(self, [AgreementKind.WRITTEN, AgreementKind.ORAL])
        self.facts = _text(self, "agreement_facts", self.tr("Facts and points in dispute"))
        self.terms = _text(self, "agreement_terms", self.tr("What the parties agreed"))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("Yuan"))
        self.method = QLineEdit(self)
        # 履行期限 is what the parties agreed: off until the mediator sets it (never a silent today + 30).
        self.has_deadline = QCheckBox(self.tr("Agreed deadline"), self)
        self.has_deadline.setObjectName("agreement_has_deadline")
        self.deadline = _date_edit(self, today)
        self.deadline.setObjectName("agreement_deadline")
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.follow_up = _date_edit(self, today + timedelta(days=follow_up_days))
        self.follow_up.setObjectName("agreement_follow_up")
        self.signed = _date_edit(self, today, today)
        self.sealed = _date_edit(self, today, today)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, 50)
        self.copies.setValue(parties + 1)
        self.effective_label = QLabel(self)
        self.effective_label.setObjectName("agreement_effective")
        self.effective_label.setWordWrap(True)
        self.error = FieldError(self.terms, self)
        self.date_error = FieldError(self.signed, self)
        self.amount_error = FieldError(self.amount, self)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Facts"), self.facts)
        self.form.addRow(self.tr("Terms"), self.terms)
        self.form.addRow("", self.error)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow("", self.amount_error)
        self.form.addRow(self.tr("Performance method"), self.method)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        self.form.addRow(self.tr("Perform by"), deadline_row)
        self.deadline_error = FieldError(self.deadline, self)
        self.form.addRow("", self.deadline_error)
        self.form.addRow(self.tr("Signed by all parties on"), self.signed)
        self.form.addRow(self.tr("Sealed by the committee on"), self.sealed)
        self.form.addRow("", self.date_error)
        self.form.addRow(self.tr("Copies"), self.copies)
        self.form.addRow(self.tr("First follow-up visit"), self.follow_up)
        self.form.addRow("", self.effective_label)
        for edit in (self.signed, self.sealed):
            edit.dateChanged.connect(self._on_dates_changed)
        self.kind.currentIndexChanged.connect(self._on_dates_changed)
        self._on_dates_changed()

    @classmethod
    def ask(cls, parent: QWidget | None, today: date, received_on: date, parties: int,
            follow_up_days: int = 15) -> AgreementInput | None:
        """The agreement entered, or ``None``."""
        dialog = cls(today, received_on, parties, follow_up_days, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def effective_on(self) -> date:
        """When the agreement takes effect (Art. 29: the later of signing and sealing)."""
        return max(pydate(self.signed.date()), pydate(self.sealed.date()))

    @Slot()
    def _on_dates_changed(self) -> None:
        effective = self.effective_on()
        self.follow_up.setMinimumDate(qdate(effective))
        self.follow_up.setDate(qdate(effective + timedelta(days=self._follow_up_days)))
        if self.kind.currentData() == AgreementKind.WRITTEN:
            deadline = effective + timedelta(days=JC_WINDOW_DAYS)
            self.effective_label.setText(self.tr(
                "Takes effect on {day}. The parties may apply jointly for judicial confirmation until {deadline} "
                "(30 days).").format(day=effective.isoformat(), deadline=deadline.isoformat()))
        else:
            self.effective_label.setText(self.tr("An oral agreement takes effect on {day}; no judicial "
                                                 "confirmation.").format(day=effective.isoformat()))

    def _fen(self) -> tuple[bool, int | None]:
        return parse_yuan(self.amount.text())

    def check(self) -> bool:
        """Terms are required; the agreement cannot predate the dispute."""
        ok = True
        if not self.terms.toPlainText().strip():
            self.error.show_message(self.tr("The agreement needs its terms."))
            ok = False
        if self.effective_on() < self._received_on:
            self.date_error.show_message(self.tr("The agreement cannot take effect before the dispute was "
                                                 "received."))
            ok = False
        if self.has_deadline.isChecked() and pydate(self.deadline.date()) < self.effective_on():
            self.deadline_error.show_message(self.tr("The agreement cannot have to be performed before it takes "
                                                     "effect."))
            ok = False
        if not self._fen()[0]:
            self.amount_error.show_message(self.tr("Enter the amount in yuan as a number (at most two decimals), "
                                            "e.g. 12000 or 350.50."))
            ok = False
        return ok

    def value(self) -> AgreementInput:
        """The agreement as the service's input."""
        return AgreementInput(
            kind=AgreementKind(self.kind.currentData()), terms=self.terms.toPlainText().strip(),
            facts=self.facts.toPlainText().strip(), signed_by_all_on=pydate(self.signed.date()),
            sealed_on=pydate(self.sealed.date()), performance_method=self.method.text().strip(),
            performance_deadline=pydate(self.deadline.date()) if self.has_deadline.isChecked() else None,
            amount_fen=self._fen()[1], copies=self.copies.value(), first_follow_up_on=pydate(self.follow_up.date()),
        )


class ReferDialog(_StepDialog):
    """Refer to a court, an arbitration body or a department."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Refer dispute"), parent)
        self.kind = _combo(self, list(ReferralKind))
        self.target = QLineEdit(self)
        self.target.setObjectName("refer_target")
        self.target.setPlaceholderText(self.tr("e.g. 深圳市龙华区人民法院"))
        self.note = QLineEdit(self)
        self.error = FieldError(self.target, self)
        self.form.addRow(self.tr("Refer to"), self.kind)
        self.form.addRow(self.tr("Body"), self.target)
        self.form.addRow("", self.error)
        self.form.addRow(self.tr("Note"), self.note)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[ReferralKind, str, str] | None:
        """(kind, body, note), or ``None``."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return ReferralKind(dialog.kind.currentData()), dialog.target.text().strip(), dialog.note.text().strip()

    def check(self) -> bool:
        """The receiving body is required."""
        if not self.target.text().strip():
            self.error.show_message(self.tr("Please name where the dispute goes."))
            return False
        return True
