"""List helpers shared by the risk ledger and the roster: a debounced search box, remembered columns and
small read-only tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView, QTableWidget, QWidget

SEARCH_DELAY_MS = 300
ID_ROLE = Qt.ItemDataRole.UserRole + 7  # a record id kept on list and table items


def read_only_table(headers: Sequence[str], parent: QWidget | None = None) -> QTableWidget:
    """A small table that shows rows and never edits them."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class SearchBox(QLineEdit):
    """A quick-search field that reports the text once typing pauses (not on every key)."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textChanged.connect(self._on_self_text_changed)
        self.returnPressed.connect(self._on_timer_timeout)

    @Slot(str)
    def _on_self_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._timer.stop()
        self.search_changed.emit(self.text().strip())


def make_table(parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting, sortable table view as every list of these areas uses."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    return view


class ColumnChooser(QMenu):
    """The header's context menu: tick the columns to show; the choice is kept in the UI settings."""

    def __init__(self, view: QTableView, settings: QSettings, key: str, columns: Sequence[tuple[str, str]],
                 *, always: str = "") -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        self._key = key
        self._keys = [k for k, _ in columns]
        hidden = set(self.hidden_keys())
        for i, (column_key, title) in enumerate(columns):
            action = QAction(title, self)
            action.setCheckable(True)
            action.setChecked(column_key not in hidden)
            action.setEnabled(column_key != always)
            action.setData(i)
            action.toggled.connect(self._on_action_toggled)
            self.addAction(action)
            view.setColumnHidden(i, column_key in hidden and column_key != always)
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)

    def hidden_keys(self) -> list[str]:
        """The keys of the columns the user chose to hide."""
        raw = self._settings.value(self._key, [])
        if isinstance(raw, str):
            return [raw] if raw else []
        return [str(v) for v in raw] if isinstance(raw, list) else []

    @Slot(QPoint)
    def _on_header_menu_requested(self, pos: QPoint) -> None:
        self.popup(self._view.horizontalHeader().mapToGlobal(pos))

    @Slot(bool)
    def _on_action_toggled(self, checked: bool) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        column = int(action.data())
        self._view.setColumnHidden(column, not checked)
        hidden = [k for i, k in enumerate(self._keys) if self._view.isColumnHidden(i)]
        self._settings.setValue(self._key, hidden)
        self._settings.sync()
