"""Paging and window controls for a short list (the dashboard's): 今天/本周/逾期 and previous/next page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from guanlan_desk.ui.widgets.record_count import page_range_text


class Pager(QWidget):
    """"‹ 第 51–100 条，共 677 条 ›" (previous and next page); shown only when the list holds more than a page."""

    moved = Signal(int)  # the offset of the page to load

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offset = 0
        self.page_size = 1
        self.label = QLabel()
        self.previous_button = QToolButton()
        self.previous_button.setText("‹")
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.previous_button.setToolTip(self.tr("The previous page of this list"))
        self.next_button.setToolTip(self.tr("The next page of this list"))
        self.previous_button.clicked.connect(self._previous)
        self.next_button.clicked.connect(self._next)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.label)
        layout.addWidget(self.next_button)

    def show_page(self, offset: int, shown: int, total: int, page_size: int, *, always: bool = False) -> None:
        """Say which rows show and offer the pages before and after, when the list holds more than a page
        (``always``: say it even then, as when a narrower window than the one the title counts is shown)."""
        self.offset, self.page_size = offset, max(page_size, 1)
        self.label.setText(page_range_text(offset, shown, total))
        paged = total > page_size or offset > 0
        self.setVisible(paged or (always and total > 0))
        self.previous_button.setVisible(paged)
        self.next_button.setVisible(paged)
        self.previous_button.setEnabled(offset > 0)
        self.next_button.setEnabled(offset + shown < total)

    @Slot()
    def _previous(self) -> None:
        self.moved.emit(max(self.offset - self.page_size, 0))

    @Slot()
    def _next(self) -> None:
        self.moved.emit(self.offset + self.page_size)


class WindowChooser(QComboBox):
    """Which part of a list shows (今天及逾期, 今天, 本周, 逾期); hidden when a list offers only one."""

    chosen = Signal(str)  # the key of the chosen window

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for key, text in choices:
            self.addItem(text, key)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setVisible(len(choices) > 1)
        self.activated.connect(lambda index: self.chosen.emit(str(self.itemData(index))))

    def current(self) -> str:
        """The key of the chosen window."""
        return str(self.currentData())

    def choose(self, key: str) -> None:
        """Choose the window ``key`` as the user would."""
        index = self.findData(key)
        self.setCurrentIndex(index)
        self.activated.emit(index)
