"""The roster list: filter bar, quick search and a paged table of legal-clarity persons."""

from __future__ import annotations

from collections.abc import Callable

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from guanlan_desk.domain.enums import LcpIdentity, LcpStatus
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import lcp, reference
from guanlan_desk.services.dto import Cursor, Page
from guanlan_desk.services.lcp import LcpFilter, LcpRow
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.models.paged import Column, PagedTableModel
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.lcp.lcp_community import CommunityStrip
from guanlan_desk.ui.widgets.ledger_page import RecordList
from guanlan_desk.ui.widgets.ledger_table import ColumnChooser, SearchBox, make_table
from guanlan_desk.ui.enum_text import enum_text
from guanlan_desk.ui.widgets.record_count import record_count_text

COLUMNS_KEY = "lcp/hidden_columns"


def _hours(value: Decimal) -> str:
    return f"{value.normalize():f}" if value else "0"


class LcpList(RecordList):
    """The roster; ``record_activated(id)`` when a person is opened."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._filter = LcpFilter()
        self._communities = session.reference.community_names()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search name, pinyin initials, certificate number (Ctrl+F)"))
        self.search.search_changed.connect(self._on_search_search_changed)
        top.addWidget(self.search, 3)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in LcpStatus:
            self.status.addItem(enum_text(status), status.value)
        self.community = QComboBox()
        self.community.addItem(self.tr("All communities"), None)
        for code, name in self._communities.items():
            self.community.addItem(name, code)
        self.identity = QComboBox()
        self.identity.addItem(self.tr("All identities"), None)
        for identity in LcpIdentity:
            self.identity.addItem(enum_text(identity), identity.value)
        for combo in (self.status, self.community, self.identity):
            top.addWidget(combo)
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.new_button = QPushButton(self.tr("Add a person…"))
        self.new_button.setToolTip(self.tr("Add a legal-clarity person (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        if not session.ctx.can(Permission.LCP_WRITE):
            self.new_button.setEnabled(False)
            self.new_button.setToolTip(self.tr("Your role cannot add legal-clarity persons."))
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.community_strip = CommunityStrip(session, self)
        self.community_strip.changed.connect(self.refresh)
        layout.addWidget(self.community_strip)

        columns = self._columns()
        self.model: PagedTableModel[LcpRow] = PagedTableModel(columns, self._fetch, lambda r: r.id, parent=self)
        self.table = make_table(self)
        self.table.setSortingEnabled(False)  # the roster is in name order
        self.table.setModel(self.model)
        self.table.activated.connect(self._on_table_activated)
        self.chooser = ColumnChooser(self.table, session.settings, COLUMNS_KEY,
                                     [(c.key, c.title) for c in columns], always="name")
        widths = {"name": 90, "community": 110, "grid": 130, "identities": 260, "status": 80, "trainings": 110,
                  "services": 70, "phone": 110, "consent": 90}
        keys = [c.key for c in columns]
        for i, key in enumerate(keys):
            self.table.setColumnWidth(i, widths.get(key, 100))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(keys.index("identities"), QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model.modelReset.connect(self._on_model_changed)
        self.model.rowsInserted.connect(self._on_model_changed)
        self.model.reload()

    def _columns(self) -> list[Column[LcpRow]]:
        return [
            Column("name", self.tr("Name"), lambda r: r.name),
            Column("community", self.tr("Community"), lambda r: self._communities.get(r.community_code,
                                                                                         r.community_code)),
            Column("grid", self.tr("Grid"), lambda r: r.grid_name),
            Column("identities", self.tr("Identity"), lambda r: "、".join(enum_text(i) for i in r.identities),
                   tooltip=lambda r: "、".join(enum_text(i) for i in r.identities)),
            Column("status", self.tr("Status"), lambda r: enum_text(r.status)),
            Column("trainings", self.tr("Trainings"), lambda r: self.tr("{n} / {h} h").format(
                n=r.training_count, h=_hours(r.training_hours)), align_right=True),
            Column("services", self.tr("Services"), lambda r: str(r.service_count), align_right=True),
            Column("phone", self.tr("Phone"), lambda r: r.phone),
            Column("consent", self.tr("Culture wall"), lambda r: self.tr("Consented") if r.display_consent else "—"),
        ]

    def _fetch(self, after: Cursor | None, limit: int, sort: str, descending: bool) -> Callable[[], Page[LcpRow]]:
        ctx, filters = self._session.ctx, self._filter
        return lambda: lcp.list_lcps(ctx, filters, after=after, limit=limit)

    def refresh(self) -> None:
        """Load the roster again from the first page."""
        self.model.reload()

    @Slot()
    def _on_filter_changed(self) -> None:
        status, identity = self.status.currentData(), self.identity.currentData()
        self._filter = LcpFilter(status=LcpStatus(status) if status else None,
                                 community_code=self.community.currentData(),
                                 identity=LcpIdentity(identity) if identity else None,
                                 query=self.search.text().strip())
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
        error = self.model.last_error
        if error is not None:
            self.summary.setText(error_text(error) if isinstance(error, UserFacingError)
                                 else self.tr("The list could not be loaded."))
            return
        if self.model.first_page_pending:  # not "no records" before the first page is there
            self.summary.setText("")
            return
        self.summary.setText(record_count_text(self.model.rowCount(), more=self.model.canFetchMore(QModelIndex())))
