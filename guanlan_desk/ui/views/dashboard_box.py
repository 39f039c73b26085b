"""One list of the dashboard in its box: the list, the windows it offers (今天/本周/逾期) and its pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.services.dashboard_lists import WINDOWS, ListPage, PageRequest, Section, Window
from guanlan_desk.ui.widgets.pager import Pager, WindowChooser

CTX = "DashboardPage"
# What each list's default window is called on its first button, and what the other windows are called.
_DEFAULT_WINDOW = {
    Section.FOLLOW_UPS: QT_TRANSLATE_NOOP("DashboardPage", "Today and overdue"),
    Section.MEDIATIONS: QT_TRANSLATE_NOOP("DashboardPage", "This week"),
    Section.JC_WINDOWS: QT_TRANSLATE_NOOP("DashboardPage", "Within 7 days"),
    Section.LATE_RISKS: QT_TRANSLATE_NOOP("DashboardPage", "All"),
    Section.ACTIVITY: QT_TRANSLATE_NOOP("DashboardPage", "All"),
}
_WINDOW_WORDS = {
    (Section.MEDIATIONS, Window.OVERDUE): QT_TRANSLATE_NOOP("DashboardPage", "Past, not recorded"),
    (Section.JC_WINDOWS, Window.TODAY): QT_TRANSLATE_NOOP("DashboardPage", "Closing today"),
    Window.TODAY: QT_TRANSLATE_NOOP("DashboardPage", "Today only"),
    Window.WEEK: QT_TRANSLATE_NOOP("DashboardPage", "This week"),
    Window.OVERDUE: QT_TRANSLATE_NOOP("DashboardPage", "Overdue"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def window_choices(section: Section) -> list[tuple[str, str]]:
    """(key, translated button text) of the windows a list offers, its default first."""
    out = [(Window.ALL.value, _tr(_DEFAULT_WINDOW[section]))]
    for window in WINDOWS[section]:
        out.append((window.value, _tr(_WINDOW_WORDS.get((section, window), _WINDOW_WORDS[window]))))
    return out


def list_tree(columns: Sequence[str]) -> QTreeWidget:
    """A read-only list whose columns fit their contents, the third (or last) one taking the rest."""
    tree = QTreeWidget()
    tree.setColumnCount(len(columns))
    tree.setHeaderLabels(list(columns))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setMinimumHeight(tree.fontMetrics().height() * 5)  # the header and four rows
    header = tree.header()
    header.setStretchLastSection(False)
    for n in range(len(columns)):
        header.setSectionResizeMode(n, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(columns) - 1 if len(columns) < 3 else 2, QHeaderView.ResizeMode.Stretch)
    return tree


class ListBox(QGroupBox):
    """A titled box with a dashboard list, its window buttons and its pager; asks for a page when either moves."""

    load_requested = Signal(str)  # the section whose page should be loaded again

    def __init__(self, section: Section, tree: QTreeWidget, above: QLayout | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.tree = tree
        self.request = PageRequest()
        self.generation = 0  # bumped on every request, so that an older answer is not shown over a newer one
        self.setObjectName(f"{section.value}_box")
        self.chooser = WindowChooser(window_choices(section))
        self.chooser.setObjectName(f"{section.value}_windows")
        self.pager = Pager()
        self.pager.setObjectName(f"{section.value}_pager")
        self.controls = controls = QWidget()
        controls.setObjectName(f"{section.value}_controls")
        row = QHBoxLayout(controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.chooser)
        row.addStretch(1)
        row.addWidget(self.pager)
        layout = QVBoxLayout(self)
        if above is not None:
            layout.addLayout(above)
        layout.addWidget(controls)
        layout.addWidget(tree)
        self.chooser.chosen.connect(self._on_window_chosen)
        self.pager.moved.connect(self._on_pager_moved)

    def show_page(self, page: ListPage[object]) -> None:
        """Say which rows of how many the list shows."""
        self.pager.show_page(page.offset, len(page.rows), page.total, page.page_size,
                             always=page.window != Window.ALL)
        self.controls.setVisible(not self.chooser.isHidden() or not self.pager.isHidden())

    @Slot(str)
    def _on_window_chosen(self, key: str) -> None:
        self._ask(PageRequest(Window(key), 0))

    @Slot(int)
    def _on_pager_moved(self, offset: int) -> None:
        self._ask(PageRequest(self.request.window, offset))

    def _ask(self, request: PageRequest) -> None:
        self.request = request
        self.generation += 1
        self.load_requested.emit(self.section.value)
