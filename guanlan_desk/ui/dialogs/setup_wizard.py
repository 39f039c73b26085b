"""The first-run setup wizard: role, community, workstation number, first administrator, export and backup
folders (or, for a lost data folder, a restore from a backup instead).

The workstation (database, data key in key slots for the first admin and the recovery code) is created off the
GUI thread; it works without a system keyring too (passwords alone, said on the last page). The last page shows
the recovery code, and the wizard only finishes once the user confirms it is written down.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from guanlan_desk.domain.enums import Role, WorkstationRole
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services import accounts, backups, keys, reference
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.setup import SetupResult, set_up_workstation
from guanlan_desk.services.workstation import Database
from guanlan_desk.ui.errors import describe, show_error
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.preferences import default_export_folder
from guanlan_desk.ui.dialogs.recovery_page import RecoveryPage
from guanlan_desk.ui.dialogs.restore_wizard import RestoreWizard
from guanlan_desk.ui.widgets.password_pair import PasswordPair
from guanlan_desk.ui.enum_text import enum_text


@dataclass(frozen=True, slots=True)
class SetupOutcome:
    """What the wizard made: the open database, the first admin (logged in), the code, the export folder."""

    db: Database
    actor: Actor
    recovery_code: str
    export_folder: str


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class RolePage(QWizardPage):
    """Community workstation or street office."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("This computer is set up once. First: where is it used?"))
        self.community = QRadioButton(self.tr("&Community workstation (a community's mediation room or front desk)"))
        self.community.setObjectName("role_community")
        self.office = QRadioButton(self.tr("Street &office (观澜街道: receives every community's records)"))
        self.office.setObjectName("role_office")
        self.community.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.community)
        group.addButton(self.office)
        layout = QVBoxLayout(self)
        layout.addWidget(self.community)
        layout.addWidget(_note(self.tr("Registers disputes, keeps the risk ledger and the legal-clarity persons of "
                                       "one community, and sends export bundles to the street office.")))
        layout.addSpacing(10)
        layout.addWidget(self.office)
        layout.addWidget(_note(self.tr("Imports the communities' bundles, sees the whole sub-district and sends "
                                       "back reference data and receipts.")))
        layout.addStretch(1)
        self.restore = QPushButton(self.tr("Restore from a backup instead…"))
        self.restore.setObjectName("restore_instead")
        layout.addWidget(_note(self.tr("Was this computer already set up, and its data folder lost? Restore the "
                                       "newest backup with the printed recovery code.")))
        layout.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignLeft)

    def role(self) -> WorkstationRole:
        """The chosen role."""
        return WorkstationRole.OFFICE if self.office.isChecked() else WorkstationRole.COMMUNITY


class WorkstationPage(QWizardPage):
    """Which community, the workstation's name and its number within the community."""

    def __init__(self, roles: RolePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roles = roles
        self._name_edited = False
        self.setTitle(self.tr("This workstation"))
        self.setSubTitle(self.tr("Case numbers are issued per community; each computer of a community needs its "
                                 "own number so that the numbers never collide."))
        self.community = QComboBox()
        self.community.setObjectName("community")
        for code, name, _abbrev in reference.GUANLAN_COMMUNITIES:
            self.community.addItem(name, code)
        self.office_label = QLabel("观澜街道")
        self.number = QSpinBox()
        self.number.setObjectName("number")
        self.number.setRange(1, 99)
        self.name = QLineEdit()
        self.name.setObjectName("workstation_name")
        self.name.textEdited.connect(self._on_name_text_edited)
        self.community.currentIndexChanged.connect(self._suggest_name)
        self.number.valueChanged.connect(self._suggest_name)
        form = QFormLayout(self)
        self._form = form
        form.addRow(self.tr("Community"), self.community)
        form.addRow(self.tr("Sub-district"), self.office_label)
        form.addRow(self.tr("Workstation number"), self.number)
        form.addRow("", _note(self.tr("1 for the first computer of the community, 2 for the second …")))
        form.addRow(self.tr("Workstation name"), self.name)
        self.name.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Show the community picker only for a community workstation."""
        office = self._roles.role() == WorkstationRole.OFFICE
        self._form.setRowVisible(self.community, not office)
        self._form.setRowVisible(self.office_label, office)
        self._suggest_name()

    def community_code(self) -> str:
        """The chosen community's code (the sub-district's for the office)."""
        if self._roles.role() == WorkstationRole.OFFICE:
            return reference.OFFICE_CODE
        return str(self.community.currentData())

    @Slot(str)
    def _on_name_text_edited(self, _text: str) -> None:
        self._name_edited = True

    @Slot()
    def _suggest_name(self) -> None:
        if self._name_edited:
            return
        place = "观澜街道" if self._roles.role() == WorkstationRole.OFFICE else self.community.currentText()
        self.name.setText(self.tr("{place} workstation {n}").format(place=place, n=self.number.value()))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """A name is needed."""
        return bool(self.name.text().strip())


class AdminPage(QWizardPage):
    """The first administrator's account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("The administrator adds the other users (mediators, grid officers, viewers) "
                                 "later in Settings."))
        self.username = QLineEdit("admin")
        self.username.setObjectName("admin_username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("admin_name")
        self.display_name.setPlaceholderText(self.tr("e.g. 王丽"))
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        self.passwords = PasswordPair(self, form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        for edit in (self.username, self.display_name):
            edit.textChanged.connect(self.completeChanged)
        self.passwords.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """User name, name and a good password typed twice."""
        return bool(self.username.text().strip() and self.display_name.text().strip()
                    and not self.passwords.problem())


class ExportPage(QWizardPage):
    """Where export bundles and backups go; this is the last page before the workstation is created."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Export folder"))
        self.setSubTitle(self.tr("Export bundles for the street office are written here (a USB stick or a shared "
                                 "folder is fine). You can change it later in Settings."))
        self.folder = QLineEdit(default_export_folder())
        self.folder.setObjectName("export_folder")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.backup_folder = QLineEdit(str(backups.default_folder(data_dir)))
        self.backup_folder.setObjectName("backup_folder")
        browse_backup = QPushButton(self.tr("Browse…"))
        browse_backup.clicked.connect(self._on_browse_backup_clicked)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_folder, 1)
        backup_row.addWidget(browse_backup)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Backup folder")))
        layout.addLayout(backup_row)
        layout.addWidget(_note(self.tr("A checked backup is made here every day. Best on a second disk or a USB "
                                       "drive that stays plugged in; never inside the data folder.")))
        self.backup_message = QLabel()
        self.backup_message.setObjectName("backup_message")
        self.backup_message.setWordWrap(True)
        self.backup_message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.backup_message)
        layout.addSpacing(12)
        layout.addWidget(_note(self.tr("The database itself stays on this computer's disk, in {path}. It never "
                                       "goes on a USB stick or a network share.").format(path=str(data_dir))))
        layout.addStretch(1)
        self._data_dir = data_dir

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """The backup folder must be a full path outside the data folder (checked before anything is created)."""
        try:
            backups.check_folder(self._data_dir, Path(self.backup_folder.text().strip()))
        except UserFacingError as exc:
            self.backup_message.setText(describe(exc))
            return False
        self.backup_message.clear()
        return True

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @Slot()
    def _on_browse_backup_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)


class CreatingPage(QWizardPage):
    """Creates the workstation off the GUI thread; moves on by itself when done."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Creating the workstation"))
        self.setSubTitle(self.tr("Check what will be created, then press Create."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create"))
        self.status = QLabel()
        self.status.setObjectName("creating_status")
        self.status.setWordWrap(True)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.clicked.connect(self.start)
        self.retry.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Explain what happens; creation starts when the user presses Create."""
        if self._wizard.result_ is None:
            w = self._wizard
            self.status.setText(self.tr(
                "Ready to create {name} ({role}) with the administrator {user}. Press Create to make the database, "
                "the data key and the account; this takes a few seconds.").format(
                    name=w.workstation_page.name.text().strip(), role=enum_text(w.role_page.role()),
                    user=w.admin_page.username.text().strip()))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Only move on once the workstation exists; the first press starts the work."""
        if self._wizard.result_ is not None:
            return True
        if not self._wizard.busy:
            self.start()
        return False

    @Slot()
    def start(self) -> None:
        """Run the setup."""
        self.retry.hide()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Creating the database, the data key and the administrator account…"))
        self._wizard.create_workstation(self._on_created, self._on_failed)

    def _on_created(self) -> None:
        self._wizard.next()

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(describe(exc))
        self.retry.setVisible(True)
        if not isinstance(exc, UserFacingError):
            show_error(self, exc)


class SetupWizard(QWizard):
    """The first-run wizard for ``data_dir``; ``outcome`` is set when it finished."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.result_: tuple[SetupResult, Actor] | None = None
        self.outcome: SetupOutcome | None = None
        self.restored: Database | None = None  # restored from a backup instead of set up
        self.busy = False
        self.setWindowTitle(self.tr("Set up this workstation"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(640, 500)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.role_page = RolePage()
        self.workstation_page = WorkstationPage(self.role_page)
        self.admin_page = AdminPage()
        self.export_page = ExportPage(data_dir)
        self.creating_page = CreatingPage(self)
        self.recovery_page = RecoveryPage()
        for page in (self.role_page, self.workstation_page, self.admin_page, self.export_page,
                     self.creating_page, self.recovery_page):
            self.addPage(page)
        self.role_page.restore.clicked.connect(self._on_restore_clicked)

    @Slot()
    def _on_restore_clicked(self) -> None:
        wizard = RestoreWizard(None, folder=backups.default_folder(self.data_dir), target=self.data_dir, parent=self)
        wizard.exec()
        if wizard.restored is not None:
            self.restored = wizard.restored
            super().accept()

    @classmethod
    def ask(cls, data_dir: Path, parent: QWidget | None = None) -> SetupOutcome | Database | None:
        """Run the wizard; what it made (or the database restored instead), ``None`` when cancelled."""
        wizard = cls(data_dir, parent)
        wizard.exec()
        return wizard.restored or wizard.outcome

    def create_workstation(self, on_done: Callable[[], None], on_failed: Callable[[BaseException], None]) -> None:
        """Create the workstation and log the administrator in, off the GUI thread."""
        data_dir, role = self.data_dir, self.role_page.role()
        community, name = self.workstation_page.community_code(), self.workstation_page.name.text().strip()
        number = self.workstation_page.number.value()
        username = self.admin_page.username.text().strip()
        admin_name = self.admin_page.display_name.text().strip()
        password = self.admin_page.passwords.password()
        backup_folder = Path(self.export_page.backup_folder.text().strip()).expanduser()

        def work() -> tuple[SetupResult, Actor]:
            result = set_up_workstation(data_dir, role=role, community_code=community, name=name, number=number,
                                        admin_username=username, admin_name=admin_name, admin_password=password)
            try:
                actor = accounts.login(Ctx(result.db, Actor.system(Role.VIEWER)), username=username,
                                       password=password)
                backups.set_folder(Ctx(result.db, actor), backup_folder)
            except BaseException:
                result.db.close()
                raise
            return result, actor

        def done(value: tuple[SetupResult, Actor]) -> None:
            self.busy = False
            self.result_ = value
            said = keys.protection(value[0].db)
            self.recovery_page.show_code(value[0].recovery_code, name,
                                         QCoreApplication.translate("keys", said.summary), said.ok)
            on_done()

        def failed(exc: BaseException) -> None:
            self.busy = False
            on_failed(exc)

        self.busy = True
        op: Op[tuple[SetupResult, Actor]] = Op(self, work)
        op.success(done).failure(failed)
        op.run()

    def accept(self) -> None:
        """Finish: only with the recovery code confirmed."""
        if self.result_ is None or not self.recovery_page.confirmed.isChecked():
            return
        result, actor = self.result_
        self.outcome = SetupOutcome(result.db, actor, result.recovery_code, self.export_page.folder.text().strip())
        super().accept()

    def reject(self) -> None:
        """Cancel, unless the workstation exists and the recovery code is not yet confirmed."""
        if self.busy:
            return
        if self.result_ is not None:
            if not self.recovery_page.confirmed.isChecked():
                return
            self.accept()
            return
        super().reject()

