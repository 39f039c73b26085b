"""The party page: a paged, searchable list of parties beside one party's details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.services import parties, reference
from guanlan_desk.services.dto import Changes, Cursor, Page
from guanlan_desk.services.parties import PartyRow
from guanlan_desk.services.errors import StaleRecord
from guanlan_desk.ui.models.paged import Column, PagedTableModel
from guanlan_desk.ui.ops import Op, WriteOp
from guanlan_desk.ui.pages import PageSpec
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.list_panel import RecordTable
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.views.parties.detail import PartyDetailPanel
from guanlan_desk.ui.views.parties.edit_dialog import PartyEditDialog
from guanlan_desk.ui.widgets.column_chooser import ColumnChooser
from guanlan_desk.ui.widgets.community_filter import CommunityCombo, is_office
from guanlan_desk.ui.widgets.search_box import SearchBox
from guanlan_desk.ui.enum_text import enum_text
from guanlan_desk.ui.widgets.record_count import record_count_text



def party_columns(communities: dict[str, str] | None = None) -> list[Column[PartyRow]]:
    """The columns of the party list (masked personal data); ``communities`` names the community codes."""
    names = communities or {}
    return [
        Column("name", QCoreApplication.translate("PartiesPage", "Name"), lambda r: r.name),
        Column("kind", QCoreApplication.translate("PartiesPage", "Kind"), lambda r: enum_text(r.kind)),
        Column("id_number", QCoreApplication.translate("PartiesPage", "ID number / credit code"), lambda r: r.id_number or r.uscc),
        Column("phone", QCoreApplication.translate("PartiesPage", "Phone"), lambda r: r.phone),
        Column("community", QCoreApplication.translate("PartiesPage", "Community"),
               lambda r: names.get(r.community_code, r.community_code)),
    ]


class MergePartyDialog(QDialog):
    """Pick the duplicate to merge into the party kept; :meth:`ask` returns the duplicate's id."""

    def __init__(self, session: AppSession, keep_id: str, keep_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._keep_id = keep_id
        self._generation = 0  # the latest search: older answers are dropped
        self.setWindowTitle(self.tr("Merge duplicate parties"))
        note = QLabel(self.tr("Every dispute and risk item of the duplicate moves to {name}; empty fields are "
                              "filled from it. The duplicate is then removed.").format(name=keep_name), self)
        note.setWordWrap(True)
        self.search = SearchBox(self.tr("Find the duplicate by name, ID number or phone"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("merge_matches")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.search.setText(keep_name)
        self.search.query_changed.connect(self._on_search_query_changed)
        self._on_search_query_changed(keep_name)
        self.resize(520, 380)

    @classmethod
    def ask(cls, parent: QWidget | None, session: AppSession, keep_id: str, keep_name: str) -> str | None:
        """The id of the duplicate, or ``None``."""
        dialog = cls(session, keep_id, keep_name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        item = dialog.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    @Slot(str)
    def _on_search_query_changed(self, query: str) -> None:
        self._generation += 1
        generation, ctx = self._generation, self._session.ctx
        self.list.clear()
        if not query:
            return
        op: Op[Page[PartyRow]] = Op(self, lambda: parties.list_parties(ctx, query, limit=30))
        op.success(lambda page: self._fill(page) if generation == self._generation else None).run()

    def _fill(self, page: Page[PartyRow]) -> None:
        self.list.clear()
        for row in page.rows:
            if row.id == self._keep_id:
                continue
            extra = " ".join(x for x in (row.id_number or row.uscc, row.phone) if x)
            item = QListWidgetItem(f"{row.name}（{enum_text(row.kind)}）{extra}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)


class PartiesPage(QWidget):
    """当事人: search every registered party; one party's disputes and risk items."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.last_op: QObject | None = None  # the latest write (tests wait for it)
        self.search = SearchBox(self.tr("Search by name, initials (e.g. zs), full ID number or phone"), self)
        self.search.setObjectName("party_list_search")
        communities = session.reference.community_names()
        columns = party_columns(communities)
        self.model: PagedTableModel[PartyRow] = PagedTableModel(columns, self._fetch, lambda r: r.id, parent=self)
        self.table = RecordTable(self)
        self.table.setObjectName("party_table")
        self.table.setModel(self.model)
        for i, width in enumerate((150, 80, 160, 100, 80)):
            self.table.setColumnWidth(i, width)
        self.columns = ColumnChooser(self.table, session.settings, "parties/list", [c.key for c in columns],
                                     [c.title for c in columns])
        self.count_label = QLabel(self)
        self.count_label.setObjectName("party_count")
        self.detail = PartyDetailPanel(session, self, communities=communities)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        # The office finds one community's parties.
        self.community: CommunityCombo | None = CommunityCombo(session, self) if is_office(session.ctx) else None
        if self.community is not None:
            search_row.addWidget(self.community)
            self.community.currentIndexChanged.connect(self.refresh)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.search.query_changed.connect(self._on_search_query_changed)
        self.table.row_activated.connect(self._on_table_row_activated)
        self.table.clicked.connect(lambda index: self._on_table_row_activated(index.row()))
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.detail.merge_requested.connect(self._on_detail_merge_requested)
        self.detail.edit_requested.connect(self._on_detail_edit_requested)
        session.changes_applied.connect(self._on_session_changes_applied)
        session.user_changed.connect(self.refresh)
        # Ctrl+F is the main window's (it calls focus_search): a second binding here would be ambiguous.
        for sequence, slot in ((QKeySequence(Qt.Key.Key_F5), self.refresh),):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.refresh()

    def _fetch(self, after: Cursor | None, limit: int, _sort: str, _descending: bool) -> Callable[[], Page[PartyRow]]:
        ctx, query = self._session.ctx, self.search.query
        community = self.community.current_code() if self.community else None
        return lambda: parties.list_parties(ctx, query, after=after, limit=limit, community_code=community)

    @Slot()
    def refresh(self) -> None:
        """Reload the list and the party shown."""
        self.model.reload()
        self._update_count()
        if self.detail.party_id is not None:
            self.detail.show_party(self.detail.party_id)

    @Slot()
    def _update_count(self) -> None:
        if self.model.first_page_pending:  # not "no records" before the first page is there
            self.count_label.setText("")
            return
        loaded = self.model.rowCount()
        more = self.model.canFetchMore(self.model.index(-1, -1))
        self.count_label.setText(record_count_text(loaded, more=more))

    @Slot()
    def focus_search(self) -> None:
        """Put the cursor in the search box (the main window's Ctrl+F)."""
        self.search.setFocus()
        self.search.selectAll()

    # -- RecordPage ------------------------------------------------------------------------------------
    def open_record(self, record_id: str) -> None:
        """Show one party."""
        self.detail.show_party(record_id)

    def has_unsaved_changes(self) -> bool:
        """The party page holds no edits of its own."""
        return False

    def save_changes(self, then: Callable[[], None]) -> None:
        """Nothing to save: go on at once."""
        then()

    @Slot(str)
    def _on_search_query_changed(self, _query: str) -> None:
        self.model.reload()
        self._update_count()

    @Slot(int)
    def _on_table_row_activated(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.detail.show_party(self.model.row_id(row))

    @Slot(str)
    def _on_detail_edit_requested(self, party_id: str) -> None:
        detail = self.detail.detail
        if detail is None or detail.id != party_id:
            return
        data = PartyEditDialog.ask(self, detail, self._session.ctx.today())
        if data is None:
            return
        ctx = self._session.ctx
        op = WriteOp(self, self._session,
                     lambda: parties.update_party(ctx, party_id, data, expected_version=detail.version))
        op.failure(self._on_edit_failed)
        self.last_op = op.run()

    def _on_edit_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StaleRecord):
            QMessageBox.warning(self, self.tr("Changed elsewhere"), self.tr(
                "Someone else changed this party since you opened it, so your changes were not saved. "
                "The page now shows the current details."))
            self.refresh()
            return
        show_error(self, exc)

    @Slot(str)
    def _on_detail_merge_requested(self, keep_id: str) -> None:
        name = self.detail.heading.text()
        drop_id = MergePartyDialog.ask(self, self._session, keep_id, name)
        if not drop_id:
            return
        answer = QMessageBox.question(self, self.tr("Merge duplicate parties"), self.tr(
            "Merge the chosen duplicate into {name}? This cannot be undone.").format(name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx = self._session.ctx
        self.last_op = WriteOp(self, self._session,
                               lambda: parties.merge_parties(ctx, keep_id=keep_id, drop_id=drop_id)).success(
            self._on_merged).run()

    def _on_merged(self, ref: parties.PartyRef) -> None:
        if ref.linked:
            QMessageBox.information(self, self.tr("Merge duplicate parties"), self.tr(
                "The two records belong to different communities, so they were linked, not merged: each community "
                "keeps its own record and its disputes."))

    @Slot(object, object)
    def _on_session_changes_applied(self, changes: Changes, _initiator: object) -> None:
        if changes.parties or changes.disputes or changes.risks:
            self.refresh()


def parties_page_spec() -> PageSpec:
    """The navigation entry of the party page (Ctrl+5)."""
    return PageSpec(
        key="parties",
        title=lambda: QCoreApplication.translate("PartiesPage", "Parties"),
        factory=lambda session, parent: PartiesPage(session, parent),
        record_kind="party",
        shortcut="Ctrl+5",
    )
