"""The app's start: wizard for a new folder, login for a set-up one, known faults told to the user, crash hook."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from guanlan_desk.domain.enums import Role
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services.context import Actor
from guanlan_desk.store.engine import DB_NAME, Database
from guanlan_desk.store.errors import DatabaseCorrupt
from guanlan_desk.ui import app
from guanlan_desk.ui.dialogs.login import LoginDialog
from guanlan_desk.ui.dialogs.setup_wizard import SetupOutcome, SetupWizard
from guanlan_desk.ui.preferences import Preferences


def test_a_new_folder_runs_the_wizard(tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch,
                                      db: Database) -> None:
    admin = Actor("1", "admin", "管理员", Role.ADMIN)
    outcome = SetupOutcome(db, admin, "CODE", str(tmp_path / "exports"))
    monkeypatch.setattr(SetupWizard, "ask", classmethod(lambda cls, data_dir, parent=None: outcome))
    session = app.start_session(tmp_path / "new", qsettings)
    assert session is not None and session.actor is admin
    assert Preferences(qsettings).export_folder == str(tmp_path / "exports")
    monkeypatch.setattr(SetupWizard, "ask", classmethod(lambda cls, data_dir, parent=None: None))
    assert app.start_session(tmp_path / "other", qsettings) is None


def test_a_lost_folder_restored_from_a_backup_in_the_wizard_goes_to_the_login(
        tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch, db: Database) -> None:
    admin = Actor("1", "admin", "管理员", Role.ADMIN)
    monkeypatch.setattr(SetupWizard, "ask", classmethod(lambda cls, data_dir, parent=None: db))
    asked: list[object] = []
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, database, **kw: asked.append(database) or admin))
    session = app.start_session(tmp_path / "lost", qsettings)
    assert session is not None and session.db is db and session.actor is admin and asked == [db]


def test_a_set_up_folder_asks_for_the_login(db: Database, qsettings: QSettings,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = db.data_dir
    db.close()
    seen: list[dict[str, object]] = []
    admin = Actor("1", "admin", "管理员", Role.ADMIN)
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, database, **kw: seen.append(kw) or admin))
    session = app.start_session(data_dir, qsettings)
    assert session is not None and session.actor is admin and seen[0]["demo"] is False
    session.db.close()
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, database, **kw: None))
    assert app.start_session(data_dir, qsettings) is None


@pytest.mark.parametrize("broken", ["corrupt"])  # a missing key is said at the login (tests/ui/test_login.py)
def test_known_faults_are_told_and_the_start_stops(tmp_path: Path, qsettings: QSettings, db: Database, broken: str,
                                                   monkeypatch: pytest.MonkeyPatch, memory_keyring: object,
                                                   qapp: object) -> None:
    # The real login dialog comes up while the folder opens, and closes itself when the opening fails.
    data_dir = db.data_dir
    db.close()
    if broken == "corrupt":
        data_dir = tmp_path / "corrupt"
        data_dir.mkdir()
        (data_dir / DB_NAME).write_bytes(b"garbage" * 500)
    else:
        memory_keyring.store.clear()  # type: ignore[attr-defined]
    told: list[UserFacingError] = []
    monkeypatch.setattr(app.StartupError, "ask", classmethod(lambda cls, exc, path, parent=None: told.append(exc)))
    with pytest.raises(app.StartupFailed):
        app.start_session(data_dir, qsettings)
    assert isinstance(told[0], DatabaseCorrupt)


def test_bugs_reaching_the_event_loop_go_to_the_crash_dialog(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(app, "show_error", lambda parent, exc: shown.append(exc))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        app._excepthook(RuntimeError, exc, exc.__traceback__)
    assert len(shown) == 1 and str(shown[0]) == "boom"


def test_the_app_icon_is_bundled_and_loads(qapp: object) -> None:
    from guanlan_desk.ui.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64 and len({image.pixelColor(x, 32).name() for x in range(0, 64, 4)}) > 2
