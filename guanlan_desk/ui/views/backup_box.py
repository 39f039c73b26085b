"""设置 → 备份: the backup folder, the last good backup (when, size, where), "back up now" and the restore wizard."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QProcess, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.paths import remember_data_dir
from guanlan_desk.services import backups
from guanlan_desk.services.backups import BackupInfo, BackupStatus
from guanlan_desk.ui.dialogs.restore_wizard import RestoreWizard, size_text, when_text
from guanlan_desk.ui.errors import describe
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession

WARN_STYLE = "color: #b00020;"


def restored_folder_name(data_dir: Path, now: datetime) -> Path:
    """A new folder beside the data folder for a restore."""
    return data_dir.with_name(f"{data_dir.name}-restored-{now.strftime('%Y%m%d-%H%M%S')}")


def switch_data_folder(new_dir: Path) -> None:
    """Work on ``new_dir`` from now on: remember it, start the app on it and quit this one."""
    remember_data_dir(new_dir)
    frozen = getattr(sys, "frozen", False)
    args = ([] if frozen else [sys.argv[0]]) + ["--data-dir", str(new_dir)]
    QProcess.startDetached(sys.executable, args)
    app = QApplication.instance()
    if app is not None:
        app.quit()


def run_restore_wizard(session: AppSession, parent: QWidget | None, preselect: Path | None = None) -> bool:
    """Open the restore wizard; after a restore, switch to the restored folder. Whether it restored."""
    ctx = session.ctx
    wizard = RestoreWizard(ctx, folder=backups.folder(ctx), target=restored_folder_name(ctx.db.data_dir, ctx.now()),
                           preselect=preselect, parent=parent)
    wizard.exec()
    if wizard.restored is None:
        return False
    new_dir = wizard.restored.data_dir
    wizard.restored.close()
    switch_data_folder(new_dir)
    return True


class BackupBox(QGroupBox):
    """The backup section of the settings page."""

    backed_up = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.session = session
        may_choose = session.ctx.can(Permission.SETTINGS)
        self.folder = QLineEdit()
        self.folder.setObjectName("backup_folder")
        self.folder.setReadOnly(not may_choose)
        self.folder.editingFinished.connect(self._on_folder_editing_finished)
        browse = QPushButton(self.tr("Browse…"))
        browse.setEnabled(may_choose)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.folder_note = QLabel()
        self.folder_note.setObjectName("backup_folder_note")
        self.folder_note.setWordWrap(True)
        self.last = QLabel()
        self.last.setObjectName("last_backup")
        self.last.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("backup_message")
        self.message.setWordWrap(True)
        self.back_up_now = QPushButton(self.tr("Back up &now"))
        self.back_up_now.setObjectName("back_up_now")
        self.back_up_now.clicked.connect(self._on_back_up_now_clicked)
        self.restore = QPushButton(self.tr("&Restore a backup…"))
        self.restore.setObjectName("restore_backup")
        self.restore.clicked.connect(self._on_restore_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_now)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        note = QLabel(self.tr("A backup is made by itself at the first start of each day and before every "
                              "update of the database; it is checked, and old ones are thinned out (7 daily, "
                              "4 weekly, 12 monthly). Backups hold the database as it is, personal data "
                              "encrypted."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form = QFormLayout(self)
        form.addRow(self.tr("Backup folder"), row)
        form.addRow("", self.folder_note)
        form.addRow(self.tr("Last good backup"), self.last)
        form.addRow(buttons)
        form.addRow(self.message)
        form.addRow(note)
        self.refresh()

    def refresh(self) -> None:
        """Show the folder and the last good backup (read off the GUI thread)."""
        ctx = self.session.ctx
        op: Op[BackupStatus] = Op(self, lambda: backups.status(ctx))
        op.success(self.show_status).run()

    def show_status(self, state: BackupStatus) -> None:
        """Fill the fields from ``state``."""
        if not (self.folder.hasFocus() and self.folder.isModified()):  # never overwrite what is being typed
            self.folder.setText(str(state.folder))
        notes: list[str] = []
        if not state.drive_present:
            notes.append(self.tr("The backup drive is not there. Plug it in; until then the newest good copy is "
                                 "kept in the data folder."))
        elif state.same_drive_as_data:
            notes.append(self.tr("This folder is on the same disk as the data: a broken disk would take both. "
                                 "Choose a second disk or a USB drive if there is one."))
        if not state.folder_chosen:
            notes.append(self.tr("Suggested folder; it is used until you choose another."))
        self.folder_note.setText(" ".join(notes))
        self.folder_note.setStyleSheet(WARN_STYLE if not state.drive_present or state.same_drive_as_data else "")
        self.last.setText(self._last_text(state.last_good))
        self.last.setStyleSheet(WARN_STYLE if state.stale else "")

    def _last_text(self, info: BackupInfo | None) -> str:
        if info is None:
            return self.tr("None yet.")
        place = (self.tr("kept locally in {path} (backup drive absent)").format(path=str(info.path))
                 if info.local_fallback else str(info.path))
        return self.tr("{when}, {size}, {place}").format(when=when_text(info.created_at), size=size_text(info.size),
                                                         place=place)

    def _say(self, text: str, warn: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(WARN_STYLE if warn else "color: #1b6e20;")

    @Slot()
    def _on_folder_editing_finished(self) -> None:
        text = self.folder.text().strip()
        ctx = self.session.ctx
        if not text or Path(text) == backups.chosen_folder(ctx) or self.folder.isReadOnly():
            return
        try:
            backups.set_folder(ctx, Path(text))
        except UserFacingError as exc:
            self._say(describe(exc), warn=True)
            return
        self._say(self.tr("Backup folder saved."))
        self.refresh()

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self._on_folder_editing_finished()

    @Slot()
    def _on_back_up_now_clicked(self) -> None:
        ctx = self.session.ctx
        self.back_up_now.setEnabled(False)
        self._say(self.tr("Backing up… (you can keep working)"))

        def done(info: BackupInfo) -> None:
            self.back_up_now.setEnabled(True)
            self._say(self.tr("Backup made and checked: {path}").format(path=str(info.path)))
            self.refresh()
            self.backed_up.emit()

        def failed(exc: BaseException) -> None:
            self.back_up_now.setEnabled(True)
            self._say(describe(exc), warn=True)

        op: Op[BackupInfo] = Op(self, lambda: backups.run_backup(ctx, reason="manual"))
        op.success(done).failure(failed)
        op.run()

    @Slot()
    def _on_restore_clicked(self) -> None:
        run_restore_wizard(self.session, self)
