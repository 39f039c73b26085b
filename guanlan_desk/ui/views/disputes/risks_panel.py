"""Risk items linked to a dispute: list, link one from the ledger, unlink, open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.services import risks
from guanlan_desk.services.risks import RiskFilter, RiskRow
from guanlan_desk.services.dto import Page
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.search_box import SearchBox
from guanlan_desk.ui.enum_text import enum_text, level_text


class RiskPickerDialog(QDialog):
    """Find a risk item in the ledger by code or title; :meth:`ask` returns its id."""

    def __init__(self, session: AppSession, exclude: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._exclude = exclude
        self._generation = 0  # the latest search: older answers are dropped
        self.setWindowTitle(self.tr("Link risk item"))
        self.search = SearchBox(self.tr("Search risk items by code or title"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("risk_matches")
        self.list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.search.query_changed.connect(self._on_search_query_changed)
        self.resize(520, 380)
        self._on_search_query_changed("")

    @classmethod
    def ask(cls, parent: QWidget | None, session: AppSession, exclude: set[str]) -> str | None:
        """The id of the risk item picked, or ``None``."""
        dialog = cls(session, exclude, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def chosen(self) -> str | None:
        """The id of the selected item."""
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    @Slot(str)
    def _on_search_query_changed(self, query: str) -> None:
        self._generation += 1
        generation, ctx = self._generation, self._session.ctx
        op: Op[Page[RiskRow]] = Op(self, lambda: risks.list_risks(ctx, RiskFilter(query=query), limit=50))
        op.success(lambda page: self._fill(page) if generation == self._generation else None).run()

    def _fill(self, page: Page[RiskRow]) -> None:
        self.list.clear()
        for row in page.rows:
            if row.id in self._exclude:
                continue
            item = QListWidgetItem(f"{row.code}  {row.title}（{level_text(row.level.code, row.level.label)}，{enum_text(row.status)}）")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)

    @Slot(QListWidgetItem)
    def _on_list_item_double_clicked(self, _item: QListWidgetItem) -> None:
        self.accept()


class LinkedRisksPanel(QWidget):
    """The risk items of a dispute; ``link_requested(id)``/``unlink_requested(id)`` for the editor to run."""

    link_requested = Signal(str)
    unlink_requested = Signal(str)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[RiskRow] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("risks_table")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Level"),
                                              self.tr("Status"), self.tr("Deadline")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 220)
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        self.link_button = QPushButton(self.tr("Link risk item…"), self)
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.unlink_button = QPushButton(self.tr("Unlink"), self)
        self.unlink_button.clicked.connect(self._on_unlink_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.show_for(None, editable=False)

    def show_for(self, dispute_id: str | None, *, editable: bool, rows: tuple[RiskRow, ...] = ()) -> None:
        """List the risk items of ``dispute_id`` (``rows``, read with the dispute off the GUI thread)."""
        self._rows = list(rows) if dispute_id else []
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            values = (row.code, row.title, level_text(row.level.code, row.level.label), enum_text(row.status),
                      row.deadline.isoformat() if row.deadline else "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2 and row.level.colour:
                    item.setBackground(QColor(row.level.colour))
                self.table.setItem(r, c, item)
        self.link_button.setEnabled(editable and dispute_id is not None)
        self.unlink_button.setEnabled(editable and bool(self._rows))

    def risk_ids(self) -> list[str]:
        """The ids listed."""
        return [r.id for r in self._rows]

    @Slot()
    def _on_link_button_clicked(self) -> None:
        risk_id = RiskPickerDialog.ask(self, self._session, set(self.risk_ids()))
        if risk_id:
            self.link_requested.emit(risk_id)

    @Slot()
    def _on_unlink_button_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            self.unlink_requested.emit(self._rows[row].id)

    @Slot(int, int)
    def _on_table_cell_double_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._rows):
            self._session.open_record("risk", self._rows[row].id)
