"""User management for administrators: the accounts of this workstation, add, reset password, disable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.services import accounts
from guanlan_desk.services.accounts import UserRow
from guanlan_desk.ui.dialogs.users import AddUserDialog, PasswordDialog
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.enum_text import enum_text


class UserAdminBox(QGroupBox):
    """The user table with Add, Reset password and Disable/Enable."""

    users_loaded = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Users of this workstation"))
        self.session = session
        self.rows: list[UserRow] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("users")
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                              self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.active_button = QPushButton(self.tr("&Disable"))
        self.active_button.clicked.connect(self._on_active_clicked)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Load the user list again."""
        ctx = self.session.ctx
        op: Op[list[UserRow]] = Op(self, lambda: accounts.list_users(ctx))
        op.success(self._on_users_loaded)
        op.run()

    def _on_users_loaded(self, rows: list[UserRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            if row.locked:
                state = self.tr("Locked (failed logins)")
            elif row.active:
                state = self.tr("Active")
            else:
                state = self.tr("Disabled")
            for col, text in enumerate((row.username, row.display_name, enum_text(row.role), state)):
                item = QTableWidgetItem(text)
                if not row.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(n, col, item)
        self._update_buttons()
        self.users_loaded.emit()

    def selected(self) -> UserRow | None:
        """The user whose row is selected."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected()
        self.reset_button.setEnabled(row is not None)
        own = row is not None and row.username == self.session.actor.username
        self.active_button.setEnabled(row is not None and not own)
        self.active_button.setToolTip(self.tr("You cannot disable your own account.") if own else "")
        self.active_button.setText(self.tr("&Enable") if row is not None and not row.active else self.tr("&Disable"))

    @Slot()
    def _on_add_clicked(self) -> None:
        if AddUserDialog.ask(self.session, self) is not None:
            self.reload()

    @Slot()
    def _on_reset_clicked(self) -> None:
        row = self.selected()
        if row is not None and PasswordDialog.ask(self.session, row.username, self):
            self.reload()

    @Slot()
    def _on_active_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.active:
            answer = QMessageBox.question(
                self, self.tr("Disable user"),
                self.tr("Disable {user}? The account can no longer log in; its records and audit entries stay.")
                .format(user=row.username))
            if answer != QMessageBox.StandardButton.Yes:
                return
        ctx, username, active = self.session.ctx, row.username, not row.active
        op: Op[None] = Op(self, lambda: accounts.set_active(ctx, username=username, active=active))
        op.success(lambda _r: self.reload())
        op.run()
