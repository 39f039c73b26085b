"""The office's bar on a community's record: why it is read-only here, and a button to instruct (交办/督办)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from guanlan_desk.domain.roles import Permission
from guanlan_desk.domain.supervision import TaskSubject
from guanlan_desk.services import supervision
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.ops import WriteOp
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.supervision.dialogs import IssueDialog

_STYLE = "background: #eef4fb; border: 1px solid #b7cde6; border-radius: 3px; padding: 4px 8px;"


class InstructBar(QWidget):
    """Shown at the office on a community's record: the office instructs the community instead of editing."""

    issued = Signal()  # an instruction was sent (the 交办 list may refresh)

    def __init__(self, session: AppSession, subject: TaskSubject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._subject = subject
        self._code = ""
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Instruct the community…"))
        self.button.setToolTip(self.tr("Give the community an instruction (交办/督办) on this record, with a due date"))
        self.button.clicked.connect(self._on_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setStyleSheet(f"InstructBar > QLabel {{ {_STYLE} }}")
        self.setVisible(False)

    def show_for(self, code: str, reason: str) -> None:
        """Show the bar for the record ``code`` with ``reason`` (empty: hide it)."""
        self._code = code
        self.text.setText(reason)
        self.button.setVisible(self._session.ctx.can(Permission.RISK_WRITE))  # as supervision.issue_task asks
        self.setVisible(bool(reason))

    @Slot()
    def _on_button_clicked(self) -> None:
        ctx = self._session.ctx
        dialog = IssueDialog(self, ctx, ctx.today())
        dialog.preset(self._subject, self._code)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.task_input()
        op: WriteOp[str] = WriteOp(self, self._session, lambda: supervision.issue_task(ctx, data))
        op.success(lambda _: self.issued.emit()).failure(lambda exc: show_error(self, exc))
        op.run()
