"""Dialogs of the 交办/督办 section: the office's instruction (on a record found by its code) and the answer."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.supervision import TaskKind, TaskSubject, task_label
from guanlan_desk.services import supervision
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.supervision import SubjectHit, TaskInput, TaskRow
from guanlan_desk.ui.widgets.ledger_form import OptionalDateEdit, error_label
from guanlan_desk.ui.enum_text import enum_text


class IssueDialog(QDialog):
    """The office writes an instruction: which record (by its code), what to do, for whom, by when."""

    def __init__(self, parent: QWidget | None, ctx: Ctx, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instruct a community"))
        self.setMinimumWidth(520)
        self._ctx = ctx
        self._today = today
        self._hit: SubjectHit | None = None
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in TaskKind:
            self.kind.addItem(task_label(kind), kind.value)
        form.addRow(self.tr("Kind"), self.kind)
        self.subject = QComboBox()
        for subject in TaskSubject:
            self.subject.addItem(task_label(subject), subject.value)
        form.addRow(self.tr("About"), self.subject)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("The case number or item code, e.g. as shown in the list"))
        form.addRow(self.tr("Code"), self.code)
        self.found = QLabel(self.tr("Type the code of the record."))
        self.found.setWordWrap(True)
        form.addRow("", self.found)
        self.addressee = QLineEdit()
        self.addressee.setPlaceholderText(self.tr("The community's responsible person"))
        form.addRow(self.tr("For"), self.addressee)
        self.instruction = QPlainTextEdit()
        self.instruction.setPlaceholderText(self.tr("What the community should do"))
        form.addRow(self.tr("Instruction"), self.instruction)
        self.due_on = OptionalDateEdit(optional=False)
        self.due_on.set_value(today + timedelta(days=7))
        form.addRow(self.tr("Answer by"), self.due_on)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Send the instruction"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.code.editingFinished.connect(self._look_up)
        self.subject.currentIndexChanged.connect(self._look_up)

    def preset(self, subject: TaskSubject, code: str) -> None:
        """Open on one record (the editor's own): its kind and code filled in and looked up."""
        self.subject.setCurrentIndex(self.subject.findData(subject.value))
        self.code.setText(code)
        self._look_up()
        self.instruction.setFocus()

    @Slot()
    def _look_up(self) -> None:
        self._hit = supervision.find_subject(self._ctx, TaskSubject(self.subject.currentData()), self.code.text())
        if self._hit is None:
            self.found.setText(self.tr("No record with this code.") if self.code.text().strip()
                               else self.tr("Type the code of the record."))
            return
        self.found.setText(self.tr("{code} {title} ({community})").format(
            code=self._hit.code, title=self._hit.title, community=self._hit.community_code))
        if not self.addressee.text().strip():
            self.addressee.setText(self._hit.responsible)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    @Slot()
    def _accept(self) -> None:
        self._look_up()
        if self._hit is None:
            self._fail(self.tr("Find the record first: type its case number or item code."))
            return
        if not self.instruction.toPlainText().strip():
            self._fail(self.tr("Write what the community should do."))
            return
        due = self.due_on.value()
        if due is None or due < self._today:
            self._fail(self.tr("The answer is due today or later."))
            return
        self.accept()

    def task_input(self) -> TaskInput:
        """The instruction as the service takes it (after the dialog was accepted)."""
        assert self._hit is not None
        due = self.due_on.value() or self._today
        return TaskInput(subject=TaskSubject(self.subject.currentData()), subject_id=self._hit.id,
                         instruction=self.instruction.toPlainText().strip(), due_on=due,
                         kind=TaskKind(self.kind.currentData()), addressee=self.addressee.text().strip())


class AnswerDialog(QDialog):
    """反馈: the community writes what was done about an instruction."""

    def __init__(self, parent: QWidget | None, task: TaskRow) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer the instruction"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        about = QLabel(self.tr("{kind} from {who}, due {due}: {code} {title}").format(
            kind=enum_text(task.kind), who=task.issued_by_name, due=task.due_on.isoformat(), code=task.subject_code,
            title=task.subject_title))
        about.setWordWrap(True)
        layout.addWidget(about)
        instruction = QLabel(task.instruction)
        instruction.setWordWrap(True)
        instruction.setStyleSheet("padding: 6px; background: palette(alternate-base);")
        layout.addWidget(instruction)
        self.answer = QPlainTextEdit()
        self.answer.setPlaceholderText(self.tr("What was done, by whom, with what result"))
        layout.addWidget(self.answer)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Send the answer"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @Slot()
    def _accept(self) -> None:
        if not self.answer.toPlainText().strip():
            self.error.setText(self.tr("Write what was done."))
            self.error.setVisible(True)
            return
        self.accept()

    def text(self) -> str:
        """The answer."""
        return self.answer.toPlainText().strip()
