"""Adding a party to a dispute: pick a known person or organisation, or enter a new one with inline checks.

Typing a known ID number fills in the rest (the service looks it up by its blind index); an ID number with
a wrong check digit, a bad USCC or phone number shows a Chinese message under the field and nothing is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain import documents, masking, phone, uscc
from guanlan_desk.domain.enums import DisputeRole, IdType, PartyKind, Sex
from guanlan_desk.domain.errors import UserFacingError, ValidationError
from guanlan_desk.services import parties
from guanlan_desk.services.disputes import DisputePartyInput
from guanlan_desk.services.dto import Page
from guanlan_desk.services.parties import PartyDetail, PartyInput, PartyRow
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.field_error import FieldError
from guanlan_desk.ui.widgets.name_glyphs import unprintable_warning
from guanlan_desk.ui.widgets.search_box import SearchBox
from guanlan_desk.ui.widgets.text_limits import limit_lines
from guanlan_desk.ui.enum_text import enum_text

PERSON_KINDS = (PartyKind.PERSON, PartyKind.SOLE_TRADER)


@dataclass(frozen=True, slots=True)
class PartyDraft:
    """A party chosen for a new dispute: an existing record (``party_id``) or new data to register."""

    role: DisputeRole
    name: str
    kind: PartyKind
    id_masked: str = ""
    phone_masked: str = ""
    party_id: str | None = None
    data: PartyInput | None = None

    def to_input(self) -> DisputePartyInput:
        """The service's input for this party."""
        return DisputePartyInput(self.role, party=self.data if self.party_id is None else None,
                                 party_id=self.party_id)


class PartyDialog(QDialog):
    """Pick or enter one party; :meth:`ask` returns a :class:`PartyDraft` or ``None``."""

    def __init__(self, session: AppSession, role: DisputeRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._role = role
        self._existing: PartyRow | None = None
        self._lookups = 0  # the generation of the latest lookup: older answers are dropped
        self.result_draft: PartyDraft | None = None
        self.setWindowTitle(self.tr("Add party: {role}").format(role=enum_text(role)))

        self.search = SearchBox(self.tr("Find a registered party by name, initials, ID number or phone"), self)
        self.search.setObjectName("party_search")
        self.matches = QListWidget(self)
        self.matches.setObjectName("party_matches")
        self.matches.setMaximumHeight(110)
        self.matches.hide()
        self.matches.itemActivated.connect(self._on_matches_item_activated)
        self.matches.itemDoubleClicked.connect(self._on_matches_item_activated)
        self.search.query_changed.connect(self._on_search_query_changed)
        self.found_label = QLabel(self)
        self.found_label.setObjectName("party_found")
        self.found_label.setWordWrap(True)
        self.found_label.setStyleSheet("color: #1e6b3a;")
        self.found_label.hide()

        self.kind = QComboBox(self)
        for kind in PartyKind:
            self.kind.addItem(enum_text(kind), kind)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.name = QLineEdit(self)
        self.name.setObjectName("party_name")
        self.name.editingFinished.connect(self._on_name_editing_finished)
        self.sex = QComboBox(self)
        for sex in (Sex.UNKNOWN, Sex.MALE, Sex.FEMALE):
            self.sex.addItem(enum_text(sex), sex)
        self.id_type = QComboBox(self)
        for id_type in IdType:
            self.id_type.addItem(enum_text(id_type), id_type)
        self.id_number = QLineEdit(self)
        self.id_number.setObjectName("party_id_number")
        self.id_number.setPlaceholderText(self.tr("Optional; needed for judicial confirmation"))
        self.id_number.editingFinished.connect(self._on_id_number_editing_finished)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("party_phone")
        self.phone.editingFinished.connect(self._on_phone_editing_finished)
        self.address = QLineEdit(self)
        self.uscc = QLineEdit(self)
        self.uscc.setObjectName("party_uscc")
        self.uscc.editingFinished.connect(self._on_uscc_editing_finished)
        self.legal_rep = QLineEdit(self)

        self.errors = {
            "name": FieldError(self.name, self), "id_number": FieldError(self.id_number, self),
            "phone": FieldError(self.phone, self), "uscc": FieldError(self.uscc, self),
        }
        self.errors["id_number"].setObjectName("id_number_error")
        self.errors["phone"].setObjectName("phone_error")
        self.errors["uscc"].setObjectName("uscc_error")
        self.errors["name"].setObjectName("name_error")
        self.id_warning = QLabel(self)
        self.id_warning.setObjectName("id_number_warning")
        self.id_warning.setWordWrap(True)
        self.id_warning.setStyleSheet("color: #8a5a00;")
        self.id_warning.hide()
        limit_lines({"name": self.name, "id_number": self.id_number, "phone": self.phone, "address": self.address,
                     "uscc": self.uscc, "legal_rep_name": self.legal_rep})

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Document"), self.id_type)
        form.addRow(self.tr("ID number"), self.id_number)
        form.addRow("", self.errors["id_number"])
        form.addRow("", self.id_warning)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.errors["phone"])
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Credit code (USCC)"), self.uscc)
        form.addRow("", self.errors["uscc"])
        form.addRow(self.tr("Legal representative"), self.legal_rep)
        self._form = form

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.found_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._on_kind_changed()
        self.setMinimumWidth(480)

    @classmethod
    def ask(cls, parent: QWidget | None, session: AppSession, role: DisputeRole) -> PartyDraft | None:
        """Show the dialog; the party chosen or entered, or ``None`` when cancelled."""
        dialog = cls(session, role, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_draft
        return None

    # -- picking a known party ---------------------------------------------------------------------------
    @Slot(str)
    def _on_search_query_changed(self, query: str) -> None:
        self.matches.clear()
        generation = self._next_lookup()
        if not query:
            self.matches.hide()
            return
        ctx = self._session.ctx
        op: Op[Page[PartyRow]] = Op(self, lambda: parties.list_parties(ctx, query, limit=20))
        op.success(lambda page: self._show_matches(list(page.rows)) if generation == self._lookups else None).run()

    def _next_lookup(self) -> int:
        """A new lookup (off the GUI thread): the answer of an older one is dropped."""
        self._lookups += 1
        return self._lookups

    def _show_matches(self, rows: list[PartyRow]) -> None:
        self.matches.clear()
        self.matches.show()
        for row in rows:
            extra = " ".join(x for x in (row.id_number or row.uscc, row.phone) if x)
            item = QListWidgetItem(f"{row.name}（{enum_text(row.kind)}）{extra}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.matches.addItem(item)
        if not rows:
            self.matches.addItem(self.tr("No registered party matches; enter the details below."))

    @Slot(QListWidgetItem)
    def _on_matches_item_activated(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, PartyRow):
            self.use_existing(row)

    def use_existing(self, row: PartyRow) -> None:
        """Fill the form from a registered party; the dispute will link that record."""
        self._existing = row
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.name.setText(row.name)
        self.sex.setCurrentIndex(max(0, self.sex.findData(row.sex)))
        if row.id_number:
            self.id_number.setText(row.id_number)
        self.phone.setText(row.phone)
        self.uscc.setText(row.uscc)
        for error in self.errors.values():
            error.clear_message()
        for widget in (self.name, self.phone, self.address, self.uscc, self.legal_rep):
            widget.setReadOnly(True)
        for combo in (self.kind, self.sex):
            combo.setEnabled(False)
        self.found_label.setText(self.tr("Registered party found: {name}. The dispute will use the existing "
                                         "record (edit it on the party page).").format(name=row.name))
        self.found_label.show()

    def _forget_existing(self) -> None:
        if self._existing is None:
            return
        self._existing = None
        for widget in (self.name, self.phone, self.address, self.uscc, self.legal_rep):
            widget.setReadOnly(False)
            if "*" in widget.text():
                widget.clear()
        for combo in (self.kind, self.sex):
            combo.setEnabled(True)
        self.found_label.hide()

    # -- inline checks ------------------------------------------------------------------------------------
    def _check_id_number(self) -> str | None:
        text = self.id_number.text().strip()
        error = self.errors["id_number"]
        self.id_warning.hide()
        if not text or "*" in text:
            error.clear_message()
            return None
        id_type = IdType(self.id_type.currentData())
        try:
            number = documents.normalize_id_document(id_type, text, today=self._session.ctx.today())
        except ValidationError as exc:
            error.show_message(error_text(exc))
            return None
        error.clear_message()
        warning = documents.prefix_warning(id_type, number)
        if warning:
            self.id_warning.setText(error_text(ValidationError("id_number", warning)))
            self.id_warning.show()
        return number

    @Slot()
    def _on_id_number_editing_finished(self) -> None:
        text = self.id_number.text()
        if self._existing is not None and "*" in text:
            return
        self._forget_existing()
        number = self._check_id_number()
        if number is None:
            return
        self.id_number.setText(number)
        generation, ctx, id_type = self._next_lookup(), self._session.ctx, IdType(self.id_type.currentData())
        op: Op[PartyDetail | None] = Op(self, lambda: parties.lookup_by_id_number(ctx, id_type, number))
        op.success(lambda found: self._found_by_id(found, number) if generation == self._lookups else None).run()

    def _found_by_id(self, found: PartyDetail | None, number: str) -> None:
        if found is not None and self._existing is None and self.id_number.text() == number:
            data = found.data
            self.use_existing(PartyRow(found.id, data.kind, data.name, data.sex, data.phone, data.id_number,
                                       data.uscc, data.community_code))
            self.id_number.setText(number)

    @Slot()
    def _on_phone_editing_finished(self) -> None:
        self._check_phone()

    def _check_phone(self) -> bool:
        text = self.phone.text().strip()
        if self._existing is not None or not text:
            self.errors["phone"].clear_message()
            return True
        try:
            phone.normalize_phone(text)
        except ValidationError as exc:
            self.errors["phone"].show_message(error_text(exc))
            return False
        self.errors["phone"].clear_message()
        return True

    @Slot()
    def _on_uscc_editing_finished(self) -> None:
        self._lookup_uscc()

    def _lookup_uscc(self) -> None:
        if self._existing is not None or not self.uscc.text().strip() or not self._check_uscc():
            return
        code = uscc.validate_uscc(self.uscc.text())
        self.uscc.setText(code)
        generation, ctx = self._next_lookup(), self._session.ctx
        op: Op[Page[PartyRow]] = Op(self, lambda: parties.list_parties(ctx, code, limit=5))
        op.success(lambda page: self._found_by_uscc(page, code) if generation == self._lookups else None).run()

    def _found_by_uscc(self, page: Page[PartyRow], code: str) -> None:
        found = [r for r in page.rows if r.uscc == code]
        if found and self._existing is None:
            self.use_existing(found[0])

    def _check_uscc(self) -> bool:
        text = self.uscc.text().strip()
        if self._existing is not None or not text:
            self.errors["uscc"].clear_message()
            return True
        try:
            uscc.validate_uscc(text)
        except ValidationError as exc:
            self.errors["uscc"].show_message(error_text(exc))
            return False
        self.errors["uscc"].clear_message()
        return True

    @Slot()
    def _on_name_editing_finished(self) -> None:
        name = self.name.text().strip()
        if name:
            self.errors["name"].show_message(unprintable_warning(name))  # empty: clears the message
        if self._existing is not None or not name or self.id_number.text().strip():
            return
        generation, ctx = self._next_lookup(), self._session.ctx
        probe = PartyInput(PartyKind(self.kind.currentData()), name, phone=self.phone.text().strip())
        op: Op[list[PartyRow]] = Op(self, lambda: parties.find_similar(ctx, probe))
        op.success(lambda similar: self._found_similar(similar) if generation == self._lookups else None).run()

    def _found_similar(self, similar: list[PartyRow]) -> None:
        if similar and self._existing is None:
            self._show_matches(similar)
            self.found_label.setText(self.tr("{n} registered parties have this name: pick one above if it is the "
                                             "same person.").format(n=len(similar)))
            self.found_label.show()

    @Slot()
    def _on_kind_changed(self) -> None:
        kind = PartyKind(self.kind.currentData())
        person = kind in PERSON_KINDS
        organisation = kind != PartyKind.PERSON
        for widget, visible in ((self.sex, person), (self.id_type, person), (self.id_number, person),
                                (self.uscc, organisation), (self.legal_rep, organisation)):
            widget.setVisible(visible)
            label_widget = self._form.labelForField(widget) if hasattr(self, "_form") else None
            if label_widget is not None:
                label_widget.setVisible(visible)

    def collect(self) -> PartyDraft | None:
        """The draft the form describes, or ``None`` after showing the inline errors."""
        if self._existing is not None:
            row = self._existing
            return PartyDraft(self._role, row.name, row.kind, row.id_number or row.uscc, row.phone, party_id=row.id)
        ok = self._check_phone() & self._check_uscc()
        id_text = self.id_number.text().strip()
        number = self._check_id_number() if id_text else ""
        if number is None:
            ok = False
        kind = PartyKind(self.kind.currentData())
        data = PartyInput(
            kind=kind, name=self.name.text(), sex=Sex(self.sex.currentData()) if kind in PERSON_KINDS else Sex.UNKNOWN,
            phone=self.phone.text().strip(), address=self.address.text().strip(),
            id_type=IdType(self.id_type.currentData()) if number else None, id_number=number or "",
            uscc=self.uscc.text().strip() if kind != PartyKind.PERSON else "",
            legal_rep_name=self.legal_rep.text().strip() if kind != PartyKind.PERSON else "",
            community_code=self._session.ctx.db.workstation.community_code,
        )
        try:
            data = parties.normalise(data, today=self._session.ctx.today())
        except ValidationError as exc:
            target = self.errors.get(exc.field)
            if target is not None:
                target.show_message(error_text(exc))
            ok = False
        except UserFacingError as exc:
            self.errors["name"].show_message(error_text(exc))
            ok = False
        if not ok:
            return None
        return PartyDraft(self._role, data.name, kind,
                          masking.mask_id(data.id_number) if data.id_number else data.uscc,
                          masking.mask_phone(data.phone) if data.phone else "", data=replace(data))

    def accept(self) -> None:
        """Close only when the form is valid."""
        draft = self.collect()
        if draft is None:
            return
        self.result_draft = draft
        super().accept()
