"""The restore wizard: choose a backup, confirm with the recovery code or an administrator's password,
restore into a new folder, then switch the app to it.

Nothing is written before the backup's checksum and the confirmation are checked: a wrong recovery code
or password is said under the fields and can be corrected and tried again. Without an open database (the
data folder was deleted; from the setup wizard) only the recovery code confirms, and the target is the
data folder itself.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services import backups, restore
from guanlan_desk.services.backups import BackupInfo
from guanlan_desk.services.context import LOCAL_TZ, Ctx
from guanlan_desk.services.workstation import Database
from guanlan_desk.ui.errors import describe, show_error
from guanlan_desk.ui.ops import Op

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(size: int) -> str:
    """A file size in KB or MB."""
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


def when_text(moment: datetime) -> str:
    """A backup's time, in Shenzhen."""
    return moment.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class ChoosePage(QWizardPage):
    """The good backups, newest first; another folder or file can be chosen."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose a backup"))
        self.setSubTitle(self.tr("Only backups that passed their check and match their checksum are listed."))
        self.folder = QLineEdit(str(wizard.folder))
        self.folder.setObjectName("backup_folder")
        self.folder.editingFinished.connect(self.reload)
        browse = QPushButton(self.tr("Other folder…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Backup folder")))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.list = QListWidget()
        self.list.setObjectName("backups")
        self.list.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        self.empty = _note("")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """List the backups of the folder (and the local copies when a database is open)."""
        folder = Path(self.folder.text().strip())
        found = self._wizard.listing(folder)
        self.list.clear()
        for info in found:
            place = self.tr("kept locally (backup drive absent)") if info.local_fallback else info.path.name
            item = QListWidgetItem(self.tr("{when} — {size} — {place}").format(
                when=when_text(info.created_at), size=size_text(info.size), place=place))
            item.setData(PATH_ROLE, str(info.path))
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        self.empty.setText("" if found else self.tr("No good backup in this folder. Choose the folder on the "
                                                    "backup drive (plug it in first)."))
        self.completeChanged.emit()

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self.reload()

    def chosen(self) -> Path | None:
        """The selected backup file."""
        item = self.list.currentItem()
        return Path(str(item.data(PATH_ROLE))) if item is not None else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """A backup is selected."""
        return self.chosen() is not None


class ConfirmPage(QWizardPage):
    """The recovery code and an account of the backup, or (with an open database) an administrator's password."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Confirm"))
        self.setSubTitle(self.tr("A backup holds personal data: confirm that you may restore it."))
        self.by_code = QRadioButton(self.tr("With the printed &recovery code"))
        self.by_code.setObjectName("by_code")
        self.by_password = QRadioButton(self.tr("With an &administrator's password (this computer only)"))
        self.by_password.setObjectName("by_password")
        group = QButtonGroup(self)
        group.addButton(self.by_code)
        group.addButton(self.by_password)
        self.code = QLineEdit()
        self.code.setObjectName("recovery_code")
        self.code.setPlaceholderText("XXXX-XXXX-…")
        self.username = QLineEdit(wizard.ctx.actor.username if wizard.ctx is not None else "")
        self.username.setObjectName("admin_username")
        self.password = QLineEdit()
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.code, self.username, self.password):
            field.textChanged.connect(lambda _t: self.completeChanged.emit())
        group.buttonToggled.connect(lambda *_a: self._sync())
        form = QFormLayout(self)
        form.addRow(self.by_code)
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.by_password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(_note(self.tr("The user name and password are those of an account in the backup: with the "
                                  "recovery code that account can log in on this computer afterwards; without it "
                                  "the account must be an administrator's whose key works on this computer.")))
        can_password = wizard.ctx is not None
        self.by_password.setVisible(can_password)
        (self.by_password if can_password else self.by_code).setChecked(True)
        self._sync()

    def _sync(self) -> None:
        self.code.setEnabled(self.by_code.isChecked())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """The chosen confirmation is filled in."""
        account = bool(self.username.text().strip() and self.password.text())
        if self.by_code.isChecked():
            return account and bool(self.code.text().strip())
        return account


class TargetPage(QWizardPage):
    """The new folder; pressing Restore does the work and stays here (with the reason) if it fails."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Restore into a new folder"))
        self.setSubTitle(self.tr("The current data folder is left as it is. The app then works on the restored "
                                 "folder."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Restore"))
        self.target = QLineEdit(str(wizard.target))
        self.target.setObjectName("target_folder")
        self.target.setReadOnly(wizard.ctx is None)
        browse = QPushButton(self.tr("Browse…"))
        browse.setEnabled(wizard.ctx is not None)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        self.status = QLabel()
        self.status.setObjectName("restore_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(_note(self.tr("Choose a new folder on this computer's own disk (not a USB stick or "
                                       "a network share).")))
        layout.addWidget(self.status)
        layout.addStretch(1)

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Restore into"), str(Path(self.target.text()).parent))
        if chosen:
            self.target.setText(chosen)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Move on only once the restore succeeded; the first press starts it."""
        if self._wizard.restored is not None:
            return True
        if not self._wizard.busy:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Checking the backup and restoring…"))
            self._wizard.start_restore(Path(self.target.text().strip()))
        return False

    def failed(self, exc: BaseException) -> None:
        """Say why; the user may go back, correct the code or password, and press Restore again."""
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(describe(exc))
        if not isinstance(exc, UserFacingError):
            show_error(self, exc)


class DonePage(QWizardPage):
    """Where the data now is; Finish switches the app to it."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Restored"))
        self.text = QLabel()
        self.text.setObjectName("done_text")
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Say what was restored and where."""
        db = self._wizard.restored
        if db is not None:
            self.text.setText(self.tr("The backup of {when} was restored into {path}. Press Finish to work on "
                                      "it; the previous folder stays untouched.").format(
                                          when=self._wizard.chosen_when, path=str(db.data_dir)))


class RestoreWizard(QWizard):
    """Restore a backup; ``restored`` is the open restored database once it worked."""

    def __init__(self, ctx: Ctx | None, *, folder: Path, target: Path, preselect: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = folder
        self.target = target
        self.restored: Database | None = None
        self.chosen_when = ""
        self.busy = False
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(640, 460)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.choose_page = ChoosePage(self)
        self.confirm_page = ConfirmPage(self)
        self.target_page = TargetPage(self)
        self.done_page = DonePage(self)
        for page in (self.choose_page, self.confirm_page, self.target_page, self.done_page):
            self.addPage(page)
        if preselect is not None:
            for row in range(self.choose_page.list.count()):
                if self.choose_page.list.item(row).data(PATH_ROLE) == str(preselect):
                    self.choose_page.list.setCurrentRow(row)

    def listing(self, folder: Path) -> list[BackupInfo]:
        """The backups to offer: the open workstation's (folder and local copies) or one folder's."""
        if self.ctx is not None and folder == backups.folder(self.ctx):
            return backups.list_backups(self.ctx)
        return backups.list_folder(folder)

    def start_restore(self, target: Path) -> None:
        """Restore off the GUI thread."""
        chosen = self.choose_page.chosen()
        if chosen is None:
            return
        page, ctx = self.confirm_page, self.ctx
        by_code = page.by_code.isChecked()
        code, username, password = page.code.text().strip(), page.username.text().strip(), page.password.text()
        item = self.choose_page.list.currentItem()
        self.chosen_when = item.text().split(" — ")[0] if item is not None else ""

        def work() -> Database:
            if by_code or ctx is None:
                db, _actor = restore.restore_with_code(chosen, target, code, username=username, password=password)
            else:
                db, _actor = restore.restore_with_password(ctx, chosen, target, username=username,
                                                           password=password)
            return db

        def done(db: Database) -> None:
            self.busy = False
            self.restored = db
            self.next()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.target_page.failed(exc)

        self.busy = True
        op: Op[Database] = Op(self, work)
        op.success(done).failure(failed)
        op.run()

    def reject(self) -> None:
        """Cancel (not while restoring; after a restore, Finish is the way out)."""
        if self.busy:
            return
        if self.restored is not None:
            self.accept()
            return
        super().reject()
