"""Translations: English source strings, zh_CN by default (the app's .qm plus Qt's own qtbase)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.paths import resource_dir

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}


def catalog_path(language: str) -> str:
    """The compiled catalogue of the app for ``language`` (built from the .ts by setup)."""
    return str(resource_dir() / "i18n" / f"guanlan_desk_{language}.qm")


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install the app's and Qt's translators for ``language``; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return installed
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if ours.load(catalog_path(language)):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` as a plain function (for error messages marked with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(context, text)


def error_text(exc: UserFacingError) -> str:
    """The translated message of a user-facing error with its parameters filled in."""
    return exc.render(translate)
