"""The legal-clarity person's profile form: personal data, community and grid, identities, selection,
the photo and the culture-wall consent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain import documents, phone
from guanlan_desk.domain.text import limit_of
from guanlan_desk.domain.enums import IdType, LcpIdentity, SelectionMethod, Sex
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.domain.people_enums import Education, PoliticalStatus
from guanlan_desk.services import reference
from guanlan_desk.services.lcp import LcpDetail, LcpInput
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.lcp_photo import PhotoFrame
from guanlan_desk.ui.widgets.ledger_form import FieldErrors, OptionalDateEdit
from guanlan_desk.ui.widgets.text_limits import limit_lines
from guanlan_desk.ui.enum_text import enum_text

BIO_LIMIT = 200


class LcpProfile(QWidget):
    """Everything of the profile that the Save button stores."""

    edited = Signal()
    photo_requested = Signal()
    photo_removed = Signal()

    def __init__(self, session: AppSession, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._loading = False
        row = QHBoxLayout(self)

        side = QVBoxLayout()
        self.photo = PhotoFrame()
        self.photo.set_placeholder(self.tr("No photo"))
        self.photo.setToolTip(self.tr("Click to choose a photo"))
        self.photo.clicked.connect(self.photo_requested)
        side.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.choose_photo = QPushButton(self.tr("Choose photo…"))
        self.choose_photo.clicked.connect(self.photo_requested)
        side.addWidget(self.choose_photo)
        self.remove_photo = QPushButton(self.tr("Remove photo"))
        self.remove_photo.clicked.connect(self.photo_removed)
        side.addWidget(self.remove_photo)
        wall = QGroupBox(self.tr("Culture wall"))
        wall_form = QVBoxLayout(wall)
        self.consent = QCheckBox(self.tr("Consents to be shown"))
        self.consent.setToolTip(self.tr("Only registered persons who consented appear on the culture wall."))
        wall_form.addWidget(self.consent)
        self.consent_on = OptionalDateEdit()
        self.consent_on.setToolTip(self.tr("Date of the written consent"))
        wall_form.addWidget(self.consent_on)
        self.show_phone = QCheckBox(self.tr("Show the phone number"))
        wall_form.addWidget(self.show_phone)
        wall_form.addWidget(errors.add("consent_on", self.consent_on))
        side.addWidget(wall)
        side.addStretch(1)
        row.addLayout(side)

        left = QFormLayout()
        self.name = QLineEdit()
        left.addRow(self.tr("Name *"), self.name)
        errors.add("name", self.name, left)
        self.sex = QComboBox()
        for sex in (Sex.FEMALE, Sex.MALE, Sex.UNKNOWN):
            self.sex.addItem(enum_text(sex), sex.value)
        left.addRow(self.tr("Sex"), self.sex)
        self.birth_date = OptionalDateEdit()
        left.addRow(self.tr("Date of birth"), self.birth_date)
        errors.add("birth_date", self.birth_date, left)
        self.ethnicity = QLineEdit()
        self.ethnicity.setPlaceholderText(self.tr("e.g. Han"))
        left.addRow(self.tr("Ethnicity"), self.ethnicity)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("13712345678")
        left.addRow(self.tr("Phone"), self.phone)
        errors.add("phone", self.phone, left)
        self.id_number = QLineEdit()
        left.addRow(self.tr("ID number"), self.id_number)
        errors.add("id_number", self.id_number, left)
        self.community = QComboBox()
        for community in session.reference.communities:
            self.community.addItem(community.name, community.code)
        left.addRow(self.tr("Community"), self.community)
        self.grid = QComboBox()
        left.addRow(self.tr("Grid"), self.grid)
        self.political_status = QComboBox()
        self.political_status.setObjectName("lcp_political_status")
        self.political_status.addItem(self.tr("(not given)"), None)
        for status in PoliticalStatus:
            self.political_status.addItem(enum_text(status), status.value)
        left.addRow(self.tr("Political status"), self.political_status)
        self.education = QComboBox()
        self.education.setObjectName("lcp_education")
        self.education.addItem(self.tr("(not given)"), None)
        for level in Education:
            self.education.addItem(enum_text(level), level.value)
        left.addRow(self.tr("Education"), self.education)
        self.address = QLineEdit()
        left.addRow(self.tr("Address"), self.address)
        left_box = QVBoxLayout()
        left_box.addLayout(left)
        left_box.addStretch(1)
        row.addLayout(left_box, 3)

        right = QFormLayout()
        self.occupation = QLineEdit()
        self.occupation.setPlaceholderText(self.tr("Occupation and work unit"))
        right.addRow(self.tr("Occupation / unit"), self.occupation)
        self.identities = QListWidget()
        self.identities.setToolTip(self.tr("Tick every identity that applies"))
        for identity in LcpIdentity:
            item = QListWidgetItem(enum_text(identity))
            item.setData(Qt.ItemDataRole.UserRole, identity.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.identities.addItem(item)
        # Two columns of tick boxes: every category visible at once, no scrolling.
        self.identities.setFlow(QListView.Flow.TopToBottom)
        self.identities.setWrapping(True)
        self.identities.setResizeMode(QListView.ResizeMode.Adjust)
        self.identities.setUniformItemSizes(True)
        self.identities.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = (len(LcpIdentity) + 1) // 2
        self.identities.setFixedHeight(self.identities.sizeHintForRow(0) * rows + 2 * self.identities.frameWidth() + 6)
        self.identities.setGridSize(QSize(self.identities.sizeHintForColumn(0) + 24, self.identities.sizeHintForRow(0)))
        right.addRow(self.tr("Identities"), self.identities)
        self.selection_method = QComboBox()
        for method in SelectionMethod:
            self.selection_method.addItem(enum_text(method), method.value)
        right.addRow(self.tr("Selected by"), self.selection_method)
        for combo in (self.sex, self.political_status, self.education, self.selection_method):
            # the longest English choice must not set the form's width (1366 px at 14 pt); the list shows it whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.selected_on = OptionalDateEdit()
        right.addRow(self.tr("Selected on"), self.selected_on)
        errors.add("selected_on", self.selected_on, right)
        self.certificate_no = QLineEdit()
        right.addRow(self.tr("Registration number"), self.certificate_no)
        self.badge_no = QLineEdit()
        right.addRow(self.tr("Badge number"), self.badge_no)
        self.adviser_name = QLineEdit()
        right.addRow(self.tr("Legal adviser"), self.adviser_name)
        self.adviser_firm = QLineEdit()
        right.addRow(self.tr("Adviser's firm"), self.adviser_firm)
        self.bio = QPlainTextEdit()
        self.bio.setTabChangesFocus(True)
        self.bio.setPlaceholderText(self.tr("A short introduction for the culture wall (up to 200 characters)"))
        self.bio.setMaximumHeight(90)
        right.addRow(self.tr("Introduction"), self.bio)
        errors.add("bio", self.bio, right)
        right_box = QVBoxLayout()
        right_box.addLayout(right)
        right_box.addStretch(1)
        row.addLayout(right_box, 4)

        for edit in self._line_edits():
            edit.textChanged.connect(self._on_field_edited)
        limit_lines({"name": self.name, "ethnicity": self.ethnicity, "phone": self.phone, "id_number": self.id_number,
                     "address": self.address, "occupation": self.occupation, "certificate_no": self.certificate_no,
                     "badge_no": self.badge_no, "adviser_name": self.adviser_name, "adviser_firm": self.adviser_firm})
        self.name.setMaxLength(limit_of("person_name").chars)
        for combo in (self.sex, self.grid, self.selection_method, self.political_status, self.education):
            combo.currentIndexChanged.connect(self._on_field_edited)
        for dated in (self.birth_date, self.selected_on, self.consent_on):
            dated.dateChanged.connect(self._on_field_edited)
        self.bio.textChanged.connect(self._on_field_edited)
        self.identities.itemChanged.connect(self._on_field_edited)
        self.consent.toggled.connect(self._on_consent_toggled)
        self.show_phone.toggled.connect(self._on_field_edited)
        self.community.currentIndexChanged.connect(self._on_community_changed)
        self.community.setCurrentIndex(max(self.community.findData(session.db.workstation.community_code), 0))
        self._on_community_changed()
        self._on_consent_toggled(False)

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.ethnicity, self.phone, self.id_number, self.address, self.occupation, self.certificate_no, self.badge_no, self.adviser_name,
                self.adviser_firm)

    # -- loading and reading ---------------------------------------------------------------------
    def load(self, detail: LcpDetail) -> None:
        """Show a person's profile (personal data masked as the service returns it)."""
        d = detail.data
        self._loading = True
        try:
            self.community.setCurrentIndex(max(self.community.findData(d.community_code), 0))
            self._fill_grids(d.community_code)
            self.political_status.setCurrentIndex(max(self.political_status.findData(
                d.political_status.value if d.political_status else None), 0))
            self.education.setCurrentIndex(max(self.education.findData(d.education.value if d.education else None), 0))
            values = (d.name, d.ethnicity, d.phone, d.id_number, d.address,
                      d.occupation, d.certificate_no, d.badge_no, d.adviser_name, d.adviser_firm)
            for edit, value in zip(self._line_edits(), values, strict=True):
                edit.setText(value)
            self.sex.setCurrentIndex(max(self.sex.findData(d.sex.value), 0))
            self.birth_date.set_value(d.birth_date)
            self.grid.setCurrentIndex(max(self.grid.findData(d.grid_id), 0))
            chosen = {i.value for i in d.identities}
            for i in range(self.identities.count()):
                item = self.identities.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                                   else Qt.CheckState.Unchecked)
            self.selection_method.setCurrentIndex(max(self.selection_method.findData(d.selection_method.value), 0))
            self.selected_on.set_value(d.selected_on)
            self.bio.setPlainText(d.bio)
            self.consent.setChecked(detail.display_consent)
            self.consent_on.set_value(detail.consent_on)
            self.show_phone.setChecked(detail.show_phone)
            self._on_consent_toggled(detail.display_consent)
        finally:
            self._loading = False

    def set_editable(self, editable: bool, reason: str = "") -> None:
        """Allow or forbid editing, saying why."""
        widgets: list[QWidget] = [*self._line_edits(), self.sex, self.birth_date, self.community, self.grid,
                                  self.political_status, self.education,
                                  self.identities, self.selection_method, self.selected_on, self.bio, self.consent,
                                  self.consent_on, self.show_phone, self.choose_photo, self.remove_photo, self.photo]
        for widget in widgets:
            widget.setEnabled(editable)
            widget.setToolTip("" if editable else reason)

    def validate(self, errors: FieldErrors) -> bool:
        """Inline checks: a name, a valid phone and ID number, dates not in the future."""
        ok = True
        today = self._session.ctx.today()
        if not self.name.text().strip():
            errors.show("name", self.tr("Please enter the name."))
            ok = False
        number = self.phone.text().strip()
        if number and "*" not in number:
            try:
                phone.normalize_phone(number)
            except ValidationError as exc:
                errors.show("phone", error_text(exc))
                ok = False
        ident = self.id_number.text().strip()
        if ident and "*" not in ident:
            try:
                documents.normalize_id_document(IdType.RESIDENT_ID, ident, today=today)
            except ValidationError as exc:
                errors.show("id_number", error_text(exc))
                ok = False
        for field, widget, message in (
                ("birth_date", self.birth_date, self.tr("The date of birth is in the future.")),
                ("selected_on", self.selected_on, self.tr("The selection date is in the future.")),
                ("consent_on", self.consent_on, self.tr("The consent date is in the future."))):
            value = widget.value()
            if value is not None and value > today:
                errors.show(field, message)
                ok = False
        if len(self.bio.toPlainText().strip()) > BIO_LIMIT:
            errors.show("bio", self.tr("The introduction is longer than 200 characters."))
            ok = False
        return ok

    def lcp_input(self) -> LcpInput:
        """The profile as the service takes it."""
        return LcpInput(
            name=self.name.text().strip(), sex=Sex(self.sex.currentData()), birth_date=self.birth_date.value(),
            ethnicity=self.ethnicity.text().strip(), phone=self.phone.text().strip(),
            address=self.address.text().strip(), id_number=self.id_number.text().strip(),
            community_code=str(self.community.currentData() or ""), grid_id=self.grid.currentData(),
            political_status=PoliticalStatus(self.political_status.currentData())
            if self.political_status.currentData() else None,
            education=Education(self.education.currentData()) if self.education.currentData() else None,
            occupation=self.occupation.text().strip(), identities=self.chosen_identities(),
            selection_method=SelectionMethod(self.selection_method.currentData()),
            selected_on=self.selected_on.value(), bio=self.bio.toPlainText().strip(),
            adviser_name=self.adviser_name.text().strip(), adviser_firm=self.adviser_firm.text().strip(),
            certificate_no=self.certificate_no.text().strip(), badge_no=self.badge_no.text().strip())

    def chosen_identities(self) -> tuple[LcpIdentity, ...]:
        """The ticked identity categories."""
        return tuple(LcpIdentity(self.identities.item(i).data(Qt.ItemDataRole.UserRole))
                     for i in range(self.identities.count())
                     if self.identities.item(i).checkState() == Qt.CheckState.Checked)

    def consent_state(self) -> tuple[bool, date | None, bool]:
        """(consented, consent date, show phone)."""
        return self.consent.isChecked(), self.consent_on.value(), self.show_phone.isChecked()

    # -- reactions ---------------------------------------------------------------------------------
    def _fill_grids(self, community: str) -> None:
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.addItem(self.tr("(no grid)"), None)
        for grid in self._session.reference.grids_of(community):
            self.grid.addItem(grid.name, grid.id)
        self.grid.blockSignals(False)

    @Slot()
    def _on_community_changed(self) -> None:
        self._fill_grids(str(self.community.currentData() or ""))
        self._on_field_edited()

    @Slot(bool)
    def _on_consent_toggled(self, checked: bool) -> None:
        self.consent_on.setEnabled(checked)
        self.show_phone.setEnabled(checked)
        if checked and self.consent_on.value() is None and not self._loading:
            self.consent_on.set_value(self._session.ctx.today())
        if not checked:
            self.show_phone.setChecked(False)
        self._on_field_edited()

    @Slot()
    def _on_field_edited(self) -> None:
        if not self._loading:
            self.edited.emit()
