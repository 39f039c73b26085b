"""The About dialog: product, version, the bundled fonts and their licences, the data folder."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from guanlan_desk import __version__
from guanlan_desk.paths import resource_dir
from guanlan_desk.ui.dialogs.login import PRODUCT_NAME


def app_version() -> str:
    """The version shown to users (one call, so a build-stamped version can replace it)."""
    return __version__


@dataclass(frozen=True, slots=True)
class FontLicence:
    """One bundled font and its licence, from ``resources/fonts/README.md``."""

    file: str
    face: str
    licence: str


def bundled_fonts() -> list[FontLicence]:
    """The font table of ``resources/fonts/README.md`` (file, face, licence)."""
    readme = resource_dir() / "fonts" / "README.md"
    try:
        lines = readme.read_text("utf-8").splitlines()
    except OSError:
        return []
    out: list[FontLicence] = []
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0].startswith("`"):
            licence = cells[3].split(" — ")[0]
            out.append(FontLicence(cells[0].strip("`"), cells[1], licence))
    return out


class AboutDialog(QDialog):
    """Product name, version, fonts with licences, and where the data lives."""

    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        self.setMinimumWidth(520)
        title = QLabel(PRODUCT_NAME)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(self.tr("Version {version}").format(version=app_version()))
        self.version_label.setObjectName("version")
        blurb = QLabel(self.tr("Offline records of people's mediation, grid risks and legal-clarity persons for "
                               "the communities of Guanlan sub-district."))
        blurb.setWordWrap(True)
        rows = "".join(f"<tr><td>{html.escape(f.face)}</td><td>{html.escape(f.licence)}</td></tr>"
                       for f in bundled_fonts())
        heading = self.tr("Bundled fonts")
        where = self.tr("The licence texts are in resources/fonts next to each font.")
        fonts = QLabel(f"<b>{html.escape(heading)}</b><table cellspacing='0' cellpadding='3'>{rows}</table>"
                       f"<p>{html.escape(where)}</p>")
        fonts.setObjectName("fonts")
        fonts.setWordWrap(True)
        fonts.setTextFormat(Qt.TextFormat.RichText)
        where = str(data_dir) if data_dir is not None else self.tr("not chosen")
        self.data_label = QLabel(self.tr("Data folder: {path}").format(path=where))
        self.data_label.setObjectName("data_folder")
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        qt_label = QLabel(self.tr("Built with Qt for Python (PySide6) {version}, LGPL-3.0.")
                          .format(version=pyside_version))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, self.version_label, blurb, fonts, self.data_label, qt_label):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, data_dir: Path | None) -> None:
        """Show the dialog until it is closed."""
        cls(data_dir, parent).exec()
