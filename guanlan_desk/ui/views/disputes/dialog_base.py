"""The base of the lifecycle step dialogs: a form whose OK checks before closing, and small widget helpers."""

from __future__ import annotations

from datetime import date, timedelta, timezone

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.localtime import LOCAL_TZ

from guanlan_desk.ui.views.disputes.filter_bar import qdate
from guanlan_desk.ui.enum_text import enum_text


SHENZHEN = LOCAL_TZ  # the app's one local zone (domain/localtime.py)
JC_WINDOW_DAYS = 30


def _combo(parent: QWidget, members: list[object]) -> QComboBox:
    combo = QComboBox(parent)
    for member in members:
        combo.addItem(enum_text(member), member)  # type: ignore[arg-type]
    return combo


def _date_edit(parent: QWidget, day: date, latest: date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


def _text(parent: QWidget, name: str, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(70)
    return edit


class _StepDialog(QDialog):
    """A form with OK/Cancel whose ``accept`` runs :meth:`check` first."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def check(self) -> bool:
        """Whether the form may close (subclasses show inline messages)."""
        return True

    def accept(self) -> None:
        """Close only when :meth:`check` passes."""
        if self.check():
            super().accept()


