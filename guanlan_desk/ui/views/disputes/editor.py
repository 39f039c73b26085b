"""The dispute editor: facts, parties, mediators, the timeline with lifecycle steps, attachments, risk items."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import DisputeRole, Source
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.domain.roles import Permission
from guanlan_desk.domain.supervision import TaskSubject
from guanlan_desk.services import dispute_steps, disputes, ledger_import
from guanlan_desk.services.disputes import DisputeDetail, DisputePartyInput, MediatorInput
from guanlan_desk.services.errors import StaleRecord
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.ops import LatestRead, Op, WriteOp
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.actions import DisputeActionBar
from guanlan_desk.ui.views.disputes.dispute_view import DisputeView, read_view
from guanlan_desk.ui.views.disputes.facts_form import DisputeFactsForm
from guanlan_desk.ui.views.disputes.heading import DisputeHeading
from guanlan_desk.ui.views.disputes.mediators_panel import MediatorsPanel
from guanlan_desk.ui.views.disputes.next_steps import NextStepStrip
from guanlan_desk.ui.views.disputes.parties_panel import DisputePartiesPanel
from guanlan_desk.ui.views.disputes.prompts import LeaveChoice, StaleRecordPrompt, UnsavedChangesPrompt
from guanlan_desk.ui.views.disputes.risks_panel import LinkedRisksPanel
from guanlan_desk.ui.views.disputes.step_runner import StepRunner, reads_before
from guanlan_desk.ui.views.disputes.tab_order import set_editor_tab_order
from guanlan_desk.ui.views.disputes.timeline import DisputeTimeline
from guanlan_desk.ui.views.supervision.bar import InstructBar
from guanlan_desk.ui.widgets.attachments_panel import AttachmentsPanel
from guanlan_desk.ui.widgets.community_filter import OFFICE_CODE, community_names, is_office
from guanlan_desk.ui.widgets.scrolled import scrolled

PRINT_MODULE = "guanlan_desk.ui.dialogs.print_dialog"
SINGLE_PARTY_SOURCES = (Source.COMMITTEE_INITIATIVE, Source.GRID_SCREENING)


class DisputeEditor(QWidget):
    """One dispute (or a new one). ``saved(id)`` after a save or step; ``dirty_changed`` as edits come and go."""

    saved = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._detail: DisputeDetail | None = None
        self._dirty = False
        self._saving = False
        self.last_op: WriteOp[Any] | None = None  # the latest write (tests wait for its ``finished``)
        self.last_read: Op[Any] | None = None  # the latest read of the dispute shown
        self._reads = LatestRead(self)  # older answers are dropped
        self.heading = DisputeHeading(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("dispute_save")
        self.save_button.setToolTip(self.tr("Save the dispute (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("dispute_print")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.print_button.setVisible(self.printing_available())

        self.facts = DisputeFactsForm(session, self)
        self.parties = DisputePartiesPanel(session, self)
        self.mediators = MediatorsPanel(session, self)
        self.timeline = DisputeTimeline(self)
        self.action_bar = DisputeActionBar(session, self)
        self.next_steps = NextStepStrip(self.action_bar, self)
        # At the office a community's case is read here and supervised (督办) with an instruction, not edited.
        self.instruct_bar = InstructBar(session, TaskSubject.DISPUTE, self)
        self._communities = community_names(session) if is_office(session.ctx) else {}
        self.attachments = AttachmentsPanel(session, "dispute", self)
        self.risks = LinkedRisksPanel(session, self)
        self.steps = StepRunner(self)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dispute_tabs")
        facts_page = QWidget(self)
        facts_layout = QVBoxLayout(facts_page)
        parties_box = QGroupBox(self.tr("Parties"), facts_page)
        parties_layout = QVBoxLayout(parties_box)
        parties_layout.setContentsMargins(6, 4, 6, 4)
        parties_layout.addWidget(self.parties)
        self.parties.table.setMaximumHeight(self.fontMetrics().height() * 7)
        facts_layout.addWidget(parties_box)
        facts_layout.addWidget(self.facts, 1)
        self.tabs.addTab(scrolled(facts_page), self.tr("Case"))  # scrolls on a short screen at a large font
        self.tabs.addTab(self._padded(self.mediators), self.tr("Mediators"))
        progress = QWidget(self)
        progress_layout = QVBoxLayout(progress)
        progress_layout.addWidget(self.action_bar)
        progress_layout.addWidget(self.timeline, 3)
        self.timeline_text = QPlainTextEdit(progress)
        self.timeline_text.setObjectName("timeline_text")
        self.timeline_text.setReadOnly(True)
        self.timeline_text.setPlaceholderText(self.tr("Choose an entry above to read it in full."))
        progress_layout.addWidget(self.timeline_text, 1)
        self.timeline.currentItemChanged.connect(self._on_timeline_current_item_changed)
        self.tabs.addTab(progress, self.tr("Progress"))
        self.tabs.addTab(self._padded(self.attachments), self.tr("Attachments"))
        self.tabs.addTab(self._padded(self.risks), self.tr("Risk items"))

        self.heading.buttons.addWidget(self.print_button)
        self.heading.buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.next_steps)
        layout.addWidget(self.instruct_bar)
        layout.addWidget(self.tabs, 1)
        set_editor_tab_order([self.print_button, self.save_button, self.next_steps, self.tabs.tabBar(), self.parties, self.facts,
                              self.mediators, self.action_bar, self.timeline, self.attachments, self.risks])

        self.facts.changed.connect(self._on_edited)
        self.parties.changed.connect(self._on_edited)
        self.mediators.changed.connect(self._on_edited)
        self.parties.add_requested.connect(self._on_parties_add_requested)
        self.parties.remove_requested.connect(self._on_parties_remove_requested)
        self.mediators.add_requested.connect(self._on_mediators_add_requested)
        self.mediators.remove_requested.connect(self._on_mediators_remove_requested)
        self.action_bar.step_requested.connect(self._on_action_bar_step_requested)
        self.risks.link_requested.connect(self._on_risks_link_requested)
        self.risks.unlink_requested.connect(self._on_risks_unlink_requested)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self._on_save_button_clicked)
        self.new_dispute()

    def _padded(self, widget: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(widget)
        return page

    # -- state ---------------------------------------------------------------------------------------
    @property
    def detail(self) -> DisputeDetail | None:
        """The dispute shown (``None`` while registering a new one)."""
        return self._detail

    @property
    def record_id(self) -> str | None:
        """The id of the dispute shown."""
        return self._detail.id if self._detail is not None else None

    def is_dirty(self) -> bool:
        """Whether there are unsaved edits."""
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.heading.show_state(self._detail, self._dirty, self._session.ctx.today())

    @Slot()
    def _on_edited(self) -> None:
        self._set_dirty(True)

    def _title_for_prompt(self) -> str:
        if self._detail is not None:
            return self._detail.data.title
        return self.facts.title.text().strip() or self.tr("new dispute")

    def confirm_leave(self, then: Callable[[], None]) -> None:
        """Run ``then`` once unsaved edits are saved or discarded (nothing if the user stays)."""
        if not self._dirty:
            then()
            return
        choice = UnsavedChangesPrompt.ask(self, self._title_for_prompt())
        if choice == LeaveChoice.DISCARD:
            self._set_dirty(False)
            then()
        elif choice == LeaveChoice.SAVE:
            self.save(then=then)

    # -- loading -------------------------------------------------------------------------------------
    def new_dispute(self) -> None:
        """An empty form to register a dispute."""
        self._detail = None
        self.facts.clear()
        self.facts.set_read_only(False)
        self.parties.clear()
        self.parties.set_editable(True)
        self.mediators.set_new(self.mediators.default_lead())
        self.timeline.clear()
        self.action_bar.update_for(None)
        self.attachments.set_owner(None)
        self.risks.show_for(None, editable=False)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(self._session.ctx.can(Permission.DISPUTE_WRITE))
        self.save_button.setText(self.tr("Register"))
        self.tabs.setCurrentIndex(0)
        self._set_dirty(False)
        self.facts.title.setFocus()

    def open(self, dispute_id: str, then: Callable[[], None] | None = None) -> None:
        """Show a registered dispute, read off the GUI thread; ``then()`` once it is on screen (no
        unsaved-changes question: see :meth:`confirm_leave`). The latest request wins."""
        ctx = self._session.ctx
        self.last_read = self._reads.run(lambda: read_view(ctx, dispute_id), self._show, then=then)

    def reload(self) -> None:
        """Read the shown dispute again (after someone else's change)."""
        if self._detail is not None:
            self.open(self._detail.id)

    def _show(self, view: DisputeView) -> None:
        detail = view.detail
        self._detail = detail
        editable = DisputeAction.EDIT in detail.allowed and self._session.ctx.can(Permission.DISPUTE_WRITE)
        self.facts.load(detail.data)
        self.facts.set_read_only(not editable)
        self.parties.show_linked(detail.parties)
        self.parties.set_editable(editable)
        self.mediators.show_saved(detail.mediators, editable)
        self.timeline.show_detail(detail, list(view.history), self._session.ctx.today(), view.origin)
        self.action_bar.update_for(detail)
        self.attachments.set_owner(detail.id)
        self.risks.show_for(detail.id, editable=editable, rows=view.risks)
        self.print_button.setEnabled(True)
        community = self._communities.get(detail.community_code, detail.community_code) \
            if self._communities and detail.community_code != OFFICE_CODE else ""
        self.instruct_bar.show_for(detail.case_no, self.tr(
            "This case belongs to {community}: the street office reads it here and supervises it with an "
            "instruction (督办), without changing the community's record.").format(community=community)
            if community else "")
        self.save_button.setEnabled(editable)
        self.save_button.setText(self.tr("Save"))
        self._set_dirty(False)

    # -- saving --------------------------------------------------------------------------------------
    def _check_parties(self) -> bool:
        drafts = self.parties.drafts
        roles = {d.role for d in drafts}
        source = self.facts.source.currentData()
        if not drafts:
            self.parties.error.show_message(self.tr("Add the parties: at least one applicant and one respondent."))
            return False
        if source not in SINGLE_PARTY_SOURCES and not {DisputeRole.APPLICANT, DisputeRole.RESPONDENT} <= roles:
            self.parties.error.show_message(self.tr("A dispute needs at least one applicant and one respondent."))
            return False
        self.parties.error.clear_message()
        return True

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Register the new dispute or save the edited facts (with the version it was loaded at)."""
        if self._saving or not self.save_button.isEnabled():
            return
        facts_ok = self.facts.validate()
        if self._detail is None:
            parties_ok = self._check_parties()
            if not (facts_ok and parties_ok):
                self.tabs.setCurrentIndex(0)
                return
            data = self.facts.collect(tuple(d.to_input() for d in self.parties.drafts), self.mediators.inputs())
            ctx = self._session.ctx
            op: WriteOp[DisputeView] = WriteOp(self, self._session, lambda: read_view(
                ctx, disputes.register_dispute(ctx, data).id))
        else:
            if not facts_ok:
                self.tabs.setCurrentIndex(0)
                return
            detail = self._detail
            data = self.facts.collect(detail.data.parties, detail.data.mediators)
            ctx = self._session.ctx
            op = WriteOp(self, self._session, lambda: read_view(ctx, detail.id, disputes.update_dispute(
                ctx, detail.id, data, expected_version=detail.version)))
        self._saving = True
        self.save_button.setEnabled(False)
        op.success(lambda view: self._on_saved(view, then)).failure(self._on_save_failed).run()
        self.last_op = op

    def _on_saved(self, view: DisputeView, then: Callable[[], None] | None) -> None:
        self._saving = False
        self._reads.supersede()  # a read started before the save must not show the older record
        self._show(view)  # what the save returned: nothing is read again on the GUI thread
        self.saved.emit(view.detail.id)
        if then is not None:
            then()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, StaleRecord):
            if StaleRecordPrompt.ask(self):
                self.reload()  # the edits stay until the current record is on screen
            return
        if isinstance(exc, ValidationError):
            if exc.field == "parties":
                self.tabs.setCurrentIndex(0)
                self.parties.error.show_message(error_text(exc))
                return
            if self.facts.show_service_error(exc.field, error_text(exc)):
                self.tabs.setCurrentIndex(0)
                return
        show_error(self, exc)

    # -- steps and links -----------------------------------------------------------------------------
    def run_write(self, work: Callable[[], object], *, then: Callable[[], None] | None = None) -> WriteOp[object]:
        """Run a write on the shown dispute on the writer thread, then show the dispute as it now is; the views
        hear what the write changed from the write itself."""
        dispute_id = self.record_id
        ctx = self._session.ctx

        def write_and_read() -> object:
            result = work()
            return read_view(ctx, dispute_id) if dispute_id is not None else result

        op: WriteOp[object] = WriteOp(self, self._session, write_and_read)

        def done(result: object) -> None:
            if isinstance(result, DisputeView):
                self._reads.supersede()
                self._show(result)
            if dispute_id is not None:
                self.saved.emit(dispute_id)
            if then is not None:
                then()

        # One write at a time: the steps wait until this one is back (a double click records nothing twice).
        self.action_bar.setEnabled(False)
        op.finished.connect(lambda: self.action_bar.setEnabled(True))
        op.success(done).run()
        self.last_op = op
        return op

    @Slot(str)
    def _on_action_bar_step_requested(self, key: str) -> None:
        detail = self._detail
        if detail is None:
            return
        if self._dirty:
            self.confirm_leave(lambda: self._on_action_bar_step_requested(key))
            return
        read = reads_before(key, self._session.ctx, detail.id)
        if read is None:
            self._ask_and_run(key, detail, None)
            return
        op: Op[object] = Op(self, read)  # the dialog's data, read off the GUI thread
        op.success(lambda data: self._ask_and_run(key, detail, data)).failure(lambda exc: show_error(self, exc))
        op.run()

    def _ask_and_run(self, key: str, detail: DisputeDetail, read: object) -> None:
        if self._detail is None or self._detail.id != detail.id:
            return  # another case was opened meanwhile
        work = self.steps.prepare(key, detail, self._session, read)
        if work is not None:
            self.run_write(work)

    @Slot(object)
    def _on_parties_add_requested(self, item: DisputePartyInput) -> None:
        if self._detail is not None:
            ctx, dispute_id = self._session.ctx, self._detail.id
            self.run_write(lambda: dispute_steps.add_party(ctx, dispute_id, item))

    @Slot(str)
    def _on_parties_remove_requested(self, link_id: str) -> None:
        if self._detail is not None:
            ctx, dispute_id = self._session.ctx, self._detail.id
            self.run_write(lambda: dispute_steps.remove_party(ctx, dispute_id, link_id))

    @Slot(object)
    def _on_mediators_add_requested(self, value: MediatorInput) -> None:
        if self._detail is not None:
            ctx, dispute_id = self._session.ctx, self._detail.id
            self.run_write(lambda: dispute_steps.add_mediator(ctx, dispute_id, value))

    @Slot(str)
    def _on_mediators_remove_requested(self, mediator_id: str) -> None:
        ctx = self._session.ctx
        self.run_write(lambda: dispute_steps.remove_mediator(ctx, mediator_id))

    @Slot(str)
    def _on_risks_link_requested(self, risk_id: str) -> None:
        if self._detail is not None:
            ctx, dispute_id = self._session.ctx, self._detail.id
            self.run_write(lambda: dispute_steps.link_risk(ctx, dispute_id, risk_id))

    @Slot(str)
    def _on_risks_unlink_requested(self, risk_id: str) -> None:
        if self._detail is not None:
            ctx, dispute_id = self._session.ctx, self._detail.id
            self.run_write(lambda: dispute_steps.unlink_risk(ctx, dispute_id, risk_id))

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_timeline_current_item_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        self.timeline_text.setPlainText("" if item is None else f"{item.text(0)}  {item.text(1)}\n{item.text(2)}")

    # -- printing ------------------------------------------------------------------------------------
    @staticmethod
    def printing_available() -> bool:
        """Whether the print dialog module is part of this build."""
        try:
            importlib.import_module(PRINT_MODULE)
        except ImportError:
            return False
        return True

    @Slot()
    def _on_print_button_clicked(self) -> None:
        if self._detail is None:
            return
        try:  # printing is another engineer's module: without it the button stays hidden
            dialog = importlib.import_module(PRINT_MODULE).PrintDialog
        except (ImportError, AttributeError):
            self.print_button.hide()
            return
        dialog.ask(self, self._session, subject="dispute", record_id=self._detail.id)
