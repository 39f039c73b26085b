"""The login dialog: success, the same message for a wrong password and an unknown user, the lockout message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from guanlan_desk.store.engine import Database
from guanlan_desk.ui.dialogs.login import LoginDialog
from tests.conftest import ADMIN_PASSWORD
from tests.ui.shell_helpers import screenshot


def try_login(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.actor is not None or dialog.message.isVisible(), timeout=5000)


def test_the_right_password_logs_in(qtbot: QtBot, db: Database) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.username.setText("admin")
        qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_wrong_password_and_unknown_user_get_the_same_message(qtbot: QtBot, db: Database) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    try_login(qtbot, dialog, "admin", "not-the-password1")
    wrong = dialog.message.text()
    assert wrong == "Wrong user name or password." and dialog.actor is None
    assert dialog.password.text() == "" and dialog.isVisible()
    dialog.message.hide()
    try_login(qtbot, dialog, "nobody", "whatever123")
    assert dialog.message.text() == wrong


def test_five_failures_lock_the_account_and_say_so(qtbot: QtBot, db: Database) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        dialog.message.hide()
        try_login(qtbot, dialog, "admin", "bad-password9")
    assert "locked" in dialog.message.text() and "15 minutes" in dialog.message.text()
    dialog.message.hide()
    try_login(qtbot, dialog, "admin", ADMIN_PASSWORD)  # even the right password waits for the lock to end
    assert dialog.actor is None and "locked" in dialog.message.text()


def test_empty_fields_are_caught_before_the_service(qtbot: QtBot, db: Database) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text() == "Please enter your user name."


def test_a_demo_folder_prefills_admin_and_shows_the_hint(qtbot: QtBot, zh_ui: object, db: Database,
                                                         tmp_path: Path) -> None:
    dialog = LoginDialog(db, demo=True, subtitle="演示工作站")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == "admin" and dialog.hint.isVisible()
    assert "demo1234" in dialog.hint.text() and "演示数据" in dialog.hint.text()
    dialog.show_message("用户名或密码错误。")
    screenshot(dialog, tmp_path, "login", size=None)


def test_the_dialog_is_usable_while_the_folder_is_still_opening(qtbot: QtBot, db: Database) -> None:
    from guanlan_desk.ui.opening import BackgroundOpen

    data_dir = db.data_dir
    db.close()
    opening = BackgroundOpen(data_dir)
    dialog = LoginDialog(opening)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.username.setText("admin")
        qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # waits for the opening on the worker thread
    qtbot.waitUntil(lambda: dialog.subtitle.text() == "GC 1号机", timeout=5000)
    assert dialog.actor is not None
    assert opening.result().unlocked  # the login unwrapped the data key from the admin's slot
    opening.result().close()


def test_a_computer_without_this_workstations_device_key_says_so_plainly(qtbot: QtBot, db: Database,
                                                                         memory_keyring: object) -> None:
    from guanlan_desk.ui.opening import BackgroundOpen

    data_dir = db.data_dir
    db.close()
    memory_keyring.store.clear()  # type: ignore[attr-defined]  # another Windows account, a new computer
    opening = BackgroundOpen(data_dir)
    dialog = LoginDialog(opening)
    qtbot.addWidget(dialog)
    dialog.show()
    try_login(qtbot, dialog, "admin", ADMIN_PASSWORD)
    text = dialog.message.text()
    assert dialog.actor is None and "recovery code" in text and not opening.result().unlocked
    for word in ("Keyring", "keyring", "Error", "restore-key", "python"):
        assert word not in text
    opening.result().close()


def test_the_recovery_code_opens_the_records_from_the_login_dialog(qtbot: QtBot, db: Database,
                                                                   memory_keyring: object, monkeypatch: object,
                                                                   community_template: object) -> None:
    from PySide6.QtWidgets import QInputDialog

    from guanlan_desk.ui.opening import BackgroundOpen

    data_dir = db.data_dir
    db.close()
    memory_keyring.store.clear()  # type: ignore[attr-defined]  # a new computer
    opening = BackgroundOpen(data_dir)
    dialog = LoginDialog(opening)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.recover_button.isVisible()
    try_login(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert dialog.recover_button.isVisible() and dialog.password.text() == ADMIN_PASSWORD
    code = community_template.recovery_code  # type: ignore[attr-defined]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("wrong-code", True)))  # type: ignore[attr-defined]
    dialog.message.hide()
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert "recovery code is wrong" in dialog.message.text() and dialog.actor is None
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (code, True)))  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    db2 = opening.result()
    assert dialog.actor is not None and db2.unlocked
    db2.close()
    from guanlan_desk.services import accounts
    from guanlan_desk.services.context import Actor, Ctx
    from guanlan_desk.store.engine import open_database

    again = open_database(data_dir)  # the admin's slot now opens on this computer with the password alone
    try:
        accounts.login(Ctx(again, Actor.system()), username="admin", password=ADMIN_PASSWORD)
        assert again.unlocked
    finally:
        again.close()
