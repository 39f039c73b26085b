"""Account dialogs: add a user, reset someone's password (admins), change one's own password."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import Role, WorkstationRole
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.domain.roles import ROLES_FOR
from guanlan_desk.services import accounts
from guanlan_desk.services.accounts import UserRow
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.ledger_form import error_label
from guanlan_desk.ui.widgets.password_pair import PasswordPair
from guanlan_desk.ui.enum_text import enum_text


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AddUserDialog(QDialog):
    """A new account: user name, the person's name, a role of this workstation, a first password."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.created: UserRow | None = None
        self.setWindowTitle(self.tr("Add user"))
        self.setMinimumWidth(420)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in ROLES_FOR[WorkstationRole(session.db.workstation.role)]:
            self.role.addItem(enum_text(role), role.value)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        self.passwords = PasswordPair(self, form)
        self.message = error_label("message")
        self.buttons = _buttons(self, self.tr("Add"), self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, session: AppSession, parent: QWidget | None = None) -> UserRow | None:
        """Show the dialog; the created user, or ``None``."""
        dialog = cls(session, parent)
        dialog.exec()
        return dialog.created

    @Slot()
    def _on_buttons_accepted(self) -> None:
        problem = self.passwords.problem()
        if problem:
            self._show(problem)
            return
        ctx = self.session.ctx
        username, name = self.username.text().strip(), self.display_name.text().strip()
        role, password = Role(self.role.currentData()), self.passwords.password()
        self.buttons.setEnabled(False)
        op: Op[UserRow] = Op(self, lambda: accounts.add_user(ctx, username=username, display_name=name,
                                                             role=role, password=password))
        op.success(self._on_added).failure(self._on_failed)
        op.run()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_added(self, row: UserRow) -> None:
        self.created = row
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self._show(error_text(exc))
        else:
            show_error(self, exc)


class PasswordDialog(QDialog):
    """A new password: an admin resetting ``username``'s, or (``username`` empty) the user's own."""

    def __init__(self, session: AppSession, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.username = username
        self.done_ok = False
        own = not username
        self.setWindowTitle(self.tr("Change my password") if own else self.tr("Reset password"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.old = QLineEdit()
        self.old.setObjectName("old_password")
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        if own:
            form.addRow(self.tr("Current password"), self.old)
        else:
            intro = QLabel(self.tr("New password for {user}. This also lifts a lockout after failed logins.")
                           .format(user=username))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.passwords = PasswordPair(self, form)
        layout.addLayout(form)
        self.message = error_label("message")
        self.buttons = _buttons(self, self.tr("Change password"), self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, session: AppSession, username: str = "", parent: QWidget | None = None) -> bool:
        """Show the dialog; True when the password was changed."""
        dialog = cls(session, username, parent)
        dialog.exec()
        return dialog.done_ok

    @Slot()
    def _on_buttons_accepted(self) -> None:
        problem = self.passwords.problem()
        if problem:
            self._show(problem)
            return
        ctx = self.session.ctx
        new, old, username = self.passwords.password(), self.old.text(), self.username
        self.buttons.setEnabled(False)
        if username:
            op: Op[None] = Op(self, lambda: accounts.set_password(ctx, username=username, new_password=new))
        else:
            op = Op(self, lambda: accounts.change_password(ctx, old_password=old, new_password=new))
        op.success(self._on_changed).failure(self._on_failed)
        op.run()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_changed(self, _result: None) -> None:
        self.done_ok = True
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self._show(error_text(exc))
        else:
            show_error(self, exc)
