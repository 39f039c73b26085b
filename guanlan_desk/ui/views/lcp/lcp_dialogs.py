"""The roster editor's dialogs: a training attended, a service performed, a change of status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import LcpStatus, ServiceKind, TrainingMode
from guanlan_desk.ui.widgets.ledger_form import ERROR_STYLE, OptionalDateEdit
from guanlan_desk.ui.widgets.text_limits import limit_line
from guanlan_desk.ui.enum_text import enum_text


@dataclass(frozen=True, slots=True)
class TrainingEntry:
    """What the training dialog collected."""

    held_on: date
    topic: str
    hours: Decimal
    mode: TrainingMode
    organiser: str
    passed: bool
    score: int | None


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    """What the service dialog collected."""

    served_on: date
    kind: ServiceKind
    people_served: int
    note: str


@dataclass(frozen=True, slots=True)
class StatusEntry:
    """A change of status with its date and reason."""

    to: LcpStatus
    on: date
    reason: str
    approver: str


class _EntryDialog(QDialog):
    """A form, an inline error line and OK / Cancel; subclasses check the input in ``problem()``."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def problem(self) -> str:
        """What is wrong with the input ("" when it is fine)."""
        return ""

    @Slot()
    def _on_buttons_accepted(self) -> None:
        message = self.problem()
        if message:
            self.error.setText(message)
            self.error.setVisible(True)
            return
        self.accept()


class TrainingDialog(_EntryDialog):
    """Record a training: date, topic, hours, mode, organiser, result."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Add a training"))
        self._today = today
        self.held_on = OptionalDateEdit(optional=False)
        self.held_on.set_value(today)
        self.form.addRow(self.tr("Date"), self.held_on)
        self.topic = limit_line(QLineEdit(), "topic")
        self.topic.setPlaceholderText(self.tr("e.g. The Civil Code and neighbour disputes"))
        self.form.addRow(self.tr("Topic *"), self.topic)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 40.0)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setValue(2.0)
        self.form.addRow(self.tr("Hours"), self.hours)
        self.mode = QComboBox()
        for mode in TrainingMode:
            self.mode.addItem(enum_text(mode), mode.value)
        self.mode.setCurrentIndex(self.mode.findData(TrainingMode.OFFLINE.value))
        self.form.addRow(self.tr("Mode"), self.mode)
        self.organiser = limit_line(QLineEdit(), "organiser")
        self.organiser.setPlaceholderText(self.tr("e.g. Guanlan judicial office"))
        self.form.addRow(self.tr("Organiser"), self.organiser)
        self.passed = QCheckBox(self.tr("Passed the assessment"))
        self.passed.setChecked(True)
        self.form.addRow("", self.passed)
        self.resize(440, 300)

    def problem(self) -> str:
        """Topic needed; no future date."""
        if not self.topic.text().strip():
            return self.tr("Please enter the training's topic.")
        if (self.held_on.value() or self._today) > self._today:
            return self.tr("The training date is in the future.")
        return ""

    def entry(self) -> TrainingEntry:
        """What was entered."""
        return TrainingEntry(self.held_on.value() or self._today, self.topic.text().strip(),
                             Decimal(str(round(self.hours.value(), 1))), TrainingMode(self.mode.currentData()),
                             self.organiser.text().strip(), self.passed.isChecked(), None)

    @classmethod
    def ask(cls, parent: QWidget | None, today: date) -> TrainingEntry | None:
        """The training, or ``None`` when cancelled."""
        dialog = cls(parent, today)
        return dialog.entry() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ServiceDialog(_EntryDialog):
    """Record a service performed: date, kind, people served, note."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Add a service"))
        self._today = today
        self.served_on = OptionalDateEdit(optional=False)
        self.served_on.set_value(today)
        self.form.addRow(self.tr("Date"), self.served_on)
        self.kind = QComboBox()
        for kind in ServiceKind:
            self.kind.addItem(enum_text(kind), kind.value)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.people = QSpinBox()
        self.people.setRange(0, 100000)
        self.people.setValue(1)
        self.form.addRow(self.tr("People served"), self.people)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.form.addRow(self.tr("Note"), self.note)
        self.resize(440, 280)

    def problem(self) -> str:
        """No future date."""
        if (self.served_on.value() or self._today) > self._today:
            return self.tr("The service date is in the future.")
        return ""

    def entry(self) -> ServiceEntry:
        """What was entered."""
        return ServiceEntry(self.served_on.value() or self._today, ServiceKind(self.kind.currentData()),
                            self.people.value(), self.note.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, today: date) -> ServiceEntry | None:
        """The service, or ``None`` when cancelled."""
        dialog = cls(parent, today)
        return dialog.entry() if dialog.exec() == QDialog.DialogCode.Accepted else None


class StatusDialog(_EntryDialog):
    """Move a person to a next status (认定 / 清退 / 重新列为初选对象) with the date and the reason."""

    def __init__(self, parent: QWidget | None, targets: Sequence[LcpStatus], today: date) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Change status"))
        self._today = today
        self.target = QComboBox()
        for status in targets:
            self.target.addItem(enum_text(status), status.value)
        self.form.addRow(self.tr("New status"), self.target)
        self.on = OptionalDateEdit(optional=False)
        self.on.set_value(today)
        self.form.addRow(self.tr("Date"), self.on)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. passed the training assessment; long inactive"))
        self.reason.setMaximumHeight(90)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.approver = limit_line(QLineEdit(), "approver")
        self.approver.setPlaceholderText(self.tr("Who approved (defaults to you)"))
        self.form.addRow(self.tr("Approved by"), self.approver)
        self.resize(440, 280)

    def problem(self) -> str:
        """A removal needs a reason; no future date."""
        if LcpStatus(self.target.currentData()) is LcpStatus.REMOVED and not self.reason.toPlainText().strip():
            return self.tr("Please give the reason for the removal.")
        if (self.on.value() or self._today) > self._today:
            return self.tr("The date is in the future.")
        return ""

    def entry(self) -> StatusEntry:
        """What was entered."""
        return StatusEntry(LcpStatus(self.target.currentData()), self.on.value() or self._today,
                           self.reason.toPlainText().strip(), self.approver.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, targets: Sequence[LcpStatus], today: date) -> StatusEntry | None:
        """The change, or ``None`` when cancelled."""
        dialog = cls(parent, targets, today)
        return dialog.entry() if dialog.exec() == QDialog.DialogCode.Accepted else None
