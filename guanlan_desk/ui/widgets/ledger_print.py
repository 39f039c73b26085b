"""A "Print…" button that opens the print dialog for one record, when the print dialog is installed."""

from __future__ import annotations

import importlib.util
import sys

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from guanlan_desk.ui.session import AppSession

PRINT_MODULE = "guanlan_desk.ui.dialogs.print_dialog"


def print_dialog_available() -> bool:
    """Whether the print dialog module exists in this build."""
    if PRINT_MODULE in sys.modules:
        return True
    try:
        return importlib.util.find_spec(PRINT_MODULE) is not None
    except (ImportError, ValueError):  # the dialogs package itself is missing
        return False


class PrintButton(QPushButton):
    """Prints the forms of ``subject`` ("risk", "lcp" …) for the record shown; hidden without a print dialog."""

    def __init__(self, subject: str, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Print…"))
        self.setToolTip(self.tr("Preview and print the forms of this record (Ctrl+P)"))
        self._subject = subject
        self._session = session
        self._record_id: str | None = None
        self.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.setVisible(print_dialog_available())
        self.setEnabled(False)
        self.clicked.connect(self._on_self_clicked)

    def set_record(self, record_id: str | None) -> None:
        """The record to print (None: nothing to print yet)."""
        self._record_id = record_id
        self.setEnabled(record_id is not None)

    @Slot()
    def _on_self_clicked(self) -> None:
        if self._record_id is None:
            return
        try:
            from guanlan_desk.ui.dialogs.print_dialog import PrintDialog  # type: ignore[import-not-found, unused-ignore]
        except ImportError:
            self.hide()
            return
        PrintDialog.ask(self.window(), self._session, subject=self._subject, record_id=self._record_id)
