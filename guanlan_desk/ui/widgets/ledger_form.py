"""Form helpers shared by the risk ledger and the legal-clarity roster editors.

An optional date field, inline field errors next to their inputs, the unsaved-changes prompt and a short
"give a reason" dialog. Dialogs expose ``ask()`` classmethods that tests monkeypatch.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.errors import UserFacingError, ValidationError
from guanlan_desk.domain.localtime import local_today
from guanlan_desk.ui.i18n import error_text

_BLANK = QDate(1900, 1, 1)
ERROR_STYLE = "color: #B00020;"


def error_label(object_name: str = "") -> QLabel:
    """A hidden, wrapping label in the error colour: a dialog's message line for refused input."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


class OptionalDateEdit(QDateEdit):
    """A calendar date field that may also be left empty (shown as a dash)."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self._optional = optional
        if optional:
            self.setMinimumDate(_BLANK)
            self.setSpecialValueText("—")
            self.setDate(_BLANK)

    def value(self) -> date | None:
        """The chosen date, or ``None`` when left empty."""
        if self._optional and self.date() == _BLANK:
            return None
        return from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (``None`` clears an optional field)."""
        if value is None:
            self.setDate(_BLANK if self._optional else to_qdate(local_today()))
        else:
            self.setDate(to_qdate(value))


class FieldErrors(QObject):
    """Inline messages under their fields: ``add(field, widget)`` then ``show(field, text)``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add(self, field: str, widget: QWidget, form: QFormLayout | None = None) -> QLabel:
        """Register ``widget`` as the input of ``field``; the message label goes under it in ``form``."""
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        label.setObjectName(f"error_{field}")
        if form is not None:
            form.addRow("", label)
        self._labels[field] = label
        self._widgets[field] = widget
        return label

    def show(self, field: str, text: str) -> bool:
        """Show ``text`` under ``field`` and focus it; False if the field is unknown here."""
        label = self._labels.get(field)
        if label is None:
            return False
        label.setText(text)
        label.setVisible(True)
        self._widgets[field].setFocus()
        return True

    def show_error(self, exc: BaseException) -> bool:
        """Show a service's :class:`ValidationError` on its field; False if it cannot be placed inline."""
        if isinstance(exc, ValidationError):
            return self.show(exc.field, error_text(exc))
        return False

    def text(self, field: str) -> str:
        """The message shown under ``field`` ("" when none)."""
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear(self) -> None:
        """Hide every message."""
        for label in self._labels.values():
            label.clear()
            label.setVisible(False)

    def any_shown(self) -> bool:
        """Whether a message is showing."""
        return any(not label.isHidden() for label in self._labels.values())


class Leave(Enum):
    """The answers to "you have unsaved changes"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChangesPrompt(QObject):
    """Asks whether to save, discard or keep editing."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Leave:
        """Show the question; the answer decides whether the page may leave the editor."""
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("UnsavedChangesPrompt", "Unsaved changes"),
                          QCoreApplication.translate("UnsavedChangesPrompt",
                                                     "This record has changes that are not saved yet. Save them?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return Leave.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Leave.DISCARD
        return Leave.CANCEL


class ReasonDialog(QDialog):
    """A short dialog asking for a reason (reopening, rejecting, removing …); empty answers are refused."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 220)

    def _on_buttons_accepted(self) -> None:
        if not self.text.toPlainText().strip():
            self.error.setText(self.tr("Please write the reason."))
            self.error.setVisible(True)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str) -> str | None:
        """The reason typed, or ``None`` when cancelled."""
        dialog = cls(parent, title, prompt)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText().strip()


def show_failure(parent: QWidget | None, errors: FieldErrors, exc: BaseException) -> None:
    """A service failure: inline when it names a field shown here, otherwise the usual error display."""
    from guanlan_desk.ui.errors import show_error

    if isinstance(exc, UserFacingError) and errors.show_error(exc):
        return
    show_error(parent, exc)

