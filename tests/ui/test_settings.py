"""The settings page: preferences, user management for admins, own password; the About dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from guanlan_desk.domain.enums import Role
from guanlan_desk.services import accounts
from guanlan_desk.services.accounts import UserRow
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import Database
from guanlan_desk.ui.dialogs.about import AboutDialog, bundled_fonts
from guanlan_desk.ui.dialogs.users import AddUserDialog, PasswordDialog
from guanlan_desk.ui.preferences import Preferences
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.settings import SettingsPage
from tests.conftest import ADMIN_PASSWORD
from tests.ui.shell_helpers import real_session, screenshot
from tests.ui.waiting import settle


@pytest.fixture
def session(db: Database, qsettings: QSettings) -> AppSession:
    return real_session(db, qsettings)


def settings_page(qtbot: QtBot, session: AppSession) -> SettingsPage:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.users_box is not None
    qtbot.waitUntil(lambda: page.users_box is not None and page.users_box.table.rowCount() > 0, timeout=5000)
    settle(qtbot)  # the key protection, committees and backups are read off the GUI thread too
    return page


def table(page: SettingsPage) -> list[list[str]]:
    assert page.users_box is not None
    t = page.users_box.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_preferences_are_stored_and_announced(qtbot: QtBot, session: AppSession) -> None:
    page = settings_page(qtbot, session)
    prefs = Preferences(session.settings)
    with qtbot.waitSignal(session.preferences_changed):
        page.idle_minutes.setValue(3)
    assert prefs.idle_minutes == 3
    page.language.setCurrentIndex(page.language.findData("en"))
    assert prefs.language == "en" and "started again" in page.language_note.text()
    page.export_folder.setText("/media/usb/观澜导出")
    page.export_folder.editingFinished.emit()
    assert prefs.export_folder == "/media/usb/观澜导出"
    page.font_size.setCurrentIndex(page.font_size.findData(12))
    assert prefs.font_size == 12
    page.font_size.setCurrentIndex(page.font_size.findData(10))


def test_the_add_user_dialog_checks_and_creates_the_account(qtbot: QtBot, session: AppSession, db: Database) -> None:
    dialog = AddUserDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    # the English UI names the roles in English (the Chinese labels are for the Chinese UI)
    assert [dialog.role.itemText(i) for i in range(dialog.role.count())][:2] == ["Administrator", "Mediator"]
    dialog.username.setText("admin")
    dialog.display_name.setText("重名")
    qtbot.keyClicks(dialog.passwords.first, "Mediator123")
    qtbot.keyClicks(dialog.passwords.second, "Mediator123")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert dialog.message.text() == "The user name admin is taken."
    dialog.username.setText("chenzq")
    dialog.display_name.setText("陈志强")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.MEDIATOR.value))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok.click()
    assert dialog.created is not None and dialog.created.role == Role.MEDIATOR
    assert accounts.login(Ctx(db, Actor.system()), username="chenzq", password="Mediator123").display_name == "陈志强"


def test_admins_manage_users_from_the_page(qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch,
                                           db: Database) -> None:
    page = settings_page(qtbot, session)
    box = page.users_box
    assert box is not None
    assert table(page) == [["admin", "管理员", "Administrator", "Active"]]  # display name, then the role in English

    def add(cls: object, s: AppSession, parent: object = None) -> UserRow:
        return accounts.add_user(s.ctx, username="grid1", display_name="刘网格", role=Role.GRID_OFFICER,
                                 password="Grid123456")

    monkeypatch.setattr(AddUserDialog, "ask", classmethod(add))
    with qtbot.waitSignal(box.users_loaded, timeout=5000):
        box.add_button.click()
    assert table(page)[1] == ["grid1", "刘网格", "Grid officer", "Active"]

    box.table.selectRow(0)
    assert not box.active_button.isEnabled()  # not one's own account
    box.table.selectRow(1)
    assert box.active_button.isEnabled() and box.active_button.text() == "&Disable"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(box.users_loaded, timeout=5000):
        box.active_button.click()
    assert table(page)[1][3] == "Disabled"
    resets: list[str] = []
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, s, username, parent: resets.append(username)))
    box.table.selectRow(1)
    box.reset_button.click()
    assert resets == ["grid1"]


def test_changing_ones_own_password(qtbot: QtBot, session: AppSession, db: Database) -> None:
    dialog = PasswordDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.old, "not-it-123")
    qtbot.keyClicks(dialog.passwords.first, "NewPass2026")
    qtbot.keyClicks(dialog.passwords.second, "NewPass2026")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert dialog.message.text() == "Wrong user name or password."
    dialog.old.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok.click()
    assert accounts.login(Ctx(db, Actor.system()), username="admin", password="NewPass2026").username == "admin"


def test_a_viewer_sees_no_user_management(qtbot: QtBot, viewer: Ctx, qsettings: QSettings) -> None:
    page = SettingsPage(AppSession(viewer.db, viewer.actor, qsettings))
    qtbot.addWidget(page)
    assert page.users_box is None
    assert "recovery code" in page.findChild(object, "key_reminder").text()  # type: ignore[union-attr]


def test_about_shows_the_version_fonts_and_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == "Version 0.1.0"
    assert str(tmp_path) in dialog.data_label.text()
    faces = {f.face.split(" (")[0]: f.licence for f in bundled_fonts()}
    assert faces["WenQuanYi Micro Hei"].startswith("Apache-2.0") and "SIL OFL 1.1" in faces["LXGW WenKai Regular"]


def test_screenshot_of_the_settings_page(qtbot: QtBot, zh_ui: object, session: AppSession, tmp_path: Path) -> None:
    accounts.add_user(session.ctx, username="mediator", display_name="陈志强", role=Role.MEDIATOR,
                      password="Mediator123")
    page = settings_page(qtbot, session)
    qtbot.waitUntil(lambda: len(table(page)) == 2, timeout=5000)
    screenshot(page, tmp_path, "settings")
    about = AboutDialog(tmp_path)
    qtbot.addWidget(about)
    about.show()
    screenshot(about, tmp_path, "about", size=None)


def test_the_page_says_in_plain_words_when_passwords_alone_protect_the_key(qtbot: QtBot, zh_ui: object,
                                                                          session: AppSession,
                                                                          tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    page = settings_page(qtbot, session)
    said = page.findChild(object, "key_protection")
    assert "复制走的数据库在别处无法打开" in said.text()  # type: ignore[union-attr]
    keyring.set_keyring(fail.Keyring())  # the autouse fixture puts the memory keyring back
    page = settings_page(qtbot, session)
    said = page.findChild(object, "key_protection")
    text = said.text()  # type: ignore[union-attr]
    assert "仅由用户密码保护" in text
    for word in ("Keyring", "keyring", "gnome", "dbus", "Error", "--"):
        assert word not in text
    screenshot(page, tmp_path, "settings_passwords_alone")
