"""The dispute list: filter bar, quick search, a paged table and the row count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import disputes
from guanlan_desk.services.disputes import DisputeFilter, DisputeRow
from guanlan_desk.services.dto import Cursor, Page
from guanlan_desk.ui.errors import describe
from guanlan_desk.ui.models.paged import PagedTableModel
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.columns import DEFAULT_HIDDEN, column_widths, dispute_columns
from guanlan_desk.ui.views.disputes.filter_bar import DisputeFilterBar
from guanlan_desk.ui.widgets.column_chooser import ColumnChooser
from guanlan_desk.ui.widgets.community_filter import community_names, is_office
from guanlan_desk.ui.widgets.search_box import SearchBox
from guanlan_desk.ui.widgets.record_count import record_count_text

SETTINGS_KEY = "disputes/list"


class RecordTable(QTableView):
    """A table whose Enter key opens the current row (``row_activated``)."""

    row_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.doubleClicked.connect(self._on_self_double_clicked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter or Return opens the current row."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _on_self_double_clicked(self, index: QModelIndex) -> None:
        self.row_activated.emit(index.row())


class DisputeListPanel(QWidget):
    """Filters, search and the paged list; ``record_activated(id)`` when a row is opened."""

    record_activated = Signal(str)
    new_requested = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._generation = 0
        self.filter_bar = DisputeFilterBar(session, self)
        self.search = SearchBox(self.tr("Search case number, title, party name or initials (e.g. zs)"), self)
        self.search.setObjectName("dispute_search")
        self.new_button = QPushButton(self.tr("New dispute"), self)
        self.new_button.setToolTip(self.tr("Register a new dispute (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Reload the list (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("dispute_count")

        office = is_office(session.ctx)
        columns = dispute_columns(community_names(session) if office else None)
        # The office reads the communities' cases; registering is the communities' (not offered where not allowed).
        self.new_button.setVisible(session.ctx.can(Permission.DISPUTE_WRITE))
        self.model: PagedTableModel[DisputeRow] = PagedTableModel(
            columns, self._fetch, lambda r: r.id, sort="received_on", descending=True, parent=self)
        self.table = RecordTable(self)
        self.table.setObjectName("dispute_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator([c.key for c in columns].index("received_on"),
                                                       Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.size_columns()
        self.columns = ColumnChooser(self.table, session.settings, SETTINGS_KEY, [c.key for c in columns],
                                     [c.title for c in columns], DEFAULT_HIDDEN)
        self.table.row_activated.connect(self._on_table_row_activated)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self._wanted: str | None = None  # a record to select once the page on its way arrives

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search, self.table)

        self.search.query_changed.connect(self._on_search_query_changed)
        self.filter_bar.filter_changed.connect(self.refresh)
        self._total: int | None = None
        self.refresh()

    def size_columns(self) -> None:
        """Size the columns (and the row height) for the current font."""
        columns = self.model.columns
        widths = column_widths(self.table.fontMetrics(), {c.key: c.title for c in columns})
        for i, column in enumerate(columns):
            self.table.setColumnWidth(i, widths.get(column.key, 100))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A new font size (设置 › 字号) re-sizes the columns for it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.size_columns()

    def current_filter(self) -> DisputeFilter:
        """The filter and search text in force."""
        return self.filter_bar.current(self.search.query)

    def _fetch(self, after: Cursor | None, limit: int, sort: str,
               descending: bool) -> Callable[[], Page[DisputeRow]]:
        ctx, filters = self._session.ctx, self.current_filter()
        return lambda: disputes.list_disputes(ctx, filters, sort=sort, descending=descending, after=after,
                                              limit=limit)

    @Slot()
    def refresh(self) -> None:
        """Reload the first page and recount (keeps the selected record selected when it is still listed)."""
        selected = self.selected_id()
        self.model.reload()
        self._total = None
        self._update_count()
        self._generation += 1
        generation = self._generation
        ctx, filters = self._session.ctx, self.current_filter()
        Op(self, lambda: disputes.count_disputes(ctx, filters)).success(
            lambda n: self._on_counted(generation, n)).run()
        if selected is not None:
            self.select_id(selected)

    def _on_counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self._total = total
            self._update_count()

    @Slot()
    def _update_count(self) -> None:
        if self.model.last_error is not None:
            self.count_label.setText(describe(self.model.last_error))
            return
        if self.model.first_page_pending:  # not "no records" before the first page is there
            self.count_label.setText("")
            return
        self.count_label.setText(record_count_text(
            self.model.rowCount(), self._total, more=self.model.canFetchMore(QModelIndex())))

    def selected_id(self) -> str | None:
        """The id of the selected row, if any."""
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def select_id(self, record_id: str) -> bool:
        """Select the row of ``record_id`` if it is loaded (or once the page on its way arrives, if it is in it)."""
        self._wanted = None
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == record_id:
                self.table.selectRow(row)
                if not self.model.fetching:
                    return True
        if self.model.fetching:
            self._wanted = record_id
        return False

    @Slot()
    def _on_model_page_loaded(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.select_id(wanted)

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search.setFocus()
        self.search.selectAll()

    @Slot(str)
    def _on_search_query_changed(self, _query: str) -> None:
        self.refresh()

    @Slot(int)
    def _on_table_row_activated(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.record_activated.emit(self.model.row_id(row))
