"""The filter bar of the dispute list: status, type, received-date range, grid, overdue and open only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from guanlan_desk.domain.enums import DisputeStatus, DisputeType
from guanlan_desk.services import reference
from guanlan_desk.services.disputes import DisputeFilter
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.enum_text import enum_text
from guanlan_desk.ui.widgets.community_filter import CommunityCombo, is_office
from guanlan_desk.ui.widgets.flow_layout import FlowLayout


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


class DisputeFilterBar(QWidget):
    """Collects a :class:`DisputeFilter` (without the search text); emits ``filter_changed`` on every change."""

    filter_changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.status_button = QToolButton(self)
        self.status_button.setObjectName("status_filter")
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._status_menu = QMenu(self.status_button)
        self._status_actions = {}
        for status in DisputeStatus:
            action = self._status_menu.addAction(enum_text(status))
            action.setCheckable(True)
            action.toggled.connect(self._on_status_toggled)
            self._status_actions[status] = action
        self.status_button.setMenu(self._status_menu)
        self.status_button.setMinimumWidth(self.fontMetrics().horizontalAdvance("状态：已选 12 项") + 28)

        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("type_filter")
        self.type_combo.addItem(self.tr("All types"), None)
        for kind in DisputeType:
            self.type_combo.addItem(enum_text(kind), kind)
        self.type_combo.currentIndexChanged.connect(self._on_any_changed)
        self.type_combo.setMinimumContentsLength(6)
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        # The office finds one community's records (its own code is not a community of disputes).
        self.community_combo: CommunityCombo | None = CommunityCombo(session, self) if is_office(
            session.ctx) else None
        self.grid_combo = QComboBox(self)
        self.grid_combo.setObjectName("grid_filter")
        self._fill_grids()
        self.grid_combo.currentIndexChanged.connect(self._on_any_changed)
        if self.community_combo is not None:
            self.community_combo.currentIndexChanged.connect(self._on_community_changed)
        self.grid_combo.setMinimumContentsLength(6)
        self.grid_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        today = session.ctx.today()
        self.dates_check = QCheckBox(self.tr("Received"), self)
        self.dates_check.setObjectName("dates_filter")
        self.date_from = QDateEdit(qdate(today.replace(day=1)), self)
        self.date_to = QDateEdit(qdate(today), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_any_changed)
        self.dates_check.toggled.connect(self._on_dates_check_toggled)

        self.overdue_check = QCheckBox(self.tr("Overdue only"), self)
        self.overdue_check.setObjectName("overdue_filter")
        self.open_check = QCheckBox(self.tr("Open only"), self)
        self.open_check.setObjectName("open_filter")
        for box in (self.overdue_check, self.open_check):
            box.toggled.connect(self._on_any_changed)
        self.reset_button = QPushButton(self.tr("Clear filters"), self)
        self.reset_button.clicked.connect(self.clear)

        dates = QWidget(self)  # the date range stays on one row when the filters wrap
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(self.date_from)
        dates_row.addWidget(QLabel("—", self))
        dates_row.addWidget(self.date_to)
        flow = FlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        community = [self.community_combo] if self.community_combo is not None else []
        for widget in (self.status_button, self.type_combo, *community, self.grid_combo, self.dates_check, dates,
                       self.overdue_check, self.open_check, self.reset_button):
            flow.addWidget(widget)
        self._update_status_text()

    def statuses(self) -> frozenset[DisputeStatus]:
        """The statuses ticked (none: every status)."""
        return frozenset(s for s, a in self._status_actions.items() if a.isChecked())

    def set_statuses(self, statuses: set[DisputeStatus] | frozenset[DisputeStatus]) -> None:
        """Tick exactly ``statuses`` (one change signal)."""
        self.blockSignals(True)
        try:
            for status, action in self._status_actions.items():
                action.setChecked(status in statuses)
        finally:
            self.blockSignals(False)
        self._update_status_text()
        self.filter_changed.emit()

    def current(self, query: str = "") -> DisputeFilter:
        """The filter the bar shows, with ``query`` as the search text."""
        start = pydate(self.date_from.date()) if self.dates_check.isChecked() else None
        end = pydate(self.date_to.date()) if self.dates_check.isChecked() else None
        if start and end and start > end:
            start, end = end, start
        return DisputeFilter(
            statuses=self.statuses(), dispute_type=DisputeType(self.type_combo.currentData()) if self.type_combo.currentData() else None,
            grid_id=self.grid_combo.currentData(), received_from=start, received_to=end,
            community_code=self.community_combo.current_code() if self.community_combo is not None else None,
            overdue=self.overdue_check.isChecked(), open_only=self.open_check.isChecked(), query=query,
        )

    def set_filter(self, f: DisputeFilter) -> None:
        """Show ``f`` (its search text is the list's business); one change signal."""
        self.blockSignals(True)
        try:
            for status, action in self._status_actions.items():
                action.setChecked(status in f.statuses)
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(f.dispute_type))
                                            if f.dispute_type else 0)
            if self.community_combo is not None:
                self.community_combo.set_code(f.community_code)
                self._fill_grids()
            self.grid_combo.setCurrentIndex(max(0, self.grid_combo.findData(f.grid_id)) if f.grid_id else 0)
            self.dates_check.setChecked(f.received_from is not None or f.received_to is not None)
            if f.received_from is not None:
                self.date_from.setDate(qdate(f.received_from))
            if f.received_to is not None:
                self.date_to.setDate(qdate(f.received_to))
            self.overdue_check.setChecked(f.overdue)
            self.open_check.setChecked(f.open_only)
        finally:
            self.blockSignals(False)
        self._update_status_text()
        self.filter_changed.emit()

    @Slot()
    def clear(self) -> None:
        """Show every dispute again."""
        self.blockSignals(True)
        try:
            for action in self._status_actions.values():
                action.setChecked(False)
            self.type_combo.setCurrentIndex(0)
            if self.community_combo is not None:
                self.community_combo.set_code(None)
                self._fill_grids()
            self.grid_combo.setCurrentIndex(0)
            self.dates_check.setChecked(False)
            self.overdue_check.setChecked(False)
            self.open_check.setChecked(False)
        finally:
            self.blockSignals(False)
        self._update_status_text()
        self.filter_changed.emit()

    def _update_status_text(self) -> None:
        chosen = [enum_text(s) for s in DisputeStatus if s in self.statuses()]
        if not chosen:
            text = self.tr("Status: all")
        elif len(chosen) <= 2:
            text = self.tr("Status: {names}").format(names="、".join(chosen))
        else:
            text = self.tr("Status: {n} chosen").format(n=len(chosen))
        self.status_button.setText(text)

    @Slot(bool)
    def _on_status_toggled(self, _checked: bool) -> None:
        self._update_status_text()
        self.filter_changed.emit()

    @Slot(bool)
    def _on_dates_check_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(checked)
        self.date_to.setEnabled(checked)
        self.filter_changed.emit()

    @Slot()
    def _on_any_changed(self) -> None:
        self.filter_changed.emit()

    def _fill_grids(self) -> None:
        """The grids of the chosen community (a community workstation: its own; the office: all or one)."""
        ctx = self._session.ctx
        code = self.community_combo.current_code() if self.community_combo is not None else (
            ctx.db.workstation.community_code or None)
        self.grid_combo.blockSignals(True)
        try:
            self.grid_combo.clear()
            self.grid_combo.addItem(self.tr("All grids"), None)
            for row in self._session.reference.grids_of(code):
                self.grid_combo.addItem(row.name, row.id)
        finally:
            self.grid_combo.blockSignals(False)

    @Slot()
    def _on_community_changed(self) -> None:
        self._fill_grids()
        self.filter_changed.emit()
