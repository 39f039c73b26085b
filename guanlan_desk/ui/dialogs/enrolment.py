"""Enrolment screens: the office enrols a community workstation and imports its answer; the community imports
the office's enrolment file and writes its answer. Each shows the fingerprint a person compares by phone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services import reference
from guanlan_desk.sync import enrolment, status, ui_api
from guanlan_desk.sync.enrolment import EnrolledPeer, EnrolmentFile
from guanlan_desk.sync.ui_api import EnrolmentPreview
from guanlan_desk.ui.dialogs.enrolment_parts import (
    DONE_STYLE,
    ERROR_STYLE,
    EnrolmentFileAsk,
    FingerprintBox,
    PreviewDialog,
    folder_row,
)
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.ops import Op, WriteOp
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.sync.scheduler import export_folder
from guanlan_desk.ui.views.sync.texts import error_message


class EnrolCommunityDialog(QDialog):
    """Office: write an enrolment file for a community workstation; shows the office's fingerprint to read out."""

    enrolment_written = Signal(object)  # EnrolmentFile

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.written: EnrolmentFile | None = None
        self.setWindowTitle(self.tr("Enrol a community workstation"))
        ctx = session.ctx
        self.community = QComboBox()
        for c in session.reference.communities:
            if c.code != reference.OFFICE_CODE:
                self.community.addItem(self.tr("{name} ({code})").format(name=c.name, code=c.code), c.code)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 观城社区 2号机 (the community's name if left empty)"))
        self.folder = QLineEdit(export_folder(session))
        self.folder.setPlaceholderText(self.tr("A USB stick or shared folder"))
        self.fingerprint = FingerprintBox(self.tr("Fingerprint of this office workstation"))
        self.fingerprint.show_fingerprint(status.sync_overview(ctx).fingerprint, self.tr(
            "When the community imports the file, its screen shows this fingerprint. Read it out to the community "
            "officer (by phone) and check that every group is the same."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        intro = QLabel(self.tr("The enrolment file carries this office's public keys and the reference data "
                               "(communities, grids, venues). Take it to the community workstation and import it "
                               "there; the answer file it writes comes back here."))
        intro.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Community:"), self.community)
        form.addRow(self.tr("Workstation name:"), self.name)
        form.addRow(self.tr("Write the file to:"), folder_row(self, self.folder, self.tr("Folder for the enrolment file")))
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(self.tr("Write the enrolment file"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.write_button.clicked.connect(self._on_create_clicked)
        self.setMinimumWidth(560)

    @Slot()
    def _on_create_clicked(self) -> WriteOp[EnrolmentFile] | None:
        folder = self.folder.text().strip()
        if not folder or not Path(folder).is_dir():
            self._show(self.tr("Choose an existing folder for the enrolment file."), error=True)
            return None
        ctx, code, name = self._session.ctx, str(self.community.currentData()), self.name.text().strip()
        op: WriteOp[EnrolmentFile] = WriteOp(self, self._session, lambda: enrolment.create_enrolment(
            ctx, community_code=code, folder=Path(folder), name=name))
        op.success(self._on_written).failure(self._on_failed)
        self.write_button.setEnabled(False)
        op.run()
        return op

    def _on_written(self, made: EnrolmentFile) -> None:
        self.written = made
        self._show(self.tr("Enrolment file written: {path}\nImport it at the community workstation, then import its "
                           "answer here with “Import a community's answer”.").format(path=made.path))
        self.enrolment_written.emit(made)

    def _on_failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self._show(error_message(exc), error=True)
        else:
            show_error(self, exc)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.setText(text)
        self.message.show()

    @classmethod
    def ask(cls, session: AppSession, parent: QWidget | None = None) -> EnrolmentFile | None:
        """Show the dialog; the file written, or None."""
        dialog = cls(session, parent)
        dialog.exec()
        return dialog.written


class ImportAnswerDialog(PreviewDialog):
    """Office: import a community workstation's answer after comparing its fingerprint."""

    answer_imported = Signal(object)  # EnrolledPeer

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.imported: EnrolledPeer | None = None
        self.setWindowTitle(self.tr("Import a community's answer"))
        self.fingerprint.setTitle(self.tr("Fingerprint of the community workstation"))
        self.confirm.setText(self.tr("The community officer read out the same fingerprint"))
        self.accept_button.setText(self.tr("Enrol this workstation"))
        intro = QLabel(self.tr("Choose the answer file (.glanswer) the community workstation wrote when it "
                               "imported this office's enrolment file."))
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Answer file:"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.details)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)

    def _load(self, path: Path) -> EnrolmentPreview:
        return ui_api.preview_answer(path)

    def _show_preview(self, preview: EnrolmentPreview) -> None:
        self.details.setText(self.tr("From: {name}, community {code}").format(
            name=preview.workstation_name, code=preview.community_code))
        self.fingerprint.show_fingerprint(preview.fingerprint, self.tr(
            "Ask the community officer to read out the fingerprint shown on the community's sync page and "
            "compare every group. Enrol the workstation only if they are the same."))

    @Slot()
    def _on_browse_clicked(self) -> None:
        name = EnrolmentFileAsk.ask_file(self, self.tr("Choose the answer file"), self.tr(
            "Answer files (*{suffix})").format(suffix=ui_api.ANSWER_SUFFIX), export_folder(self._session))
        if name:
            self.file.setText(name)

    @Slot()
    def _on_accept_button_clicked(self) -> WriteOp[EnrolledPeer] | None:
        if self.preview_shown is None or not self.confirm.isChecked():
            return None
        ctx, path = self._session.ctx, Path(self.preview_shown.path)
        confirmed = self.preview_shown.fingerprint  # ticked by the person who compared it
        op: WriteOp[EnrolledPeer] = WriteOp(self, self._session,
                                            lambda: enrolment.import_answer(ctx, path, confirm=confirmed))
        op.success(self._on_imported).failure(self._failed)
        self.accept_button.setEnabled(False)
        op.run()
        return op

    def _on_imported(self, peer: EnrolledPeer) -> None:
        self.imported = peer
        self._show(self.tr("{name} ({code}) is enrolled. Bundles can now be exchanged with it.").format(
            name=peer.name, code=peer.community_code))
        self.answer_imported.emit(peer)

    @classmethod
    def ask(cls, session: AppSession, parent: QWidget | None = None) -> EnrolledPeer | None:
        """Show the dialog; the enrolled workstation, or None."""
        dialog = cls(session, parent)
        dialog.exec()
        return dialog.imported


class ImportEnrolmentDialog(PreviewDialog):
    """Community: import the office's enrolment file after comparing its fingerprint, and write the answer."""

    enrolment_imported = Signal(object)  # EnrolledPeer

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.imported: EnrolledPeer | None = None
        self.setWindowTitle(self.tr("Import the office's enrolment file"))
        self.fingerprint.setTitle(self.tr("Fingerprint of the street office"))
        self.confirm.setText(self.tr("The street office read out the same fingerprint"))
        self.accept_button.setText(self.tr("Import and write the answer"))
        self.answer_folder = QLineEdit(export_folder(session))
        self.answer_folder.setPlaceholderText(self.tr("A USB stick or shared folder"))
        self.mine = FingerprintBox(self.tr("Fingerprint of this workstation"))
        self.mine.hide()
        self.replace = QCheckBox()
        self.replace.setObjectName("replace_office")
        self.replace.hide()
        intro = QLabel(self.tr("Choose the enrolment file (.glenrol) the street office wrote for this community. "
                               "Importing it takes the office's keys and reference data and writes an answer file "
                               "for the office."))
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Enrolment file:"), row)
        form.addRow(self.tr("Write the answer to:"),
                    folder_row(self, self.answer_folder, self.tr("Folder for the answer file")))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.details)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.confirm)
        layout.addWidget(self.replace)
        layout.addWidget(self.message)
        layout.addWidget(self.mine)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)

    def _load(self, path: Path) -> EnrolmentPreview:
        return ui_api.preview_enrolment(path)

    def _show_preview(self, preview: EnrolmentPreview) -> None:
        mine = self._session.db.workstation.community_code
        text = self.tr("From: {office}. For: {community} ({code}).").format(
            office=preview.workstation_name, community=preview.community_name, code=preview.community_code)
        if preview.community_code != mine:
            text += "\n" + self.tr("This file is for another community; this workstation belongs to {code}.").format(
                code=mine)
        self.details.setText(text)
        others = [name for wid, name in enrolment.enrolled_offices(self._session.ctx)
                  if wid != preview.workstation_id]
        self.replace.setChecked(False)
        self.replace.setText(self.tr("Replace {name}; it will be revoked (administrators only)").format(
            name=", ".join(others)))
        self.replace.setVisible(bool(others))
        self.fingerprint.show_fingerprint(preview.fingerprint, self.tr(
            "Ask the street office to read out the fingerprint shown on their screen and compare every group. "
            "Import the file only if they are the same."))

    @Slot()
    def _on_browse_clicked(self) -> None:
        name = EnrolmentFileAsk.ask_file(self, self.tr("Choose the enrolment file"), self.tr(
            "Enrolment files (*{suffix})").format(suffix=ui_api.ENROL_SUFFIX), export_folder(self._session))
        if name:
            self.file.setText(name)

    @Slot()
    def _on_accept_button_clicked(self) -> WriteOp[EnrolledPeer] | None:
        if self.preview_shown is None or not self.confirm.isChecked():
            return None
        folder = self.answer_folder.text().strip()
        if not folder or not Path(folder).is_dir():
            self._show(self.tr("Choose an existing folder for the answer file."), error=True)
            return None
        if self.replace.isVisible() and not self.replace.isChecked():
            self._show(self.tr("This workstation is already enrolled with another office. Tick the box to replace "
                               "it, or close this window."), error=True)
            return None
        ctx, path = self._session.ctx, Path(self.preview_shown.path)
        confirmed, replace = self.preview_shown.fingerprint, self.replace.isChecked()
        op: WriteOp[EnrolledPeer] = WriteOp(self, self._session, lambda: enrolment.import_enrolment(
            ctx, path, answer_to=Path(folder), confirm=confirmed, replace=replace))
        op.success(self._on_imported).failure(self._failed)
        self.accept_button.setEnabled(False)
        op.run()
        return op

    def _on_imported(self, peer: EnrolledPeer) -> None:
        self.imported = peer
        self.confirm.setEnabled(False)
        self._show(self.tr("Enrolled with {office}. Answer file written: {path}\nTake it to the street office; they "
                           "import it with “Import a community's answer”.").format(
                               office=peer.name, path=peer.answer_path))
        self.mine.show_fingerprint(status.sync_overview(self._session.ctx).fingerprint, self.tr(
            "When the office imports the answer, read out this fingerprint to them."))
        self.mine.show()
        self.enrolment_imported.emit(peer)

    @classmethod
    def ask(cls, session: AppSession, parent: QWidget | None = None) -> EnrolledPeer | None:
        """Show the dialog; the office enrolled with, or None."""
        dialog = cls(session, parent)
        dialog.exec()
        return dialog.imported
