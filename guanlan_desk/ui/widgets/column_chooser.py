"""Column choice for table views: a header context menu to show or hide columns, remembered in settings.

The header's own state (order, widths, sort indicator) is saved too, so the list looks as the user left it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QObject, QPoint, QSettings, Qt, Slot
from PySide6.QtWidgets import QMenu, QTableView


class ColumnChooser(QObject):
    """Remembers which columns of ``view`` show, their order and widths, under ``key`` in ``settings``."""

    def __init__(self, view: QTableView, settings: QSettings, key: str, column_keys: Sequence[str],
                 titles: Sequence[str], default_hidden: Sequence[str] = ()) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        self._key = key
        self._keys = list(column_keys)
        self._titles = list(titles)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        self.restore(default_hidden)
        header.sectionMoved.connect(self.save)
        header.sectionResized.connect(self.save)

    def hidden_keys(self) -> list[str]:
        """The keys of the hidden columns."""
        return [k for i, k in enumerate(self._keys) if self._view.isColumnHidden(i)]

    def set_visible(self, key: str, visible: bool) -> None:
        """Show or hide one column (at least one column always stays visible)."""
        index = self._keys.index(key)
        if not visible and len(self.hidden_keys()) >= len(self._keys) - 1:
            return
        self._view.setColumnHidden(index, not visible)
        self.save()

    def restore(self, default_hidden: Sequence[str] = ()) -> None:
        """Apply the remembered header state and hidden columns (the defaults the first time)."""
        state = self._settings.value(f"{self._key}/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._view.horizontalHeader().restoreState(state)
        stored = self._settings.value(f"{self._key}/hidden")
        if stored is None:
            hidden = list(default_hidden)
        elif isinstance(stored, str):
            hidden = [k for k in stored.split(",") if k]
        else:
            hidden = [str(k) for k in stored] if isinstance(stored, list) else []
        for i, k in enumerate(self._keys):
            self._view.setColumnHidden(i, k in hidden)

    @Slot()
    def save(self) -> None:
        """Remember the current choice."""
        self._settings.setValue(f"{self._key}/hidden", ",".join(self.hidden_keys()))
        self._settings.setValue(f"{self._key}/header", self._view.horizontalHeader().saveState())

    def menu(self) -> QMenu:
        """The menu of checkable columns (built fresh each time)."""
        menu = QMenu(self._view)
        for i, (key, title) in enumerate(zip(self._keys, self._titles)):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self._view.isColumnHidden(i))
            action.toggled.connect(lambda checked, k=key: self.set_visible(k, checked))
        return menu

    @Slot(QPoint)
    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        self.menu().exec(self._view.horizontalHeader().mapToGlobal(pos))
