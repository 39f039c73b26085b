"""A form in a frameless scroll area: on a short screen at a large font it scrolls instead of forcing the window taller."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FormScroller(QScrollArea):
    """Scrolls its form vertically when the room is short; never sideways (it is as wide as the form needs)."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The form's minimum width (plus the scroll bar), a few lines of height."""
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), self.fontMetrics().height() * 8)


def scrolled(widget: QWidget, parent: QWidget | None = None) -> FormScroller:
    """``widget`` in a :class:`FormScroller`."""
    return FormScroller(widget, parent)
