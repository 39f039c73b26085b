"""Batch print of the follow-up visits due this week: one PDF with a 人民调解回访记录 per visit.

A follow-up (回访) is a visit the mediator makes to the parties to see whether the agreement is being
performed (人民调解法 Art. 31; REFERENCE.md §1.10): the parties are not asked to attend anything, so the
document to print is the 回访记录, pre-filled from the record (当事人, 调解协议编号, 回访事由, 回访人) for the
visitor to complete and have signed on site, not a notice to attend.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.printing import bundle as printing
from guanlan_desk.printing.bundle import Bundle, Prepared
from guanlan_desk.services import disputes
from guanlan_desk.services.disputes import DueItem
from guanlan_desk.ui.dialogs.print_dialog import issue_text, warn_unprintable
from guanlan_desk.ui.dialogs.print_preview import PdfPreview, lay_out_print_dialog
from guanlan_desk.ui.errors import describe, show_error
from guanlan_desk.ui.ops import LongOp, Progress
from guanlan_desk.ui.session import AppSession

HORIZON_DAYS = 7
ITEM_ROLE = Qt.ItemDataRole.UserRole


class BatchPrintDialog(QDialog):
    """The follow-ups due in the next seven days (overdue ones too), all ticked, as one previewed PDF."""

    rendered = Signal()  # a preview (or its message) is shown

    @classmethod
    def ask(cls, parent: QWidget | None, session: AppSession) -> bool:
        """Show the dialog; True when something was printed or saved."""
        dialog = cls(session, parent=parent)
        dialog.exec()
        return dialog.output_done

    def __init__(self, session: AppSession, parent: QWidget | None = None, *, auto_render: bool = True) -> None:
        super().__init__(parent)
        self._session = session
        self.output_done = False
        self._running = False
        self.setWindowTitle(self.tr("Print the follow-up records due this week"))
        ctx = session.ctx
        today = ctx.today()
        self.due: list[DueItem] = disputes.due_follow_ups(ctx, today + timedelta(days=HORIZON_DAYS))

        intro = QLabel(self.tr("Follow-up visits due by {date} (overdue ones included). Each prints as a "
                               "follow-up record filled in from the case, to complete and sign during the visit.")
                       .format(date=f"{(today + timedelta(days=HORIZON_DAYS)):%Y-%m-%d}"), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.due), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Case number"), self.tr("Dispute")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        overdue = QBrush(QColor("#b3261e"))
        for row, item in enumerate(self.due):
            due = QTableWidgetItem(f"{item.due_on:%Y-%m-%d}" + (self.tr(" (overdue)") if item.overdue else ""))
            due.setFlags(due.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            due.setCheckState(Qt.CheckState.Checked)
            due.setData(ITEM_ROLE, row)
            if item.overdue:
                due.setForeground(overdue)
            self.table.setItem(row, 0, due)
            self.table.setItem(row, 1, QTableWidgetItem(item.case_no))
            title = QTableWidgetItem(item.title)
            title.setToolTip(item.title)
            self.table.setItem(row, 2, title)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(self)
        self.refresh_button = QPushButton(self.tr("&Update preview"), self)
        self.refresh_button.setToolTip(self.tr("Render the ticked follow-ups again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #e6a19a;"
                                   " border-radius: 3px; padding: 6px; }")
        self.warning.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(intro)
        left_layout.addWidget(self.table, 1)
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.count_label, 1)
        row_layout.addWidget(self.refresh_button)
        left_layout.addLayout(row_layout)
        left_layout.addWidget(self.warning)

        self.preview = PdfPreview(session, self)
        self.preview.printed.connect(self._on_preview_printed)
        self.preview.saved.connect(self._on_preview_saved)
        self.status = lay_out_print_dialog(self, left, self.preview, (420, 760))
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.resize(1180, 700)
        self._update_count()
        if self.due:
            self.preview.show_message(self.tr("Press Update preview (F5) to render the ticked follow-ups."))
            if auto_render:
                QTimer.singleShot(0, self.refresh)
        else:
            self.preview.show_message(self.tr("No follow-up visit is due in the next seven days."))
            self.refresh_button.setEnabled(False)

    def chosen(self) -> list[DueItem]:
        """The ticked follow-ups, in the listed order."""
        out = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                out.append(self.due[row])
        return out

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{chosen} of {total} ticked").format(chosen=len(self.chosen()),
                                                                             total=len(self.due)))

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._update_count()

    @Slot()
    def refresh(self, *, start: bool = True) -> LongOp[tuple[Prepared, Bundle | None] | None] | None:
        """Render the ticked follow-ups as one PDF on a worker thread (Cancel stops it, nothing is kept)."""
        if self._running:
            return None
        chosen = [(d.dispute_id, d.due_on) for d in self.chosen()]
        if not chosen:
            self.preview.show_message(self.tr("Tick at least one follow-up."))
            self.rendered.emit()
            return None
        ctx = self._session.ctx

        def work(progress: Progress) -> tuple[Prepared, Bundle | None] | None:
            total = 2 * len(chosen)
            prepared = printing.prepare_follow_ups(ctx, chosen, lambda done, _: progress(done, total))
            if prepared is None:
                return None
            printable = printing.without_blocking(prepared)
            if not printable.items:
                return prepared, None
            result = printing.render(printable, lambda done, all_: progress(len(chosen) + done * len(chosen)
                                                                            // max(all_, 1), total))
            return None if result is None else (prepared, result)

        self._running = True
        self.status.setText(self.tr("Preparing the follow-up records…"))
        op: LongOp[tuple[Prepared, Bundle | None] | None] = LongOp(
            self, self.tr("Preparing {count} follow-up records…").format(count=len(chosen)), work)
        op.success(self._on_rendered)
        op.failure(self._on_render_failed)
        op.finished.connect(self._on_op_finished)
        if start:
            op.run()
        return op

    def _on_rendered(self, result: tuple[Prepared, Bundle | None] | None) -> None:
        if result is None:
            self.preview.show_message(self.tr("The batch was cancelled; nothing was printed or saved."))
            self.warning.hide()
            return
        prepared, pdf = result
        self.warning.setText(issue_text(prepared.issues))
        self.warning.setVisible(bool(prepared.issues))
        if pdf is None:
            self.preview.show_message(self.tr("Nothing can be printed; see the warning on the left."))
        else:
            self.preview.show_bundle(pdf, f"回访记录_{self._session.ctx.today():%Y%m%d}.pdf")
        blocking = [i for i in prepared.issues if i.blocking]
        if blocking:
            warn_unprintable(self, issue_text(blocking))

    def _on_render_failed(self, exc: BaseException) -> None:
        self.preview.show_message(describe(exc))
        show_error(self, exc)

    @Slot()
    def _on_op_finished(self) -> None:
        self._running = False
        self.status.clear()
        self.rendered.emit()

    @Slot(int)
    def _on_preview_printed(self, pages: int) -> None:
        self.output_done = True
        self.status.setText(self.tr("{pages} pages sent to the printer.").format(pages=pages))

    @Slot(str)
    def _on_preview_saved(self, path: str) -> None:
        self.output_done = True
        self.status.setText(self.tr("Saved: {path}").format(path=path))


def batch_print_action(session: AppSession, parent: QWidget) -> QAction:
    """The File-menu / dashboard action that opens the batch print of this week's follow-up records."""
    action = QAction(QCoreApplication.translate("BatchPrintDialog", "Print this week's &follow-up records…"), parent)
    action.setStatusTip(QCoreApplication.translate(
        "BatchPrintDialog", "Print the follow-up records of every visit due in the next seven days"))
    action.triggered.connect(lambda: BatchPrintDialog.ask(parent, session))
    return action
