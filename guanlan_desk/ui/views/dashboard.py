"""The dashboard (工作台): mediations scheduled today and this week, follow-ups due, late risk items by level, open disputes, closing JC windows, activity.

Everything loads off the GUI thread in one service call; a list alone loads again when its window (今天/本周/
逾期) or page changes. Each count is the database's (a COUNT), each entry opens its record.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.localtime import to_local
from guanlan_desk.services import dashboard
from guanlan_desk.services.dashboard import ActivityRow, Overview
from guanlan_desk.services.dashboard_lists import ListPage, Section
from guanlan_desk.services.disputes import DueItem, ScheduledItem
from guanlan_desk.services.dto import Changes
from guanlan_desk.services.risks import RiskRow
from guanlan_desk.ui.enum_text import level_text
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.dashboard_box import ListBox, list_tree
from guanlan_desk.ui.views.dashboard_words import activity_text
from guanlan_desk.ui.views.supervision.box import SupervisionBox

__all__ = ["DashboardPage", "activity_text", "dashboard_page"]

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) of the record an entry opens
CTX = "DashboardPage"
_WEEKDAYS = (QT_TRANSLATE_NOOP("DashboardPage", "Monday"), QT_TRANSLATE_NOOP("DashboardPage", "Tuesday"),
             QT_TRANSLATE_NOOP("DashboardPage", "Wednesday"), QT_TRANSLATE_NOOP("DashboardPage", "Thursday"),
             QT_TRANSLATE_NOOP("DashboardPage", "Friday"), QT_TRANSLATE_NOOP("DashboardPage", "Saturday"),
             QT_TRANSLATE_NOOP("DashboardPage", "Sunday"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _clear(layout: QHBoxLayout | QGridLayout) -> None:
    """Remove and delete a layout's widgets (renamed first: deletion happens later, lookups happen now)."""
    while layout.count():
        taken = layout.takeAt(0)
        if taken is not None and (widget := taken.widget()) is not None:
            widget.hide()
            widget.setObjectName("")
            widget.deleteLater()


def _count(n: int) -> str:
    return f"{n:,}"


class DashboardPage(QWidget):
    """The workbench: what needs doing today, at a glance; Enter or a click opens the record."""

    loaded = Signal()  # the sections show fresh data (the whole page, or one list after a window or page change)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overview: Overview | None = None
        self._loading = False
        self._again = False
        self._last_open: tuple[object, float] = (None, 0.0)

        heading = QLabel(self.tr("Workbench"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.today_label = QLabel()
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.today_label)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.mediations = list_tree([self.tr("Time"), self.tr("Case number"), self.tr("Dispute"), self.tr("Place")])
        self.mediations.setObjectName("mediations")
        self.follow_ups = list_tree([self.tr("Due"), self.tr("Case number"), self.tr("Dispute"), self.tr("When")])
        self.follow_ups.setObjectName("follow_ups")
        self.jc_windows = list_tree([self.tr("Deadline"), self.tr("Case number"), self.tr("Dispute"),
                                     self.tr("Days left")])
        self.jc_windows.setObjectName("jc_windows")
        self.late_risks = list_tree([self.tr("Level"), self.tr("Code"), self.tr("Risk item"), self.tr("Deadline")])
        self.late_risks.setObjectName("late_risks")
        self.level_row = QHBoxLayout()
        self.status_grid = QGridLayout()
        self.activity = list_tree([self.tr("Time"), self.tr("What happened")])
        self.activity.setObjectName("activity")
        for tree in (self.mediations, self.follow_ups, self.jc_windows, self.late_risks, self.activity):
            tree.itemClicked.connect(self._on_item_clicked)
            tree.itemActivated.connect(self._on_item_clicked)

        self.mediation_box = ListBox(Section.MEDIATIONS, self.mediations)
        self.follow_box = ListBox(Section.FOLLOW_UPS, self.follow_ups)
        self.jc_box = ListBox(Section.JC_WINDOWS, self.jc_windows)
        self.risk_box = ListBox(Section.LATE_RISKS, self.late_risks, above=self.level_row)
        self.activity_box = ListBox(Section.ACTIVITY, self.activity)
        self.activity_box.setTitle(self.tr("Recent activity"))
        self.boxes = {box.section: box for box in (self.mediation_box, self.follow_box, self.jc_box, self.risk_box,
                                                    self.activity_box)}
        for box in self.boxes.values():
            box.load_requested.connect(self._load_section)
        status_inner = QVBoxLayout()
        status_inner.addLayout(self.status_grid)
        status_inner.addStretch(1)
        self.status_box = QGroupBox(self.tr("Open disputes by status"))
        self.status_box.setLayout(status_inner)

        grid = QGridLayout()
        grid.addWidget(self.mediation_box, 0, 0)
        grid.addWidget(self.follow_box, 0, 1)
        grid.addWidget(self.risk_box, 1, 0)
        grid.addWidget(self.jc_box, 1, 1)
        grid.addWidget(self.activity_box, 2, 0)
        grid.addWidget(self.status_box, 2, 1)
        self.supervision_box = SupervisionBox(session)  # 交办/督办 first: what the office asked for
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(top)
        body_layout.addWidget(self.supervision_box)
        body_layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.refresh)
        session.changes_applied.connect(self._on_session_changes_applied)
        self.refresh()

    # -- loading -----------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Load every section again (off the GUI thread), each list in the window and page it shows."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.refresh_button.setEnabled(False)
        self.supervision_box.refresh()
        ctx = self.session.ctx
        requests = {section: box.request for section, box in self.boxes.items()}
        generations = {section: box.generation for section, box in self.boxes.items()}
        op: Op[Overview] = Op(self, lambda: dashboard.overview(ctx, requests))
        op.success(lambda view: self._on_overview_loaded(view, generations)).failure(self._on_overview_failed)
        op.run()

    @Slot(str)
    def _load_section(self, key: str) -> None:
        """Load one list in the window and page its box asks for (off the GUI thread)."""
        box = self.boxes[Section(key)]
        ctx, request, generation = self.session.ctx, box.request, box.generation
        op: Op[ListPage[Any]] = Op(self, lambda: dashboard.section_page(ctx, box.section, request))
        op.success(lambda page: self._on_section_loaded(box, page, generation)).failure(
            lambda exc: show_error(self, exc))
        op.run()

    def _on_section_loaded(self, box: ListBox, page: ListPage[Any], generation: int) -> None:
        if generation != box.generation or self.overview is None:
            return  # the user asked for another page or window meanwhile
        self._fill(box.section, page, self.overview.today)
        box.tree.scrollToTop()
        self.loaded.emit()

    @Slot(object, object)
    def _on_session_changes_applied(self, changes: Changes, initiator: object) -> None:
        self.refresh()

    def _finish(self) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        if self._again:
            self._again = False
            self.refresh()

    def _on_overview_failed(self, exc: BaseException) -> None:
        self._finish()
        show_error(self, exc)

    def _on_overview_loaded(self, view: Overview, generations: dict[Section, int] | None = None) -> None:
        self.overview = view
        self._show_today(view.today)
        self._show_titles(view)
        pages: dict[Section, ListPage[Any] | None] = {
            Section.MEDIATIONS: view.mediations, Section.FOLLOW_UPS: view.follow_ups,
            Section.JC_WINDOWS: view.jc_windows, Section.LATE_RISKS: view.overdue_risks,
            Section.ACTIVITY: view.activity}
        for section, page in pages.items():
            box = self.boxes[section]
            box.setVisible(page is not None)
            if page is not None and (generations is None or generations.get(section) == box.generation):
                self._fill(section, page, view.today)
        self._fill_levels(view)
        self._fill_statuses(view)
        self._finish()
        self.loaded.emit()

    # -- sections ----------------------------------------------------------------------------------
    def _show_today(self, today: date) -> None:
        weekday = _tr(_WEEKDAYS[today.weekday()])
        self.today_label.setText(self.tr("Today is {date}, {weekday}").format(
            date=self.tr("{y}-{m}-{d}").format(y=today.year, m=today.month, d=today.day), weekday=weekday))

    def _show_titles(self, view: Overview) -> None:
        self.mediation_box.setTitle(self.tr("Mediations: {today} today, {week} this week").format(
            today=_count(view.mediations_today_total), week=_count(view.mediations_week_total)))
        self.follow_box.setTitle(self.tr("Follow-up visits due today and overdue ({n})")
                                 .format(n=_count(view.follow_ups_total)))
        self.jc_box.setTitle(self.tr("Judicial confirmation: closing within 7 days ({n})")
                             .format(n=_count(view.jc_windows_total)))
        self.risk_box.setTitle(self.tr("Risk items past their deadline ({n})")
                               .format(n=_count(view.overdue_risks_total)))

    def _fill(self, section: Section, page: ListPage[Any], today: date) -> None:
        box = self.boxes[section]
        box.tree.clear()
        box.show_page(page)
        fillers: dict[Section, Callable[[Any, date], None]] = {Section.MEDIATIONS: self._fill_mediations, Section.FOLLOW_UPS: self._fill_follow_ups,
                Section.JC_WINDOWS: self._fill_jc, Section.LATE_RISKS: self._fill_risks,
                Section.ACTIVITY: self._fill_activity}
        if not page.rows:
            self._placeholder(box.tree, self._empty_text(section, page.offset))
            return
        fillers[section](page.rows, today)

    def _empty_text(self, section: Section, offset: int) -> str:
        if offset > 0:
            return self.tr("No more entries.")
        return {Section.MEDIATIONS: self.tr("No mediation is scheduled."),
                Section.FOLLOW_UPS: self.tr("No follow-up visits are due."),
                Section.JC_WINDOWS: self.tr("No application window closes this week."),
                Section.LATE_RISKS: self.tr("No risk item is past its deadline."),
                Section.ACTIVITY: self.tr("Nothing has happened yet.")}[section]

    @staticmethod
    def _placeholder(tree: QTreeWidget, text: str) -> None:
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        tree.addTopLevelItem(item)
        tree.setFirstColumnSpanned(0, tree.rootIndex(), True)

    def _day_text(self, at: datetime, today: date) -> str:
        monday = today - timedelta(days=today.weekday())
        if at.date() == today:
            return self.tr("today")
        if monday <= at.date() <= monday + timedelta(days=6):
            return _tr(_WEEKDAYS[at.weekday()])
        return at.date().isoformat()

    def _fill_mediations(self, rows: tuple[ScheduledItem, ...], today: date) -> None:
        for item_data in rows:
            at = to_local(item_data.scheduled_at)
            item = QTreeWidgetItem([self.tr("{day} {time}").format(day=self._day_text(at, today),
                                                                   time=at.strftime("%H:%M")),
                                    item_data.case_no, item_data.title, item_data.place])
            item.setData(0, RECORD_ROLE, ("dispute", item_data.dispute_id))
            item.setToolTip(2, self.tr("{title} (mediators: {names})").format(title=item_data.title,
                                                                              names=item_data.mediators))
            if at.date() == today:
                bold = QFont(item.font(0))
                bold.setBold(True)
                for column in range(4):
                    item.setFont(column, bold)
            self.mediations.addTopLevelItem(item)

    def _fill_follow_ups(self, rows: tuple[DueItem, ...], today: date) -> None:
        for due in rows:
            days = (today - due.due_on).days
            if due.overdue:
                when = self.tr("{n} days overdue").format(n=days)
            elif days == 0:
                when = self.tr("Today")
            else:
                when = self.tr("In {n} days").format(n=-days)
            item = QTreeWidgetItem([due.due_on.isoformat(), due.case_no, due.title, when])
            item.setData(0, RECORD_ROLE, ("dispute", due.dispute_id))
            item.setToolTip(2, due.title)
            if due.overdue:
                item.setForeground(3, Qt.GlobalColor.darkRed)
            self.follow_ups.addTopLevelItem(item)

    def _fill_jc(self, rows: tuple[DueItem, ...], today: date) -> None:
        for due in rows:
            left = (due.due_on - today).days
            text = self.tr("Closes today") if left == 0 else self.tr("{n} days").format(n=left)
            item = QTreeWidgetItem([due.due_on.isoformat(), due.case_no, due.title, text])
            item.setData(0, RECORD_ROLE, ("dispute", due.dispute_id))
            item.setToolTip(2, due.title)
            self.jc_windows.addTopLevelItem(item)

    def _fill_levels(self, view: Overview) -> None:
        _clear(self.level_row)
        for level in view.overdue_levels or ():
            chip = QLabel(self.tr("{level}: {n}").format(level=level_text(level.code, level.label),
                                                         n=_count(level.count)))
            chip.setObjectName(f"level_{level.code}")
            chip.setStyleSheet(f"background: {level.colour}; color: white; border-radius: 4px; padding: 2px 6px;"
                               if level.count else
                               f"border: 1px solid {level.colour}; border-radius: 4px; padding: 1px 5px;")
            self.level_row.addWidget(chip)
        self.level_row.addStretch(1)

    def _fill_risks(self, rows: tuple[RiskRow, ...], today: date) -> None:
        for risk in rows:
            deadline = risk.deadline.isoformat() if risk.deadline else ""
            item = QTreeWidgetItem([level_text(risk.level.code, risk.level.label), risk.code, risk.title,
                                    deadline])
            item.setData(0, RECORD_ROLE, ("risk", risk.id))
            item.setBackground(0, QBrush(QColor(risk.level.colour)))
            item.setForeground(0, Qt.GlobalColor.white)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            if risk.deadline is not None:
                item.setToolTip(3, self.tr("{n} days overdue").format(n=(today - risk.deadline).days))
            self.late_risks.addTopLevelItem(item)

    def _fill_statuses(self, view: Overview) -> None:
        _clear(self.status_grid)
        self.status_box.setVisible(view.open_by_status is not None)
        total = 0
        for row, count in enumerate(view.open_by_status or ()):
            name = QLabel(count.label)
            number = QLabel(str(count.count))
            number.setObjectName(f"status_{count.status.value}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = QFont(number.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            number.setFont(font)
            self.status_grid.addWidget(name, row, 0)
            self.status_grid.addWidget(number, row, 1)
            total += count.count
        if view.open_by_status is not None:
            n = len(view.open_by_status)
            caption = QLabel(self.tr("Open in total"))
            bold = QFont(caption.font())
            bold.setBold(True)
            caption.setFont(bold)
            self.status_grid.addWidget(caption, n, 0)
            total_label = QLabel(str(total))
            big = QFont(bold)
            big.setPointSizeF(big.pointSizeF() * 1.3)
            total_label.setFont(big)
            total_label.setObjectName("status_total")
            total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.status_grid.addWidget(total_label, n, 1)

    def _fill_activity(self, rows: tuple[ActivityRow, ...], today: date) -> None:
        for row in rows:
            at = to_local(row.at)
            stamp = at.strftime("%H:%M") if at.date() == today else at.strftime("%m-%d %H:%M")
            item = QTreeWidgetItem([stamp, activity_text(row)])
            if row.record_kind:
                item.setData(0, RECORD_ROLE, (row.record_kind, row.entity_id))
                item.setToolTip(1, self.tr("Click to open the record"))
            self.activity.addTopLevelItem(item)

    # -- opening records ---------------------------------------------------------------------------
    @Slot(QTreeWidgetItem, int)
    def _on_item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        target = item.data(0, RECORD_ROLE)
        if not (isinstance(target, tuple) and len(target) == 2):
            return
        # A double click is a click and an activation: open the record once.
        now = time.monotonic()
        if self._last_open[0] == target and now - self._last_open[1] < QApplication.doubleClickInterval() / 1000:
            return
        self._last_open = (target, now)
        self.session.open_record(str(target[0]), str(target[1]))


def dashboard_page(session: AppSession, parent: QWidget | None) -> QWidget:
    """The page factory for :class:`PageSpec`."""
    return DashboardPage(session, parent)
