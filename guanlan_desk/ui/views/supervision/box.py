"""The 交办/督办 section of the dashboard.

At the office: every instruction given, filtered by community and state (open, overdue, answered), a button to
instruct and one to close (办结) an answered one. At a community: what the office asked of it, to sign off (签收)
and answer (反馈). Names shown are the people's display names, on both sides.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import WorkstationRole
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.roles import Permission
from guanlan_desk.domain.supervision import TaskState, TaskSubject
from guanlan_desk.services import reference, supervision
from guanlan_desk.services.dashboard_lists import PAGE_SIZE
from guanlan_desk.services.supervision import TaskCounts, TaskFilter, TaskRow
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.ops import Op, WriteOp
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.supervision.dialogs import AnswerDialog, IssueDialog
from guanlan_desk.ui.widgets.pager import Pager
from guanlan_desk.ui.enum_text import enum_text

CTX = "SupervisionBox"
TASK_ROLE = Qt.ItemDataRole.UserRole + 2
_SHOW = (("open", QT_TRANSLATE_NOOP("SupervisionBox", "Open")),
         ("overdue", QT_TRANSLATE_NOOP("SupervisionBox", "Overdue")),
         ("answered", QT_TRANSLATE_NOOP("SupervisionBox", "Answered, to close")),
         ("all", QT_TRANSLATE_NOOP("SupervisionBox", "All")))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class SupervisionBox(QGroupBox):
    """Instructions (交办/督办) with their state; the actions each side may take, and only those."""

    loaded = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("supervision_box")
        self.office = session.ctx.db.workstation.role == WorkstationRole.OFFICE.value
        self.rows: list[TaskRow] = []
        self.counts: TaskCounts | None = None
        self._loading = False
        self._again = False

        self.show_combo = QComboBox()
        for key, text in _SHOW:
            self.show_combo.addItem(_tr(text), key)
        self.community = QComboBox()
        self.community.addItem(self.tr("All communities"), "")
        if self.office:
            for row in session.reference.communities:
                if row.code != reference.OFFICE_CODE:
                    self.community.addItem(row.name, row.code)
        self.community.setVisible(self.office)
        self.pager = Pager()
        self.pager.setObjectName("supervision_pager")
        self.offset = 0
        self.total = 0
        self.summary = QLabel()
        self.summary.setObjectName("supervision_summary")
        self.issue_button = QPushButton(self.tr("Instruct…"))
        self.issue_button.setToolTip(self.tr("Give a community an instruction (交办/督办) on a risk item or case"))
        self.sign_button = QPushButton(self.tr("Sign off"))
        self.answer_button = QPushButton(self.tr("Answer…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Accept the community's answer (办结)"))
        for button in (self.issue_button, self.close_button):
            button.setVisible(self.office)
        for button in (self.sign_button, self.answer_button):
            button.setVisible(not self.office)
        top = QHBoxLayout()
        top.addWidget(self.show_combo)
        top.addWidget(self.community)
        top.addWidget(self.summary, 1)
        for button in (self.issue_button, self.sign_button, self.answer_button, self.close_button):
            top.addWidget(button)

        columns = [self.tr("Answer by"), self.tr("Kind"), self.tr("Community"), self.tr("Record"),
                   self.tr("Instruction"), self.tr("From"), self.tr("State")]
        self.tree = QTreeWidget()
        self.tree.setObjectName("supervision_tasks")
        self.tree.setColumnCount(len(columns))
        self.tree.setHeaderLabels(columns)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(110)
        self.tree.setMaximumHeight(220)
        self.tree.setColumnHidden(2, not self.office)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for n in range(len(columns)):
            header.setSectionResizeMode(n, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        layout.addWidget(self.pager)

        self.show_combo.currentIndexChanged.connect(self._first_page)
        self.community.currentIndexChanged.connect(self._first_page)
        self.pager.moved.connect(self._to_page)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(self._open_subject)
        self.issue_button.clicked.connect(self._issue)
        self.sign_button.clicked.connect(self._sign)
        self.answer_button.clicked.connect(self._answer)
        self.close_button.clicked.connect(self._close)
        self.issue_button.setEnabled(session.ctx.can(Permission.RISK_WRITE))
        self._update_buttons()
        self.setVisible(self.office)  # at a community, shown once something was instructed
        self.refresh()

    # -- loading -------------------------------------------------------------------------------------
    @Slot()
    def _first_page(self) -> None:
        self.offset = 0
        self.refresh()

    @Slot(int)
    def _to_page(self, offset: int) -> None:
        self.offset = offset
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Load the instructions and counts again (off the GUI thread)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        ctx = self.session.ctx
        f = TaskFilter(show=str(self.show_combo.currentData()), community_code=self.community.currentData() or None)
        offset = self.offset
        op: Op[tuple[list[TaskRow], TaskCounts, int]] = Op(self, lambda: (
            supervision.list_tasks(ctx, f, limit=PAGE_SIZE, offset=offset), supervision.counts(ctx, f.community_code),
            supervision.count_tasks(ctx, f)))
        op.success(self._on_loaded).failure(self._on_failed)
        op.run()

    def _done(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self._done()
        show_error(self, exc)

    def _on_loaded(self, result: tuple[list[TaskRow], TaskCounts, int]) -> None:
        self.rows, self.counts, self.total = result
        self.pager.show_page(self.offset, len(self.rows), self.total, PAGE_SIZE)
        counts = self.counts
        title = self.tr("Instructions from the street office") if not self.office else self.tr(
            "Instructions to the communities")
        self.setTitle(self.tr("{title} ({n} open)").format(title=title, n=counts.open))
        self.summary.setText(self.tr("{open} open, {overdue} overdue, {answered} answered").format(
            open=counts.open, overdue=counts.overdue, answered=counts.answered))
        self.tree.clear()
        if not self.rows:
            item = QTreeWidgetItem([self.tr("No instructions.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(item)
            self.tree.setFirstColumnSpanned(0, self.tree.rootIndex(), True)
        for row in self.rows:
            state = enum_text(row.state)
            if row.overdue:
                state = self.tr("{state}, overdue").format(state=state)
            who = row.answered_by_name or row.signed_by_name if not self.office else row.answered_by_name
            sender = row.issued_by_name if not self.office else (who or row.addressee)
            item = QTreeWidgetItem([row.due_on.isoformat(), enum_text(row.kind), row.community_name,
                                    f"{row.subject_code} {row.subject_title}", row.instruction, sender, state])
            item.setData(0, TASK_ROLE, row.id)
            tip = self.tr("{instruction}\n\nAnswer: {answer}").format(
                instruction=row.instruction, answer=row.answer) if row.answer else row.instruction
            item.setToolTip(4, tip)
            if row.overdue:
                item.setForeground(6, Qt.GlobalColor.darkRed)
                item.setForeground(0, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(item)
        self._fit_rows()
        # A community that was never instructed does not give the dashboard's room to an empty box.
        self.setVisible(self.office or bool(self.rows) or counts.open + counts.answered > 0
                        or self.show_combo.currentIndex() != 0)
        self._update_buttons()
        self._done()
        self.loaded.emit()

    def _fit_rows(self) -> None:
        """As tall as its rows need, from three to eight lines: an empty box leaves the dashboard's lists room."""
        rows = min(max(self.tree.topLevelItemCount(), 2), 8)
        line = self.tree.sizeHintForRow(0) if self.tree.topLevelItemCount() else self.tree.fontMetrics().height() + 4
        height = self.tree.header().sizeHint().height() + line * rows + 2 * self.tree.frameWidth() + 4
        self.tree.setMinimumHeight(min(height, 110))
        self.tree.setMaximumHeight(max(height, 60))

    # -- actions -------------------------------------------------------------------------------------
    def selected(self) -> TaskRow | None:
        """The instruction the user picked."""
        items = self.tree.selectedItems()
        if not items:
            return None
        task_id = items[0].data(0, TASK_ROLE)
        return next((r for r in self.rows if r.id == task_id), None)

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected()
        self.sign_button.setEnabled(row is not None and row.state == TaskState.ISSUED)
        self.answer_button.setEnabled(row is not None and row.state in (TaskState.ISSUED, TaskState.SIGNED))
        self.close_button.setEnabled(row is not None and row.state == TaskState.ANSWERED)

    def _write(self, work: Callable[[], object]) -> None:
        op: WriteOp[object] = WriteOp(self, self.session, work)
        op.success(lambda _: self.refresh()).failure(lambda exc: show_error(self, exc))
        op.run()

    @Slot()
    def _issue(self) -> None:
        ctx = self.session.ctx
        dialog = IssueDialog(self, ctx, ctx.today())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            data = dialog.task_input()
            self._write(lambda: supervision.issue_task(ctx, data))

    @Slot()
    def _sign(self) -> None:
        row = self.selected()
        if row is not None:
            ctx = self.session.ctx
            self._write(lambda: supervision.sign_task(ctx, row.id))

    @Slot()
    def _answer(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = AnswerDialog(self, row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx, text = self.session.ctx, dialog.text()
            self._write(lambda: supervision.answer_task(ctx, row.id, text))

    @Slot()
    def _close(self) -> None:
        row = self.selected()
        if row is not None:
            ctx = self.session.ctx
            self._write(lambda: supervision.close_task(ctx, row.id))

    @Slot(QTreeWidgetItem, int)
    def _open_subject(self, item: QTreeWidgetItem, column: int) -> None:
        row = next((r for r in self.rows if r.id == item.data(0, TASK_ROLE)), None)
        if row is not None:
            self.session.open_record("risk" if row.subject == TaskSubject.RISK else "dispute", row.subject_id)
