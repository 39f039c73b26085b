"""The risk editor: report or correct an item, assign it, keep its review log, close and reopen it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from guanlan_desk.domain.enums import RiskCategory
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.domain.lifecycle import RiskAction
from guanlan_desk.domain.roles import Permission
from guanlan_desk.domain.supervision import TaskSubject
from guanlan_desk.services import attachments, risks
from guanlan_desk.services.risks import RiskDetail
from guanlan_desk.services.errors import StaleRecord
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.ops import LatestRead, Op, WriteOp
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.risks.risk_actions import RiskActions, instruct_reason
from guanlan_desk.ui.views.risks.risk_form import RiskAssignment, RiskFacts
from guanlan_desk.ui.views.risks.risk_panels import ClosingPanel, LinksPanel, ReviewLog
from guanlan_desk.ui.views.risks.risk_view import RiskView, read_risk
from guanlan_desk.ui.views.supervision.bar import InstructBar
from guanlan_desk.ui.widgets.ledger_form import FieldErrors, show_failure
from guanlan_desk.ui.widgets.ledger_page import RecordEditor
from guanlan_desk.ui.widgets.ledger_print import PrintButton
from guanlan_desk.ui.widgets.risk_level import LevelChip, StatusChip
from guanlan_desk.ui.enum_text import enum_text, level_text


class RiskEditor(RecordEditor):
    """One risk item (or a new report). ``back_requested`` asks the page to show the list again."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._config = session.reference.ledger_config()
        self._detail: RiskDetail | None = None
        self._reads = LatestRead(self)  # older answers are dropped
        self._facts_dirty = False
        self._assign_dirty = False
        self.errors = FieldErrors(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        header = QHBoxLayout()
        self.back = QPushButton(self.tr("← Ledger"))
        self.back.setToolTip(self.tr("Back to the list (Esc)"))
        self.back.clicked.connect(self.back_requested)
        header.addWidget(self.back)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        header.addWidget(self.heading, 1)
        self.level_chip = LevelChip()
        self.status_chip = StatusChip()
        self.overdue_chip = StatusChip()
        for chip in (self.level_chip, self.status_chip, self.overdue_chip):
            header.addWidget(chip)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        header.addWidget(self.save_button)
        self.print_button = PrintButton("risk", session, self)
        header.addWidget(self.print_button)
        layout.addLayout(header)

        self.steps = RiskActions(session, self._config, self)
        self.steps.changed.connect(self._on_steps_changed)
        layout.addWidget(self.steps)
        self.instruct_bar = InstructBar(session, TaskSubject.RISK, self)
        layout.addWidget(self.instruct_bar)

        self.tabs = QTabWidget()
        self.facts = RiskFacts(session, self._config, self.errors)
        self.facts.edited.connect(self._on_facts_edited)
        self.assignment = RiskAssignment(self.errors)
        self.assignment.edited.connect(self._on_assignment_edited)
        self.reviews = ReviewLog()
        self.closing = ClosingPanel()
        self.closing.attach_requested.connect(self._on_closing_attach_requested)
        self.closing.attachment_opened.connect(self._on_closing_attachment_opened)
        self.links = LinksPanel()
        self.links.dispute_opened.connect(self._on_links_dispute_opened)
        self.links.party_opened.connect(self._on_links_party_opened)
        self.tabs.addTab(self.facts, self.tr("Facts"))
        self.tabs.addTab(self.assignment, self.tr("Leader and measures"))
        self.tabs.addTab(self.reviews, self.tr("Review log"))
        self.tabs.addTab(self.closing, self.tr("Closing"))
        self.tabs.addTab(self.links, self.tr("Links"))
        layout.addWidget(self.tabs, 1)
        self.new()

    # -- what is shown ---------------------------------------------------------------------------
    @property
    def record_id(self) -> str | None:
        """The id of the item shown (None for a new report)."""
        return self._detail.id if self._detail else None

    @property
    def detail(self) -> RiskDetail | None:
        """The item as last loaded."""
        return self._detail

    def is_dirty(self) -> bool:
        """Whether edits are not saved yet."""
        return self._facts_dirty or self._assign_dirty

    def new(self) -> None:
        """Start a blank report."""
        self._detail = None
        self._rebuild_forms()
        self.heading.setText(self.tr("New risk item"))
        level = self.facts.level.level()
        if level is not None:
            self.level_chip.set_level(level_text(level.code, level.label), level.colour)
        self.status_chip.set_status("")
        self.overdue_chip.set_status("")
        for index in (2, 3, 4):
            self.tabs.setTabEnabled(index, False)
            self.tabs.setTabToolTip(index, self.tr("Available once the item is saved."))
        self.tabs.setCurrentIndex(0)
        self._facts_dirty = self._assign_dirty = False
        self._refresh_buttons()
        self.facts.title.setFocus()

    def _rebuild_forms(self) -> None:
        """Fresh input widgets (and their inline messages) for a new or freshly loaded item."""
        current = self.tabs.currentIndex()
        self.errors = FieldErrors(self)
        facts = RiskFacts(self._session, self._config, self.errors)
        facts.edited.connect(self._on_facts_edited)
        assignment = RiskAssignment(self.errors)
        assignment.edited.connect(self._on_assignment_edited)
        for index, widget, title in ((0, facts, self.tr("Facts")), (1, assignment, self.tr("Leader and measures"))):
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            if old is not None:
                old.deleteLater()
        self.facts, self.assignment = facts, assignment
        self.tabs.setCurrentIndex(max(current, 0))

    def load(self, risk_id: str, then: Callable[[], None] | None = None,
             otherwise: Callable[[], None] | None = None) -> None:
        """Show the item with ``risk_id`` (read off the GUI thread; the latest request wins); ``then()`` once it
        is shown, ``otherwise()`` after telling the user it cannot be read."""
        ctx = self._session.ctx
        self._reads.run(lambda: read_risk(ctx, risk_id), self._show, then=then, otherwise=otherwise)

    def _show(self, view: RiskView) -> None:
        detail, files = view.detail, list(view.files)
        self._detail = detail
        self._rebuild_forms()
        self.facts.load(detail)
        self.assignment.load(detail.assignment)
        self.heading.setText(f"{detail.code}  {detail.title}")
        self.level_chip.set_level(level_text(detail.level.code, detail.level.label), detail.level.colour)
        self.status_chip.set_status(enum_text(detail.status))
        self.overdue_chip.set_status(self.tr("Overdue") if detail.overdue else "", warning=True)
        self.reviews.load(detail.reviews, {lvl.code: level_text(lvl.code, lvl.label) for lvl in self._config.risk_levels})
        self.closing.load(detail, files)
        self.links.load(*self._links(view))
        for index in (2, 3, 4):
            self.tabs.setTabEnabled(index, True)
            self.tabs.setTabToolTip(index, "")
        can_write = self._session.ctx.can(Permission.RISK_WRITE)
        role_reason = self.tr("Your role ({role}) cannot change risk items.").format(
            role=enum_text(self._session.actor.role))
        office_reason = instruct_reason(detail) if detail.instruct_only else ""
        self.instruct_bar.show_for(detail.code, office_reason)
        edit_reason = role_reason if not can_write else office_reason or detail.blocked.get(RiskAction.EDIT, "")
        self.facts.set_editable(not edit_reason, edit_reason)
        assign_reason = role_reason if not can_write else office_reason or detail.blocked.get(RiskAction.ASSIGN, "")
        self.assignment.set_editable(not assign_reason, assign_reason)
        self.closing.attach.setEnabled(can_write)
        self.closing.attach.setToolTip("" if can_write else role_reason)
        self._facts_dirty = self._assign_dirty = False
        self.errors.clear()
        self._refresh_buttons()

    def _links(self, view: RiskView) -> tuple[list[tuple[str, str, str]] | None, list[tuple[str, str]], str]:
        if view.disputes is None:
            return None, list(view.detail.parties), self.tr("Your role cannot see disputes.")
        return list(view.disputes), list(view.detail.parties), ""

    def _refresh_buttons(self) -> None:
        dirty = self.is_dirty()
        self.steps.update_for(self._detail, dirty=dirty)
        can_write = self._session.ctx.can(Permission.RISK_WRITE)
        self.save_button.setEnabled(can_write and (dirty or self._detail is None))
        self.print_button.set_record(self._detail.id if self._detail else None)

    # -- saving ----------------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Check and save; ``then()`` runs after a successful save. False if the input was refused here."""
        self.errors.clear()
        detail = self._detail
        ok = self.facts.validate(self.errors)
        assigning = self._assign_dirty or (detail is None and self.assignment.filled())
        if assigning:
            ok = self.assignment.validate(self.errors) and ok
        if not ok:
            self.tabs.setCurrentIndex(0 if self.errors.text("title") or self.errors.text("found_on")
                                      or self.errors.text("deadline") else 1)
            return False
        ctx = self._session.ctx
        deadline = self.facts.deadline.value()
        assign = self.assignment.assignment(deadline) if assigning else None
        if detail is None:
            data = self.facts.risk_input()

            def create() -> tuple[str, BaseException | None]:
                ref = risks.report_risk(ctx, data)
                if assign is not None:
                    try:
                        risks.assign_risk(ctx, ref.id, assign)
                    except UserFacingError as exc:  # the report stands; the editor shows the item and why
                        return ref.id, exc
                return ref.id, None
            work: Callable[[], tuple[str, BaseException | None]] = create
        else:
            edit = self.facts.risk_edit() if self._facts_dirty else None
            risk_id, version = detail.id, detail.version

            def update() -> tuple[str, BaseException | None]:
                expected: int | None = version
                if edit is not None:
                    risks.update_risk(ctx, risk_id, edit, expected_version=version)
                    expected = None  # the same user event: the version moved on because of us
                if assign is not None:
                    risks.assign_risk(ctx, risk_id, assign, expected_version=expected)
                return risk_id, None
            work = update
        self.save_button.setEnabled(False)

        def write_and_read() -> tuple[RiskView, BaseException | None]:
            risk_id, problem = work()
            return read_risk(ctx, risk_id), problem

        def done(result: tuple[RiskView, BaseException | None]) -> None:
            view, problem = result
            self._reads.supersede()  # a read started before the save must not show the older item
            self._show(view)  # what the save wrote, read in the same background call
            self.saved.emit(view.detail.id)
            if problem is not None:
                self.tabs.setCurrentIndex(1)
                show_failure(self, self.errors, problem)
            elif then is not None:
                then()

        WriteOp(self, self._session, write_and_read).success(done).failure(self._on_save_failed).run()
        return True

    def _on_save_failed(self, exc: BaseException) -> None:
        self._refresh_buttons()
        if isinstance(exc, StaleRecord) and self._detail is not None:
            show_error(self, exc)
            self.load(self._detail.id)
            return
        show_failure(self, self.errors, exc)

    # -- slots -----------------------------------------------------------------------------------
    @Slot()
    def _on_save_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_facts_edited(self) -> None:
        self._facts_dirty = True
        if self._detail is None:
            level = self.facts.level.level()
            if level is not None:
                self.level_chip.set_level(level_text(level.code, level.label), level.colour)
        self._refresh_buttons()

    @Slot()
    def _on_assignment_edited(self) -> None:
        self._assign_dirty = True
        self._refresh_buttons()

    @Slot(str)
    def _on_steps_changed(self, risk_id: str) -> None:
        self.load(risk_id)  # the step's write has told the other views

    @Slot()
    def _on_closing_attach_requested(self) -> None:
        if self._detail is not None:
            self.steps.attach_files(self._detail.id, kind="证据")

    @Slot(str)
    def _on_closing_attachment_opened(self, attachment_id: str) -> None:
        self.steps.open_attachment(attachment_id)

    @Slot(str)
    def _on_links_dispute_opened(self, dispute_id: str) -> None:
        self._session.open_record("dispute", dispute_id)

    @Slot(str)
    def _on_links_party_opened(self, party_id: str) -> None:
        self._session.open_record("party", party_id)

    def key_person_visible(self) -> bool:
        """Whether the key-person part is on screen (only for that category and a role allowed to see it)."""
        return self.facts.category.currentData() == RiskCategory.KEY_PERSON.value and not self.facts.key_group.isHidden()

