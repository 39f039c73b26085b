"""The ledger list: filter bar, quick search and a paged, sortable table with the levels in colour."""

from __future__ import annotations

from collections.abc import Callable

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import RiskCategory, RiskStatus, WorkstationRole
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import reference, risks
from guanlan_desk.services.dto import Cursor, Page
from guanlan_desk.services.risks import RiskFilter, RiskRow
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.models.paged import Column, PagedTableModel
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.ledger_form import OptionalDateEdit
from guanlan_desk.ui.widgets.ledger_page import RecordList
from guanlan_desk.ui.widgets.ledger_table import ColumnChooser, SearchBox, make_table
from guanlan_desk.ui.widgets.risk_level import ColourCellDelegate, LevelCombo
from guanlan_desk.ui.widgets.flow_layout import FlowLayout
from guanlan_desk.ui.enum_text import enum_text, level_text
from guanlan_desk.ui.widgets.record_count import record_count_text

OPEN = frozenset({RiskStatus.UNRESOLVED, RiskStatus.IN_PROGRESS, RiskStatus.RELAPSED, RiskStatus.CLOSE_REQUESTED})
COLUMNS_KEY = "risks/hidden_columns"


def workstation_grids(session: AppSession) -> list[reference.GridRow]:
    """The grids of this workstation's community (every grid at the street office, which has none of its own)."""
    own = session.reference.grids_of(session.db.workstation.community_code)
    return own or session.reference.grids_of(None)


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class RiskList(RecordList):
    """Everything of the ledger list; ``record_activated(id)`` when a row is opened."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._filter = RiskFilter()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search number, title, description (Ctrl+F)"))
        self.search.search_changed.connect(self._on_search_search_changed)
        top.addWidget(self.search, 3)
        self.new_button = QPushButton(self.tr("Report a risk…"))
        self.new_button.setToolTip(self.tr("Report a new risk item (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        if not session.ctx.can(Permission.RISK_WRITE):
            self.new_button.setEnabled(False)
            self.new_button.setToolTip(self.tr("Your role cannot report risk items."))
        top.addWidget(self.new_button)
        layout.addLayout(top)

        bar = FlowLayout()
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open (not closed)"), "open")
        for status in RiskStatus:
            self.status.addItem(enum_text(status), status.value)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for category in RiskCategory:
            if category is RiskCategory.KEY_PERSON and not session.ctx.can(Permission.KEY_PERSON_READ):
                continue
            self.category.addItem(enum_text(category), category.value)
        self.level = LevelCombo()
        self.level.set_levels(session.reference.ledger_config().risk_levels, any_text=self.tr("All levels"))
        self.community = QComboBox()
        self.community.addItem(self.tr("All communities"), None)
        office = session.db.workstation.role == WorkstationRole.OFFICE.value
        if office:  # the street office sees every community's items (after sync)
            for community in session.reference.communities:
                self.community.addItem(community.name, community.code)
        self.community.setVisible(office)
        self.grid = QComboBox()
        self.grid.addItem(self.tr("All grids"), None)
        for grid in workstation_grids(session):
            self.grid.addItem(grid.name, grid.id)
        self.found_from = OptionalDateEdit()
        self.found_from.setToolTip(self.tr("Found on or after"))
        self.found_to = OptionalDateEdit()
        self.found_to.setToolTip(self.tr("Found on or before"))
        self.overdue = QCheckBox(self.tr("Overdue only"))
        for widget in (self.status, self.category, self.level, self.community, self.grid):
            bar.addWidget(widget)
            widget.currentIndexChanged.connect(self._on_filter_changed)
        found = QWidget()  # the date range stays on one row when the filters wrap
        found_row = QHBoxLayout(found)
        found_row.setContentsMargins(0, 0, 0, 0)
        found_row.addWidget(QLabel(self.tr("Found")))
        found_row.addWidget(self.found_from)
        found_row.addWidget(QLabel("–"))
        found_row.addWidget(self.found_to)
        bar.addWidget(found)
        self.found_from.dateChanged.connect(self._on_filter_changed)
        self.found_to.dateChanged.connect(self._on_filter_changed)
        bar.addWidget(self.overdue)
        self.overdue.toggled.connect(self._on_filter_changed)
        layout.addLayout(bar)

        columns = self._columns()
        self.model: PagedTableModel[RiskRow] = PagedTableModel(columns, self._fetch, lambda r: r.id,
                                                               sort="found_on", descending=True, parent=self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._on_table_activated)
        self.chooser = ColumnChooser(self.table, session.settings, COLUMNS_KEY,
                                     [(c.key, c.title) for c in columns], always="code")
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model.modelReset.connect(self._on_model_changed)
        self.model.rowsInserted.connect(self._on_model_changed)
        widths = {"code": 140, "title": 220, "found_on": 95, "grid": 130, "category": 100, "level": 120,
                  "leader": 90, "deadline": 95, "status": 120, "overdue": 70}
        for i, column in enumerate(columns):
            self.table.setColumnWidth(i, widths.get(column.key, 100))
        keys = [c.key for c in columns]
        self._level_delegate = ColourCellDelegate(self.table)
        self.table.setItemDelegateForColumn(keys.index("level"), self._level_delegate)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(keys.index("title"), QHeaderView.ResizeMode.Stretch)
        self.model.reload()

    def _columns(self) -> list[Column[RiskRow]]:
        return [
            Column("code", self.tr("Number"), lambda r: r.code, sort="code"),
            Column("title", self.tr("Hazard"), lambda r: r.title, tooltip=lambda r: r.title),
            Column("found_on", self.tr("Found on"), lambda r: _day(r.found_on), sort="found_on"),
            Column("grid", self.tr("Grid"), lambda r: r.grid_name),
            Column("category", self.tr("Category"), lambda r: enum_text(r.category)),
            Column("level", self.tr("Level"), lambda r: level_text(r.level.code, r.level.label), sort=risks.SEVERITY, color=lambda r: r.level.colour),
            Column("leader", self.tr("Leader"), lambda r: r.leader_name),
            Column("deadline", self.tr("Deadline"), lambda r: _day(r.deadline), sort="deadline"),
            Column("status", self.tr("Status"), lambda r: enum_text(r.status)),
            Column("overdue", self.tr("Overdue"), lambda r: self.tr("Overdue") if r.overdue else "",
                   color=lambda r: "#FDECEA" if r.overdue else None),
        ]

    def _fetch(self, after: Cursor | None, limit: int, sort: str, descending: bool) -> Callable[[], Page[RiskRow]]:
        ctx, filters = self._session.ctx, self._filter
        return lambda: risks.list_risks(ctx, filters, sort=sort, descending=descending, after=after, limit=limit)

    def current_filter(self) -> RiskFilter:
        """The filter the list shows."""
        return self._filter

    def refresh(self) -> None:
        """Load the list again from the first page (F5, or after a change)."""
        self.model.reload()

    @Slot()
    def _on_filter_changed(self) -> None:
        status = self.status.currentData()
        statuses: frozenset[RiskStatus] = OPEN if status == "open" else \
            frozenset({RiskStatus(status)}) if status else frozenset()
        category = self.category.currentData()
        self._filter = RiskFilter(
            statuses=statuses, category=RiskCategory(category) if category else None, level=self.level.code(),
            community_code=self.community.currentData(), grid_id=self.grid.currentData(), found_from=self.found_from.value(), found_to=self.found_to.value(),
            overdue=self.overdue.isChecked(), query=self.search.text().strip())
        self.model.reload()

    @Slot(str)
    def _on_search_search_changed(self, _text: str) -> None:
        self._on_filter_changed()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.record_activated.emit(self.model.row_id(index.row()))

    @Slot()
    def _on_model_changed(self) -> None:
        if self.model.last_error is not None:
            from guanlan_desk.domain.errors import UserFacingError

            error = self.model.last_error
            self.summary.setText(error_text(error) if isinstance(error, UserFacingError)
                                 else self.tr("The list could not be loaded."))
            return
        if self.model.first_page_pending:  # not "no records" before the first page is there
            self.summary.setText("")
            return
        self.summary.setText(record_count_text(self.model.rowCount(), more=self.model.canFetchMore(QModelIndex())))
