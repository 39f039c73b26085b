"""A table model over a keyset-paged service listing (Qt's ``fetchMore`` example done right).

Only the rows the view scrolls to are loaded: ``canFetchMore``/``fetchMore`` ask the service for the next
page with the cursor of the last one. Sorting and a new query reset the model and start again at page one.
Pages are read off the GUI thread: ``fetch`` is called on the GUI thread to capture the filter and returns
the work; the rows arrive later (``page_loaded``), and a page of an older query is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from guanlan_desk.services.dto import Cursor, Page
from guanlan_desk.ui.ops import Op

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
# (after, limit, sort key, descending) -> the work that reads that page (called on the GUI thread, the work not)
Fetch = Callable[[Cursor | None, int, str, bool], Callable[[], Page[R]]]
PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: its key, its (translated) title, how to show a row, and the service's sort key."""

    key: str
    title: str
    text: Callable[[R], str]
    sort: str | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None
    color: Callable[[R], str | None] | None = None  # a background colour name, e.g. the risk level


ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Rows of ``R`` fetched page by page from ``fetch``; ``row_id`` names each row for ``open_record``."""

    page_loaded = Signal()  # a page arrived (or failed: see ``last_error``)

    def __init__(self, columns: Sequence[Column[R]], fetch: Fetch[R], row_id: Callable[[R], str], *,
                 page_size: int = PAGE_SIZE, sort: str | None = None, descending: bool = True,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._row_id = row_id
        self._page_size = page_size
        self._rows: list[R] = []
        self._cursor: Cursor | None = None
        self._exhausted = False
        self._fetching = False
        self._generation = 0  # bumped by every reload: a page of an older listing is dropped
        self._replace = False  # the page on its way is a new first page: it replaces the rows shown
        self._resetting = False
        self._sort = sort or next((c.sort for c in self._columns if c.sort), "")
        self._descending = descending
        self.last_error: BaseException | None = None

    # -- the listing -----------------------------------------------------------------------------
    @property
    def columns(self) -> list[Column[R]]:
        """The columns, in model order."""
        return list(self._columns)

    def set_fetch(self, fetch: Fetch[R]) -> None:
        """Use a new listing (a new filter or search) and start again at the first page."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        """Load the first page again; the rows shown stay until it arrives (no blank flash), then are replaced."""
        self._generation += 1
        self._fetching = False
        self._replace = True
        self.fetchMore(QModelIndex())

    def row(self, index: int) -> R:
        """The row object at ``index``."""
        return self._rows[index]

    def row_id(self, index: int) -> str:
        """The record id of the row at ``index``."""
        return self._row_id(self._rows[index])

    @property
    def loaded(self) -> int:
        """How many rows are loaded so far."""
        return len(self._rows)

    # -- Qt's model interface ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's names
        """Loaded rows (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """The number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment, tooltip, background and the row object."""
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.color is not None:
            from PySide6.QtGui import QColor

            name = column.color(row)
            return QColor(name) if name else None
        if role == ROW_ROLE:
            return row
        return None

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        """More pages exist (never under a valid parent)."""
        if parent.isValid():
            return False
        return self._replace or (not self._exhausted and self.last_error is None)

    @property
    def fetching(self) -> bool:
        """Whether a page is on its way."""
        return self._fetching

    @property
    def first_page_pending(self) -> bool:
        """Nothing is shown yet and the first page is on its way (a list says nothing rather than "no records")."""
        return self._fetching and not self._rows

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """Ask for the next page off the GUI thread; it is appended when it arrives."""
        if parent.isValid() or self._fetching or self._resetting or (self._exhausted and not self._replace):
            return
        self._fetching = True
        generation = self._generation
        try:
            work = self._fetch(None if self._replace else self._cursor, self._page_size, self._sort,
                               self._descending)
        except Exception as exc:  # a failed page stops paging; the view shows last_error
            self._failed(generation, exc)
            return
        op: Op[Page[R]] = Op(None, work)
        op.success(lambda page: self._arrived(generation, page))
        op.failure(lambda exc: self._failed(generation, exc))
        op.run()

    def _arrived(self, generation: int, page: Page[R]) -> None:
        if generation != self._generation:
            return
        if self._replace:
            self._reset(list(page.rows), page.next_cursor, None)
            return
        self._fetching = False
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.page_loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, Exception):
            self._fetching = False
            raise exc
        if self._replace:
            self._reset([], None, exc)
            return
        self._fetching = False
        self.last_error = exc
        self.page_loaded.emit()

    def _reset(self, rows: list[R], cursor: Cursor | None, error: Exception | None) -> None:
        # A view may ask for more rows while the reset is being announced (before every other listener heard of
        # it): refuse until the reset is over.
        self._fetching = False
        self._resetting = True
        try:
            self.beginResetModel()
            self._rows = rows
            self._cursor = cursor
            self._exhausted = cursor is None
            self._replace = False
            self.last_error = error
            self.endResetModel()
        finally:
            self._resetting = False
        self.page_loaded.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column the service can sort by (others are ignored), from the first page."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        """The column currently sorted by (-1 if none)."""
        return next((i for i, c in enumerate(self._columns) if c.sort == self._sort), -1)
