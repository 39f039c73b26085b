"""The risk editor's input fields: the reported facts, the key-person part, and the assignment (包案)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain import deadlines, phone
from guanlan_desk.domain.config import LocalityConfig
from guanlan_desk.domain.enums import KeyPersonKind, RiskCategory
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import reference
from guanlan_desk.services.risks import AssignInput, KeyPersonInput, RiskDetail, RiskEdit, RiskInput
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.risks.risk_list import workstation_grids
from guanlan_desk.ui.widgets.ledger_form import FieldErrors, OptionalDateEdit
from guanlan_desk.ui.widgets.risk_level import LevelCombo
from guanlan_desk.ui.widgets.text_limits import counter_for, limit_lines
from guanlan_desk.ui.enum_text import enum_text, level_text


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    return (widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()).strip()


class RiskFacts(QWidget):
    """The reported facts: category, grid, title, level, dates, people involved, description, key person."""

    edited = Signal()

    def __init__(self, session: AppSession, config: LocalityConfig, errors: FieldErrors,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._config = config
        self._deadline_touched = False
        self._loading = False
        row = QHBoxLayout(self)
        left = QFormLayout()
        self.category = QComboBox()
        for category in RiskCategory:
            if category is RiskCategory.KEY_PERSON and not session.ctx.can(Permission.KEY_PERSON_READ):
                continue
            self.category.addItem(enum_text(category), category.value)
        left.addRow(self.tr("Category"), self.category)
        errors.add("category", self.category, left)
        self.grid = QComboBox()
        self.grid.addItem(self.tr("(no grid)"), None)
        for grid in workstation_grids(session):
            self.grid.addItem(grid.name, grid.id)
        left.addRow(self.tr("Grid"), self.grid)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. fire lane blocked in the urban village"))
        left.addRow(self.tr("Hazard *"), self.title)
        errors.add("title", self.title, left)
        self.level = LevelCombo()
        self.level.set_levels(config.risk_levels)
        left.addRow(self.tr("Level *"), self.level)
        errors.add("level", self.level, left)
        self.found_on = OptionalDateEdit(optional=False)
        self.found_on.set_value(session.ctx.today())
        left.addRow(self.tr("Found on *"), self.found_on)
        errors.add("found_on", self.found_on, left)
        self.reporter = QLineEdit()
        self.reporter.setPlaceholderText(session.actor.display_name)
        left.addRow(self.tr("Found by"), self.reporter)
        self.involved = QSpinBox()
        self.involved.setRange(1, 99999)
        left.addRow(self.tr("People involved"), self.involved)
        errors.add("involved_count", self.involved, left)
        self.deadline = OptionalDateEdit()
        left.addRow(self.tr("Deadline"), self.deadline)
        self.deadline_hint = QLabel()
        self.deadline_hint.setWordWrap(True)
        self.deadline_hint.setStyleSheet("color: #546E7A;")
        left.addRow("", self.deadline_hint)
        errors.add("deadline", self.deadline, left)
        row.addLayout(left, 1)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Description")))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What was found, where, who is affected, what may happen"))
        right.addWidget(self.description, 1)
        self.description_counter = counter_for(self.description, "description", self)
        right.addWidget(self.description_counter, 0, Qt.AlignmentFlag.AlignRight)
        limit_lines({"title": self.title, "reporter": self.reporter})
        self.key_group = QGroupBox(self.tr("Key person (sensitive)"))
        key_form = QFormLayout(self.key_group)
        self.key_kind = QComboBox()
        for kind in KeyPersonKind:
            self.key_kind.addItem(enum_text(kind), kind.value)
        key_form.addRow(self.tr("Kind"), self.key_kind)
        self.key_notes = QPlainTextEdit()
        self.key_notes.setTabChangesFocus(True)
        self.key_notes.setMaximumHeight(80)
        key_form.addRow(self.tr("Notes"), self.key_notes)
        self.key_monitor = QLineEdit()
        key_form.addRow(self.tr("Monitored by"), self.key_monitor)
        errors.add("key_person", self.key_kind, key_form)
        right.addWidget(self.key_group)
        row.addLayout(right, 1)

        for combo in (self.category, self.grid, self.level, self.key_kind):
            combo.currentIndexChanged.connect(self._on_field_edited)
        for edit in (self.title, self.reporter, self.key_monitor):
            edit.textChanged.connect(self._on_field_edited)
        for text in (self.description, self.key_notes):
            text.textChanged.connect(self._on_field_edited)
        self.involved.valueChanged.connect(self._on_field_edited)
        self.found_on.dateChanged.connect(self._on_found_or_level_changed)
        self.level.currentIndexChanged.connect(self._on_found_or_level_changed)
        self.deadline.dateChanged.connect(self._on_deadline_edited)
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self._on_category_changed()
        self._on_found_or_level_changed()

    # -- loading and reading ---------------------------------------------------------------------
    def load(self, detail: RiskDetail) -> None:
        """Show an item's facts (the level changes only through "change level", with a reason)."""
        self._loading = True
        try:
            self.category.setCurrentIndex(max(self.category.findData(detail.category.value), 0))
            self.grid.setCurrentIndex(max(self.grid.findData(detail.grid_id), 0))
            self.title.setText(detail.title)
            self.level.set_code(detail.level.code)
            self.found_on.set_value(detail.found_on)
            self.reporter.setText(detail.reporter)
            self.involved.setValue(detail.involved_count)
            self.deadline.set_value(detail.deadline)
            self.description.setPlainText(detail.description)
            if detail.key_person is not None:
                self.key_kind.setCurrentIndex(max(self.key_kind.findData(detail.key_person.kind.value), 0))
                self.key_notes.setPlainText(detail.key_person.notes)
                self.key_monitor.setText(detail.key_person.monitor)
            self._deadline_touched = True
        finally:
            self._loading = False
        self.level.setEnabled(False)
        self.level.setToolTip(self.tr("Use “Change level…”: a new level needs a reason for the review log."))
        self._on_category_changed()

    def set_editable(self, editable: bool, reason: str = "") -> None:
        """Allow or forbid editing (a closed item is read-only; ``reason`` says why)."""
        for widget in (self.category, self.grid, self.title, self.found_on, self.reporter, self.involved,
                       self.deadline, self.description, self.key_kind, self.key_notes, self.key_monitor):
            widget.setEnabled(editable)
            widget.setToolTip("" if editable else reason)

    def validate(self, errors: FieldErrors) -> bool:
        """Inline checks before the service is called."""
        ok = True
        if not _text(self.title):
            errors.show("title", self.tr("Please describe the hazard in a title."))
            ok = False
        found = self.found_on.value() or self._session.ctx.today()
        if found > self._session.ctx.today():
            errors.show("found_on", self.tr("The date found is in the future."))
            ok = False
        deadline = self.deadline.value()
        if deadline is not None and deadline < found:
            errors.show("deadline", self.tr("The deadline is before the date found."))
            ok = False
        if deadline is None and (self.level.code() or "") in self._config.deadline_required_levels:
            errors.show("deadline", self.tr("This level needs a resolution deadline."))
            ok = False
        return ok

    def _category(self) -> RiskCategory:
        return RiskCategory(self.category.currentData())

    def _key_person(self) -> KeyPersonInput | None:
        if self._category() is not RiskCategory.KEY_PERSON:
            return None
        return KeyPersonInput(KeyPersonKind(self.key_kind.currentData()), _text(self.key_notes),
                              _text(self.key_monitor))

    def risk_input(self) -> RiskInput:
        """The facts as a new report."""
        return RiskInput(category=self._category(), title=_text(self.title), level=self.level.code() or "",
                         found_on=self.found_on.value() or self._session.ctx.today(),
                         description=_text(self.description), grid_id=self.grid.currentData(),
                         involved_count=self.involved.value(), reporter=_text(self.reporter),
                         deadline=self.deadline.value(), key_person=self._key_person())

    def risk_edit(self) -> RiskEdit:
        """The facts as a correction of an existing item."""
        return RiskEdit(category=self._category(), title=_text(self.title),
                        found_on=self.found_on.value() or self._session.ctx.today(),
                        description=_text(self.description), grid_id=self.grid.currentData(),
                        involved_count=self.involved.value(), reporter=_text(self.reporter),
                        deadline=self.deadline.value())

    # -- reactions ---------------------------------------------------------------------------------
    @Slot()
    def _on_field_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    @Slot()
    def _on_category_changed(self) -> None:
        self.key_group.setVisible(self.category.currentData() == RiskCategory.KEY_PERSON.value)

    @Slot()
    def _on_deadline_edited(self) -> None:
        if not self._loading:
            self._deadline_touched = True
            self.edited.emit()

    @Slot()
    def _on_found_or_level_changed(self) -> None:
        level = self.level.level()
        if level is None:
            return
        found = self.found_on.value() or self._session.ctx.today()
        self.deadline_hint.setText(self.tr("Level {level}: respond within {hours} h, resolve within {days} days.")
                                   .format(level=level_text(level.code, level.label), hours=level.response_hours, days=level.resolve_days))
        if not self._deadline_touched and not self._loading:
            self._loading = True
            try:
                self.deadline.set_value(deadlines.risk_deadline(found, level.code, self._config))
            finally:
                self._loading = False
        if not self._loading:
            self.edited.emit()


class RiskAssignment(QWidget):
    """包案: the responsible leader, units, person and the measures."""

    edited = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        row = QHBoxLayout(self)
        left = QFormLayout()
        self.leader_name = QLineEdit()
        left.addRow(self.tr("Responsible leader *"), self.leader_name)
        errors.add("leader_name", self.leader_name, left)
        self.leader_title = QLineEdit()
        self.leader_title.setPlaceholderText(self.tr("e.g. Party secretary of the community"))
        left.addRow(self.tr("Leader's post"), self.leader_title)
        self.leader_unit = QLineEdit()
        left.addRow(self.tr("Leader's unit"), self.leader_unit)
        self.leader_user = QLineEdit()
        self.leader_user.setPlaceholderText(self.tr("login name, if the leader uses this app"))
        self.leader_user.setToolTip(self.tr("The responsible leader may not approve closing the item."))
        left.addRow(self.tr("Leader's account"), self.leader_user)
        self.responsible_units = QLineEdit()
        left.addRow(self.tr("Responsible units"), self.responsible_units)
        self.responsible_person = QLineEdit()
        left.addRow(self.tr("Person in charge"), self.responsible_person)
        self.responsible_phone = QLineEdit()
        self.responsible_phone.setPlaceholderText("13912345678 / 0755-12345678")
        left.addRow(self.tr("Contact phone"), self.responsible_phone)
        errors.add("responsible_phone", self.responsible_phone, left)
        row.addLayout(left, 1)
        right = QFormLayout()
        self.control_measures = QPlainTextEdit()
        self.control_measures.setTabChangesFocus(True)
        self.control_measures.setPlaceholderText(self.tr("Stabilising measures: patrols, visits, who watches"))
        right.addRow(self.tr("Control measures *"), self.control_measures)
        errors.add("control_measures", self.control_measures, right)
        self.resolution_measures = QPlainTextEdit()
        self.resolution_measures.setTabChangesFocus(True)
        self.resolution_measures.setPlaceholderText(self.tr("How the hazard will be resolved, by when"))
        right.addRow(self.tr("Resolution measures"), self.resolution_measures)
        row.addLayout(right, 1)
        limit_lines({"leader_name": self.leader_name, "leader_title": self.leader_title,
                     "leader_unit": self.leader_unit, "leader_user": self.leader_user,
                     "responsible_units": self.responsible_units, "responsible_person": self.responsible_person,
                     "responsible_phone": self.responsible_phone})
        for edit in self._line_edits():
            edit.textChanged.connect(self._on_field_edited)
        for text in (self.control_measures, self.resolution_measures):
            text.textChanged.connect(self._on_field_edited)

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (self.leader_name, self.leader_title, self.leader_unit, self.leader_user, self.responsible_units,
                self.responsible_person, self.responsible_phone)

    @Slot()
    def _on_field_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def load(self, data: AssignInput) -> None:
        """Show the current assignment."""
        self._loading = True
        try:
            values = (data.leader_name, data.leader_title, data.leader_unit, data.leader_user,
                      data.responsible_units, data.responsible_person, data.responsible_phone)
            for edit, value in zip(self._line_edits(), values, strict=True):
                edit.setText(value)
            self.control_measures.setPlainText(data.control_measures)
            self.resolution_measures.setPlainText(data.resolution_measures)
        finally:
            self._loading = False

    def set_editable(self, editable: bool, reason: str = "") -> None:
        """Allow or forbid editing, saying why in the tooltip."""
        for widget in (*self._line_edits(), self.control_measures, self.resolution_measures):
            widget.setEnabled(editable)
            widget.setToolTip("" if editable else reason)

    def filled(self) -> bool:
        """Whether anything of the assignment was entered."""
        return any(_text(e) for e in self._line_edits()) or bool(_text(self.control_measures)
                                                                 or _text(self.resolution_measures))

    def validate(self, errors: FieldErrors) -> bool:
        """Inline checks: a leader, some measures, a valid phone."""
        ok = True
        if not _text(self.leader_name):
            errors.show("leader_name", self.tr("Please name the responsible leader."))
            ok = False
        if not (_text(self.control_measures) or _text(self.resolution_measures)):
            errors.show("control_measures", self.tr("Please enter the measures."))
            ok = False
        number = _text(self.responsible_phone)
        if number and "*" not in number:
            try:
                phone.normalize_phone(number, field="responsible_phone")
            except ValidationError as exc:
                errors.show("responsible_phone", error_text(exc))
                ok = False
        return ok

    def assignment(self, deadline: date | None) -> AssignInput:
        """What was entered."""
        return AssignInput(
            leader_name=_text(self.leader_name), leader_title=_text(self.leader_title),
            leader_unit=_text(self.leader_unit), leader_user=_text(self.leader_user),
            responsible_units=_text(self.responsible_units), responsible_person=_text(self.responsible_person),
            responsible_phone=_text(self.responsible_phone), control_measures=_text(self.control_measures),
            resolution_measures=_text(self.resolution_measures), deadline=deadline)
