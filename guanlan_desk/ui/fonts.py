"""The bundled CJK UI font: loaded at start so Chinese never draws as boxes, frozen or not."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from guanlan_desk.paths import resource_dir

UI_FONT_FILE = "wqy-microhei.ttc"
UI_POINT_SIZE = 10


def load_app_fonts() -> list[str]:
    """Register the bundled UI font with Qt; returns the family names it provides (empty if it failed)."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("load_app_fonts() needs a QGuiApplication")
    font_id = QFontDatabase.addApplicationFont(str(resource_dir() / "fonts" / UI_FONT_FILE))
    return list(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else []


def use_app_font(app: QGuiApplication) -> str | None:
    """Load the bundled font and make it the application's default; returns the family used."""
    families = load_app_fonts()
    if not families:
        return None
    app.setFont(QFont(families[0], UI_POINT_SIZE))
    return families[0]
