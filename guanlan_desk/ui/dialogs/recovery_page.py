"""The setup wizard's last page: the recovery code, to be printed or written down and locked away."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizardPage

from guanlan_desk.domain.localtime import local_today

def monospace_font() -> QFont:
    """A large fixed-width font for the recovery code."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), QGuiApplication.font().pointSizeF()) * 1.5)
    font.setBold(True)
    return font


class RecoveryPage(QWizardPage):
    """Shows the code once; finishing needs the "I have written it down" box ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = ""
        self.setTitle(self.tr("Recovery code: write it down now"))
        self.setSubTitle(self.tr("The workstation is ready. This code is shown only once."))
        intro = QLabel(self.tr(
            "Personal data is encrypted with a key that only a user's password on this computer, or this code, "
            "opens. If the computer breaks, its user profile is lost or every administrator forgets the password, "
            "this code is the only way to read the records again. Print it or copy it by hand, check every group, "
            "and keep the paper locked away — not next to the computer and never in a file on it."))
        intro.setWordWrap(True)
        self.protection = QLabel()
        self.protection.setObjectName("key_protection")
        self.protection.setWordWrap(True)
        self.protection.hide()
        self.code = QLabel()
        self.code.setObjectName("recovery_code")
        self.code.setFont(monospace_font())
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setWordWrap(True)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setStyleSheet("background: #f4f6f8; border: 1px solid #c8d0d8; padding: 12px;")
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.copied = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.copied)
        buttons.addStretch(1)
        self.confirmed = QCheckBox(self.tr("I have &written down or printed the recovery code and will keep it "
                                           "locked away."))
        self.confirmed.setObjectName("code_written_down")
        self.confirmed.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.protection)
        layout.addSpacing(8)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.confirmed)

    def show_code(self, code: str, workstation: str, protection: str = "", ok: bool = True) -> None:
        """Put the code on the page, with how the key is protected here when that needs saying."""
        self.code.setText(code)
        self._workstation = workstation
        self.protection.setText(protection)
        self.protection.setStyleSheet("" if ok else "background: #fff4ce; border: 1px solid #e0c060; padding: 6px;")
        self.protection.setVisible(bool(protection) and not ok)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Finishing needs the box ticked."""
        return self.confirmed.isChecked()

    @Slot()
    def _on_copy_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.code.text())
        self.copied.setText(self.tr("Copied. Paste it only onto paper you print, never into a file you keep."))

    def document_html(self) -> str:
        """The printed sheet."""
        title = self.tr("Guanlan desk — data key recovery code")
        where = self.tr("Workstation: {name}").format(name=self._workstation)
        when = self.tr("Printed on: {day}").format(day=local_today().isoformat())
        keep = self.tr("Keep this sheet locked away. With it the data key and a backup can be restored on a new "
                       "computer.")
        code = html.escape(self.code.text())
        return (f"<h2>{html.escape(title)}</h2><p>{html.escape(where)}<br>{html.escape(when)}</p>"
                f"<p style='font-family: monospace; font-size: 18pt; font-weight: bold;'>{code}</p>"
                f"<p>{html.escape(keep)}</p>")

    @Slot()
    def _on_print_clicked(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(self.document_html())
        document.print_(printer)
