"""Questions the shell asks before it throws work away (unsaved edits when quitting or switching user)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class DiscardChanges:
    """"These pages hold unsaved changes: discard them?" — ``ask`` is monkeypatched by tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, page_titles: Sequence[str], action: str) -> bool:
        """True when the user chose to discard the unsaved changes and go on with ``action``."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("DiscardChanges", "Unsaved changes"))
        box.setText(QCoreApplication.translate("DiscardChanges", "Unsaved changes on: {pages}.")
                    .format(pages="、".join(page_titles)))
        box.setInformativeText(QCoreApplication.translate(
            "DiscardChanges", "Choose Cancel to go back and save them first, or discard them and {action}.")
            .format(action=action))
        discard = box.addButton(QCoreApplication.translate("DiscardChanges", "Discard changes"),
                                QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QCoreApplication.translate("DiscardChanges", "Cancel"),
                               QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is discard


class QuitChoice(StrEnum):
    """What to do with unsaved edits when the program is closed."""

    SAVE = "save"  # save every editor, quit when all saved
    DISCARD = "discard"
    CANCEL = "cancel"


class QuitPrompt:
    """"Unsaved changes on: 纠纷. 保存并退出 / 不保存退出 / 取消" — ``ask`` is monkeypatched by tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, page_titles: Sequence[str]) -> QuitChoice:
        """Save and quit (the default), quit without saving, or stay."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("QuitPrompt", "Unsaved changes"))
        box.setText(QCoreApplication.translate("QuitPrompt", "Unsaved changes on: {pages}.")
                    .format(pages="、".join(page_titles)))
        box.setInformativeText(QCoreApplication.translate(
            "QuitPrompt", "Save them before quitting? The program stays open if a save does not succeed."))
        save = box.addButton(QCoreApplication.translate("QuitPrompt", "Save and quit"),
                             QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(QCoreApplication.translate("QuitPrompt", "Quit without saving"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QCoreApplication.translate("QuitPrompt", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return QuitChoice.SAVE if clicked is save else QuitChoice.DISCARD if clicked is discard else QuitChoice.CANCEL
