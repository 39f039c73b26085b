"""Qt test fixtures: offscreen platform (set before any Qt import), an app session over a real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from guanlan_desk.services.context import Ctx
from guanlan_desk.ui.session import AppSession


@pytest.fixture
def qsettings(tmp_path: object) -> Iterator[QSettings]:
    """UI settings in a temporary INI file, never the user's own."""
    settings = QSettings(str(os.path.join(str(tmp_path), "ui.ini")), QSettings.Format.IniFormat)
    yield settings
    settings.clear()


@pytest.fixture
def app_session(admin: Ctx, qsettings: QSettings) -> AppSession:
    """An app session of the community admin over the test data folder."""
    return AppSession(admin.db, admin.actor, qsettings)
