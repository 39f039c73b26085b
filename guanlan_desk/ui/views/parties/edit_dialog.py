"""Correcting a party's details. Masked values (with ``*``) are left as they are: the service keeps them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain import documents, phone, uscc
from guanlan_desk.domain.enums import IdType, PartyKind, Sex
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.services.parties import PartyDetail, PartyInput
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.widgets.field_error import FieldError
from guanlan_desk.ui.widgets.name_glyphs import unprintable_warning
from guanlan_desk.ui.widgets.text_limits import limit_lines
from guanlan_desk.ui.enum_text import enum_text

PERSON_KINDS = (PartyKind.PERSON, PartyKind.SOLE_TRADER)


class PartyEditDialog(QDialog):
    """Edit one party; :meth:`ask` returns the corrected input (masked fields unchanged) or ``None``."""

    def __init__(self, detail: PartyDetail, today: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        d = detail.data
        self._base = d
        self.setWindowTitle(self.tr("Edit party: {name}").format(name=d.name))
        self.kind = QComboBox(self)
        for kind in PartyKind:
            self.kind.addItem(enum_text(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        self.name = QLineEdit(d.name, self)
        self.name.setObjectName("edit_name")
        self.name.editingFinished.connect(self._on_name_editing_finished)
        self.sex = QComboBox(self)
        for sex in (Sex.UNKNOWN, Sex.MALE, Sex.FEMALE, Sex.UNSTATED):
            self.sex.addItem(enum_text(sex), sex)
        self.sex.setCurrentIndex(max(0, self.sex.findData(d.sex)))
        self.ethnicity = QLineEdit(d.ethnicity, self)
        self.occupation = QLineEdit(d.occupation, self)
        self.id_type = QComboBox(self)
        for id_type in IdType:
            self.id_type.addItem(enum_text(id_type), id_type)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(d.id_type or IdType.RESIDENT_ID)))
        self.id_number = QLineEdit(d.id_number, self)
        self.id_number.setObjectName("edit_id_number")
        self.phone = QLineEdit(d.phone, self)
        self.phone.setObjectName("edit_phone")
        self.address = QLineEdit(d.address, self)
        self.uscc = QLineEdit(d.uscc, self)
        self.legal_rep = QLineEdit(d.legal_rep_name, self)
        self.legal_rep_title = QLineEdit(d.legal_rep_title, self)
        limit_lines({"name": self.name, "ethnicity": self.ethnicity, "occupation": self.occupation,
                     "id_number": self.id_number, "phone": self.phone, "address": self.address, "uscc": self.uscc,
                     "legal_rep_name": self.legal_rep, "legal_rep_title": self.legal_rep_title})
        self.minor = QCheckBox(self.tr("Under 14 (sensitive personal information)"), self)
        self.minor.setChecked(d.minor_under_14)
        self.errors = {"name": FieldError(self.name, self), "id_number": FieldError(self.id_number, self),
                       "phone": FieldError(self.phone, self), "uscc": FieldError(self.uscc, self)}
        note = QLabel(self.tr("Values shown with * are masked and stay as they are unless you replace them."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Ethnicity"), self.ethnicity)
        form.addRow(self.tr("Occupation"), self.occupation)
        form.addRow(self.tr("Document"), self.id_type)
        form.addRow(self.tr("ID number"), self.id_number)
        form.addRow("", self.errors["id_number"])
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.errors["phone"])
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Credit code (USCC)"), self.uscc)
        form.addRow("", self.errors["uscc"])
        form.addRow(self.tr("Legal representative"), self.legal_rep)
        form.addRow(self.tr("Title of the representative"), self.legal_rep_title)
        form.addRow("", self.minor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.value: PartyInput | None = None
        self.setMinimumWidth(460)

    @classmethod
    def ask(cls, parent: QWidget | None, detail: PartyDetail, today: object) -> PartyInput | None:
        """The corrected party, or ``None``."""
        dialog = cls(detail, today, parent)
        return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _check(self, key: str, text: str, check: object) -> bool:
        error = self.errors[key]
        if not text or "*" in text:
            error.clear_message()
            return True
        try:
            check()  # type: ignore[operator]
        except ValidationError as exc:
            error.show_message(error_text(exc))
            return False
        error.clear_message()
        return True

    def show_error(self, field: str, message: str) -> bool:
        """Show the service's message on its field; False when the field is not in this form."""
        target = self.errors.get(field)
        if target is None:
            return False
        target.show_message(message)
        return True

    @Slot()
    def _on_name_editing_finished(self) -> None:
        """Warn at once when a character of the name is in no print font (saving is still allowed)."""
        self.errors["name"].show_message(unprintable_warning(self.name.text().strip()))

    def accept(self) -> None:
        """Close only when the fields pass their checks."""
        id_type = IdType(self.id_type.currentData())
        id_text, phone_text, uscc_text = (self.id_number.text().strip(), self.phone.text().strip(),
                                          self.uscc.text().strip())
        ok = all([
            self._check("id_number", id_text, lambda: documents.normalize_id_document(
                id_type, id_text, today=self._today)),  # type: ignore[arg-type]
            self._check("phone", phone_text, lambda: phone.normalize_phone(phone_text)),
            self._check("uscc", uscc_text, lambda: uscc.validate_uscc(uscc_text)),
        ])
        name = self.name.text().strip()
        if not name:
            self.errors["name"].show_message(self.tr("Please enter the name."))
            ok = False
        if not ok:
            return
        self.value = replace(
            self._base, kind=PartyKind(self.kind.currentData()), name=name, sex=Sex(self.sex.currentData()),
            ethnicity=self.ethnicity.text().strip(), occupation=self.occupation.text().strip(),
            id_type=id_type if id_text else None, id_number=id_text, phone=phone_text,
            address=self.address.text().strip(), uscc=uscc_text, legal_rep_name=self.legal_rep.text().strip(),
            legal_rep_title=self.legal_rep_title.text().strip(), minor_under_14=self.minor.isChecked())
        super().accept()
