"""Questions the shell asks before it throws work away (unsaved edits when quitting or switching user)."""

from __future__ import annotations

from collections.abc import Sequence

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
