"""The dispute area page: the list beside the editor, with the record-page contract for the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from guanlan_desk.domain.roles import Permission
from guanlan_desk.services.disputes import DisputeFilter
from guanlan_desk.services.dto import Changes
from guanlan_desk.ui.pages import PageSpec
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.editor import DisputeEditor
from guanlan_desk.ui.views.disputes.list_panel import DisputeListPanel

SPLITTER_KEY = "disputes/splitter"


class ListEditorSplitter(QSplitter):
    """The list beside the editor; its minimum is the editor's alone, since the list collapses when room is short."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The last (editor) pane's minimum plus the handle."""
        last = self.widget(self.count() - 1) if self.count() >= 2 else None
        if last is None:
            return super().minimumSizeHint()
        return QSize(last.minimumSizeHint().width() + self.handleWidth(), super().minimumSizeHint().height())


class DisputesPage(QWidget):
    """矛盾纠纷: filters, search and the paged list on the left, the editor on the right."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.list = DisputeListPanel(session, self)
        self.editor = DisputeEditor(session, self)
        self.splitter = ListEditorSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("disputes_splitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The list may be dragged shut (or is shut when the window is too narrow for both); the editor may not.
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        state = session.settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([560, 800])
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        # Who may not register disputes (the office) opens on the list; the editor shows once a case is opened.
        self.editor.setVisible(self._may_register())

        self.list.record_activated.connect(self.open_record)
        self.list.new_requested.connect(self.new_record)
        self.editor.saved.connect(self._on_editor_saved)
        session.changes_applied.connect(self._on_session_changes_applied)
        session.user_changed.connect(self._on_session_user_changed)
        # Ctrl+F is the main window's (it calls focus_search): a second binding here would be ambiguous.
        for sequence, slot in ((QKeySequence.StandardKey.New, self.new_record),
                               (QKeySequence(Qt.Key.Key_F5), self.list.refresh)):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def focus_search(self) -> None:
        """Put the cursor in the quick search box (the main window's Ctrl+F)."""
        self.list.focus_search()

    # -- RecordPage ------------------------------------------------------------------------------------
    @Slot(str)
    def open_record(self, record_id: str) -> None:
        """Show one dispute (asks first when the editor holds unsaved edits)."""
        if record_id == self.editor.record_id and not self.editor.is_dirty():
            return
        self.editor.confirm_leave(lambda: self._open(record_id))

    def _open(self, record_id: str) -> None:
        self.editor.open(record_id, then=lambda: self._opened(record_id))

    def _opened(self, record_id: str) -> None:
        self.editor.setVisible(True)
        self.list.select_id(record_id)
        self.make_room_for_editor()

    def make_room_for_editor(self) -> None:
        """Narrow the list so the editor gets the room it needs; collapse the list when too little is left."""
        total = sum(self.splitter.sizes())
        wanted = self.editor.minimumSizeHint().width() + self.fontMetrics().averageCharWidth() * 4
        if total <= 0 or self.splitter.sizes()[1] >= wanted:
            return
        narrowest = self.list.minimumSizeHint().width()
        list_width = total - wanted
        if list_width < narrowest:  # keep the list at its narrowest while the editor still fits, else shut it
            list_width = narrowest if total - narrowest >= self.editor.minimumSizeHint().width() else 0
        self.splitter.setSizes([list_width, total - list_width])

    def _may_register(self) -> bool:
        return self._session.ctx.can(Permission.DISPUTE_WRITE)

    def has_unsaved_changes(self) -> bool:
        """Whether the editor holds edits that are not saved."""
        return self.editor.is_dirty()

    @Slot()
    def new_record(self) -> None:
        """Start registering a new dispute (Ctrl+N); nothing where the role may not register."""
        if self._may_register():
            self.editor.confirm_leave(self._new)

    def _new(self) -> None:
        self.list.table.clearSelection()
        self.list.table.setCurrentIndex(self.list.model.index(-1, -1))
        self.editor.new_dispute()
        self.make_room_for_editor()

    def confirm_leave(self, then: Callable[[], None]) -> None:
        """For the main window's page switch: run ``then`` once unsaved edits are saved or discarded."""
        self.editor.confirm_leave(then)

    def show_list(self, filters: DisputeFilter) -> None:
        """Show the list filtered (the dashboard's "overdue", "mediating" … links); the editor is left as it is."""
        self.list.search.setText(filters.query)
        self.list.search.flush()
        self.list.filter_bar.set_filter(filters)

    def save(self) -> None:
        """Save the editor's edits (the main window may call this from its own guard)."""
        self.editor.save()

    def save_changes(self, then: Callable[[], None]) -> None:
        """Save the editor's edits; ``then`` runs once they are saved (保存并退出)."""
        self.editor.save(then=then)

    # -- refresh ---------------------------------------------------------------------------------------
    @Slot(object, object)
    def _on_session_changes_applied(self, changes: Changes, initiator: object) -> None:
        if not changes.disputes and not changes.parties:
            return
        self.list.refresh()
        shown = self.editor.record_id
        if initiator is not self.editor and shown is not None and not self.editor.is_dirty() \
                and (not changes.ids or shown in changes.ids):
            self.editor.reload()

    @Slot()
    def _on_session_user_changed(self) -> None:
        # After an unlock the same user's unsaved edits stay; otherwise the new role decides what is enabled.
        self.list.refresh()
        if self.editor.is_dirty():
            self.editor.action_bar.update_for(self.editor.detail)
        elif self.editor.record_id is not None:
            self.editor.reload()
        else:
            self.editor.new_dispute()
            self.editor.setVisible(self._may_register())

    @Slot(str)
    def _on_editor_saved(self, record_id: str) -> None:
        self.list.select_id(record_id)

    @Slot(int, int)
    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._session.settings.setValue(SPLITTER_KEY, self.splitter.saveState())


def disputes_page_spec() -> PageSpec:
    """The navigation entry of the dispute area (Ctrl+2)."""
    return PageSpec(
        key="disputes",
        title=lambda: QCoreApplication.translate("DisputesPage", "Disputes"),
        factory=lambda session, parent: DisputesPage(session, parent),
        record_kind="dispute",
        shortcut="Ctrl+2",
    )
