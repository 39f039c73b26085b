"""设置 → 备份, the restore wizard, the status bar's backup warning and the damage report after the check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from guanlan_desk.services import backups
from guanlan_desk.store import integrity
from guanlan_desk.store.engine import DB_NAME, Database, open_database
from guanlan_desk.ui.backup_watch import BackupWatch, DamageDialog
from guanlan_desk.ui.dialogs.restore_wizard import RestoreWizard
from guanlan_desk.ui.main_window import MainWindow
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views import backup_box
from guanlan_desk.ui.views.backup_box import BackupBox
from tests.conftest import ADMIN_PASSWORD, FakeClock, Template
from tests.store.test_integrity import damage_an_index
from tests.ui.shell_helpers import real_session, screenshot
from tests.ui.waiting import settle

SHOTS = Path("/tmp/shots/w10")


@pytest.fixture
def session(db: Database, qsettings: QSettings, tmp_path: Path) -> AppSession:
    s = real_session(db, qsettings)
    (tmp_path / "disk2").mkdir()
    backups.set_folder(s.ctx, tmp_path / "disk2" / "backups")
    return s


def shot(widget: object, tmp_path: Path, name: str, size: tuple[int, int] | None = None) -> None:
    screenshot(widget, tmp_path, name, size=size)  # type: ignore[arg-type]
    if SHOTS.is_dir():
        shutil.copyfile(tmp_path / f"{name}.png", SHOTS / f"{name}.png")


def test_back_up_now_shows_the_last_good_backup_its_size_and_place(
        qtbot: QtBot, session: AppSession, tmp_path: Path) -> None:
    box = BackupBox(session)
    qtbot.addWidget(box)
    box.show()
    settle(qtbot)
    assert box.last.text() == "None yet." and "b00020" in box.last.styleSheet()
    assert box.folder.text() == str(tmp_path / "disk2" / "backups")
    with qtbot.waitSignal(box.backed_up, timeout=15000):
        box.back_up_now.click()
    settle(qtbot)
    [made] = backups.list_backups(session.ctx)
    assert str(made.path) in box.last.text() and "KB" in box.last.text()
    assert box.last.styleSheet() == ""
    assert "Backup made and checked" in box.message.text()


def test_choosing_a_folder_inside_the_data_folder_is_refused_in_words(qtbot: QtBot, session: AppSession) -> None:
    box = BackupBox(session)
    qtbot.addWidget(box)
    box.folder.setText(str(session.db.data_dir / "bk"))
    box.folder.editingFinished.emit()
    assert "must not go inside the data folder" in box.message.text()
    assert backups.chosen_folder(session.ctx) != session.db.data_dir / "bk"


def test_an_absent_backup_drive_is_said(qtbot: QtBot, session: AppSession, tmp_path: Path) -> None:
    backups.set_folder(session.ctx, tmp_path / "usb-not-plugged" / "backups")
    box = BackupBox(session)
    qtbot.addWidget(box)
    settle(qtbot)
    assert "backup drive is not there" in box.folder_note.text()


def test_the_restore_wizard_retries_after_a_wrong_code_and_switches_to_the_restored_folder(
        qtbot: QtBot, session: AppSession, tmp_path: Path, community_template: Template,
        monkeypatch: pytest.MonkeyPatch) -> None:
    made = backups.run_backup(session.ctx)
    target = tmp_path / "restored"
    wizard = RestoreWizard(session.ctx, folder=backups.folder(session.ctx), target=target)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.choose_page.chosen() == made.path
    shot(wizard, tmp_path, "restore-1-choose")
    wizard.next()
    page = wizard.confirm_page
    page.by_code.setChecked(True)
    page.code.setText("ABCD-" * 5 + "ABCD")
    page.username.setText("admin")  # the account of the backup that will log in on this computer
    page.password.setText(ADMIN_PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.target_page
    wizard.next()  # Restore
    qtbot.waitUntil(lambda: not wizard.busy and bool(wizard.target_page.status.text()), timeout=15000)
    assert wizard.currentPage() is wizard.target_page and wizard.restored is None
    assert "recovery code" in wizard.target_page.status.text().lower()
    assert not (target / DB_NAME).exists()
    shot(wizard, tmp_path, "restore-3-wrong-code")
    wizard.back()
    page.code.setText(community_template.recovery_code)
    wizard.next()
    wizard.next()  # Restore again
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=15000)
    assert str(target) in wizard.done_page.text.text()
    shot(wizard, tmp_path, "restore-4-done")
    switched: list[Path] = []
    monkeypatch.setattr(backup_box, "switch_data_folder", switched.append)
    monkeypatch.setattr(backup_box, "RestoreWizard", lambda *a, **k: _Finished(wizard))
    assert backup_box.run_restore_wizard(session, None)
    assert switched == [target]


class _Finished:
    def __init__(self, wizard: RestoreWizard) -> None:
        self.restored = wizard.restored

    def exec(self) -> int:
        return 1


def test_the_restore_wizard_with_an_administrator_password(
        qtbot: QtBot, session: AppSession, tmp_path: Path) -> None:
    backups.run_backup(session.ctx)
    wizard = RestoreWizard(session.ctx, folder=backups.folder(session.ctx), target=tmp_path / "r2")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.confirm_page.by_password.isChecked()
    wizard.confirm_page.password.setText(ADMIN_PASSWORD)
    shot(wizard, tmp_path, "restore-2-confirm")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=15000)
    assert wizard.restored is not None
    wizard.restored.close()


def test_pointer_switch_remembers_the_new_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 data_dir_pointer: Path) -> None:
    started: list[list[str]] = []
    monkeypatch.setattr(backup_box.QProcess, "startDetached", lambda exe, args: started.append(args) or True)
    backup_box.switch_data_folder(tmp_path / "new")
    assert data_dir_pointer.read_text() == str(tmp_path / "new")
    assert started and started[0][-2:] == ["--data-dir", str(tmp_path / "new")]
    from guanlan_desk.cli import _data_dir, build_parser

    assert _data_dir(build_parser().parse_args([])) == tmp_path / "new"


def test_the_status_bar_warns_when_the_last_good_backup_is_older_than_three_days(
        qtbot: QtBot, session: AppSession, clock: FakeClock) -> None:
    backups.run_backup(session.ctx)
    window = MainWindow(session, [])
    qtbot.addWidget(window)
    watch = window.backup_watch
    watch.show_state(backups.status(session.ctx))
    assert window.status.backup_label.isHidden()
    clock.advance(days=4)
    watch.show_state(backups.status(session.ctx))
    assert not window.status.backup_label.isHidden()
    assert window.status.backup_label.text() == "Last good backup 4 days ago"


def test_after_login_the_check_runs_then_the_first_backup_of_the_day(qtbot: QtBot, session: AppSession) -> None:
    window = MainWindow(session, [])
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.backup_watch.backup_state, timeout=20000) as got:
        window.backup_watch.start()
    state = got.args[0]
    assert state.last_good is not None and state.last_good.reason == "daily" and not state.stale
    assert window.status.backup_label.isHidden()


def test_a_damaged_index_is_reported_and_offers_the_newest_good_backup(
        qtbot: QtBot, db: Database, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = real_session(db, qsettings)
    backups.set_folder(s.ctx, tmp_path / "bk")
    backups.run_backup(s.ctx)
    path = db.data_dir / DB_NAME
    db.engine.dispose()
    damage_an_index(path)
    again = open_database(db.data_dir, clock=db.clock, master_key=db.master_key)
    shown: list[DamageDialog] = []

    def fake_exec(dialog: DamageDialog) -> int:
        shown.append(dialog)
        shot(dialog, tmp_path, "damage-report")
        return 0

    monkeypatch.setattr(DamageDialog, "exec", fake_exec)
    try:
        s2 = AppSession(again, s.actor, qsettings)
        window = MainWindow(s2, [])
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.backup_watch.checked, timeout=20000) as got:
            window.backup_watch.start()
        report = got.args[0]
        assert report.full and not report.ok  # the first check of this folder is a full one
        [dialog] = shown
        assert "search index" in dialog.text() and "saving is stopped" in dialog.text()
        assert dialog.restore_button is not None
        assert "damaged" in window.status.backup_label.text()
    finally:
        integrity.unblock(path)
        again.close()


def test_screenshot_of_the_backup_settings(qtbot: QtBot, zh_ui: object, session: AppSession, tmp_path: Path) -> None:
    from guanlan_desk.ui.views.settings import SettingsPage

    backups.run_backup(session.ctx)
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    shot(page, tmp_path, "settings-backups", size=(1366, 900))
    wizard = RestoreWizard(session.ctx, folder=backups.folder(session.ctx), target=tmp_path / "r")
    qtbot.addWidget(wizard)
    wizard.show()
    shot(wizard, tmp_path, "restore-wizard-zh")
    wizard.next()
    shot(wizard, tmp_path, "restore-wizard-zh-confirm")


def test_a_deleted_data_folder_comes_back_from_the_backup_folder_through_the_setup_wizard(
        qtbot: QtBot, session: AppSession, tmp_path: Path, community_template: Template,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from guanlan_desk.services import disputes
    from guanlan_desk.ui.dialogs import setup_wizard
    from guanlan_desk.ui.dialogs.setup_wizard import SetupWizard
    from tests.services.test_disputes_core import new_case

    case = new_case(session.ctx, a="王小明")
    made = backups.run_backup(session.ctx)
    lost = tmp_path / "lost-data"  # the data folder was deleted: the app starts with the setup wizard
    monkeypatch.setattr(backups, "default_folder", lambda data_dir: made.path.parent)
    wizard = SetupWizard(lost)
    qtbot.addWidget(wizard)

    def restore_dialog(*args: object, **kwargs: object) -> RestoreWizard:
        dialog = RestoreWizard(*args, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        assert dialog.target == lost and dialog.choose_page.chosen() == made.path
        assert not dialog.confirm_page.by_password.isVisibleTo(dialog)  # no database open: the code only

        def run() -> int:
            dialog.show()
            dialog.next()
            dialog.confirm_page.code.setText(community_template.recovery_code)
            dialog.confirm_page.username.setText("admin")
            dialog.confirm_page.password.setText(ADMIN_PASSWORD)
            dialog.next()
            dialog.next()
            qtbot.waitUntil(lambda: dialog.restored is not None, timeout=15000)
            return 1

        dialog.exec = run  # type: ignore[method-assign]
        return dialog

    monkeypatch.setattr(setup_wizard, "RestoreWizard", restore_dialog)
    wizard.role_page.restore.click()
    assert wizard.restored is not None and wizard.restored.data_dir == lost
    try:
        from guanlan_desk.services.context import Ctx

        assert disputes.get_dispute(Ctx(wizard.restored, session.actor), case.id).id == case.id
    finally:
        wizard.restored.close()


def test_the_setup_wizard_refuses_a_backup_folder_inside_the_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    from guanlan_desk.ui.dialogs.setup_wizard import ExportPage

    page = ExportPage(tmp_path / "data")
    qtbot.addWidget(page)
    assert page.backup_folder.text() and page.validatePage()
    page.backup_folder.setText(str(tmp_path / "data" / "backups"))
    assert not page.validatePage()
    assert "must not go inside the data folder" in page.backup_message.text()
