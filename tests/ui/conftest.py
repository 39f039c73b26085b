"""Qt test fixtures: offscreen platform (set before any Qt import), an app session over a real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from guanlan_desk.services.context import Ctx
from guanlan_desk.ui.fonts import use_app_font
from guanlan_desk.ui.i18n import install_translators
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


@pytest.fixture
def zh_ui(qapp: QApplication) -> Iterator[QApplication]:
    """The app as users see it: the bundled font and the zh_CN catalogues, put back afterwards (others read English)."""
    font, locale = qapp.font(), QLocale()
    use_app_font(qapp)
    translators = install_translators(qapp, "zh_CN")
    assert translators, "compile the catalogue first: bash scripts/update_translations.sh"
    try:
        yield qapp
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        qapp.setFont(font)
        QLocale.setDefault(locale)
