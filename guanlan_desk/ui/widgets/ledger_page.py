"""A record area's page: its list and, in the same place, the editor of one record.

The risk ledger and the legal-clarity roster share it: Ctrl+N new, F5 refresh, Ctrl+F search, Ctrl+S save,
Esc back to the list, the unsaved-changes guard, and a refresh when a write elsewhere touched the area.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget

from guanlan_desk.services.dto import Changes
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.ledger_form import Leave, UnsavedChangesPrompt


class RecordList(QWidget):
    """The list half: subclasses build ``search``, ``new_button`` and ``table`` and implement ``refresh``."""

    record_activated = Signal(str)
    new_requested = Signal()
    search: QLineEdit
    new_button: QPushButton
    table: QTableView

    def refresh(self) -> None:
        """Load the list again from the first page."""
        raise NotImplementedError


class RecordEditor(QWidget):
    """The editor half: subclasses implement loading, a blank record, the dirty flag and saving."""

    saved = Signal(str)
    back_requested = Signal()
    save_button: QPushButton

    @property
    def record_id(self) -> str | None:
        """The id of the record shown (None for a new one)."""
        raise NotImplementedError

    def load(self, record_id: str, then: Callable[[], None] | None = None,
             otherwise: Callable[[], None] | None = None) -> None:
        """Show a record, read off the GUI thread: ``then()`` once it is shown, ``otherwise()`` after telling the
        user it cannot be read."""
        raise NotImplementedError

    def new(self) -> None:
        """Start a blank record."""
        raise NotImplementedError

    def is_dirty(self) -> bool:
        """Whether edits are not saved yet."""
        raise NotImplementedError

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Check and save; ``then()`` after success; False when the input was refused."""
        raise NotImplementedError


class ListEditorPage(QWidget):
    """The list and the editor stacked; implements the ``RecordPage`` protocol."""

    def __init__(self, session: AppSession, records: RecordList, editor: RecordEditor,
                 touched: Callable[[Changes], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._touched = touched
        self.list = records
        self.editor = editor
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        records.record_activated.connect(self._on_list_record_activated)
        records.new_requested.connect(self._on_list_new_requested)
        editor.back_requested.connect(self._on_editor_back_requested)
        self.stack.addWidget(records)
        self.stack.addWidget(editor)
        # Ctrl+F is the main window's (it calls focus_search): a second binding here would be ambiguous.
        for keys, slot in ((QKeySequence(QKeySequence.StandardKey.New), self._on_list_new_requested),
                           (QKeySequence(Qt.Key.Key_F5), self._on_refresh_shortcut),
                           (QKeySequence(QKeySequence.StandardKey.Save), self._on_save_shortcut),
                           (QKeySequence(Qt.Key.Key_Escape), self._on_editor_back_requested)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        session.changes_applied.connect(self._on_session_changes_applied)
        session.user_changed.connect(self._on_session_user_changed)

    # -- RecordPage ----------------------------------------------------------------------------
    def open_record(self, record_id: str) -> None:
        """Show the record with ``record_id`` (asking first if the editor holds unsaved edits)."""
        self._leave_editor_then(lambda: self._show_record(record_id))

    def has_unsaved_changes(self) -> bool:
        """Whether the editor holds edits that are not saved."""
        return self.stack.currentWidget() is self.editor and self.editor.is_dirty()

    def save_changes(self, then: Callable[[], None]) -> None:
        """Save the editor's edits; ``then`` runs once they are saved (保存并退出)."""
        self.editor.save(then=then)

    def new_record(self) -> None:
        """Start a new record."""
        self._leave_editor_then(self._show_new)

    def show_list(self) -> None:
        """Go back to the list (asking first about unsaved edits)."""
        self._leave_editor_then(self._show_list)

    # -- navigation --------------------------------------------------------------------------------
    def _leave_editor_then(self, action: Callable[[], None]) -> None:
        if not self.has_unsaved_changes():
            action()
            return
        answer = UnsavedChangesPrompt.ask(self)
        if answer is Leave.SAVE:
            self.editor.save(then=action)
        elif answer is Leave.DISCARD:
            action()

    def _show_record(self, record_id: str) -> None:
        self.editor.load(record_id, then=lambda: self.stack.setCurrentWidget(self.editor))

    def _show_new(self) -> None:
        self.editor.new()
        self.stack.setCurrentWidget(self.editor)

    def _show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.table.setFocus()

    # -- slots -------------------------------------------------------------------------------------
    @Slot(str)
    def _on_list_record_activated(self, record_id: str) -> None:
        self.open_record(record_id)

    @Slot()
    def _on_list_new_requested(self) -> None:
        if self.list.new_button.isEnabled():
            self.new_record()

    @Slot()
    def _on_editor_back_requested(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self.show_list()

    @Slot()
    def _on_refresh_shortcut(self) -> None:
        self.list.refresh()
        record_id = self.editor.record_id
        if self.stack.currentWidget() is self.editor and record_id and not self.editor.is_dirty():
            self.editor.load(record_id)

    @Slot()
    def focus_search(self) -> None:
        """Back to the list with the cursor in its search box (the main window's Ctrl+F)."""
        self.show_list()
        if self.stack.currentWidget() is self.list:
            self.list.search.setFocus()
            self.list.search.selectAll()

    @Slot()
    def _on_save_shortcut(self) -> None:
        if self.stack.currentWidget() is self.editor and self.editor.save_button.isEnabled():
            self.editor.save()

    @Slot(object, object)
    def _on_session_changes_applied(self, changes: Changes, initiator: object) -> None:
        if not self._touched(changes):
            return
        self.list.refresh()
        record_id = self.editor.record_id
        if initiator is not self.editor and record_id and (not changes.ids or record_id in changes.ids) \
                and self.stack.currentWidget() is self.editor and not self.editor.is_dirty():
            self.editor.load(record_id)

    @Slot()
    def _on_session_user_changed(self) -> None:
        self.list.refresh()
        record_id = self.editor.record_id
        if record_id and not self.editor.is_dirty():
            self.editor.load(record_id, otherwise=self._show_list)  # the new user may not see this record
