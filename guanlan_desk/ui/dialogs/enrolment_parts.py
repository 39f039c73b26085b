"""Parts shared by the enrolment screens: file choosers, the fingerprint box, the check-then-confirm dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.sync.ui_api import EnrolmentPreview
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.sync.texts import error_message, fingerprint_lines

ERROR_STYLE = "QLabel { color: #a4262c; }"
DONE_STYLE = ("QLabel { background: #dff6dd; color: #0e3b0e; border: 1px solid #9fd89f; border-radius: 4px;"
               " padding: 6px 10px; }")


class EnrolmentFileAsk:
    """File and folder choosers of the enrolment screens (tests monkeypatch these classmethods)."""

    @classmethod
    def ask_folder(cls, parent: QWidget | None, title: str, start: str = "") -> str:
        """A folder, or ''."""
        return QFileDialog.getExistingDirectory(parent, title, start)

    @classmethod
    def ask_file(cls, parent: QWidget | None, title: str, pattern: str, start: str = "") -> str:
        """One file, or ''."""
        name, _ = QFileDialog.getOpenFileName(parent, title, start, pattern)
        return name


class FingerprintBox(QGroupBox):
    """A fingerprint in big monospace groups, with what to do with it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.value = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def show_fingerprint(self, fingerprint: str, note: str) -> None:
        """Show ``fingerprint`` grouped for reading aloud."""
        self.value.setText(fingerprint_lines(fingerprint))
        self.note.setText(note)


def folder_row(parent: QWidget, edit: QLineEdit, title: str) -> QHBoxLayout:
    """A folder field with its Browse… button."""
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    browse = QPushButton(QCoreApplication.translate("EnrolmentFileAsk", "Browse…"))
    row.addWidget(browse)

    def choose() -> None:
        folder = EnrolmentFileAsk.ask_folder(parent, title, edit.text())
        if folder:
            edit.setText(folder)

    browse.clicked.connect(choose)
    return row


class PreviewDialog(QDialog):
    """Pick a signed file, check it, show its fingerprint, and accept only after the person confirms."""

    def __init__(self, session: AppSession, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._session = session
        self.preview_shown: EnrolmentPreview | None = None
        self.file = QLineEdit()
        self.browse = QPushButton(QCoreApplication.translate("EnrolmentFileAsk", "Browse…"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.fingerprint = FingerprintBox("")
        self.fingerprint.hide()
        self.confirm = QCheckBox()
        self.confirm.setEnabled(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.file.textChanged.connect(self._on_file_text_changed)
        self.confirm.toggled.connect(self._on_confirm_toggled)
        self.setMinimumWidth(560)

    def _load(self, path: Path) -> EnrolmentPreview:
        raise NotImplementedError

    @Slot(str)
    def _on_file_text_changed(self, text: str) -> None:
        self.preview_shown = None
        self.confirm.setChecked(False)
        self.confirm.setEnabled(False)
        self.fingerprint.hide()
        self.details.clear()
        self.message.hide()
        path = Path(text.strip())
        if not text.strip() or not path.is_file():
            return
        try:
            preview = self._load(path)
        except UserFacingError as exc:
            self._show(error_message(exc), error=True)
            return
        self.preview_shown = preview
        self._show_preview(preview)
        self.fingerprint.show()
        self.confirm.setEnabled(True)

    def _show_preview(self, preview: EnrolmentPreview) -> None:
        raise NotImplementedError

    @Slot(bool)
    def _on_confirm_toggled(self, checked: bool) -> None:
        self.accept_button.setEnabled(checked and self.preview_shown is not None)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.setText(text)
        self.message.show()

    def _failed(self, exc: BaseException) -> None:
        self.accept_button.setEnabled(self.confirm.isChecked())
        if isinstance(exc, UserFacingError):
            self._show(error_message(exc), error=True)
        else:
            show_error(self, exc)
