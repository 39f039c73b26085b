"""The statistics page (统计): period and scope, the table of figures, the records behind a figure (click a
line or a number of the year-end text), the year-end paragraph to copy, and the exports."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.roles import Permission
from guanlan_desk.reports import drill, settings, statistics, year_end
from guanlan_desk.reports.drill import DrillRow
from guanlan_desk.reports.period import Period
from guanlan_desk.reports.statistics import Statistics
from guanlan_desk.ui.ops import LatestRead, Op
from guanlan_desk.ui.preferences import Preferences
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.reports.choosers import PeriodChooser, ScopeChooser
from guanlan_desk.ui.widgets.flow_layout import FlowLayout
from guanlan_desk.ui.views.reports.exports import confirm_unmask, run_export

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


class StatisticsPage(QWidget):
    """Figures of a period and scope, each with the records behind it."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        ctx = session.ctx
        self.stats: Statistics | None = None
        self.drill_rows: tuple[DrillRow, ...] = ()
        self._names = session.reference.statistics_communities
        today = ctx.today()
        self.period_chooser = PeriodChooser(today)
        self.period_chooser.set_period(Period.month(today.year, today.month).previous())  # the month to report
        self.scope_chooser = ScopeChooser(self._names, statistics.default_scope(ctx))
        self.scope_chooser.setEnabled(ctx.db.workstation.role == "office")
        self.title = QLabel()
        self.title.setObjectName("stats_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

        self.table = QTreeWidget()
        self.table.setObjectName("stats_table")
        self.table.setHeaderLabels([self.tr("Figure"), self.tr("Value"), self.tr("Unit")])
        self.table.setUniformRowHeights(True)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 50)
        self.table.itemClicked.connect(self._on_table_item_clicked)

        self.drill_caption = QLabel(self.tr("Click a figure to list the records behind it."))
        self.drill_caption.setWordWrap(True)
        self.drill = QTableWidget(0, 5)
        self.drill.setObjectName("drill_table")
        self.drill.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Date"), self.tr("Community"),
                                              self.tr("Kind"), self.tr("Status")])
        self.drill.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.drill.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.drill.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.drill.verticalHeader().hide()
        self.drill.verticalHeader().setDefaultSectionSize(24)
        self.drill.itemDoubleClicked.connect(self._on_drill_item_double_clicked)

        self.year_text = QTextBrowser()
        self.year_text.setObjectName("year_end_text")
        self.year_text.setOpenLinks(False)
        self.year_text.anchorClicked.connect(self._on_year_text_anchor_clicked)
        self.year_text.setMaximumHeight(150)
        self.copy_button = QPushButton(self.tr("Copy text"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.unmask = QCheckBox(self.tr("Personal data in clear"))
        self.unmask.setVisible(ctx.can(Permission.PII_UNMASK) and ctx.can(Permission.EXPORT))
        self.excel_button = QToolButton()
        self.excel_button.setObjectName("excel_button")
        self.excel_button.setText(self.tr("Export Excel"))
        self.excel_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.excel_button)
        for kind, text in (("disputes", self.tr("Dispute ledger (矛盾纠纷排查化解台账)")),
                           ("risks", self.tr("Risk ledger (风险隐患台账)")),
                           ("lcp", self.tr("Legal-clarity roster (法律明白人花名册)")),
                           ("stats", self.tr("Statistics table"))):
            action = menu.addAction(text)
            action.setData(kind)
        menu.triggered.connect(self._on_excel_menu_triggered)
        self.excel_button.setMenu(menu)
        self.pdf_button = QPushButton(self.tr("Report PDF"))
        self.pdf_button.setObjectName("pdf_button")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        can_export = ctx.can(Permission.EXPORT)
        self.excel_button.setEnabled(can_export)
        self.pdf_button.setEnabled(ctx.can(Permission.PRINT))
        self.status = QLabel()
        self.status.setObjectName("stats_status")

        # Three groups that wrap onto a second line instead of widening the window (large fonts, English).
        bar = QWidget()
        flow = FlowLayout(bar, spacing=12)
        flow.setContentsMargins(0, 0, 0, 0)
        for group in ((QLabel(self.tr("Period")), self.period_chooser),
                      (QLabel(self.tr("Communities")), self.scope_chooser, self.refresh_button),
                      (self.unmask, self.excel_button, self.pdf_button)):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in group:
                row.addWidget(widget)
            flow.addWidget(box)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.drill_caption)
        rl.addWidget(self.drill, 1)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Figures paragraph (click a number for its records)")), 1)
        year_row.addWidget(self.copy_button)
        rl.addLayout(year_row)
        rl.addWidget(self.year_text)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)

        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._counts = LatestRead(self)
        self.period_chooser.period_changed.connect(self.refresh)
        self.scope_chooser.scope_changed.connect(self.refresh)
        self.refresh()

    # -- loading --------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Recompute the figures for the chosen period and scope (off the GUI thread)."""
        ctx = self._session.ctx
        period, scope = self.period_chooser.period(), self.scope_chooser.scope()
        self.status.setText(self.tr("Counting…"))
        # The latest choice wins: an earlier, slower count never overwrites it.
        self._counts.run(lambda: statistics.compute(ctx, period, scope, settings.load(ctx)), self.show_stats)

    def show_stats(self, stats: Statistics) -> None:
        """Fill the table and the year-end text."""
        self.stats = stats
        self.title.setText(f"{stats.period.label} · {stats.scope_label}")
        self.table.clear()
        sections: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.table.font())
        bold.setBold(True)
        for line in statistics.table(stats):
            parent = sections.get(line.section)
            if parent is None:
                parent = QTreeWidgetItem(self.table, [line.section])
                parent.setFont(0, bold)
                parent.setFirstColumnSpanned(True)
                sections[line.section] = parent
            item = QTreeWidgetItem(parent, ["\u3000" * line.indent + line.label, line.value, line.unit])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, KEY_ROLE, line.key)
            if "不足" in line.value:
                item.setForeground(1, QBrush(QColor("#C0392B")))
        self.table.expandAll()
        parts = year_end.segments(stats)
        self.year_text.setHtml(f"<p style='line-height:150%'>{year_end.html(parts)}</p>")
        self._plain = year_end.plain_text(parts)
        self.status.setText(self.tr("Figures computed from the records; no personal data is read."))

    def list_records(self, key: str, label: str) -> None:
        """Show the records behind the figure ``key``."""
        ctx = self._session.ctx
        period, scope = self.period_chooser.period(), self.scope_chooser.scope()
        self.drill_caption.setText(self.tr("Records behind “%1”: loading…").replace("%1", label))

        def shown(rows: tuple[DrillRow, ...]) -> None:
            self.drill_rows = rows
            self.drill.setRowCount(len(rows))
            for r, row in enumerate(rows):
                values = (row.reference, row.day.isoformat() if row.day else "", row.community, row.what, row.status)
                for c, value in enumerate(values):
                    cell = QTableWidgetItem(value)
                    cell.setData(RECORD_ROLE, (row.kind, row.record_id))
                    self.drill.setItem(r, c, cell)
            self.drill.resizeColumnsToContents()
            self.drill_caption.setText(self.tr("Records behind “%1”: %2 (double-click opens one)")
                                       .replace("%1", label).replace("%2", str(len(rows))))

        Op(self, lambda: drill.records(ctx, period, scope, key)).success(shown).run()

    # -- slots ----------------------------------------------------------------------------------------
    @Slot(QTreeWidgetItem, int)
    def _on_table_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.list_records(str(key), item.text(0).strip())

    @Slot(QUrl)
    def _on_year_text_anchor_clicked(self, url: QUrl) -> None:
        key = url.toString()
        self.list_records(key, key)

    @Slot(QTableWidgetItem)
    def _on_drill_item_double_clicked(self, item: QTableWidgetItem) -> None:
        kind, record_id = item.data(RECORD_ROLE)
        if kind and record_id:
            self._session.open_record(kind, record_id)

    @Slot(QAction)
    def _on_excel_menu_triggered(self, action: QAction) -> None:
        self.export(str(action.data()))

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(getattr(self, "_plain", ""))
        self.status.setText(self.tr("Paragraph copied."))

    def export(self, kind: str) -> None:
        """Export a ledger (``disputes``, ``risks``, ``lcp``, ``stats``) or the report PDF (``pdf``)."""
        unmask = self.unmask.isVisible() and self.unmask.isChecked() and kind not in ("stats", "pdf")
        if unmask and not confirm_unmask(self):
            return
        run_export(self, self._session.ctx, kind, self.period_chooser.period(), self.scope_chooser.scope(), unmask,
                   self.status.setText, prefs=Preferences(self._session.settings))
