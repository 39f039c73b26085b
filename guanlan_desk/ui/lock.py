"""The idle lock: an app-wide input watcher with a timer, and the lock screen that asks for the password.

The lock only covers what is on screen; the pages underneath stay as they are, so unsaved edits survive.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import Role
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services import accounts
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.workstation import Database
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.ops import Op

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    """Emits ``timed_out`` after ``minutes`` without keyboard or mouse input anywhere in the app."""

    timed_out = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.timed_out)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Change the timeout (restarts the countdown)."""
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, interval: int) -> None:
        """Change the timeout in milliseconds (tests use a tiny one)."""
        self.timer.setInterval(interval)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        """Start counting."""
        self.timer.start()

    def stop(self) -> None:
        """Stop counting (while locked)."""
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Any input restarts the countdown; nothing is filtered out."""
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def detach(self) -> None:
        """Stop watching the application's input."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QFrame):
    """Hides the window's content; the locked user's password unlocks it, or someone else switches user."""

    unlocked = Signal(object)  # the Actor who unlocked
    switch_user_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._username = ""
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lock_screen { background: #2f3e4e; } #lock_card { background: palette(window); "
                           "border-radius: 8px; }")
        card = QFrame()
        card.setObjectName("lock_card")
        # A width from the font, so the wrapped text gets its full height at any DPI and font size.
        card.setFixedWidth(max(420, card.fontMetrics().horizontalAdvance("观") * 28))
        self._card = card
        self.title = QLabel(self.tr("This workstation is locked"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self._on_unlock_clicked)
        self.message = QLabel()
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.switch_button = QPushButton(self.tr("&Switch user…"))
        self.switch_button.clicked.connect(self.switch_user_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.title)
        inner.addWidget(self.who)
        inner.addSpacing(6)
        inner.addWidget(self.password)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def prepare(self, actor: Actor, *, idle: bool = False) -> None:
        """Show the lock for ``actor``: clear the field and the message, focus the password."""
        self._username = actor.username
        text = (self.tr("Locked after a period without use. {name} ({user}), enter your password to "
                        "continue where you left off.") if idle else
                self.tr("Locked. {name} ({user}), enter your password to continue where you left off."))
        self.who.setText(text.format(name=actor.display_name, user=actor.username))
        # WORKAROUND: a centred widget gets no height-for-width from its layout; size the wrapped text here.
        inner = self._card.width() - 48
        self.who.setMinimumHeight(self.who.heightForWidth(inner))
        self.password.clear()
        self.message.hide()
        self.unlock_button.setEnabled(True)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_unlock_clicked(self) -> None:
        password = self.password.text()
        if not password:
            self._show(self.tr("Please enter your password."))
            return
        self.unlock_button.setEnabled(False)
        system = Ctx(self._db, Actor.system(Role.VIEWER))
        username = self._username
        op: Op[Actor] = Op(self, lambda: accounts.login(system, username=username, password=password))
        op.success(self._on_login_succeeded).failure(self._on_login_failed)
        op.run()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_login_succeeded(self, actor: Actor) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.unlocked.emit(actor)

    def _on_login_failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        if isinstance(exc, UserFacingError):
            self._show(error_text(exc))
        else:
            show_error(self, exc)


class WindowCover(QFrame):
    """A plain cover laid over another open window's content while the app is locked."""

    def __init__(self, window: QWidget, content: QWidget | None = None) -> None:
        super().__init__(window)
        self.setObjectName("window_cover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#window_cover { background: #2f3e4e; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if content is None:
            label = QLabel(self.tr("Locked. Unlock in the main window."))
            label.setStyleSheet("color: white;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            content = label
        layout.addWidget(content)
        self._window = window
        self._disabled: list[QWidget] = []
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    def cover(self) -> None:
        """Hide and disable the window's content (its state is kept)."""
        for child in self._window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child is not self and child.isEnabled() and not child.isWindow():
                child.setEnabled(False)
                self._disabled.append(child)
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()

    def uncover(self) -> None:
        """Give the window its content back and remove the cover."""
        for child in self._disabled:
            child.setEnabled(True)
        self._disabled.clear()
        self._window.removeEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Follow the window's size."""
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
        return False
