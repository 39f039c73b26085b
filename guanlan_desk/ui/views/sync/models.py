"""Small table models of the sync page: the export/import history and the enrolled peers (both short lists)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase

from guanlan_desk.sync.status import HistoryRow, PeerRow
from guanlan_desk.sync.ui_api import Invitation
from guanlan_desk.ui.views.sync.texts import counts_text, role_label, when

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a tuple of rows, replaced as a whole."""

    def __init__(self, headers: Callable[[], list[str]], cells: Callable[[R, int], str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._cells = cells
        self._rows: tuple[R, ...] = ()
        self._mono_columns: frozenset[int] = frozenset()

    def set_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows`` instead of what was there."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row(self, i: int) -> R:
        """The row shown at position ``i``."""
        return self._rows[i]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Columns."""
        return 0 if parent.isValid() else len(self._headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text (and tooltip); a monospace font for fingerprints."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.FontRole and index.column() in self._mono_columns:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class HistoryModel(_RowsModel[HistoryRow]):
    """Exports and imports, newest first: kind, time, peer, number, records, per-table counts, file or status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self._titles, self._cell, parent)

    def _titles(self) -> list[str]:
        return [self.tr("Direction"), self.tr("Time"), self.tr("Workstation"), self.tr("Bundle no."),
                self.tr("Records"), self.tr("Contents"), self.tr("File / status")]

    def _cell(self, r: HistoryRow, column: int) -> str:
        if column == 0:
            return self.tr("Export") if r.kind == "export" else self.tr("Import")
        if column == 1:
            return when(r.at)
        if column == 2:
            return r.peer_name
        if column == 3:
            return str(r.seq)
        if column == 4:
            return str(r.rows)
        if column == 5:
            return counts_text(r.counts)
        if r.kind == "import":
            return self.tr("imported") if r.detail == "applied" else r.detail
        return r.detail.replace("\\", "/").rsplit("/", 1)[-1]


class PeersModel(_RowsModel[PeerRow | Invitation]):
    """Enrolled workstations with their fingerprints and bundle numbers, then invitations awaiting an answer."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self._titles, self._cell, parent)
        self._mono_columns = frozenset({3})

    def _titles(self) -> list[str]:
        return [self.tr("Workstation"), self.tr("Type"), self.tr("Community"), self.tr("Key fingerprint"),
                self.tr("Sent"), self.tr("Confirmed by it"), self.tr("Received from it"), self.tr("Remarks")]

    def _cell(self, r: PeerRow | Invitation, column: int) -> str:
        if isinstance(r, Invitation):
            return [r.name, role_label("pending"), r.community_code, "", "", "", "",
                    self.tr("enrolment file issued {time}").format(time=when(r.issued_at))][column]
        values = [r.name, role_label(r.role), r.community_code, r.fingerprint, str(r.sent_seq), str(r.acked_seq),
                  str(r.received_seq), r.problem]
        return values[column]
