"""Questions the dispute editor asks (classes with ``ask()`` so tests can answer them)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget



class LeaveChoice(Enum):
    """What to do with unsaved edits."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChangesPrompt:
    """Save, discard or stay when leaving a dirty editor."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> LeaveChoice:
        """The user's choice."""
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("DisputeEditor", "Unsaved changes"),
                          QCoreApplication.translate("DisputeEditor", "The dispute “{title}” has changes that are not saved.").format(title=title),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.button(QMessageBox.StandardButton.Save).setText(QCoreApplication.translate("DisputeEditor", "Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(QCoreApplication.translate("DisputeEditor", "Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("DisputeEditor", "Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return LeaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return LeaveChoice.DISCARD
        return LeaveChoice.CANCEL


class StaleRecordPrompt:
    """Someone else saved the dispute meanwhile: reload it (losing these edits) or keep editing."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """True to reload."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DisputeEditor", "Changed elsewhere"),
                          QCoreApplication.translate("DisputeEditor", "Someone else changed this dispute since you opened it, so your changes were not "
                              "saved."), QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText(QCoreApplication.translate("DisputeEditor", "Reload it to see the other changes, then make yours again. "
                                   "Copy any text you want to keep first."))
        box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("DisputeEditor", "Reload"))
        box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("DisputeEditor", "Keep my edits on screen"))
        return box.exec() == QMessageBox.StandardButton.Ok
