"""The settings page (设置): language, idle lock, export folder, font size, my password, users, workstation,
the communities' mediation committees."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import keys
from guanlan_desk.ui.dialogs.users import PasswordDialog
from guanlan_desk.ui.i18n import LANGUAGES
from guanlan_desk.ui.preferences import FONT_SIZES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, Preferences
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.committees_box import CommitteesBox
from guanlan_desk.ui.views.backup_box import BackupBox
from guanlan_desk.ui.views.user_admin import UserAdminBox
from guanlan_desk.ui.enum_text import enum_text


def _selectable(text: str) -> QLabel:
    value = QLabel(text)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setWordWrap(True)
    return value


class SettingsPage(QWidget):
    """Preferences take effect at once (the language at the next start); admins also manage users here."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = Preferences(session.settings)
        self.summary = session.reference.summary

        heading = QLabel(self.tr("Settings"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)

        left = QVBoxLayout()
        left.addWidget(self._display_box())
        left.addWidget(self._account_box())
        self.users_box: UserAdminBox | None = None
        if session.ctx.can(Permission.USER_ADMIN):
            self.users_box = UserAdminBox(session)
            left.addWidget(self.users_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._workstation_box())
        self.committees_box = CommitteesBox(session)
        right.addWidget(self.committees_box)
        self.backup_box = BackupBox(session)
        right.addWidget(self.backup_box)
        right.addWidget(self._key_box())
        right.addStretch(1)
        columns = QGridLayout()
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 3)
        columns.setColumnStretch(1, 2)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(heading)
        body_layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- sections ----------------------------------------------------------------------------------
    def _display_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.prefs.language)))
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.language_note = QLabel(self.tr("A new language takes effect when the app is started again."))
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: #555;")

        self.font_size = QComboBox()
        self.font_size.setObjectName("font_size")
        for size in FONT_SIZES:
            self.font_size.addItem(self.tr("{n} pt").format(n=size), size)
        self.font_size.setCurrentIndex(max(0, self.font_size.findData(self.prefs.font_size)))
        self.font_size.currentIndexChanged.connect(self._on_font_size_current_index_changed)

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(self.prefs.idle_minutes)
        self.idle_minutes.valueChanged.connect(self._on_idle_minutes_value_changed)

        self.export_folder = QLineEdit(self.prefs.export_folder)
        self.export_folder.setObjectName("export_folder")
        self.export_folder.setPlaceholderText(self.tr("A folder for export bundles (USB stick or shared folder)"))
        self.export_folder.editingFinished.connect(self._on_export_folder_editing_finished)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout(box)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Font size"), self.font_size)
        form.addRow(self.tr("Lock after no use for"), self.idle_minutes)
        form.addRow(self.tr("Export folder"), folder_row)
        return box

    def _account_box(self) -> QGroupBox:
        actor = self.session.actor
        box = QGroupBox(self.tr("My account"))
        who = QLabel(self.tr("{name} ({user}), role: {role}").format(
            name=actor.display_name, user=actor.username, role=enum_text(actor.role)))
        who.setObjectName("me")
        self.change_password = QPushButton(self.tr("&Change my password…"))
        self.change_password.clicked.connect(self._on_change_password_clicked)
        self.password_note = QLabel()
        self.password_note.setObjectName("password_note")
        row = QHBoxLayout(box)
        row.addWidget(who, 1)
        row.addWidget(self.password_note)
        row.addWidget(self.change_password)
        return box

    def _workstation_box(self) -> QGroupBox:
        s = self.summary
        box = QGroupBox(self.tr("This workstation"))
        form = QFormLayout(box)
        form.addRow(self.tr("Name"), _selectable(s.name))
        form.addRow(self.tr("Role"), _selectable(s.role_label))
        form.addRow(self.tr("Community"), _selectable(f"{s.community_name} ({s.community_code})"))
        form.addRow(self.tr("Workstation number"), _selectable(str(s.number)))
        form.addRow(self.tr("Workstation id"), _selectable(s.id))
        form.addRow(self.tr("Data folder"), _selectable(str(s.data_dir)))
        if s.demo:
            demo = QLabel(self.tr("DEMO DATA: generated records, not real people. Its demo password is shown at "
                                  "the login and is not secret. Never enter real records here."))
            demo.setObjectName("demo_marker")
            demo.setWordWrap(True)
            demo.setStyleSheet("background: #fff4ce; border: 1px solid #e0c060; padding: 6px;")
            form.addRow(demo)
        return box

    def _key_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data key and recovery code"))
        text = QLabel(self.tr(
            "Personal data (ID numbers, phone numbers, addresses, sensitive notes) is encrypted with this "
            "workstation's data key. The key is stored only locked: once for each user under their password, and "
            "once under the recovery code printed during setup. Logging in opens it; changing a password locks it "
            "anew. With the recovery code the key, and a backup, can be restored on a new computer. Keep the "
            "printed code locked away, apart from the computer. If every password and the code are lost, the "
            "encrypted personal data cannot be read again."))
        text.setObjectName("key_reminder")
        text.setWordWrap(True)
        state = QLabel()
        state.setObjectName("key_protection")
        state.setWordWrap(True)
        db = self.session.db  # the keyring and the key slots: read off the GUI thread
        op: Op[keys.KeyProtection] = Op(self, lambda: keys.protection(db))
        op.success(lambda said: self._show_protection(state, said)).run()
        layout = QVBoxLayout(box)
        layout.addWidget(state)
        layout.addWidget(text)
        return box

    @staticmethod
    def _show_protection(state: QLabel, said: keys.KeyProtection) -> None:
        text = QCoreApplication.translate("keys", said.summary)
        if said.waiting:
            text += "\n" + QCoreApplication.translate("keys", keys.WAITING).format(names=", ".join(said.waiting))
        state.setText(text)
        state.setStyleSheet("" if said.ok else "background: #fff4ce; border: 1px solid #e0c060; padding: 6px;")

    # -- changes -----------------------------------------------------------------------------------
    @Slot(int)
    def _on_language_current_index_changed(self, index: int) -> None:
        self.prefs.language = str(self.language.itemData(index))
        self.language_note.setStyleSheet("color: #b35c00; font-weight: bold;")
        self.session.preferences_changed.emit()

    @Slot(int)
    def _on_font_size_current_index_changed(self, index: int) -> None:
        size = int(self.font_size.itemData(index))
        self.prefs.font_size = size
        app = QApplication.instance()
        if isinstance(app, QApplication):
            font = QFont(app.font())
            font.setPointSize(size)
            app.setFont(font)
        self.session.preferences_changed.emit()

    @Slot(int)
    def _on_idle_minutes_value_changed(self, value: int) -> None:
        self.prefs.idle_minutes = value
        self.session.preferences_changed.emit()

    @Slot()
    def _on_export_folder_editing_finished(self) -> None:
        self.prefs.export_folder = self.export_folder.text().strip()
        self.session.preferences_changed.emit()

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), self.export_folder.text())
        if folder:
            self.export_folder.setText(folder)
            self._on_export_folder_editing_finished()

    @Slot()
    def _on_change_password_clicked(self) -> None:
        if PasswordDialog.ask(self.session, "", self):
            self.password_note.setText(self.tr("Password changed."))


def settings_page(session: AppSession, parent: QWidget | None) -> QWidget:
    """The page factory for :class:`PageSpec`."""
    return SettingsPage(session, parent)
