"""Ctrl+L says the workstation is locked; only the idle lock says it was a period without use."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from guanlan_desk.store.engine import Database
from guanlan_desk.ui.main_window import MainWindow
from guanlan_desk.ui.pages import PageSpec
from tests.ui.shell_helpers import real_session


def test_ctrl_l_and_the_idle_lock_say_different_things(qtbot: QtBot, zh_ui: object, db: Database,
                                                        qsettings: QSettings) -> None:
    window = MainWindow(real_session(db, qsettings), list[PageSpec]())
    qtbot.addWidget(window)
    window.show()
    window.lock_action.trigger()  # Ctrl+L
    assert window.locked
    assert window.lock_screen.who.text().startswith("已锁定。") and "长时间未操作" not in window.lock_screen.who.text()
    window._unlock()
    window._on_idle_timed_out()
    assert window.locked and window.lock_screen.who.text().startswith("长时间未操作")
