"""The office overview (街道概览): every community's health (last bundle and its age, gaps, conflicts, open
disputes, follow-ups due, overdue risks, cases past deadline; stale communities flagged) and the charts of
the last twelve months, for the whole sub-district or one community. A community workstation sees the
charts of its own community."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.roles import Permission
from guanlan_desk.reports import overview, settings, statistics
from guanlan_desk.reports.overview import CommunityHealth, OfficeOverview
from guanlan_desk.reports.period import Period, Scope
from guanlan_desk.reports.settings import ReportSettings
from guanlan_desk.reports.statistics import Statistics
from guanlan_desk.services.context import LOCAL_TZ, Ctx
from guanlan_desk.sync.status import waiting_gaps
from guanlan_desk.ui.ops import Op, WriteOp
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.reports.charts import levels_chart, trend_chart

STALE = QColor("#FDE2E1")


@dataclass(frozen=True, slots=True)
class Loaded:
    """What one refresh loads: the health lines (office only) and the charts' statistics."""

    health: OfficeOverview | None
    stats: Statistics
    settings: ReportSettings  # the thresholds in force


def load(ctx: Ctx, scope: Scope) -> Loaded:
    """The overview's data (off the GUI thread)."""
    conf = settings.load(ctx)
    today = ctx.today()
    y, m = (today.year, today.month - 11) if today.month == 12 else (today.year - 1, today.month + 1)
    start = date(y, m, 1)
    stats = statistics.compute(ctx, Period.between(start, today), scope, conf)
    health = overview.office_overview(ctx, conf, waiting_gaps(ctx)) if ctx.db.workstation.role == "office" else None
    return Loaded(health, stats, conf)


class OfficeOverviewPage(QWidget):
    """Health table (office) and the two charts."""

    HEADERS = (QT_TRANSLATE_NOOP("OfficeOverviewPage", "Community"),
               QT_TRANSLATE_NOOP("OfficeOverviewPage", "Last bundle"),
               QT_TRANSLATE_NOOP("OfficeOverviewPage", "Age"),
               QT_TRANSLATE_NOOP("OfficeOverviewPage", "Missing bundles"),
               QT_TRANSLATE_NOOP("OfficeOverviewPage", "Conflicts"),
               QT_TRANSLATE_NOOP("OfficeOverviewPage", "Open disputes"),
               QT_TRANSLATE_NOOP("OfficeOverviewPage", "Follow-ups due"),
               QT_TRANSLATE_NOOP("OfficeOverviewPage", "Overdue risks"),
               QT_TRANSLATE_NOOP("OfficeOverviewPage", "Past deadline"))

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        ctx = session.ctx
        self.office = ctx.db.workstation.role == "office"
        self._names = session.reference.statistics_communities
        self._thresholds_shown = False  # the thresholds arrive with the first load; edits are kept after that
        self.max_age = QSpinBox()
        self.max_age.setObjectName("max_age")
        self.max_age.setRange(1, 365)
        self.max_age.setSuffix(self.tr(" days"))
        self.max_age.setEnabled(False)
        self.lcp_min = QSpinBox()
        self.lcp_min.setRange(0, 1000)
        self.lcp_min.setEnabled(False)
        self.save_button = QPushButton(self.tr("Save thresholds"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("overview_summary")
        self.summary.setWordWrap(True)

        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setObjectName("health_table")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.chart_scope = QComboBox()
        self.chart_scope.setObjectName("chart_scope")
        if self.office:
            self.chart_scope.addItem(self.tr("Whole sub-district"), "")
            for code, name in sorted(self._names.items()):
                self.chart_scope.addItem(name, code)
        else:
            own = ctx.db.workstation.community_code
            self.chart_scope.addItem(self._names.get(own, own), own)
        self.chart_scope.currentIndexChanged.connect(self.refresh)
        self.charts = QHBoxLayout()
        self.trend_view: QWidget | None = None
        self.levels_view: QWidget | None = None

        bar = QHBoxLayout()
        if self.office:
            bar.addWidget(QLabel(self.tr("Flag a community when its last bundle is older than")))
            bar.addWidget(self.max_age)
        bar.addWidget(QLabel(self.tr("Legal-clarity persons per community at least")))
        bar.addWidget(self.lcp_min)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(QLabel(self.tr("Charts of the last twelve months for")))
        chart_bar.addWidget(self.chart_scope)
        chart_bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.table.setVisible(self.office)
        layout.addLayout(chart_bar)
        layout.addLayout(self.charts, 1)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Reload the health lines and the charts."""
        ctx = self._session.ctx
        code = str(self.chart_scope.currentData() or "")
        scope = Scope((code,)) if code else Scope()
        Op(self, lambda: load(ctx, scope)).success(self.show_loaded).run()

    def show_loaded(self, loaded: Loaded) -> None:
        """Show what :func:`load` returned."""
        if not self._thresholds_shown:
            self._thresholds_shown = True
            self.max_age.setValue(loaded.settings.bundle_max_age_days)
            self.lcp_min.setValue(loaded.settings.lcp_minimum)
            allowed = self._session.ctx.can(Permission.SETTINGS)
            for widget in (self.max_age, self.lcp_min, self.save_button):
                widget.setEnabled(allowed)
        if loaded.health is not None:
            self._fill(loaded.health)
        for old in (self.trend_view, self.levels_view):
            if old is not None:
                self.charts.removeWidget(old)
                old.deleteLater()
        self.trend_view = trend_chart(loaded.stats.disputes.trend, self)
        self.levels_view = levels_chart(loaded.stats.risks.by_level, self)
        self.charts.addWidget(self.trend_view, 3)
        self.charts.addWidget(self.levels_view, 2)

    def _fill(self, view: OfficeOverview) -> None:
        lines = view.lines
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for c, text in enumerate(self._cells(line)):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if line.stale:
                    item.setBackground(QBrush(STALE))
                self.table.setItem(r, c, item)
        stale = view.stale
        text = self.tr("%1 communities; %2 without a bundle in the last %3 days: %4").replace(
            "%1", str(len(lines))).replace("%2", str(len(stale))).replace("%3", str(view.max_age_days)).replace(
            "%4", "、".join(s.name for s in stale) or "—")
        self.summary.setText(text)

    def _cells(self, line: CommunityHealth) -> list[str]:
        if line.last_bundle_at is None:
            last = self.tr("never") if line.enrolled else self.tr("not enrolled")
            age = "—"
        else:
            last = line.last_bundle_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M") + f"（#{line.last_bundle_seq}）"
            age = self.tr("%1 days").replace("%1", f"{line.age_days:.1f}") if line.age_days is not None else "—"
        name = ("⚠ " if line.stale else "") + line.name
        gap = f"{line.gap[0]}–{line.gap[1]}" if line.gap else ""
        return [name, last, age, gap, str(line.conflicts or ""), str(line.open_disputes),
                str(line.follow_ups_due), str(line.overdue_risks), str(line.past_deadline)]

    @Slot()
    def _on_save_button_clicked(self) -> None:
        ctx = self._session.ctx
        chosen = ReportSettings(self.lcp_min.value(), self.max_age.value())
        WriteOp(self, self._session, lambda: settings.save(ctx, chosen)).success(lambda _: self.refresh()).run()
