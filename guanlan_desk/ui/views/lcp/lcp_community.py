"""What the community's legal-clarity persons share: the strip above the list with the community's legal adviser
("1+N"), the dialog that records it, and a service several persons gave together (one 场次)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import LcpStatus, ServiceKind
from guanlan_desk.domain.errors import UserFacingError, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import lcp, lcp_community
from guanlan_desk.services.lcp_community import AdviserInput, AdviserRow
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.field_error import FieldError
from guanlan_desk.ui.widgets.ledger_form import OptionalDateEdit
from guanlan_desk.ui.widgets.text_limits import limit_lines
from guanlan_desk.ui.enum_text import enum_text


class AdviserDialog(QDialog):
    """The community's legal adviser (一村（社区）一法律顾问): name, firm, phone, since when."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("The community's legal adviser"))
        current = lcp_community.legal_adviser(session.ctx)
        self.name = QLineEdit(current.name if current else "", self)
        self.name.setObjectName("adviser_name")
        self.firm = QLineEdit(current.firm if current else "", self)
        self.firm.setPlaceholderText(self.tr("Law firm or legal service office"))
        self.phone = QLineEdit(current.phone if current else "", self)
        self.phone.setObjectName("adviser_phone")
        limit_lines({"adviser_name": self.name, "firm": self.firm, "phone": self.phone})
        self.name.setMaxLength(50)
        self.since = OptionalDateEdit()
        self.since.set_value(current.since if current else None)
        self.error = FieldError(None, self)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Firm"), self.firm)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Adviser since"), self.since)
        note = QLabel(self.tr("One legal adviser per community works with all its legal-clarity persons "
                              "(\u201c1 adviser + N persons\u201d)."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Save through the service; a refusal stays in the dialog."""
        try:
            lcp_community.set_legal_adviser(self._session.ctx, AdviserInput(
                self.name.text(), self.firm.text(), self.phone.text(), self.since.value()))
        except UserFacingError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()


class JointServiceDialog(QDialog):
    """One service (a lecture, a consultation day) that several persons gave together: one event, one audience."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.event_id: str | None = None
        self.setWindowTitle(self.tr("Record a joint service"))
        self.served_on = OptionalDateEdit(optional=False)
        self.served_on.set_value(session.ctx.today())
        self.kind = QComboBox(self)
        for kind in ServiceKind:
            self.kind.addItem(enum_text(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(ServiceKind.PUBLICITY))
        self.people = QSpinBox(self)
        self.people.setRange(0, 100000)
        self.people.setValue(30)
        self.people.setSuffix(self.tr(" people"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. Civil Code lecture in the community square"))
        limit_lines({"note": self.note})
        self.persons = QListWidget(self)
        self.persons.setObjectName("joint_persons")
        community = session.ctx.db.workstation.community_code or None
        rows = lcp.list_lcps(session.ctx, lcp.LcpFilter(status=LcpStatus.REGISTERED, community_code=community),
                             limit=500).rows
        for row in rows:
            item = QListWidgetItem(row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.persons.addItem(item)
        self.error = FieldError(None, self)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.served_on)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Audience"), self.people)
        form.addRow(self.tr("What"), self.note)
        form.addRow(self.tr("Given by"), self.persons)
        hint = QLabel(self.tr("Counted once as an event (场次) and once for its audience, and in each person's "
                              "service record."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, 520)

    def chosen(self) -> tuple[str, ...]:
        """The ids of the ticked persons."""
        return tuple(str(self.persons.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.persons.count())
                     if self.persons.item(i).checkState() == Qt.CheckState.Checked)

    def accept(self) -> None:
        """Save one event for every ticked person."""
        self.error.clear_message()
        day = self.served_on.value() or self._session.ctx.today()
        try:
            self.event_id = lcp_community.add_group_service(
                self._session.ctx, self.chosen(), served_on=day, kind=ServiceKind(self.kind.currentData()),
                people_served=self.people.value(), note=self.note.text())
        except (ValidationError, UserFacingError) as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()


class CommunityStrip(QWidget):
    """"Legal adviser: …" with the buttons to change it and to record a joint service; ``changed`` after a save."""

    changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.adviser = QLabel(self)
        self.adviser.setObjectName("community_adviser")
        self.adviser_button = QPushButton(self.tr("Legal adviser…"), self)
        self.adviser_button.clicked.connect(self._on_adviser_clicked)
        self.joint_button = QPushButton(self.tr("Joint service…"), self)
        self.joint_button.setToolTip(self.tr("A lecture or consultation several persons gave together"))
        self.joint_button.clicked.connect(self._on_joint_clicked)
        community_desk = session.ctx.db.workstation.role == "community"
        writable = session.ctx.can(Permission.LCP_WRITE) and community_desk
        for button in (self.adviser_button, self.joint_button):
            button.setVisible(writable)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.adviser, 1)
        row.addWidget(self.adviser_button)
        row.addWidget(self.joint_button)
        self.setVisible(community_desk)
        self.refresh()

    def refresh(self) -> None:
        """Show the adviser as recorded now (read off the GUI thread)."""
        ctx = self._session.ctx
        op: Op[AdviserRow | None] = Op(self, lambda: lcp_community.legal_adviser(ctx))
        op.success(self._show_adviser).failure(self._on_adviser_unreadable).run()

    def _on_adviser_unreadable(self, exc: BaseException) -> None:
        if not isinstance(exc, UserFacingError):
            show_error(self, exc)  # a bug
            return
        self._show_adviser(None)  # a known fault: shown as not recorded, as before

    def _show_adviser(self, current: AdviserRow | None) -> None:
        if current is None:
            self.adviser.setText(self.tr("Community legal adviser: not recorded yet"))
            return
        parts = [p for p in (current.name, current.firm, current.phone) if p]
        self.adviser.setText(self.tr("Community legal adviser: {who}").format(who=" · ".join(parts)))

    @Slot()
    def _on_adviser_clicked(self) -> None:
        if AdviserDialog(self._session, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    @Slot()
    def _on_joint_clicked(self) -> None:
        if JointServiceDialog(self._session, self).exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

