"""The status bar's pending-export count follows every change, not only exports and imports."""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from guanlan_desk.services.dto import Changes
from guanlan_desk.store.engine import Database
from guanlan_desk.ui.main_window import MainWindow
from guanlan_desk.ui.pages import PageSpec
from tests.ui.dispute_helpers import register
from tests.ui.shell_helpers import real_session


def pending(window: MainWindow) -> int:
    found = re.search(r"(\d[\d,]*)", window.status.sync_label.text())
    assert found is not None, window.status.sync_label.text()
    return int(found.group(1).replace(",", ""))


def test_a_save_anywhere_updates_the_pending_export_count(qtbot: QtBot, db: Database, qsettings: QSettings) -> None:
    session = real_session(db, qsettings)
    window = MainWindow(session, list[PageSpec]())
    qtbot.addWidget(window)
    # The first count is read off the GUI thread once the window is up (it says "unknown" until then).
    qtbot.waitUntil(lambda: re.search(r"\d", window.status.sync_label.text()) is not None, timeout=10000)
    before = pending(window)
    dispute = register(session.ctx, "王芳")  # a write: new rows wait for the next export
    assert pending(window) == before  # nothing told the window yet
    session.apply(Changes(disputes=True, parties=True, ids=(dispute,)))
    qtbot.waitUntil(lambda: pending(window) > before, timeout=3000)
