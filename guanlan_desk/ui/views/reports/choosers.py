"""The period chooser (month, quarter, year, from–to) and the scope chooser (one, several or all communities)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QMenu, QSpinBox, QToolButton, QWidget

from guanlan_desk.reports.period import Period, PeriodKind, Scope


class PeriodChooser(QWidget):
    """Kind of period, then the year and the month or quarter, or two dates."""

    period_changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        for kind, text in ((PeriodKind.MONTH, self.tr("Month")), (PeriodKind.QUARTER, self.tr("Quarter")),
                           (PeriodKind.YEAR, self.tr("Year")), (PeriodKind.RANGE, self.tr("From – to"))):
            self.kind.addItem(text, kind.value)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" (year)"))
        self.year.setObjectName("period_year")
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(self.tr("Month %1").replace("%1", str(m)), m)
        self.month.setCurrentIndex(today.month - 1)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(self.tr("Q%1").replace("%1", str(q)), q)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.start = QDateEdit(QDate(today.year, 1, 1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.year, self.month, self.quarter, self.start, self.end):
            row.addWidget(w)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        for combo in (self.month, self.quarter):
            combo.currentIndexChanged.connect(self._on_any_changed)
        self.year.valueChanged.connect(self._on_any_changed)
        self.start.dateChanged.connect(self._on_any_changed)
        self.end.dateChanged.connect(self._on_any_changed)
        self._show_parts()

    def _show_parts(self) -> None:
        kind = PeriodKind(self.kind.currentData())
        self.year.setVisible(kind is not PeriodKind.RANGE)
        self.month.setVisible(kind is PeriodKind.MONTH)
        self.quarter.setVisible(kind is PeriodKind.QUARTER)
        self.start.setVisible(kind is PeriodKind.RANGE)
        self.end.setVisible(kind is PeriodKind.RANGE)

    def set_period(self, period: Period) -> None:
        """Show ``period`` (emits one change)."""
        self.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(period.kind.value))
        self.year.setValue(period.start.year)
        self.month.setCurrentIndex(period.start.month - 1)
        self.quarter.setCurrentIndex((period.start.month - 1) // 3)
        self.start.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.end.setDate(QDate(period.end.year, period.end.month, period.end.day))
        self.blockSignals(False)
        self._show_parts()
        self.period_changed.emit()

    def period(self) -> Period:
        """The chosen period (a from–to range with its ends swapped is put in order)."""
        kind = PeriodKind(self.kind.currentData())
        year = self.year.value()
        if kind is PeriodKind.MONTH:
            return Period.month(year, int(self.month.currentData()))
        if kind is PeriodKind.QUARTER:
            return Period.quarter(year, int(self.quarter.currentData()))
        if kind is PeriodKind.YEAR:
            return Period.year(year)
        qa, qb = self.start.date(), self.end.date()
        a, b = date(qa.year(), qa.month(), qa.day()), date(qb.year(), qb.month(), qb.day())
        return Period.between(min(a, b), max(a, b))

    @Slot(int)
    def _on_kind_current_index_changed(self, _index: int) -> None:
        self._show_parts()
        self.period_changed.emit()

    @Slot()
    def _on_any_changed(self) -> None:
        self.period_changed.emit()


class ScopeChooser(QToolButton):
    """A button with a menu: all communities, or any set of them ticked."""

    scope_changed = Signal()

    def __init__(self, communities: dict[str, str], initial: Scope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scope_chooser")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._names = communities
        menu = QMenu(self)
        self.all_action = QAction(self.tr("All communities"), menu)
        self.all_action.setCheckable(True)
        menu.addAction(self.all_action)
        menu.addSeparator()
        self.actions_by_code: dict[str, QAction] = {}
        for code, name in sorted(communities.items(), key=lambda kv: kv[0]):
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setData(code)
            menu.addAction(action)
            self.actions_by_code[code] = action
            action.toggled.connect(self._on_community_toggled)
        self.all_action.toggled.connect(self._on_all_toggled)
        self.setMenu(menu)
        self.set_scope(initial)

    def set_scope(self, scope: Scope) -> None:
        """Tick the communities of ``scope`` (all: the first entry)."""
        self._updating = True
        self.all_action.setChecked(scope.everything)
        for code, action in self.actions_by_code.items():
            action.setChecked(code in scope.codes)
        self._updating = False
        self._relabel()

    def scope(self) -> Scope:
        """The chosen scope (nothing ticked counts as all)."""
        codes = tuple(sorted(c for c, a in self.actions_by_code.items() if a.isChecked()))
        return Scope() if self.all_action.isChecked() or not codes else Scope(codes)

    def _relabel(self) -> None:
        scope = self.scope()
        if scope.everything:
            self.setText(self.tr("All communities"))
        elif len(scope.codes) <= 2:
            self.setText("、".join(self._names.get(c, c) for c in scope.codes))
        else:
            self.setText(self.tr("%1 communities").replace("%1", str(len(scope.codes))))

    @Slot(bool)
    def _on_all_toggled(self, checked: bool) -> None:
        if self._updating:
            return
        if checked:
            self._updating = True
            for action in self.actions_by_code.values():
                action.setChecked(False)
            self._updating = False
        self._relabel()
        self.scope_changed.emit()

    @Slot(bool)
    def _on_community_toggled(self, checked: bool) -> None:
        if self._updating:
            return
        if checked and self.all_action.isChecked():
            self._updating = True
            self.all_action.setChecked(False)
            self._updating = False
        self._relabel()
        self.scope_changed.emit()
