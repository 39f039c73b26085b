"""Two kinds of failure: user-facing errors (bad input, known faults) and bugs (a crash dialog)."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.ui.i18n import error_text

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    """What to tell the user about ``exc``: the translated message, or a generic line for a bug."""
    if isinstance(exc, UserFacingError):
        return error_text(exc)
    return QCoreApplication.translate(
        "errors", "An unexpected error occurred. Your saved records are safe; details are below.")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc``: a warning for user-facing errors, a crash dialog with the traceback for bugs."""
    if isinstance(exc, UserFacingError):
        QMessageBox.warning(parent, QCoreApplication.translate("errors", "Cannot continue"), error_text(exc))
        return
    log.error("unexpected error", exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("errors", "Unexpected error"),
                      describe(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
