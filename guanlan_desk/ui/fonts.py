"""The bundled CJK UI font, loaded into Qt so Chinese text never draws as boxes (shared/TOOLCHAIN.md)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from guanlan_desk.paths import resource_dir

UI_FONT_FILES: tuple[str, ...] = ("wqy-microhei.ttc",)
UI_POINT_SIZE = 10

# A QGuiApplication created here (headless callers such as the self-test) must outlive the fonts.
_own_app: QGuiApplication | None = None


def load_app_fonts() -> list[str]:
    """Add the bundled UI font(s) to Qt's font database; returns the loaded family names (empty on failure).

    Creates a QGuiApplication first if none exists (the font database needs one).
    """
    global _own_app
    if QGuiApplication.instance() is None:
        _own_app = QGuiApplication(sys.argv[:1])
    families: list[str] = []
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_dir() / "fonts" / name))
        if font_id != -1:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def use_app_font(app: QGuiApplication) -> str | None:
    """Load the bundled font and make it the application's default; returns the family used."""
    families = load_app_fonts()
    if not families:
        return None
    app.setFont(QFont(families[0], UI_POINT_SIZE))
    return families[0]
