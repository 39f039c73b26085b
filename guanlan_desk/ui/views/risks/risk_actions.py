"""The risk item's lifecycle buttons: review, change level, request / approve / reject closing, reopen.

Only the steps the item allows are enabled; a disabled one says why in its tooltip. Each step runs through
a :class:`WriteOp` (which tells the other views what changed) and reports ``changed(id)`` so the editor reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from guanlan_desk.domain.config import LocalityConfig
from guanlan_desk.domain.lifecycle import RiskAction
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import attachments, risks
from guanlan_desk.services.risks import RiskDetail
from guanlan_desk.ui import decrypted
from guanlan_desk.ui.ops import Op, WriteOp
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.risks.risk_dialogs import CloseRequestDialog, Confirm, LevelDialog, ReviewDialog
from guanlan_desk.ui.widgets.ledger_form import ReasonDialog
from guanlan_desk.ui.enum_text import enum_text
from guanlan_desk.ui.widgets.flow_layout import FlowLayout


def read_files(paths: tuple[str, ...]) -> list[tuple[str, bytes]]:
    """The files' names and bytes (read on the worker thread)."""
    return [(Path(p).name, Path(p).read_bytes()) for p in paths]


class FilePicker(QObject):
    """Choosing files to attach (a class so tests can replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> list[str]:
        """The chosen paths (empty when cancelled)."""
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", "*.pdf *.jpg *.jpeg *.png;;*")
        return list(paths)


class RiskActions(QWidget):
    """The lifecycle buttons above the editor's tabs, in rows that wrap to the width."""

    changed = Signal(str)

    def __init__(self, session: AppSession, config: LocalityConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._config = config
        self._detail: RiskDetail | None = None
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel(self)  # "处置中 · 下一步：" before the buttons
        self.state.setObjectName("risk_next_state")
        row.addWidget(self.state)
        self.reason = QLabel(self)  # why nothing can be done now
        self.reason.setObjectName("risk_next_reason")
        self.reason.setStyleSheet("color: #7f6000;")
        self.review = QPushButton(self.tr("Add review…"))
        self.level = QPushButton(self.tr("Change level…"))
        self.request_close = QPushButton(self.tr("Request closing…"))
        self.approve = QPushButton(self.tr("Approve closing"))
        self.reject = QPushButton(self.tr("Send back…"))
        self.reopen = QPushButton(self.tr("Reopen (relapse)…"))
        for button, slot in ((self.review, self._on_review_clicked), (self.level, self._on_level_clicked),
                             (self.request_close, self._on_request_close_clicked),
                             (self.approve, self._on_approve_clicked), (self.reject, self._on_reject_clicked),
                             (self.reopen, self._on_reopen_clicked)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addWidget(self.reason)

    def buttons(self) -> dict[RiskAction, QPushButton]:
        """Each lifecycle step's button."""
        return {RiskAction.ADD_REVIEW: self.review, RiskAction.CHANGE_LEVEL: self.level,
                RiskAction.REQUEST_CLOSE: self.request_close, RiskAction.APPROVE_CLOSE: self.approve,
                RiskAction.REJECT_CLOSE: self.reject, RiskAction.REOPEN: self.reopen}

    def update_for(self, detail: RiskDetail | None, *, dirty: bool) -> None:
        """Enable the steps ``detail`` allows; every disabled button says why."""
        self._detail = detail
        reasons = []
        for action, button in self.buttons().items():
            reason = self._blocked(detail, action, dirty)
            button.setEnabled(not reason)
            button.setToolTip(reason)
            reasons.append(reason)
        self.state.setText(self.tr("{status} · Next:").format(status=enum_text(detail.status)) if detail is not None
                           else self.tr("New item · Next:"))
        stuck = all(reasons) and (detail is None or any(a in detail.allowed for a in self.buttons()))
        allowed_reasons = [r for a, r in zip(self.buttons(), reasons, strict=True)
                           if detail is None or a in detail.allowed]
        self.reason.setText(allowed_reasons[0] if stuck and allowed_reasons else "")
        self.reason.setHidden(not self.reason.text())

    def _blocked(self, detail: RiskDetail | None, action: RiskAction, dirty: bool) -> str:
        ctx = self._session.ctx
        if detail is None:
            return self.tr("Save the new item first.")
        needed = Permission.RISK_APPROVE_CLOSE if action in (RiskAction.APPROVE_CLOSE, RiskAction.REJECT_CLOSE) \
            else Permission.RISK_WRITE
        if not ctx.can(needed):
            return self.tr("Your role ({role}) does not allow this.").format(role=enum_text(ctx.actor.role))
        if detail.instruct_only and action in risks.COMMUNITY_ONLY:
            return instruct_reason(detail)
        if action not in detail.allowed:
            return detail.blocked.get(action, self.tr("Not possible in the current status."))
        if dirty:
            return self.tr("Save your changes first.")
        me = ctx.actor.username
        if action is RiskAction.APPROVE_CLOSE:
            if me == detail.close_requested_by:
                return self.tr("You asked to close this item; someone else must approve it.")
            if me and me == detail.assignment.leader_user:
                return self.tr("You are the responsible leader of this item; someone else must approve closing.")
        if action is RiskAction.REQUEST_CLOSE and not detail.reviews:
            return self.tr("Record at least one review or visit before asking to close the item.")
        return ""

    def _run(self, work: Callable[[], Any]) -> None:
        detail = self._detail
        if detail is None:
            return
        risk_id = detail.id
        WriteOp(self, self._session, work).success(lambda _result: self.changed.emit(risk_id)).run()

    # -- the steps -------------------------------------------------------------------------------
    @Slot()
    def _on_review_clicked(self) -> None:
        detail = self._detail
        if detail is None:
            return
        entry = ReviewDialog.ask(self, self._config.risk_levels, detail.level.code, self._session.ctx.today(),
                                 can_change_level=RiskAction.CHANGE_LEVEL in detail.allowed)
        if entry is None:
            return
        ctx = self._session.ctx
        self._run(lambda: risks.add_review(ctx, detail.id, kind=entry.kind, reviewed_on=entry.reviewed_on,
                                           content=entry.content, participants=entry.participants,
                                           new_level=entry.new_level))

    @Slot()
    def _on_level_clicked(self) -> None:
        detail = self._detail
        if detail is None:
            return
        answer = LevelDialog.ask(self, self._config.risk_levels, detail.level.code)
        if answer is None:
            return
        ctx = self._session.ctx
        self._run(lambda: risks.change_level(ctx, detail.id, new_level=answer[0], reason=answer[1]))

    @Slot()
    def _on_request_close_clicked(self) -> None:
        detail = self._detail
        if detail is None:
            return
        request = CloseRequestDialog.ask(self)
        if request is None:
            return
        ctx = self._session.ctx

        def work() -> None:
            files = read_files(request.files)
            risks.request_close(ctx, detail.id, basis=request.basis, evidence=request.evidence)
            for name, data in files:
                attachments.add_attachment(ctx, owner_type="risk", owner_id=detail.id, filename=name, data=data,
                                           kind="证据")
        self._run(work)

    @Slot()
    def _on_approve_clicked(self) -> None:
        detail = self._detail
        if detail is None or not Confirm.ask(self, self.tr("Approve closing"), self.tr(
                "Close {code} for good? It can only be reopened if the hazard comes back.").format(code=detail.code)):
            return
        ctx = self._session.ctx
        self._run(lambda: risks.approve_close(ctx, detail.id))

    @Slot()
    def _on_reject_clicked(self) -> None:
        detail = self._detail
        if detail is None:
            return
        reason = ReasonDialog.ask(self, self.tr("Send the closing request back"),
                                  self.tr("Why is the item not ready to be closed?"))
        if reason:
            ctx = self._session.ctx
            self._run(lambda: risks.reject_close(ctx, detail.id, reason=reason))

    @Slot()
    def _on_reopen_clicked(self) -> None:
        detail = self._detail
        if detail is None:
            return
        reason = ReasonDialog.ask(self, self.tr("Reopen the item"),
                                  self.tr("The hazard came back (relapse). What happened?"))
        if reason:
            ctx = self._session.ctx
            self._run(lambda: risks.reopen_risk(ctx, detail.id, reason=reason))

    # -- files -----------------------------------------------------------------------------------
    def attach_files(self, risk_id: str, *, kind: str) -> None:
        """Choose files and attach them to the item."""
        paths = tuple(FilePicker.ask(self, self.tr("Attach files")))
        if not paths:
            return
        ctx = self._session.ctx

        def work() -> None:
            for name, data in read_files(paths):
                attachments.add_attachment(ctx, owner_type="risk", owner_id=risk_id, filename=name, data=data,
                                           kind=kind)
        WriteOp(self, self._session, work).success(lambda _r: self.changed.emit(risk_id)).run()

    def open_attachment(self, attachment_id: str) -> None:
        """Decrypt a file into a private temporary folder and open it with the system's viewer."""
        ctx = self._session.ctx

        def work() -> Path:
            # Written under a name the app makes (the file's name is display text, never part of a path), in the
            # app's own temporary folder that is swept at start and exit.
            return attachments.save_for_viewing(ctx, attachment_id, decrypted.folder() / attachment_id[:8])
        Op(self, work).success(self._show_file).run()

    def _show_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def instruct_reason(detail: RiskDetail) -> str:
    """Why the office does not change a community's item itself (it gives an instruction instead)."""
    return QCoreApplication.translate("errors", risks.INSTRUCT_INSTEAD).format(community=detail.instruct_only)
