"""The sync page (同步): export now, import files or folders (drag and drop too), history, peers, gaps, conflicts.

Reads are short and run directly; exports, imports and resolutions run through ``ui/ops.py`` (progress and
Cancel for the long ones; a cancelled import or export changes nothing). After each export or import the page
emits :attr:`SyncPage.sync_state_changed` so the status bar can follow.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services.dto import Changes
from guanlan_desk.sync import status, ui_api
from guanlan_desk.sync.errors import Cancelled, ExportPending
from guanlan_desk.sync.exporter import ExportResult
from guanlan_desk.sync.ui_api import BundleOutcome
from guanlan_desk.ui.dialogs.enrolment import EnrolCommunityDialog, ImportAnswerDialog, ImportEnrolmentDialog
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.ops import LongOp, Op
from guanlan_desk.ui.pages import PageSpec
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.sync.actions import ActionsBox, FileAsk
from guanlan_desk.ui.views.sync.conflicts import ConflictsPanel
from guanlan_desk.ui.views.sync.models import HistoryModel, PeersModel
from guanlan_desk.ui.views.sync.overview import OverviewPanel
from guanlan_desk.ui.views.sync.reading import SyncView, read_sync
from guanlan_desk.ui.views.sync.scheduler import EXPORT_FOLDER_KEY, export_folder
from guanlan_desk.ui.views.sync.texts import error_message, export_text, gap_text, outcome_text



def _droppable(paths: Sequence[Path]) -> list[Path]:
    return [p for p in paths if p.is_dir() or p.name.endswith(ui_api.BUNDLE_SUFFIX)]


class SyncPage(QWidget):
    """Exchange of bundles with the other workstations, and what came of it."""

    sync_state_changed = Signal(int, object)  # (pending changes, last export datetime or None)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._last_state: tuple[int, object] | None = None
        self._reading = 0  # the generation of the latest read: older answers are dropped
        self._tab_chosen = False
        self._busy = False  # an export or import is running: one at a time
        self.setAcceptDrops(True)
        self.overview = OverviewPanel()

        self.controls = ActionsBox(session)
        a = self.controls  # its widgets, for the slots below and for tests
        self.folder_label, self.choose_folder, self.export_button, self.full = (
            a.folder_label, a.choose_folder, a.export_button, a.full)
        self.import_files, self.import_folder, self.schedule, self.on_exit = (
            a.import_files, a.import_folder, a.schedule, a.on_exit)
        self.enrol_community, self.import_answer, self.import_enrolment = (
            a.enrol_community, a.import_answer, a.import_enrolment)

        self.results_caption = QLabel(self.tr("Result of the last export or import:"))
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.results_caption.hide()
        self.results.hide()

        # Tabs: conflicts, history, peers.
        self.conflicts = ConflictsPanel(session)
        self.history_model = HistoryModel(self)
        self.history = self._table(self.history_model)
        self.peers_model = PeersModel(self)
        self.peers = self._table(self.peers_model)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        peers_tab = QWidget()
        peers_layout = QVBoxLayout(peers_tab)
        peers_layout.addWidget(self.peers, 1)
        peers_layout.addWidget(self.gaps)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(peers_tab, self.tr("Workstations and fingerprints"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(self.controls)
        layout.addWidget(self.results_caption)
        layout.addWidget(self.results)
        layout.addWidget(self.tabs, 1)

        self.choose_folder.clicked.connect(self._on_choose_folder_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_files.clicked.connect(self._on_import_files_clicked)
        self.import_folder.clicked.connect(self._on_import_folder_clicked)
        self.enrol_community.clicked.connect(self._on_enrol_community_clicked)
        self.import_answer.clicked.connect(self._on_import_answer_clicked)
        self.import_enrolment.clicked.connect(self._on_import_enrolment_clicked)
        self.conflicts.conflict_resolved.connect(self._on_conflicts_conflict_resolved)
        session.changes_applied.connect(self._on_session_changes_applied)
        session.user_changed.connect(self._on_session_user_changed)
        QShortcut(QKeySequence("Ctrl+E"), self, self._on_export_button_clicked)
        QShortcut(QKeySequence("Ctrl+I"), self, self._on_import_files_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.refresh()

    def _table(self, model: HistoryModel | PeersModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # Reading --------------------------------------------------------------------------------------------

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the overview, history, peers, gaps and conflicts again (short reads, off the GUI thread; the
        latest request wins); ``then()`` once they are shown."""
        ctx = self._session.ctx
        may_sync = self._session.ctx.can(Permission.EXPORT)
        self.controls.apply_permissions()
        for button in (self.export_button, self.import_files, self.import_folder):
            button.setEnabled(button.isEnabled() and not self._busy)
        self.setAcceptDrops(may_sync)
        self.conflicts.setEnabled(may_sync)
        self.folder_label.setText(export_folder(self._session) or self.tr("(not chosen yet)"))
        self._reading += 1
        generation, resolved = self._reading, self.conflicts.include_resolved
        op: Op[SyncView] = Op(self, lambda: read_sync(ctx, with_conflicts=may_sync, include_resolved=resolved))

        def shown(view: SyncView) -> None:
            if generation == self._reading:
                self._show(view)
                if then is not None:
                    then()

        def failed(exc: BaseException) -> None:
            if generation != self._reading:
                return
            if not isinstance(exc, UserFacingError):
                show_error(self, exc)  # a bug
                return
            self.overview.show_message(error_message(exc))

        op.success(shown).failure(failed).run()

    def _show(self, view: SyncView) -> None:
        o, gaps, unexported = view.overview, view.gaps, view.unexported
        self.overview.show_overview(o, unexported, self._session.ctx.db.workstation.name, gaps,
                                    export_folder(self._session))
        self.history_model.set_rows(view.history)
        self.peers_model.set_rows([*o.peers, *view.invitations])
        self.gaps.setText(self.tr("Missing bundles: {gaps}").format(gaps=self.tr("; ").join(
            gap_text(g) for g in gaps)) if gaps else self.tr("No bundles are missing."))
        self.conflicts.set_conflicts(view.conflicts)
        self.overview.show_message("")
        n = o.open_conflicts
        self.tabs.setTabText(0, self.tr("Conflicts ({n})").format(n=n) if n else self.tr("Conflicts"))
        self._last_state = (unexported, o.last_export_at)
        if not self._tab_chosen:  # open on the conflicts when there are some, else on the history
            self.tabs.setCurrentIndex(0 if n else 1)
            self._tab_chosen = True

    def _emit_state(self) -> None:
        def emit() -> None:
            if self._last_state is not None:
                self.sync_state_changed.emit(*self._last_state)

        self.refresh(then=emit)

    def showEvent(self, event: QShowEvent) -> None:
        """Show fresh figures each time the page comes into view."""
        super().showEvent(event)
        self.refresh()

    # Results --------------------------------------------------------------------------------------------

    def _show_results(self, lines: Sequence[tuple[str, QStyle.StandardPixmap]]) -> None:
        self.results.clear()
        for text, icon in lines:
            item = QListWidgetItem(self.style().standardIcon(icon), text)
            item.setToolTip(text)
            self.results.addItem(item)
        self.results_caption.setVisible(bool(lines))
        self.results.setVisible(bool(lines))
        # As tall as its lines (up to five, then it scrolls), so the tabs below keep the room.
        row = max(self.results.sizeHintForRow(0), self.fontMetrics().height() + 6) if lines else 0
        self.results.setFixedHeight(row * min(max(len(lines), 1), 5) + 2 * self.results.frameWidth() + 4)

    def result_texts(self) -> list[str]:
        """The lines shown under "Result of the last export or import"."""
        return [self.results.item(i).text() for i in range(self.results.count())]

    # Export ---------------------------------------------------------------------------------------------

    def _ensure_folder(self) -> str:
        folder = export_folder(self._session)
        if not folder:
            folder = FileAsk.ask_folder(self, self.tr("Choose the export folder (the USB stick or shared folder)"))
            if folder:
                self._session.settings.setValue(EXPORT_FOLDER_KEY, folder)
                self.folder_label.setText(folder)
        return folder

    @Slot()
    def _on_choose_folder_clicked(self) -> None:
        folder = FileAsk.ask_folder(self, self.tr("Choose the export folder (the USB stick or shared folder)"),
                                    export_folder(self._session))
        if folder:
            self._session.settings.setValue(EXPORT_FOLDER_KEY, folder)
            self.refresh()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self.export_now()

    def export_now(self) -> LongOp[tuple[ExportResult, ...]] | None:
        """Write bundles for the enrolled workstations into the export folder (asks for it the first time)."""
        if self._busy or not self._session.ctx.can(Permission.EXPORT):
            return None
        folder = self._ensure_folder()
        if not folder:
            return None
        ctx, full = self._session.ctx, self.full.isChecked()

        def work(report: Callable[[int, int], bool]) -> tuple[ExportResult, ...]:
            progress, cancel = ui_api.sync_progress(report)
            return status.export_now(ctx, Path(folder), full=full, progress=progress, cancel=cancel)

        op: LongOp[tuple[ExportResult, ...]] = LongOp(self, self.tr("Writing the sync bundles…"), work)
        op.success(self._on_exported).failure(self._on_export_failed)
        op.finished.connect(self._on_op_finished)
        self._set_busy(True)
        op.run()
        return op

    def _on_exported(self, results: tuple[ExportResult, ...]) -> None:
        lines = [(export_text(r), QStyle.StandardPixmap.SP_DialogApplyButton) for r in results]
        lines += [(self.tr("Warning: {text}").format(text=w), QStyle.StandardPixmap.SP_MessageBoxWarning)
                  for r in results for w in r.warnings]
        self._show_results(lines)
        self.full.setChecked(False)

    def _on_export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._show_results([(self.tr("Export cancelled: no bundle was written."),
                                 QStyle.StandardPixmap.SP_MessageBoxInformation)])
        elif isinstance(exc, ExportPending):
            self._show_results([(error_message(exc), QStyle.StandardPixmap.SP_MessageBoxWarning)])
        elif isinstance(exc, UserFacingError):
            self._show_results([(error_message(exc), QStyle.StandardPixmap.SP_MessageBoxCritical)])
        else:
            show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.export_button, self.import_files, self.import_folder):
            button.setEnabled(not busy and self._session.ctx.can(Permission.EXPORT))

    @Slot()
    def _on_op_finished(self) -> None:
        self._set_busy(False)
        self._emit_state()

    # Import ---------------------------------------------------------------------------------------------

    @Slot()
    def _on_import_files_clicked(self) -> None:
        files = FileAsk.ask_bundles(self, export_folder(self._session))
        if files:
            self.import_paths([Path(f) for f in files])

    @Slot()
    def _on_import_folder_clicked(self) -> None:
        folder = FileAsk.ask_folder(self, self.tr("Import every bundle of a folder"), export_folder(self._session))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> LongOp[tuple[BundleOutcome, ...]] | None:
        """Import bundle files and folders with progress and Cancel; the outcome of each file is listed."""
        if not paths or self._busy or not self._session.ctx.can(Permission.EXPORT):
            return None
        ctx, chosen = self._session.ctx, list(paths)

        def work(report: Callable[[int, int], bool]) -> tuple[BundleOutcome, ...]:
            progress, cancel = ui_api.sync_progress(report)
            return ui_api.import_bundles(ctx, chosen, progress=progress, cancel=cancel)

        # a write: it waits its turn on the writer thread and tells every view what it changed
        op: LongOp[tuple[BundleOutcome, ...]] = LongOp(self, self.tr("Importing the sync bundles…"), work,
                                                       session=self._session)
        op.success(self._on_imported).failure(self._on_import_failed)
        op.finished.connect(self._on_op_finished)
        self._set_busy(True)
        op.run()
        return op

    def _on_imported(self, outcomes: tuple[BundleOutcome, ...]) -> None:
        icons = {ui_api.APPLIED: QStyle.StandardPixmap.SP_DialogApplyButton,
                 ui_api.ALREADY: QStyle.StandardPixmap.SP_MessageBoxInformation,
                 ui_api.WAITING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                 ui_api.SKIPPED: QStyle.StandardPixmap.SP_MessageBoxInformation,
                 ui_api.REFUSED: QStyle.StandardPixmap.SP_MessageBoxCritical}
        lines = [(outcome_text(o), icons.get(o.status, QStyle.StandardPixmap.SP_MessageBoxInformation))
                 for o in outcomes]
        lines += [(self.tr("Warning: {text}").format(text=w), QStyle.StandardPixmap.SP_MessageBoxWarning)
                  for o in outcomes if o.result is not None for w in o.result.warnings]
        if not outcomes:
            lines = [(self.tr("No sync bundles were found there."), QStyle.StandardPixmap.SP_MessageBoxInformation)]
        self._show_results(lines)

    def _on_import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._show_results([(self.tr("Import cancelled: nothing was changed."),
                                 QStyle.StandardPixmap.SP_MessageBoxInformation)])
        elif isinstance(exc, UserFacingError):
            self._show_results([(error_message(exc), QStyle.StandardPixmap.SP_MessageBoxCritical)])
        else:
            show_error(self, exc)

    # Drag and drop --------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept bundle files and folders from the file manager."""
        mime = event.mimeData()
        if mime.hasUrls() and _droppable([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]):
            event.acceptProposedAction()
            self.controls.show_drop_hint(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Back to the usual hint."""
        self.controls.show_drop_hint(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the dropped bundle files and folders."""
        self.controls.show_drop_hint(False)
        mime = event.mimeData()
        paths = _droppable([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]) if mime.hasUrls() else []
        if paths and self.import_paths(paths) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    # Settings and enrolment -----------------------------------------------------------------------------

    @Slot()
    def _on_enrol_community_clicked(self) -> None:
        if EnrolCommunityDialog.ask(self._session, self) is not None:
            self.refresh()

    @Slot()
    def _on_import_answer_clicked(self) -> None:
        if ImportAnswerDialog.ask(self._session, self) is not None:
            self.refresh()

    @Slot()
    def _on_import_enrolment_clicked(self) -> None:
        if ImportEnrolmentDialog.ask(self._session, self) is not None:
            self.refresh()  # the import told the views what it changed

    @Slot(str)
    def _on_conflicts_conflict_resolved(self, conflict_id: str) -> None:
        self._emit_state()

    @Slot()
    def _on_session_user_changed(self) -> None:
        self.refresh()

    @Slot(object, object)
    def _on_session_changes_applied(self, changes: object, initiator: object) -> None:
        if initiator is not self and self.isVisible():
            self.refresh()


def sync_page_spec() -> PageSpec:
    """The navigation entry of the sync page (key "sync", title 同步)."""
    return PageSpec("sync", lambda: QCoreApplication.translate("SyncPage", "Sync"), SyncPage)
