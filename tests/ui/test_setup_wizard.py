"""The setup wizard end to end into a new data folder, the recovery code page, and a keyring that fails."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from guanlan_desk.domain.enums import Role, WorkstationRole
from guanlan_desk.services import accounts, workstation
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.ui.dialogs.setup_wizard import SetupWizard
from tests.ui.shell_helpers import screenshot


def next_enabled(wizard: SetupWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def fill_to_the_create_page(qtbot: QtBot, wizard: SetupWizard, export: Path, tmp_path: Path | None = None) -> None:
    assert wizard.currentPage() is wizard.role_page and wizard.role_page.community.isChecked()
    wizard.next()
    page = wizard.workstation_page
    page.community.setCurrentIndex(page.community.findData("XL"))
    page.number.setValue(2)
    assert page.name.text() == "新澜社区 workstation 2"
    wizard.next()
    admin = wizard.admin_page
    assert not next_enabled(wizard)
    admin.display_name.setText("王丽")
    qtbot.keyClicks(admin.passwords.first, "short")
    assert "at least 8 characters" in admin.passwords.message.text() and not next_enabled(wizard)
    admin.passwords.first.clear()
    qtbot.keyClicks(admin.passwords.first, "Guanlan2026")
    qtbot.keyClicks(admin.passwords.second, "Guanlan2027")
    assert admin.passwords.message.text() == "The two passwords differ." and not next_enabled(wizard)
    admin.passwords.second.clear()
    qtbot.keyClicks(admin.passwords.second, "Guanlan2026")
    assert next_enabled(wizard)
    if tmp_path is not None:
        screenshot(wizard, tmp_path, "setup_wizard_admin", size=None)
    wizard.next()
    wizard.export_page.folder.setText(str(export))
    wizard.next()
    assert wizard.currentPage() is wizard.creating_page
    assert "新澜社区 workstation 2" in wizard.creating_page.status.text()


def test_the_wizard_creates_the_workstation_and_shows_the_recovery_code(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    wizard = SetupWizard(data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_to_the_create_page(qtbot, wizard, tmp_path / "exports")
    wizard.next()  # "Create": the work runs off the GUI thread and the wizard moves on by itself
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=15000)

    code = wizard.recovery_page.code.text()
    assert len(code.replace("-", "").replace(" ", "")) >= 20
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # Escape or closing does not skip the code
    assert wizard.isVisible() and wizard.outcome is None
    wizard.recovery_page.confirmed.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    outcome = wizard.outcome
    assert outcome is not None and outcome.recovery_code == code
    assert outcome.actor.username == "admin" and outcome.actor.role == Role.ADMIN
    assert outcome.export_folder == str(tmp_path / "exports")
    summary = workstation.describe(Ctx(outcome.db, outcome.actor))
    assert (summary.role, summary.community_code, summary.number) == (WorkstationRole.COMMUNITY, "XL", 2)
    outcome.db.close()
    assert workstation.is_set_up(data_dir)
    db = workstation.open_workstation(data_dir)
    try:
        assert accounts.login(Ctx(db, Actor.system()), username="admin", password="Guanlan2026").display_name == "王丽"
    finally:
        db.close()


def test_no_keyring_is_reported_on_the_page_with_the_way_out(qtbot: QtBot, tmp_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse fixture restores the previous one
    wizard = SetupWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    fill_to_the_create_page(qtbot, wizard, tmp_path / "exports")
    wizard.next()
    page = wizard.creating_page
    qtbot.waitUntil(lambda: page.retry.isVisible(), timeout=15000)
    assert "keyring" in page.status.text() and "--demo" in page.status.text()
    assert wizard.currentPage() is page and wizard.outcome is None
    wizard.reject()
    assert not wizard.isVisible()


def test_screenshots_of_the_wizard(qtbot: QtBot, zh_ui: object, tmp_path: Path) -> None:
    wizard = SetupWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    screenshot(wizard, tmp_path, "setup_wizard_role", size=None)
    wizard.next()
    assert wizard.workstation_page.name.text() == "大富社区1号机"
    screenshot(wizard, tmp_path, "setup_wizard_workstation", size=None)
    wizard.next()
    wizard.admin_page.display_name.setText("王丽")
    qtbot.keyClicks(wizard.admin_page.passwords.first, "Guanlan2026")
    qtbot.keyClicks(wizard.admin_page.passwords.second, "Guanlan2026")
    screenshot(wizard, tmp_path, "setup_wizard_admin", size=None)
    wizard.next()
    wizard.export_page.folder.setText(str(tmp_path / "exports"))
    wizard.next()
    screenshot(wizard, tmp_path, "setup_wizard_create", size=None)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=15000)
    screenshot(wizard, tmp_path, "setup_wizard_recovery", size=None)
    wizard.recovery_page.confirmed.setChecked(True)
    wizard.accept()
    assert wizard.outcome is not None
    wizard.outcome.db.close()
