"""A new password typed twice, with the strength rule checked inline."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.services import accounts
from guanlan_desk.ui.i18n import error_text


class PasswordPair(QWidget):
    """Two password fields; ``problem()`` says what is wrong (strength, mismatch) or returns ``""``.

    Given ``form``, the rows go into that form (so its labels line up) and this widget itself stays hidden.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, form: QFormLayout | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setObjectName("new_password")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("new_password_again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("password_message")
        self.message.setWordWrap(True)
        if form is None:
            layout = QFormLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
        else:
            layout = form
            self.hide()
        layout.addRow(self.tr("New password"), self.first)
        layout.addRow(self.tr("Again"), self.second)
        layout.addRow("", self.message)
        self.first.textChanged.connect(self._on_text_changed)
        self.second.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def password(self) -> str:
        """The password typed."""
        return self.first.text()

    def problem(self) -> str:
        """What keeps the password from being used ("" when it is fine)."""
        try:
            accounts.check_password_strength(self.first.text())
        except ValidationError as exc:
            return error_text(exc)
        if self.first.text() != self.second.text():
            return self.tr("The two passwords differ.")
        return ""

    def clear(self) -> None:
        """Empty both fields."""
        self.first.clear()
        self.second.clear()

    @Slot()
    def _on_text_changed(self) -> None:
        problem = self.problem() if self.first.text() else self.tr(
            "At least {n} characters, with letters and digits.").format(n=accounts.MIN_PASSWORD)
        if not problem:
            self.message.setText(self.tr("Good."))
            self.message.setStyleSheet("color: #1b7f3b;")
        else:
            self.message.setText(problem)
            self.message.setStyleSheet("color: #b00020;" if self.first.text() else "color: palette(mid);")
        self.changed.emit()
