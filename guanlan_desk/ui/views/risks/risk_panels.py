"""Read-mostly parts of the risk editor: the review log, the closing record with its evidence, the links."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.services.attachments import AttachmentRow
from guanlan_desk.services.risks import ReviewRow, RiskDetail
from guanlan_desk.ui.widgets.ledger_table import ID_ROLE, read_only_table
from guanlan_desk.ui.enum_text import enum_text

class ReviewLog(QWidget):
    """研判/稳控记录: every entry, oldest first, with the level before and after."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.table = read_only_table([self.tr("Date"), self.tr("Kind"), self.tr("Level"), self.tr("Participants"),
                                      self.tr("Recorded by"), self.tr("Content")])
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.empty = QLabel(self.tr("No entries yet. Closing needs at least one review or visit."))
        self.empty.setStyleSheet("color: #546E7A;")
        row.addWidget(self.empty, 1)
        layout.addLayout(row)

    def load(self, reviews: Sequence[ReviewRow], level_labels: Mapping[str, str]) -> None:
        """Show the entries."""
        self.table.setRowCount(len(reviews))
        for r, review in enumerate(reviews):
            before = level_labels.get(review.level_before, review.level_before)
            after = level_labels.get(review.level_after, review.level_after)
            level = after if before == after else f"{before} → {after}"
            values = (review.reviewed_on.isoformat(), enum_text(review.kind), level, review.participants,
                      review.author, review.content)
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.empty.setVisible(not reviews)


class ClosingPanel(QWidget):
    """The closing record (销号): basis and evidence, who asked and who approved, relapse, evidence files."""

    attach_requested = Signal()
    attachment_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        record = QGroupBox(self.tr("Closing record"))
        form = QFormLayout(record)
        self.basis = QLabel()
        self.evidence = QLabel()
        self.requested_by = QLabel()
        self.closed = QLabel()
        self.reopen_reason = QLabel()
        for widget, title in ((self.basis, self.tr("Basis")), (self.evidence, self.tr("Evidence")),
                              (self.requested_by, self.tr("Requested by")), (self.closed, self.tr("Closed")),
                              (self.reopen_reason, self.tr("Relapse"))):
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(title, widget)
        layout.addWidget(record, 3)
        files = QGroupBox(self.tr("Evidence files"))
        files_layout = QVBoxLayout(files)
        self.files = QListWidget()
        self.files.setToolTip(self.tr("Double-click to open a file"))
        self.files.itemActivated.connect(self._on_files_item_activated)
        files_layout.addWidget(self.files, 1)
        self.attach = QPushButton(self.tr("Attach a file…"))
        self.attach.clicked.connect(self.attach_requested)
        files_layout.addWidget(self.attach)
        layout.addWidget(files, 2)

    def load(self, detail: RiskDetail, files: Sequence[AttachmentRow]) -> None:
        """Show the closing fields and the evidence files."""
        dash = "—"
        self.basis.setText(detail.close_basis or dash)
        self.evidence.setText(detail.close_evidence or dash)
        self.requested_by.setText(detail.close_requested_by_name or detail.close_requested_by or dash)
        self.closed.setText(f"{detail.closed_on.isoformat()}  {detail.closed_by_name or detail.closed_by}"
                            if detail.closed_on else dash)
        self.reopen_reason.setText(detail.reopen_reason or dash)
        self.files.clear()
        for row in files:
            item = QListWidgetItem(f"{row.filename}（{row.kind}，{max(row.size // 1024, 1)} KB）")
            item.setData(ID_ROLE, row.id)
            self.files.addItem(item)

    @Slot(QListWidgetItem)
    def _on_files_item_activated(self, item: QListWidgetItem) -> None:
        self.attachment_opened.emit(str(item.data(ID_ROLE)))


class LinksPanel(QWidget):
    """The disputes and parties linked to the item; double-click opens them."""

    dispute_opened = Signal(str)
    party_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        disputes = QGroupBox(self.tr("Linked disputes"))
        dl = QVBoxLayout(disputes)
        self.disputes = QListWidget()
        self.disputes.itemActivated.connect(self._on_disputes_item_activated)
        dl.addWidget(self.disputes)
        self.disputes_note = QLabel()
        self.disputes_note.setStyleSheet("color: #546E7A;")
        self.disputes_note.setWordWrap(True)
        dl.addWidget(self.disputes_note)
        layout.addWidget(disputes, 1)
        parties = QGroupBox(self.tr("Parties involved"))
        pl = QVBoxLayout(parties)
        self.parties = QListWidget()
        self.parties.itemActivated.connect(self._on_parties_item_activated)
        pl.addWidget(self.parties)
        layout.addWidget(parties, 1)

    def load(self, disputes: Sequence[tuple[str, str, str]] | None, parties: Sequence[tuple[str, str]],
             note: str = "") -> None:
        """Show the links; ``disputes`` is ``None`` when the role may not see them (``note`` says so)."""
        self.disputes.clear()
        for dispute_id, case_no, title in disputes or ():
            item = QListWidgetItem(f"{case_no}  {title}")
            item.setData(ID_ROLE, dispute_id)
            item.setToolTip(self.tr("Double-click to open the dispute"))
            self.disputes.addItem(item)
        self.disputes_note.setText(note or ("" if disputes else self.tr("No linked disputes.")))
        self.parties.clear()
        for party_id, name in parties:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, party_id)
            item.setToolTip(self.tr("Double-click to open the party"))
            self.parties.addItem(item)

    @Slot(QListWidgetItem)
    def _on_disputes_item_activated(self, item: QListWidgetItem) -> None:
        self.dispute_opened.emit(str(item.data(ID_ROLE)))

    @Slot(QListWidgetItem)
    def _on_parties_item_activated(self, item: QListWidgetItem) -> None:
        self.party_opened.emit(str(item.data(ID_ROLE)))
