"""The UI font: Microsoft YaHei UI where Windows has it, the bundled WenQuanYi Micro Hei otherwise.

The bundled face is always loaded into Qt (and listed after YaHei), so Chinese text never draws as boxes
(shared/TOOLCHAIN.md) and a character YaHei lacks is taken from it.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from guanlan_desk.paths import resource_dir

UI_FONT_FILES: tuple[str, ...] = ("wqy-microhei.ttc",)
# Windows' own UI face for Chinese (Windows 10/11 ship it); the plain YaHei is the same design, other metrics.
SYSTEM_UI_FAMILIES: tuple[str, ...] = ("Microsoft YaHei UI", "Microsoft YaHei")
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


def installed_families() -> set[str]:
    """The font families Qt finds on this computer."""
    return set(QFontDatabase.families())


def ui_families() -> list[str]:
    """The UI font families in order of preference: Microsoft YaHei UI when installed, then the bundled face."""
    bundled = load_app_fonts()
    installed = installed_families()
    system = next((f for f in SYSTEM_UI_FAMILIES if f in installed), None)
    return list(dict.fromkeys(([system] if system else []) + bundled))


def use_app_font(app: QGuiApplication) -> str | None:
    """Make the preferred UI face the application's default (the bundled one as its fallback); returns it."""
    families = ui_families()
    if not families:
        return None
    font = QFont(families[0], UI_POINT_SIZE)
    font.setFamilies(families)
    app.setFont(font)
    return families[0]
