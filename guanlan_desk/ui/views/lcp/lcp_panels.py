"""The roster editor's record tabs: status history, trainings, services and the disputes mediated."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import LcpStatus
from guanlan_desk.services.lcp import ServiceRow, StatusChangeRow, TrainingRow
from guanlan_desk.ui.widgets.ledger_table import ID_ROLE, read_only_table
from guanlan_desk.ui.enum_text import enum_text


def _status_word(value: str) -> str:
    try:
        return enum_text(LcpStatus(value))
    except ValueError:
        return value or "—"


class _TablePanel(QWidget):
    """A table with a summary line and one "add" button under it."""

    add_requested = Signal()

    def __init__(self, headers: Sequence[str], button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.table = read_only_table(headers)
        self.table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #546E7A;")
        row.addWidget(self.summary, 1)
        self.add = QPushButton(button)
        self.add.clicked.connect(self.add_requested)
        row.addWidget(self.add)
        layout.addLayout(row)

    def fill(self, rows: Sequence[Sequence[str]]) -> None:
        """Show ``rows`` of cell texts."""
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeRowsToContents()

    def allow_add(self, reason: str) -> None:
        """Enable the add button, or disable it with ``reason`` as its tooltip."""
        self.add.setEnabled(not reason)
        self.add.setToolTip(reason)


class HistoryPanel(_TablePanel):
    """Status history: candidate → registered → removed, each with date, reason and approver."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], "", parent)
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Status"), self.tr("Approved by"),
                                              self.tr("Reason")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add.setText(self.tr("Change status…"))

    def load(self, history: Sequence[StatusChangeRow]) -> None:
        """Show the steps, oldest first."""
        self.fill([(h.changed_on.isoformat(),
                    f"{_status_word(h.from_status)} → {enum_text(h.to_status)}" if h.from_status else enum_text(h.to_status),
                    h.approver, h.reason) for h in history])
        self.summary.setText("")


class TrainingsPanel(_TablePanel):
    """Trainings attended, with the total hours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], "", parent)
        headers = [self.tr("Date"), self.tr("Hours"), self.tr("Mode"), self.tr("Organiser"), self.tr("Result"),
                   self.tr("Topic")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.add.setText(self.tr("Add training…"))

    def load(self, trainings: Sequence[TrainingRow], total: Decimal) -> None:
        """Show the trainings and their total."""
        self.fill([(t.held_on.isoformat(), f"{t.hours.normalize():f}", enum_text(t.mode), t.organiser,
                    self.tr("Passed") if t.passed else self.tr("Not passed"), t.topic) for t in trainings])
        self.summary.setText(self.tr("{n} trainings, {h} hours in all.").format(
            n=len(trainings), h=f"{total.normalize():f}" if total else "0"))


class ServicesPanel(_TablePanel):
    """Services performed (普法宣传, 参与调解 …), newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], "", parent)
        headers = [self.tr("Date"), self.tr("Kind"), self.tr("People served"), self.tr("Note")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.add.setText(self.tr("Add service…"))

    def load(self, services: Sequence[ServiceRow]) -> None:
        """Show the services and how many people they reached."""
        self.fill([(s.served_on.isoformat(), enum_text(s.kind), str(s.people_served), s.note) for s in services])
        self.summary.setText(self.tr("{n} services, {p} people served.").format(
            n=len(services), p=sum(s.people_served for s in services)))


class MediatedPanel(QWidget):
    """The disputes the person helped mediate; double-click opens one."""

    dispute_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.disputes = QListWidget()
        self.disputes.itemActivated.connect(self._on_disputes_item_activated)
        layout.addWidget(self.disputes, 1)
        self.note = QLabel()
        self.note.setStyleSheet("color: #546E7A;")
        layout.addWidget(self.note)

    def load(self, mediated: Sequence[tuple[str, str, str]]) -> None:
        """Show (id, case number, title) rows."""
        self.disputes.clear()
        for dispute_id, case_no, title in mediated:
            item = QListWidgetItem(f"{case_no}  {title}")
            item.setData(ID_ROLE, dispute_id)
            item.setToolTip(self.tr("Double-click to open the dispute"))
            self.disputes.addItem(item)
        self.note.setText(self.tr("{n} disputes.").format(n=len(mediated)) if mediated
                          else self.tr("Not yet a mediator of any dispute."))

    @Slot(QListWidgetItem)
    def _on_disputes_item_activated(self, item: QListWidgetItem) -> None:
        self.dispute_opened.emit(str(item.data(ID_ROLE)))
