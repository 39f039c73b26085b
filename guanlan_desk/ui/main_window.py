"""The main window: navigation between the areas (pages), menus and shortcuts, the status bar, the idle lock.

Pages are built lazily from their :class:`PageSpec` the first time they are shown, and rebuilt for a new
user after "switch user" (the old user's unsaved edits are never shown to the next one).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services.context import Actor
from guanlan_desk.sync.status import SyncOverview
from guanlan_desk.ui.backup_watch import BackupWatch
from guanlan_desk.ui.dialogs.about import AboutDialog
from guanlan_desk.ui.dialogs.batch_print import batch_print_action
from guanlan_desk.ui.dialogs.ledger_import import import_ledger_action
from guanlan_desk.ui.dialogs.confirm import DiscardChanges, QuitChoice, QuitPrompt
from guanlan_desk.ui.dialogs.login import PRODUCT_NAME, LoginDialog
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.lock import IdleWatcher, LockScreen, WindowCover
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.pages import PageSpec, RecordPage
from guanlan_desk.ui.preferences import Preferences
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.sync.scheduler import SyncScheduler
from guanlan_desk.ui.widgets.status_bar import StatusBar

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SYNC_STATE_DELAY_MS = 1500
NAV_STYLE = """
QListWidget#navigation { background: #24313f; color: #e8eef4; border: none; outline: none; padding-top: 6px; }
QListWidget#navigation::item { padding: 10px 14px; border-left: 3px solid transparent; }
QListWidget#navigation::item:selected { background: #35506b; color: white; border-left: 3px solid #f0b429; }
QListWidget#navigation::item:hover:!selected { background: #2d3e50; }
"""


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right, menus, status bar and idle lock."""

    page_shown = Signal(str)  # the key of the page now on screen
    lock_changed = Signal(bool)  # True when locked, False when unlocked

    def __init__(self, session: AppSession, pages: Sequence[PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = Preferences(session.settings)
        self._specs = list(pages)
        self._widgets: dict[str, QWidget] = {}
        self._locked = False
        self._covers: list[WindowCover] = []
        self._focus_before_lock: QWidget | None = None
        self.summary = session.reference.summary  # read with the reference lists (off the GUI thread at login)
        title = f"{PRODUCT_NAME} — {self.summary.name}"
        self.setWindowTitle(title + (self.tr(" [demo data]") if self.summary.demo else ""))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setMinimumWidth(120)
        for spec in self._specs:
            item = QListWidgetItem(spec.title())
            item.setData(KEY_ROLE, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([150, 1100])
        self.lock_screen = LockScreen(session.db)
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        self.lock_screen.switch_user_requested.connect(self._on_lock_screen_switch_user_requested)
        self._outer = QStackedWidget()
        self._outer.addWidget(self.splitter)
        self._outer.addWidget(self.lock_screen)
        self.setCentralWidget(self._outer)

        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.status.set_workstation(self.summary)
        self.status.set_user(session.actor)
        # The periodic export (a schedule in settings) and the export on exit; its state feeds the status bar.
        self.scheduler = SyncScheduler(session, self)
        self.scheduler.sync_state_changed.connect(self.status.set_sync_state)
        # Counts over every table: off the GUI thread, once the first page had its turn (large folders take seconds).
        QTimer.singleShot(SYNC_STATE_DELAY_MS, self._refresh_sync_state)
        # The database check and the daily backup, started by the app after the window is shown.
        self.backup_watch = BackupWatch(session, self.status, self)
        # every save anywhere changes the pending-export count: recount once a burst of changes settles
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(200)
        self._recount.timeout.connect(self._refresh_sync_state)
        session.changes_applied.connect(self._on_session_changes_applied)

        self._actions: list[QAction] = []
        self._build_menus()
        self.idle = IdleWatcher(self.prefs.idle_minutes, self)
        self.idle.timed_out.connect(self._on_idle_timed_out)
        self.idle.start()
        session.record_requested.connect(self._on_session_record_requested)
        session.user_changed.connect(self._on_session_user_changed)
        session.preferences_changed.connect(self._on_session_preferences_changed)
        self._restore_geometry()
        last = str(session.settings.value(Preferences.LAST_PAGE, ""))
        if self._specs:
            self.show_page(last if any(s.key == last for s in self._specs) else self._specs[0].key)

    def _refresh_sync_state(self) -> None:
        scheduler = self.scheduler

        def shown(value: tuple[SyncOverview, int]) -> None:
            self.status.set_sync_state(value[1], value[0].last_export_at)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserFacingError):
                show_error(self, exc)  # a bug; a known fault leaves the field at "unknown"

        op: Op[tuple[SyncOverview, int]] = Op(self, scheduler.state)
        op.success(shown).failure(failed)
        op.run()

    # -- menus and shortcuts ------------------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        self._actions.append(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.switch_user_action = self._action(self.tr("&Switch user…"), "Ctrl+Shift+U", self.switch_user)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        file_menu.addAction(self.switch_user_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.batch_print_action = batch_print_action(self.session, self)
        file_menu.addAction(self.batch_print_action)
        self.import_ledger_action = import_ledger_action(self.session, self)
        file_menu.addAction(self.import_ledger_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions: dict[str, QAction] = {}
        for n, spec in enumerate(self._specs):
            shortcut = spec.shortcut or (f"Ctrl+{n + 1}" if n < 9 else "")
            action = self._action(spec.title(), shortcut, lambda _=False, key=spec.key: self.show_page(key))
            view_menu.addAction(action)
            self.page_actions[spec.key] = action
        view_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find on this page"), QKeySequence(QKeySequence.StandardKey.Find),
                                        self.focus_search)
        view_menu.addAction(self.find_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About"), None, self.show_about)
        help_menu.addAction(self.about_action)

    # -- pages -------------------------------------------------------------------------------------
    @property
    def specs(self) -> list[PageSpec]:
        """The navigation entries, in order."""
        return list(self._specs)

    def page(self, key: str) -> QWidget | None:
        """The page widget for ``key`` if it has been built."""
        return self._widgets.get(key)

    def current_key(self) -> str:
        """The key of the page on screen ("" if none)."""
        current = self.stack.currentWidget()
        return next((k for k, w in self._widgets.items() if w is current), "")

    def show_page(self, key: str) -> QWidget | None:
        """Build the page if needed and bring it on screen; returns it (``None`` if it could not be built)."""
        spec = next((s for s in self._specs if s.key == key), None)
        if spec is None:
            return None
        widget = self._widgets.get(key)
        if widget is None:
            try:
                widget = spec.factory(self.session, self.stack)
            except Exception as exc:  # a page that cannot be built must not take the window down
                show_error(self, exc)
                return None
            self._widgets[key] = widget
            self.stack.addWidget(widget)
            sync_state = getattr(widget, "sync_state_changed", None)
            if sync_state is not None:  # the sync page tells the status bar after each export and import
                sync_state.connect(self.status.set_sync_state)
        self.stack.setCurrentWidget(widget)
        row = self._specs.index(spec)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.session.settings.setValue(Preferences.LAST_PAGE, key)
        self.page_shown.emit(key)
        return widget

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.show_page(self._specs[row].key)

    @Slot(str, str)
    def _on_session_record_requested(self, kind: str, record_id: str) -> None:
        spec = next((s for s in self._specs if s.record_kind == kind), None)
        if spec is None:
            self.status.showMessage(self.tr("No page on this workstation shows this kind of record."), 5000)
            return
        widget = self.show_page(spec.key)
        if isinstance(widget, RecordPage):
            widget.open_record(record_id)

    @Slot()
    def focus_search(self) -> None:
        """Put the cursor in the current page's search box (``focus_search()`` or a QLineEdit named "search")."""
        page = self.stack.currentWidget()
        if page is None:
            return
        hook = getattr(page, "focus_search", None)
        if callable(hook):
            hook()
            return
        edit = page.findChild(QLineEdit, "search")
        if edit is not None:
            edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            edit.selectAll()

    def dirty_pages(self) -> list[str]:
        """The titles of the pages that hold unsaved edits."""
        return [spec.title() for spec in self._specs
                if isinstance(w := self._widgets.get(spec.key), RecordPage) and w.has_unsaved_changes()]

    def _save_all_then_quit(self) -> None:
        """Save every page with unsaved edits, one after the other; quit when all are saved. A save that fails
        shows its error on its page and the program stays open there."""
        pending: list[tuple[str, RecordPage]] = []
        for spec in self._specs:
            widget = self._widgets.get(spec.key)
            if isinstance(widget, RecordPage) and widget.has_unsaved_changes():
                pending.append((spec.key, widget))

        def step(index: int) -> None:
            if index == len(pending):
                QTimer.singleShot(0, self.close)
                return
            key, page = pending[index]
            if not self._locked:
                self.show_page(key)
            page.save_changes(lambda: step(index + 1))
        step(0)

    def _confirm_discard(self, action: str) -> bool:
        dirty = self.dirty_pages()
        if not dirty:
            return True
        if DiscardChanges.ask(self, dirty, action):
            return True
        if not self._locked:  # take the user to the first page with edits so they can save them
            first = next(s for s in self._specs if s.title() == dirty[0])
            self.show_page(first.key)
        return False

    def _rebuild_pages(self) -> None:
        current = self.current_key()
        for widget in self._widgets.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._widgets.clear()
        if self._specs:
            self.show_page(current if any(s.key == current for s in self._specs) else self._specs[0].key)

    # -- users and the lock -------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        """Whether the lock screen is up."""
        return self._locked

    @Slot()
    def switch_user(self) -> bool:
        """Ask for another login (after confirming that unsaved edits may be dropped)."""
        if not self._confirm_discard(self.tr("switch user")):
            return False
        actor = LoginDialog.ask(self.session.db, parent=self, switching=True, demo=self.summary.demo,
                                subtitle=self.summary.name)
        if actor is None:
            return False
        self.session.switch_user(actor)
        return True

    @Slot()
    def lock(self, idle: bool = False) -> None:
        """Cover the window (and any other open window) until the password is entered again (``idle``: after a
        period without use, which the lock screen says; Ctrl+L just says it is locked)."""
        if self._locked:
            return
        self._locked = True
        self.idle.stop()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self._focus_before_lock = QApplication.focusWidget()
        modal = QApplication.activeModalWidget()
        for window in QApplication.topLevelWidgets():
            if window is self or not window.isVisible() or window.windowType() not in (
                    Qt.WindowType.Dialog, Qt.WindowType.Window, Qt.WindowType.Sheet):
                continue
            content = None
            if window is modal:  # a modal dialog blocks the main window: it gets its own unlock form
                extra = LockScreen(self.session.db)
                extra.prepare(self.session.actor, idle=idle)
                extra.unlocked.connect(self._on_lock_screen_unlocked)
                extra.switch_user_requested.connect(self._on_lock_screen_switch_user_requested)
                content = extra
            cover = WindowCover(window, content)
            cover.cover()
            self._covers.append(cover)
        for action in self._actions:
            action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self._outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare(self.session.actor, idle=idle)
        self.lock_changed.emit(True)

    def _unlock(self) -> None:
        for cover in self._covers:
            cover.uncover()
        self._covers.clear()
        self._outer.setCurrentWidget(self.splitter)
        for action in self._actions:
            action.setEnabled(True)
        self.menuBar().setEnabled(True)
        self._locked = False
        self.idle.start()
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_before_lock = None
        self.lock_changed.emit(False)

    @Slot()
    def _on_idle_timed_out(self) -> None:
        self.lock(idle=True)

    @Slot(object)
    def _on_lock_screen_unlocked(self, actor: Actor) -> None:
        self._unlock()

    @Slot()
    def _on_lock_screen_switch_user_requested(self) -> None:
        if not self._confirm_discard(self.tr("switch user")):
            return
        actor = LoginDialog.ask(self.session.db, parent=self, switching=True, demo=self.summary.demo,
                                subtitle=self.summary.name)
        if actor is None:
            return
        for cover in self._covers:  # the previous user's dialogs close: their edits were discarded
            window = cover.parentWidget()
            if isinstance(window, QDialog):
                window.reject()
        self._unlock()
        self.session.switch_user(actor)

    @Slot()
    def _on_session_user_changed(self) -> None:
        self.status.set_user(self.session.actor)
        self._rebuild_pages()

    @Slot(object, object)
    def _on_session_changes_applied(self, _changes: object, _initiator: object) -> None:
        self._recount.start()

    @Slot()
    def _on_session_preferences_changed(self) -> None:
        self.idle.set_minutes(self.prefs.idle_minutes)

    # -- about, geometry, closing ------------------------------------------------------------------
    @Slot()
    def show_about(self) -> None:
        """The About dialog."""
        AboutDialog.ask(self, self.summary.data_dir)

    def _restore_geometry(self) -> None:
        geometry = self.prefs.bytes(Preferences.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else None
            width = min(1280, available.width() - 40) if available is not None else 1280
            height = min(740, available.height() - 40) if available is not None else 740
            self.resize(max(width, 800), max(height, 560))
        state = self.prefs.bytes(Preferences.STATE)
        if state is not None:
            self.restoreState(state)
        splitter = self.prefs.bytes(Preferences.SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_geometry(self) -> None:
        """Remember the window's size, position and splitter for the next start."""
        self.session.settings.setValue(Preferences.GEOMETRY, self.saveGeometry())
        self.session.settings.setValue(Preferences.STATE, self.saveState())
        self.session.settings.setValue(Preferences.SPLITTER, self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Offer to save unsaved edits first (保存并退出 / 不保存退出 / 取消); remember the geometry."""
        dirty = self.dirty_pages()
        if dirty:
            choice = QuitPrompt.ask(self, dirty)
            if choice is not QuitChoice.DISCARD:
                event.ignore()
                if choice is QuitChoice.SAVE:
                    self._save_all_then_quit()
                elif not self._locked:  # take the user to the first page with edits
                    self.show_page(next(s for s in self._specs if s.title() == dirty[0]).key)
                return
        self.save_geometry()
        self.idle.detach()
        self.scheduler.export_on_exit()
        event.accept()
