"""The committee's roster of people's mediators (人民调解员名册): see, add and edit the mediators cases choose."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import Sex
from guanlan_desk.domain.errors import UserFacingError, ValidationError
from guanlan_desk.domain.people_enums import MediatorRole
from guanlan_desk.domain.roles import Permission
from guanlan_desk.domain.text import limit_of
from guanlan_desk.services import mediators
from guanlan_desk.services.mediators import RosterInput, RosterRow
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.ops import WriteOp
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.field_error import FieldError
from guanlan_desk.ui.widgets.text_limits import counter_for, limit_lines
from guanlan_desk.ui.enum_text import enum_text


class RosterEntryDialog(QDialog):
    """Add or edit one mediator of the roster; the service checks and saves."""

    def __init__(self, session: AppSession, row: RosterRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._row = row
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit mediator") if row else self.tr("Add a mediator to the roster"))
        self.name = QLineEdit(self)
        self.name.setObjectName("roster_name")
        self.name.setMaxLength(limit_of("person_name").chars)
        self.sex = QComboBox(self)
        for sex in (Sex.UNKNOWN, Sex.MALE, Sex.FEMALE):
            self.sex.addItem(enum_text(sex), sex)
        self.role = QComboBox(self)
        self.role.setObjectName("roster_role")
        for role in MediatorRole:
            self.role.addItem(enum_text(role), role)
        self.certificate_no = QLineEdit(self)
        self.certificate_no.setPlaceholderText(self.tr("Mediator certificate number"))
        self.phone = QLineEdit(self)
        self.phone.setObjectName("roster_phone")
        self.phone.setPlaceholderText(self.tr("Printed as the contact on notices"))
        limit_lines({"certificate_no": self.certificate_no, "phone": self.phone})
        self.trainings = QPlainTextEdit(self)
        self.trainings.setObjectName("roster_trainings")
        self.trainings.setPlaceholderText(self.tr("One training a line: date, topic, hours"))
        self.trainings.setTabChangesFocus(True)
        self.trainings.setMinimumHeight(80)
        self.trainings_counter = counter_for(self.trainings, "trainings", self)
        self.active = QCheckBox(self.tr("Active (chosen for new cases)"), self)
        self.active.setChecked(True)
        self.errors = {"name": FieldError(self.name, self), "phone": FieldError(self.phone, self),
                       "trainings": FieldError(self.trainings, self)}
        self.general_error = FieldError(None, self)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Certificate number"), self.certificate_no)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.errors["phone"])
        form.addRow(self.tr("Trainings"), self.trainings)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.errors["trainings"], 1)
        counter_row.addWidget(self.trainings_counter)
        form.addRow("", counter_row)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(460, 440)
        if row is not None:
            self.name.setText(row.name)
            self.sex.setCurrentIndex(max(self.sex.findData(row.sex), 0))
            self.role.setCurrentIndex(max(self.role.findData(row.role), 0))
            self.certificate_no.setText(row.certificate_no)
            self.phone.setText(row.phone)
            self.trainings.setPlainText(row.trainings)
            self.active.setChecked(row.active)

    def value(self) -> RosterInput:
        """What the form holds."""
        return RosterInput(self.name.text(), MediatorRole(self.role.currentData()), Sex(self.sex.currentData()),
                           self.certificate_no.text(), self.phone.text(), self.trainings.toPlainText(),
                           self.active.isChecked())

    def accept(self) -> None:
        """Save through the service; a refusal shows under its field."""
        for error in (*self.errors.values(), self.general_error):
            error.clear_message()
        ctx, row, value = self._session.ctx, self._row, self.value()

        def work() -> str:
            if row is None:
                return mediators.add_to_roster(ctx, value)
            mediators.update_on_roster(ctx, row.id, value, expected_version=row.version)
            return row.id

        self.setEnabled(False)  # until the writer thread is back
        op: WriteOp[str] = WriteOp(self, self._session, work)
        op.success(self._on_saved).failure(self._on_save_failed).run()

    def _on_saved(self, saved_id: str) -> None:
        self.setEnabled(True)
        self.saved_id = saved_id
        super().accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.get(exc.field, self.general_error).show_message(error_text(exc))
        elif isinstance(exc, UserFacingError):
            self.general_error.show_message(error_text(exc))
        else:
            show_error(self, exc)  # a bug


class RosterDialog(QDialog):
    """The roster of this committee (every community's at the office): role, certificate, phone, trainings."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[RosterRow] = []
        self.setWindowTitle(self.tr("Roster of people's mediators"))
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("roster_table")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Committee"),
                                              self.tr("Certificate"), self.tr("Phone"), self.tr("Cases"),
                                              self.tr("Trainings")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a mediator…"), self)
        self.add_button.setObjectName("roster_add")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        writable = session.ctx.can(Permission.DISPUTE_WRITE)
        for button in (self.add_button, self.edit_button):
            button.setEnabled(writable)
            if not writable:
                button.setToolTip(self.tr("Your role can read the roster but not change it."))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.resize(860, 420)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        """Read the roster again."""
        self._rows = mediators.list_roster(self._session.ctx)
        self.table.setRowCount(len(self._rows))
        for i, r in enumerate(self._rows):
            values = (r.name, r.role_label, r.community_name, r.certificate_no, r.phone, str(r.cases),
                      " / ".join(line for line in r.trainings.splitlines() if line.strip()))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not r.active:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(self.tr("No longer active"))
                self.table.setItem(i, column, item)
            if r.id == select_id:
                self.table.selectRow(i)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        active = sum(1 for r in self._rows if r.active)
        self.note.setText(self.tr("{active} active mediators, {total} on the roster. Cases choose their mediators "
                                  "from here; greyed rows are no longer active.").format(active=active,
                                                                                       total=len(self._rows)))

    def _edit(self, row: RosterRow | None) -> None:
        dialog = RosterEntryDialog(self._session, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(dialog.saved_id)

    @Slot()
    def _on_add_clicked(self) -> None:
        self._edit(None)

    @Slot()
    def _on_edit_clicked(self) -> None:
        index = self.table.currentRow()
        if 0 <= index < len(self._rows) and self.add_button.isEnabled():
            self._edit(self._rows[index])
