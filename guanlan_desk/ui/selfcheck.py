"""Qt checks for the installation self-test: the modules the app imports, and the compiled translation."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QTranslator

from guanlan_desk.ui.i18n import DEFAULT_LANGUAGE, catalog_path

QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtSvg")
# A source string and its translation in the shipped catalogue (the login error every user may see).
PROBE = ("errors", "Wrong user name or password.", "用户名或密码错误。")


def qt_modules() -> list[str]:
    """Import the Qt modules the desktop app uses (a frozen bundle might lack one); returns their names."""
    return [importlib.import_module(f"PySide6.{name}").__name__.split(".")[-1] for name in QT_MODULES]


def translation(language: str = DEFAULT_LANGUAGE) -> str:
    """Load the compiled ``.qm`` catalogue and translate a known string; returns the translation."""
    path = catalog_path(language)
    translator = QTranslator()
    if not Path(path).is_file() or not translator.load(path):
        raise FileNotFoundError(f"the translation {path} is missing or not a .qm file")
    context, source, expected = PROBE
    found = translator.translate(context, source)
    if found != expected:
        raise ValueError(f"{Path(path).name} translates {source!r} as {found!r}, not {expected!r}")
    return f"{Path(path).name}: {source!r} → {found}"
