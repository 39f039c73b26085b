"""The risk level shown in its palette colour: a picker with colour swatches and a coloured chip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from guanlan_desk.domain.config import RiskLevel
from guanlan_desk.ui.enum_text import level_text


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    colour = QColor(background)
    luma = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return "#000000" if luma > 150 else "#FFFFFF"


def swatch(colour: str, size: int = 14) -> QIcon:
    """A small rounded square of ``colour``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class LevelCombo(QComboBox):
    """Pick a level of the locality palette; each entry carries its colour swatch and lead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._levels: list[RiskLevel] = []

    def set_levels(self, levels: Sequence[RiskLevel], *, any_text: str = "") -> None:
        """Offer ``levels`` (plus an "any level" entry first when ``any_text`` is given)."""
        self.blockSignals(True)
        self.clear()
        self._levels = list(levels)
        if any_text:
            self.addItem(any_text, None)
        for lvl in self._levels:
            name = level_text(lvl.code, lvl.label)
            text = f"{name}（{lvl.lead}）" if lvl.lead else name
            self.addItem(swatch(lvl.colour), text, lvl.code)
        self.blockSignals(False)

    def code(self) -> str | None:
        """The chosen level's code (None for "any")."""
        value = self.currentData()
        return str(value) if value is not None else None

    def set_code(self, code: str | None) -> None:
        """Select the level with ``code``."""
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)

    def level(self) -> RiskLevel | None:
        """The chosen palette entry."""
        return next((lvl for lvl in self._levels if lvl.code == self.code()), None)


class LevelChip(QLabel):
    """A level as a coloured pill, e.g. a red "红" in the editor's header."""

    def set_level(self, label: str, colour: str) -> None:
        """Show ``label`` on ``colour``."""
        self.setText(label)
        self.setStyleSheet(f"QLabel {{ background: {colour}; color: {text_colour(colour)}; border-radius: 4px;"
                           " padding: 2px 10px; font-weight: bold; }")


class StatusChip(QLabel):
    """A neutral pill for a status word (grey), or a warning (red outline) such as 已超期."""

    def set_status(self, text: str, *, warning: bool = False) -> None:
        """Show ``text``, styled as a warning when asked."""
        self.setText(text)
        self.setVisible(bool(text))
        style = ("background: #FDECEA; color: #B00020; border: 1px solid #B00020;" if warning
                 else "background: #ECEFF1; color: #263238; border: 1px solid #B0BEC5;")
        self.setStyleSheet(f"QLabel {{ {style} border-radius: 4px; padding: 2px 8px; }}")


class ColourCellDelegate(QStyledItemDelegate):
    """Draws a cell's text in black or white to suit its background colour (the level column)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        """Qt's hook: pick the text colour from the cell's background."""
        super().initStyleOption(option, index)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QColor):
            colour = QColor(text_colour(background.name()))
            option.palette.setColor(QPalette.ColorRole.Text, colour)
            option.palette.setColor(QPalette.ColorRole.HighlightedText, colour)
