"""The login dialog: user name and password, checked by ``accounts.login`` off the GUI thread.

It is the first window of every start, so it imports nothing of the database layer itself (the services
are imported on the worker thread, or were already by the background opening).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import Role
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services.demo_account import DEMO_PASSWORD, DEMO_USERNAME
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.opening import BackgroundOpen
from guanlan_desk.ui.ops import Op

if TYPE_CHECKING:
    from guanlan_desk.services.context import Actor
    from guanlan_desk.services.workstation import Database

PRODUCT_NAME = "观澜街道 调解与风险台账"


class LoginDialog(QDialog):
    """Asks for a user name and password; ``actor`` is set when the login succeeded."""

    def __init__(self, db: Database | BackgroundOpen, *, username: str = "", demo: bool = False,
                 subtitle: str = "", switching: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self._op: Op[Actor] | None = None
        self.setWindowTitle(self.tr("Switch user") if switching else self.tr("Log in"))
        self.setMinimumWidth(380)

        title = QLabel(PRODUCT_NAME)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = sub = QLabel(subtitle)
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sub.setVisible(bool(subtitle))

        self.username = QLineEdit(username or (DEMO_USERNAME if demo else ""))
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.hint = QLabel(self.tr("Demo data (not real records): log in as {user} with the password {password}. "
                                   "Other demo users: mediator, grid, viewer.")
                           .format(user=DEMO_USERNAME, password=DEMO_PASSWORD))
        self.hint.setObjectName("demo_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("background: #fff4ce; border: 1px solid #e0c060; padding: 6px;")
        self.hint.setVisible(demo)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        # Shown when the password is right but this computer cannot open the key (a new computer or profile).
        self.recover_button = self.buttons.addButton(self.tr("Use the &recovery code…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.recover_button.setObjectName("use_recovery_code")
        self.recover_button.clicked.connect(self._on_recover_button_clicked)
        self.recover_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(sub)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if self.username.text() else self.username).setFocus()
        if isinstance(db, BackgroundOpen):  # the folder opens once this window is up: watch it
            QTimer.singleShot(0, db.start)
            self._watch = QTimer(self)
            self._watch.setInterval(50)
            self._watch.timeout.connect(self._on_watch_timeout)
            self._watch.start()

    @Slot()
    def _on_watch_timeout(self) -> None:
        opening = self._db
        if not isinstance(opening, BackgroundOpen) or not opening.done():
            return
        self._watch.stop()
        if opening.error is not None:  # the caller reports the fault; there is nothing to log in to
            self.reject()
            return
        name = opening.result().workstation.name
        if not self.subtitle.text():
            self.subtitle.setText(name)
            self.subtitle.show()

    @classmethod
    def ask(cls, db: Database | BackgroundOpen, *, parent: QWidget | None = None, username: str = "", demo: bool = False,
            subtitle: str = "", switching: bool = False) -> Actor | None:
        """Show the dialog; the logged-in actor, or ``None`` when cancelled."""
        dialog = cls(db, username=username, demo=demo, subtitle=subtitle, switching=switching, parent=parent)
        dialog.exec()
        return dialog.actor

    def show_message(self, text: str) -> None:
        """Show an error under the fields."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()  # a long message (a missing device key) gets its full height

    @Slot()
    def _on_buttons_accepted(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self.show_message(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        if not password:
            self.show_message(self.tr("Please enter your password."))
            self.password.setFocus()
            return
        self.show_message("")
        self.buttons.setEnabled(False)
        source = self._db

        def work() -> Actor:
            from guanlan_desk.services import accounts
            from guanlan_desk.services.context import Actor, Ctx

            db = source.result() if isinstance(source, BackgroundOpen) else source  # waits if still opening
            return accounts.login(Ctx(db, Actor.system(Role.VIEWER)), username=username, password=password)

        op: Op[Actor] = Op(self, work)
        op.success(self._on_login_succeeded).failure(self._on_login_failed)
        self._op = op
        op.run()

    def _on_login_succeeded(self, actor: Actor) -> None:
        self.buttons.setEnabled(True)
        self.actor = actor
        self.accept()

    def _on_login_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, UserFacingError):
            show_error(self, exc)
            return
        from guanlan_desk.services.errors import DataKeyMissing, DeviceKeyMissing  # loaded by now (the login ran)

        self.show_message(error_text(exc))
        if isinstance(exc, (DeviceKeyMissing, DataKeyMissing)):  # the password was right: keep it for the code
            self.recover_button.show()
            return
        self.password.clear()
        self.password.setFocus()

    @Slot()
    def _on_recover_button_clicked(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.show_message(self.tr("Enter your user name and password, then the recovery code."))
            return
        code, ok = QInputDialog.getText(self, self.tr("Recovery code"), self.tr(
            "Type the recovery code printed when this workstation was set up (14 groups of 4 characters). "
            "It opens the records on this computer, and your password will open them here from now on."))
        if not ok or not code.strip():
            return
        self.show_message("")
        self.buttons.setEnabled(False)
        source = self._db

        def work() -> Actor:
            from guanlan_desk.services import setup

            db = source.result() if isinstance(source, BackgroundOpen) else source
            return setup.open_with_recovery_code(db, code, username=username, password=password)

        op: Op[Actor] = Op(self, work)
        op.success(self._on_login_succeeded).failure(self._on_recovery_failed)
        self._op = op
        op.run()

    def _on_recovery_failed(self, exc: BaseException) -> None:
        from guanlan_desk.services.errors import WrongRecoveryCode

        if isinstance(exc, WrongRecoveryCode):  # a typo in the code: keep the password, try the code again
            self.buttons.setEnabled(True)
            self.show_message(error_text(exc))
            return
        self._on_login_failed(exc)
