"""Dialogs after the agreement: how it is performed (履行情况), when the next follow-up is due, a visit as made."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from guanlan_desk.domain.enums import Performance, Satisfaction
from guanlan_desk.services.dispute_steps import FollowUpInput
from guanlan_desk.ui.views.disputes.dialog_base import (
    _combo,
    _date_edit,
    _StepDialog,
    _text,
)
from guanlan_desk.ui.views.disputes.filter_bar import pydate, qdate
from guanlan_desk.ui.widgets.field_error import FieldError


class PerformanceDialog(_StepDialog):
    """How the agreement is being performed (履行情况)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record performance"), parent)
        self.performance = _combo(self, [p for p in Performance if p != Performance.JC_APPLIED])
        self.form.addRow(self.tr("Performance"), self.performance)

    @classmethod
    def ask(cls, parent: QWidget | None) -> Performance | None:
        """The performance chosen, or ``None``."""
        dialog = cls(parent)
        return Performance(dialog.performance.currentData()) if dialog.exec() == QDialog.DialogCode.Accepted else None


class ScheduleFollowUpDialog(_StepDialog):
    """When the next follow-up visit is due: moves the one still pending (the agreement scheduled the first)."""

    def __init__(self, today: date, pending: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Move the follow-up visit") if pending else self.tr("Schedule follow-up"), parent)
        self.due = _date_edit(self, pending or today + timedelta(days=15))
        self.due.setObjectName("follow_up_due")
        self.due.setMinimumDate(qdate(min(today, pending or today)))
        self.form.addRow(self.tr("Due on"), self.due)
        if pending is not None:
            note = QLabel(self.tr("A visit is already due on {day}; this moves it (no second visit is added).")
                          .format(day=pending.isoformat()), self)
            note.setWordWrap(True)
            self.form.addRow("", note)

    @classmethod
    def ask(cls, parent: QWidget | None, today: date, pending: date | None = None) -> date | None:
        """The due date, or ``None``."""
        dialog = cls(today, pending, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def value(self) -> date:
        """The due date chosen."""
        return pydate(self.due.date())


class FollowUpDialog(_StepDialog):
    """A follow-up visit as recorded (回访记录)."""

    def __init__(self, today: date, visitor: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record follow-up visit"), parent)
        self.done_on = _date_edit(self, today, today)
        self.visitor = QLineEdit(visitor, self)
        self.method = QComboBox(self)
        self.method.setEditable(True)
        self.method.addItems(["上门", "电话", "约谈", "微信"])
        self.performance = _combo(self, [Performance.FULL, Performance.PARTIAL, Performance.INSTALMENTS,
                                         Performance.NONE])
        self.satisfaction = _combo(self, list(Satisfaction))
        self.findings = _text(self, "follow_up_findings", self.tr("What the visit found (new hazards?)"))
        self.measures = _text(self, "follow_up_measures", self.tr("Measures taken"))
        self.error = FieldError(self.visitor, self)
        self.form.addRow(self.tr("Visited on"), self.done_on)
        self.form.addRow(self.tr("Visitor"), self.visitor)
        self.form.addRow("", self.error)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Performance"), self.performance)
        self.form.addRow(self.tr("Satisfaction"), self.satisfaction)
        self.form.addRow(self.tr("Findings"), self.findings)
        self.form.addRow(self.tr("Measures"), self.measures)

    @classmethod
    def ask(cls, parent: QWidget | None, today: date, visitor: str) -> FollowUpInput | None:
        """The visit entered, or ``None``."""
        dialog = cls(today, visitor, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def check(self) -> bool:
        """The visitor is required."""
        if not self.visitor.text().strip():
            self.error.show_message(self.tr("Please name who made the visit."))
            return False
        return True

    def value(self) -> FollowUpInput:
        """The visit as the service's input."""
        return FollowUpInput(pydate(self.done_on.date()), self.visitor.text().strip(), self.method.currentText(),
                             Performance(self.performance.currentData()), Satisfaction(self.satisfaction.currentData()),
                             self.findings.toPlainText().strip(), self.measures.toPlainText().strip())


