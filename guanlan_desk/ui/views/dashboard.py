"""The dashboard (工作台): mediations scheduled today and this week, follow-ups due, late risk items by level, open disputes, closing JC windows, activity.

Everything loads off the GUI thread in one service call; each entry opens its record.
"""

from __future__ import annotations

import time
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.services import dashboard
from guanlan_desk.domain.localtime import to_local
from guanlan_desk.services.dashboard import ActivityRow, Overview
from guanlan_desk.services.dto import Changes
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.supervision.box import SupervisionBox

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) of the record an entry opens
CTX = "DashboardPage"
_WEEKDAYS = (QT_TRANSLATE_NOOP("DashboardPage", "Monday"), QT_TRANSLATE_NOOP("DashboardPage", "Tuesday"),
             QT_TRANSLATE_NOOP("DashboardPage", "Wednesday"), QT_TRANSLATE_NOOP("DashboardPage", "Thursday"),
             QT_TRANSLATE_NOOP("DashboardPage", "Friday"), QT_TRANSLATE_NOOP("DashboardPage", "Saturday"),
             QT_TRANSLATE_NOOP("DashboardPage", "Sunday"))
_ENTITIES = {
    "dispute": QT_TRANSLATE_NOOP("DashboardPage", "dispute"),
    "risk": QT_TRANSLATE_NOOP("DashboardPage", "risk item"),
    "lcp": QT_TRANSLATE_NOOP("DashboardPage", "legal-clarity person"),
    "party": QT_TRANSLATE_NOOP("DashboardPage", "party"),
    "user": QT_TRANSLATE_NOOP("DashboardPage", "user account"),
    "workstation": QT_TRANSLATE_NOOP("DashboardPage", "workstation"),
    "attachment": QT_TRANSLATE_NOOP("DashboardPage", "attachment"),
    "notice": QT_TRANSLATE_NOOP("DashboardPage", "notice to attend"),
    "supervision": QT_TRANSLATE_NOOP("DashboardPage", "instruction (交办/督办)"),
}
_SENTENCES = {
    "create": QT_TRANSLATE_NOOP("DashboardPage", "{user} created a {entity} record"),
    "update": QT_TRANSLATE_NOOP("DashboardPage", "{user} updated a {entity} record"),
    "delete": QT_TRANSLATE_NOOP("DashboardPage", "{user} deleted a {entity} record"),
    "unmask": QT_TRANSLATE_NOOP("DashboardPage", "{user} viewed the personal data of a {entity} record"),
    "print": QT_TRANSLATE_NOOP("DashboardPage", "{user} printed a document"),
    "export": QT_TRANSLATE_NOOP("DashboardPage", "{user} exported data"),
    "import": QT_TRANSLATE_NOOP("DashboardPage", "{user} imported data"),
    "login": QT_TRANSLATE_NOOP("DashboardPage", "{user} logged in"),
    "login_failed": QT_TRANSLATE_NOOP("DashboardPage", "A login attempt failed"),
    "logout": QT_TRANSLATE_NOOP("DashboardPage", "{user} logged out"),
    "password": QT_TRANSLATE_NOOP("DashboardPage", "{user} changed a password"),
    "key": QT_TRANSLATE_NOOP("DashboardPage", "{user} worked with the data key"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


# what a person did to a record, in the words people use ("张三 登记了纠纷 （2026）观城调字第0001号")
_RECORD_SENTENCES = {
    ("create", "dispute"): QT_TRANSLATE_NOOP("DashboardPage", "{user} registered dispute {record}"),
    ("update", "dispute"): QT_TRANSLATE_NOOP("DashboardPage", "{user} worked on dispute {record}"),
    ("create", "risk"): QT_TRANSLATE_NOOP("DashboardPage", "{user} reported risk item {record}"),
    ("update", "risk"): QT_TRANSLATE_NOOP("DashboardPage", "{user} worked on risk item {record}"),
    ("create", "user"): QT_TRANSLATE_NOOP("DashboardPage", "{user} added a user account"),
    ("update", "user"): QT_TRANSLATE_NOOP("DashboardPage", "{user} changed a user account"),
    ("create", "party"): QT_TRANSLATE_NOOP("DashboardPage", "{user} added a party"),
    ("update", "party"): QT_TRANSLATE_NOOP("DashboardPage", "{user} corrected a party's details"),
    ("create", "lcp"): QT_TRANSLATE_NOOP("DashboardPage", "{user} added a legal-clarity person"),
    ("create", "attachment"): QT_TRANSLATE_NOOP("DashboardPage", "{user} attached a file"),
}


def activity_text(row: ActivityRow) -> str:
    """One event in plain words (no personal data: who did what to which record, by case number or code)."""
    user = row.name or (_tr(QT_TRANSLATE_NOOP("DashboardPage", "The system")) if row.username == "system"
                       else row.username)
    record_sentence = _RECORD_SENTENCES.get((row.action, row.entity))
    if record_sentence is not None and ("{record}" not in record_sentence or row.record_label):
        return _tr(record_sentence).format(user=user, record=row.record_label)
    entity = _tr(_ENTITIES.get(row.entity, QT_TRANSLATE_NOOP("DashboardPage", "record")))
    sentence = _SENTENCES.get(row.action, QT_TRANSLATE_NOOP("DashboardPage", "{user}: {action}"))
    return _tr(sentence).format(user=user, entity=entity, action=row.action)


def _local_time(at: datetime) -> datetime:
    return to_local(at)


def _clear(layout: QHBoxLayout | QGridLayout) -> None:
    """Remove and delete a layout's widgets (renamed first: deletion happens later, lookups happen now)."""
    while layout.count():
        taken = layout.takeAt(0)
        if taken is not None and (widget := taken.widget()) is not None:
            widget.hide()
            widget.setObjectName("")
            widget.deleteLater()


def _list(columns: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setColumnCount(len(columns))
    tree.setHeaderLabels(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setMinimumHeight(150)
    header = tree.header()
    header.setStretchLastSection(False)
    for n in range(len(columns)):
        header.setSectionResizeMode(n, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(columns) - 1 if len(columns) < 3 else 2, QHeaderView.ResizeMode.Stretch)
    return tree


class DashboardPage(QWidget):
    """The workbench: what needs doing today, at a glance; Enter or a click opens the record."""

    loaded = Signal()  # the sections show fresh data

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

        self.mediations = _list([self.tr("Time"), self.tr("Case number"), self.tr("Dispute"), self.tr("Place")])
        self.mediations.setObjectName("mediations")
        self.follow_ups = _list([self.tr("Due"), self.tr("Case number"), self.tr("Dispute"), self.tr("When")])
        self.follow_ups.setObjectName("follow_ups")
        self.jc_windows = _list([self.tr("Deadline"), self.tr("Case number"), self.tr("Dispute"),
                                 self.tr("Days left")])
        self.jc_windows.setObjectName("jc_windows")
        self.late_risks = _list([self.tr("Level"), self.tr("Code"), self.tr("Risk item"), self.tr("Deadline")])
        self.late_risks.setObjectName("late_risks")
        self.level_row = QHBoxLayout()
        self.status_grid = QGridLayout()
        self.activity = _list([self.tr("Time"), self.tr("What happened")])
        self.activity.setObjectName("activity")
        for tree in (self.mediations, self.follow_ups, self.jc_windows, self.late_risks, self.activity):
            tree.itemClicked.connect(self._on_item_clicked)
            tree.itemActivated.connect(self._on_item_clicked)

        self.mediation_box = self._box(self.tr("Mediations today and this week"), self.mediations)
        self.follow_box = self._box(self.tr("Follow-up visits due today and overdue"), self.follow_ups)
        self.jc_box = self._box(self.tr("Judicial confirmation: application windows closing within 7 days"),
                                self.jc_windows)
        risk_inner = QVBoxLayout()
        risk_inner.addLayout(self.level_row)
        risk_inner.addWidget(self.late_risks)
        self.risk_box = self._box(self.tr("Risk items past their deadline"), risk_inner)
        status_inner = QVBoxLayout()
        status_inner.addLayout(self.status_grid)
        status_inner.addStretch(1)
        self.status_box = self._box(self.tr("Open disputes by status"), status_inner)
        self.activity_box = self._box(self.tr("Recent activity"), self.activity)

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

    def _box(self, title: str, content: QWidget | QVBoxLayout) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        if isinstance(content, QWidget):
            layout.addWidget(content)
        else:
            layout.addLayout(content)
        return box

    # -- loading -----------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Load every section again (off the GUI thread)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.refresh_button.setEnabled(False)
        self.supervision_box.refresh()
        ctx = self.session.ctx
        op: Op[Overview] = Op(self, lambda: dashboard.overview(ctx))
        op.success(self._on_overview_loaded).failure(self._on_overview_failed)
        op.run()

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

    def _on_overview_loaded(self, view: Overview) -> None:
        self.overview = view
        self._show_today(view.today)
        self._fill_mediations(view)
        self._fill_follow_ups(view)
        self._fill_jc(view)
        self._fill_risks(view)
        self._fill_statuses(view)
        self._fill_activity(view)
        self._finish()
        self.loaded.emit()

    # -- sections ----------------------------------------------------------------------------------
    def _show_today(self, today: date) -> None:
        weekday = _tr(_WEEKDAYS[today.weekday()])
        self.today_label.setText(self.tr("Today is {date}, {weekday}").format(
            date=self.tr("{y}-{m}-{d}").format(y=today.year, m=today.month, d=today.day), weekday=weekday))

    @staticmethod
    def _placeholder(tree: QTreeWidget, text: str) -> None:
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        tree.addTopLevelItem(item)
        tree.setFirstColumnSpanned(0, tree.rootIndex(), True)

    def _fill_mediations(self, view: Overview) -> None:
        tree = self.mediations
        tree.clear()
        shown = view.mediations_today is not None
        self.mediation_box.setVisible(shown)
        today, week = view.mediations_today or (), view.mediations_week or ()
        self.mediation_box.setTitle(self.tr("Mediations today ({today}) and this week ({week})").format(
            today=len(today), week=len(week)))
        if not today and not week:
            self._placeholder(tree, self.tr("No mediation is scheduled this week."))
            return
        for item_data in (*today, *week):
            at = _local_time(item_data.scheduled_at)
            day = self.tr("today") if at.date() == view.today else _tr(_WEEKDAYS[at.weekday()])
            item = QTreeWidgetItem([self.tr("{day} {time}").format(day=day, time=at.strftime("%H:%M")),
                                    item_data.case_no, item_data.title, item_data.place])
            item.setData(0, RECORD_ROLE, ("dispute", item_data.dispute_id))
            item.setToolTip(2, self.tr("{title} (mediators: {names})").format(title=item_data.title,
                                                                              names=item_data.mediators))
            if at.date() == view.today:
                bold = QFont(item.font(0))
                bold.setBold(True)
                for column in range(4):
                    item.setFont(column, bold)
            tree.addTopLevelItem(item)

    def _fill_follow_ups(self, view: Overview) -> None:
        tree = self.follow_ups
        tree.clear()
        self.follow_box.setVisible(view.follow_ups is not None)
        self.follow_box.setTitle(self.tr("Follow-up visits due today and overdue ({n})")
                                 .format(n=f"{view.follow_ups_total:,}"))
        if not view.follow_ups:
            self._placeholder(tree, self.tr("No follow-up visits are due."))
            return
        for due in view.follow_ups:
            days = (view.today - due.due_on).days
            when = self.tr("{n} days overdue").format(n=days) if due.overdue else self.tr("Today")
            item = QTreeWidgetItem([due.due_on.isoformat(), due.case_no, due.title, when])
            item.setData(0, RECORD_ROLE, ("dispute", due.dispute_id))
            item.setToolTip(2, due.title)
            if due.overdue:
                item.setForeground(3, Qt.GlobalColor.darkRed)
            tree.addTopLevelItem(item)
        self._more(tree, view.follow_ups_total - len(view.follow_ups))

    def _fill_jc(self, view: Overview) -> None:
        tree = self.jc_windows
        tree.clear()
        self.jc_box.setVisible(view.jc_windows is not None)
        self.jc_box.setTitle(self.tr("Judicial confirmation: application windows closing within 7 days ({n})")
                             .format(n=len(view.jc_windows or ())))
        if not view.jc_windows:
            self._placeholder(tree, self.tr("No application window closes this week."))
            return
        for due in view.jc_windows:
            left = (due.due_on - view.today).days
            text = self.tr("Closes today") if left == 0 else self.tr("{n} days").format(n=left)
            item = QTreeWidgetItem([due.due_on.isoformat(), due.case_no, due.title, text])
            item.setData(0, RECORD_ROLE, ("dispute", due.dispute_id))
            item.setToolTip(2, due.title)
            tree.addTopLevelItem(item)

    def _fill_risks(self, view: Overview) -> None:
        _clear(self.level_row)
        self.risk_box.setVisible(view.overdue_levels is not None)
        self.risk_box.setTitle(self.tr("Risk items past their deadline ({n})")
                               .format(n=sum(level.count for level in view.overdue_levels or ())))
        for level in view.overdue_levels or ():
            chip = QLabel(self.tr("{level}: {n}").format(level=level.label, n=level.count))
            chip.setObjectName(f"level_{level.code}")
            chip.setStyleSheet(f"background: {level.colour}; color: white; border-radius: 4px; padding: 3px 10px;"
                               if level.count else
                               f"border: 1px solid {level.colour}; border-radius: 4px; padding: 2px 9px;")
            self.level_row.addWidget(chip)
        self.level_row.addStretch(1)
        tree = self.late_risks
        tree.clear()
        if not view.overdue_risks:
            self._placeholder(tree, self.tr("No risk item is past its deadline."))
            return
        for risk in view.overdue_risks:
            deadline = risk.deadline.isoformat() if risk.deadline else ""
            item = QTreeWidgetItem([risk.level.label, risk.code, risk.title, deadline])
            item.setData(0, RECORD_ROLE, ("risk", risk.id))
            item.setBackground(0, QBrush(QColor(risk.level.colour)))
            item.setForeground(0, Qt.GlobalColor.white)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            tree.addTopLevelItem(item)
        self._more(tree, view.overdue_risks_total - len(view.overdue_risks))

    def _more(self, tree: QTreeWidget, hidden: int) -> None:
        """A last row saying how many more the list holds than it shows (the total is in the box's title)."""
        if hidden > 0:
            item = QTreeWidgetItem([self.tr("… and {n} more, older ones").format(n=f"{hidden:,}")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            tree.setFirstColumnSpanned(tree.topLevelItemCount() - 1, tree.rootIndex(), True)

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

    def _fill_activity(self, view: Overview) -> None:
        tree = self.activity
        tree.clear()
        self.activity_box.setVisible(view.activity is not None)
        if not view.activity:
            self._placeholder(tree, self.tr("Nothing has happened yet."))
            return
        for row in view.activity:
            at = _local_time(row.at)
            stamp = at.strftime("%H:%M") if at.date() == view.today else at.strftime("%m-%d %H:%M")
            item = QTreeWidgetItem([stamp, activity_text(row)])
            if row.record_kind:
                item.setData(0, RECORD_ROLE, (row.record_kind, row.entity_id))
                item.setToolTip(1, self.tr("Click to open the record"))
            tree.addTopLevelItem(item)

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
