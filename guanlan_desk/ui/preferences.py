"""The desktop app's own preferences (QSettings): language, idle lock, export folder, font size, geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from guanlan_desk.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240
DEFAULT_FONT_SIZE = 10
FONT_SIZES = (9, 10, 11, 12, 14)


class Preferences:
    """Typed access to the UI settings; the keys live here only (the sync engineer reads ``export_folder``)."""

    LANGUAGE = "ui/language"
    IDLE_MINUTES = "ui/idle_lock_minutes"
    FONT_SIZE = "ui/font_size"
    EXPORT_FOLDER = "export/folder"
    PDF_FOLDER = "print/pdf_folder"
    GEOMETRY = "main_window/geometry"
    STATE = "main_window/state"
    SPLITTER = "main_window/splitter"
    LAST_PAGE = "main_window/page"

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _str(self, key: str, default: str) -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self.settings.value(key, default)))
        except ValueError:
            return default

    @property
    def language(self) -> str:
        """``zh_CN`` (default) or ``en``; takes effect at the next start."""
        value = self._str(self.LANGUAGE, DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue(self.LANGUAGE, value if value in LANGUAGES else DEFAULT_LANGUAGE)

    @property
    def idle_minutes(self) -> int:
        """Minutes without input before the window locks."""
        return min(MAX_IDLE_MINUTES, max(MIN_IDLE_MINUTES, self._int(self.IDLE_MINUTES, DEFAULT_IDLE_MINUTES)))

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self.settings.setValue(self.IDLE_MINUTES, min(MAX_IDLE_MINUTES, max(MIN_IDLE_MINUTES, int(value))))

    @property
    def font_size(self) -> int:
        """The UI font's point size."""
        size = self._int(self.FONT_SIZE, DEFAULT_FONT_SIZE)
        return size if size in FONT_SIZES else DEFAULT_FONT_SIZE

    @font_size.setter
    def font_size(self, value: int) -> None:
        self.settings.setValue(self.FONT_SIZE, value if value in FONT_SIZES else DEFAULT_FONT_SIZE)

    @property
    def export_folder(self) -> str:
        """Where export bundles are written (a USB stick or a shared folder is fine; never the data folder)."""
        return self._str(self.EXPORT_FOLDER, "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self.settings.setValue(self.EXPORT_FOLDER, value)

    @property
    def pdf_folder(self) -> str:
        """Where Save as PDF starts: the folder last saved to while it exists, else the user's documents."""
        last = self._str(self.PDF_FOLDER, "")
        return last if last and Path(last).is_dir() else documents_folder()

    @pdf_folder.setter
    def pdf_folder(self, value: str) -> None:
        self.settings.setValue(self.PDF_FOLDER, value)

    def bytes(self, key: str) -> QByteArray | None:
        """A stored binary value (window geometry and state)."""
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) else None


def documents_folder() -> str:
    """The user's documents folder (never the install folder the shortcuts start in)."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def default_export_folder() -> str:
    """A sensible first suggestion for the export folder: 观澜台账导出 in the user's documents."""
    return str(Path(documents_folder()) / "观澜台账导出")
