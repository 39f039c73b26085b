"""The main window: navigation, shortcuts, record routing, the unsaved-changes guard, idle lock, switch user."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from guanlan_desk.domain.enums import Role
from guanlan_desk.services import accounts
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import Database
from guanlan_desk.ui.dialogs.confirm import DiscardChanges, QuitChoice, QuitPrompt
from guanlan_desk.ui.dialogs.login import LoginDialog
from guanlan_desk.ui.main_window import MainWindow
from guanlan_desk.ui.navigation import area_title, default_pages
from guanlan_desk.ui.pages import PageSpec
from guanlan_desk.ui.preferences import Preferences
from guanlan_desk.ui.session import AppSession
from tests.conftest import ADMIN_PASSWORD
from tests.ui.shell_helpers import real_session, screenshot

BUILT: list[FakeRecordPage] = []


class FakeRecordPage(QWidget):
    """A record page: a search box, an editor that is dirty when it holds text, and the records it opened."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.editor = QLineEdit()
        self.editor.setObjectName("editor")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.editor)
        self.opened: list[str] = []
        self.saved: list[str] = []
        self.user = session.actor.username
        BUILT.append(self)

    def open_record(self, record_id: str) -> None:
        self.opened.append(record_id)

    def has_unsaved_changes(self) -> bool:
        return bool(self.editor.text())

    def save_changes(self, then: Callable[[], None]) -> None:
        """Saving fails while the text says so (the save's error would show on the page)."""
        if "失败" not in self.editor.text():
            self.saved.append(self.editor.text())
            self.editor.clear()
            then()


def pages() -> list[PageSpec]:
    specs = {spec.key: spec for spec in default_pages()}
    fake = PageSpec("disputes", lambda: area_title("disputes"), FakeRecordPage, record_kind="dispute")
    return [specs["dashboard"], fake, specs["settings"]]


@pytest.fixture
def session(db: Database, qsettings: QSettings) -> AppSession:
    return real_session(db, qsettings)


@pytest.fixture
def window(qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    BUILT.clear()
    win = MainWindow(session, pages())  # closed below, not by qtbot: its close may ask about edits
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    monkeypatch.setattr(DiscardChanges, "ask", classmethod(lambda cls, parent, titles, action: True))
    monkeypatch.setattr(QuitPrompt, "ask", classmethod(lambda cls, parent, titles: QuitChoice.DISCARD))
    win.close()
    win.deleteLater()


def current_title(win: MainWindow) -> str:
    item = win.nav.currentItem()
    return item.text() if item is not None else ""


def test_navigation_lists_the_areas_and_shortcuts_switch_between_them(qtbot: QtBot, window: MainWindow) -> None:
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["Workbench", "Disputes", "Settings"]
    assert window.current_key() == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "disputes" and current_title(window) == "Disputes"
    window.nav.setCurrentRow(2)
    assert window.current_key() == "settings"
    window.page_actions["dashboard"].trigger()
    assert window.current_key() == "dashboard"
    assert window.page_actions["settings"].shortcut().toString() == "Ctrl+3"


def test_a_record_request_opens_the_page_of_its_kind(qtbot: QtBot, window: MainWindow, session: AppSession) -> None:
    session.open_record("dispute", "d-42")
    assert window.current_key() == "disputes"
    page = window.page("disputes")
    assert isinstance(page, FakeRecordPage) and page.opened == ["d-42"]
    session.open_record("lcp", "l-1")  # no page for it on this branch: a message, no crash
    assert window.current_key() == "disputes"
    assert "No page" in window.status.currentMessage()


def test_ctrl_f_puts_the_cursor_in_the_page_search(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("disputes")
    page = window.page("disputes")
    assert isinstance(page, FakeRecordPage)
    page.editor.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.search.hasFocus())


def test_quitting_asks_about_unsaved_changes(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                             qsettings: QSettings) -> None:
    window.show_page("disputes")
    page = window.page("disputes")
    assert isinstance(page, FakeRecordPage)
    page.editor.setText("未保存的调解记录")
    window.show_page("dashboard")
    asked: list[list[str]] = []
    monkeypatch.setattr(QuitPrompt, "ask", classmethod(lambda cls, parent, titles: asked.append(
        list(titles)) or QuitChoice.CANCEL))
    assert not window.close()
    assert window.isVisible() and asked == [["Disputes"]]
    assert window.current_key() == "disputes"  # taken to the edits so they can be saved
    monkeypatch.setattr(QuitPrompt, "ask", classmethod(lambda cls, parent, titles: QuitChoice.DISCARD))
    assert window.close()
    assert qsettings.value(Preferences.GEOMETRY) is not None


def test_save_and_quit_saves_every_editor_and_quits_only_when_all_saved(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page("disputes")
    page = window.page("disputes")
    assert isinstance(page, FakeRecordPage)
    monkeypatch.setattr(QuitPrompt, "ask", classmethod(lambda cls, parent, titles: QuitChoice.SAVE))
    page.editor.setText("保存失败的记录")
    window.show_page("dashboard")
    window.close()
    qtbot.wait(50)  # a failed save leaves the program open, on the page with the edits
    assert window.isVisible() and window.current_key() == "disputes" and page.saved == []
    page.editor.setText("调解记录")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert page.saved == ["调解记录"]


def test_the_quit_prompt_offers_save_and_quit(qtbot: QtBot, zh_ui: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    seen: list[list[str]] = []

    def exec_(box: QMessageBox) -> int:
        seen.append([b.text() for b in box.buttons()])
        box.defaultButton().click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert QuitPrompt.ask(None, ["纠纷"]) is QuitChoice.SAVE
    assert sorted(seen[0]) == sorted(["保存并退出", "不保存退出", "取消"])


def test_the_idle_lock_hides_the_page_and_unlocking_restores_the_unsaved_edit(
        qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("disputes")
    page = window.page("disputes")
    assert isinstance(page, FakeRecordPage)
    page.editor.insert("调解中：")  # Chinese arrives through the input method; QTest types ASCII only
    qtbot.keyClicks(page.editor, "unsaved 123")
    window.idle.set_interval_ms(30)
    window.idle.start()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.lock_screen.isVisible() and not page.editor.isVisible() and not window.nav.isVisible()
    assert not window.switch_user_action.isEnabled()

    qtbot.keyClicks(window.lock_screen.password, "wrong-password1")
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock_screen.message.isVisible(), timeout=5000)
    assert window.lock_screen.message.text() == "Wrong user name or password."
    assert window.locked

    window.idle.set_minutes(10)
    qtbot.keyClicks(window.lock_screen.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(window.lock_changed, timeout=5000):
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert not window.locked and page.editor.isVisible()
    assert page.editor.text() == "调解中：unsaved 123"
    assert window.switch_user_action.isEnabled()


def test_ctrl_l_locks_and_other_open_windows_are_covered(qtbot: QtBot, window: MainWindow) -> None:
    other = QWidget(None, Qt.WindowType.Window)
    qtbot.addWidget(other)
    secret = QLineEdit("身份证号 4403**********1234", other)
    other.show()
    qtbot.waitExposed(other)
    window.activateWindow()
    window.lock()
    assert window.locked and not secret.isEnabled()
    covers = [c for c in other.children() if c.objectName() == "window_cover"]
    assert covers and covers[0].isVisible()  # type: ignore[attr-defined]
    window.lock_screen.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(window.lock_changed, timeout=5000):
        window.lock_screen.unlock_button.click()
    assert secret.isEnabled() and secret.text().startswith("身份证号")


def test_switch_user_rebuilds_the_pages_for_the_new_user(qtbot: QtBot, window: MainWindow, db: Database,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    admin_ctx = Ctx(db, window.session.actor)
    accounts.add_user(admin_ctx, username="mediator", display_name="陈志强", role=Role.MEDIATOR,
                      password="Mediator123")
    mediator = accounts.login(Ctx(db, Actor.system()), username="mediator", password="Mediator123")
    window.show_page("disputes")
    first = window.page("disputes")
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, db, **kw: mediator))
    with qtbot.waitSignal(window.session.user_changed):
        window.switch_user_action.trigger()
    assert window.session.actor.username == "mediator"
    assert "陈志强" in window.status.user_label.text()
    page = window.page("disputes")
    assert isinstance(page, FakeRecordPage) and page is not first and page.user == "mediator"


def test_switch_user_from_the_lock_screen_asks_about_edits_first(qtbot: QtBot, window: MainWindow,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page("disputes")
    page = window.page("disputes")
    assert isinstance(page, FakeRecordPage)
    page.editor.setText("未保存")
    window.lock()
    other = Actor(window.session.actor.user_id, "viewer", "查看员", Role.VIEWER)
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, db, **kw: other))
    monkeypatch.setattr(DiscardChanges, "ask", classmethod(lambda cls, parent, titles, action: False))
    window.lock_screen.switch_button.click()
    assert window.locked and window.session.actor.username == "admin"  # kept: the edits stay
    monkeypatch.setattr(DiscardChanges, "ask", classmethod(lambda cls, parent, titles, action: True))
    window.lock_screen.switch_button.click()
    assert not window.locked and window.session.actor.username == "viewer"


def test_the_status_bar_shows_workstation_user_and_sync_state(window: MainWindow, qtbot: QtBot) -> None:
    status = window.status
    assert "观城社区" in status.community_label.text()
    assert "GC 1号机" in status.workstation_label.text()
    assert "管理员" in status.user_label.text()
    # The sync state is read off the GUI thread at start: changes waiting, nothing exported yet.
    qtbot.waitUntil(lambda: "unknown" not in status.sync_label.text(), timeout=10000)
    assert re.fullmatch(r"Pending export: \d+ / Last export: none yet", status.sync_label.text())
    status.set_sync_state(12, datetime(2026, 3, 4, 1, 30, tzinfo=timezone.utc))
    assert status.sync_label.text() == "Pending export: 12 / Last export: 2026-03-04 09:30"
    status.set_sync_state(0, None)
    assert status.sync_label.text() == "Pending export: 0 / Last export: none yet"


def test_screenshot_of_the_main_window(qtbot: QtBot, zh_ui: object, session: AppSession, tmp_path: Path) -> None:
    win = MainWindow(session, default_pages())
    qtbot.addWidget(win)
    win.show()
    page = win.page("dashboard")
    assert page is not None
    qtbot.waitUntil(lambda: getattr(page, "overview", None) is not None, timeout=5000)
    assert win.nav.item(0).text() == "工作台"
    win.status.set_sync_state(3, datetime(2026, 3, 3, 9, 0, tzinfo=timezone.utc))
    screenshot(win, tmp_path, "main_window")
    win.lock()
    screenshot(win, tmp_path, "lock_screen")


def test_an_open_modal_dialog_gets_its_own_unlock_form(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog

    from guanlan_desk.ui.lock import LockScreen

    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    edit = QLineEdit("调解笔录草稿", dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitExposed(dialog)
    window.lock()
    forms = dialog.findChildren(LockScreen)
    assert len(forms) == 1 and forms[0].isVisible() and not edit.isEnabled()
    forms[0].password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(window.lock_changed, timeout=5000):
        forms[0].unlock_button.click()
    assert not window.locked and edit.isEnabled() and edit.text() == "调解笔录草稿" and dialog.isVisible()
