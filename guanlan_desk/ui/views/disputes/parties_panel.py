"""The parties of a dispute: chosen one by one for a new dispute, listed (masked) for a registered one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import DisputeRole
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import parties
from guanlan_desk.services.disputes import PartyInDispute
from guanlan_desk.services.parties import PartyDetail
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.party_dialog import PartyDialog, PartyDraft
from guanlan_desk.ui.widgets.field_error import FieldError
from guanlan_desk.ui.widgets.flow_layout import FlowLayout
from guanlan_desk.ui.enum_text import enum_text


class DisputePartiesPanel(QWidget):
    """Applicants, respondents and third parties; ``changed`` when the new dispute's list changes."""

    changed = Signal()
    add_requested = Signal(object)  # DisputePartyInput, for a registered dispute
    remove_requested = Signal(str)  # the link id, for a registered dispute

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._drafts: list[PartyDraft] = []
        self._linked: list[PartyInDispute] = []
        self._saved = False
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("parties_table")
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name"), self.tr("Kind"),
                                              self.tr("ID number / credit code"), self.tr("Phone")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(3, 180)
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        self.add_buttons: dict[DisputeRole, QPushButton] = {}
        buttons = FlowLayout()
        for role, text in ((DisputeRole.APPLICANT, self.tr("Add applicant")),
                           (DisputeRole.RESPONDENT, self.tr("Add respondent")),
                           (DisputeRole.THIRD_PARTY, self.tr("Add third party"))):
            button = QPushButton(text, self)
            button.setObjectName(f"add_{role.value}")
            button.clicked.connect(lambda _=False, r=role: self.add_party(r))
            buttons.addWidget(button)
            self.add_buttons[role] = button
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.show_button = QPushButton(self.tr("Show full details…"), self)
        self.show_button.setToolTip(self.tr("Shows the unmasked ID number and phone; the access is recorded in "
                                            "the audit log."))
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.open_button = QPushButton(self.tr("Open party page"), self)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.open_button)
        self.error = FieldError(self.table, self)
        self.error.setObjectName("parties_error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.set_editable(True)

    @property
    def drafts(self) -> list[PartyDraft]:
        """The parties chosen for a new dispute."""
        return list(self._drafts)

    def tab_stops(self) -> list[QWidget]:
        """Tab order as on screen: the buttons above, then the table."""
        return [*self.add_buttons.values(), self.remove_button, self.show_button, self.open_button, self.table]

    def set_editable(self, editable: bool) -> None:
        """Whether parties may be added and removed (a new dispute, or a registered one not yet archived)."""
        for button in self.add_buttons.values():
            button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        can_unmask = self._session.ctx.can(Permission.PII_UNMASK)
        self.show_button.setVisible(self._saved and can_unmask)
        self.open_button.setVisible(self._saved)

    def clear(self) -> None:
        """No parties (a fresh new dispute: they are kept here until it is registered)."""
        self._saved = False
        self._drafts = []
        self._linked = []
        self.error.clear_message()
        self._fill()

    def show_linked(self, linked: tuple[PartyInDispute, ...]) -> None:
        """List a registered dispute's parties (masked); each change goes to the service at once."""
        self._saved = True
        self._drafts = []
        self._linked = list(linked)
        self.error.clear_message()
        self._fill()

    def add_draft(self, draft: PartyDraft) -> bool:
        """Add a chosen party unless it is already listed."""
        if draft.party_id is not None and any(d.party_id == draft.party_id for d in self._drafts):
            self.error.show_message(self.tr("{name} is already a party of this dispute.").format(name=draft.name))
            return False
        self._drafts.append(draft)
        self.error.clear_message()
        self._fill()
        self.changed.emit()
        return True

    def add_party(self, role: DisputeRole) -> None:
        """Ask for a party in ``role`` and add it."""
        draft = PartyDialog.ask(self, self._session, role)
        if draft is None:
            return
        if self._saved:
            if draft.party_id is not None and any(p.party_id == draft.party_id for p in self._linked):
                self.error.show_message(self.tr("{name} is already a party of this dispute.").format(name=draft.name))
                return
            self.add_requested.emit(draft.to_input())
        else:
            self.add_draft(draft)

    def _fill(self) -> None:
        rows: list[tuple[str, str, str, str, str]] = []
        if self._saved:
            rows = [(enum_text(p.role), p.name, enum_text(p.kind), p.id_number, p.phone) for p in self._linked]
        else:
            rows = [(enum_text(d.role), d.name, enum_text(d.kind), d.id_masked, d.phone_masked) for d in self._drafts]
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def _current_linked(self) -> PartyInDispute | None:
        row = self.table.currentRow()
        return self._linked[row] if 0 <= row < len(self._linked) else None

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if self._saved:
            if 0 <= row < len(self._linked):
                self.remove_requested.emit(self._linked[row].link_id)
            return
        if 0 <= row < len(self._drafts):
            del self._drafts[row]
            self._fill()
            self.changed.emit()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        party = self._current_linked()
        if party is not None:
            self._session.open_record("party", party.party_id)

    @Slot(int, int)
    def _on_table_cell_double_clicked(self, _row: int, _column: int) -> None:
        self._on_open_button_clicked()

    @Slot()
    def _on_show_button_clicked(self) -> None:
        party = self._current_linked()
        if party is None:
            return
        ctx, party_id = self._session.ctx, party.party_id
        # the unmasked read is audited: off the GUI thread, shown when it is back (errors by show_error)
        op: Op[PartyDetail] = Op(self, lambda: parties.get_party(ctx, party_id, unmask=True, reason="调解办案查看"))
        op.success(self._show_full_details).run()

    def _show_full_details(self, detail: PartyDetail) -> None:
        data = detail.data
        lines = [f"{self.tr('Name')}: {data.name}"]
        if data.id_number:
            lines.append(f"{self.tr('ID number')}: {data.id_number}")
        if data.uscc:
            lines.append(f"{self.tr('Credit code (USCC)')}: {data.uscc}")
        if data.phone:
            lines.append(f"{self.tr('Phone')}: {data.phone}")
        if data.address:
            lines.append(f"{self.tr('Address')}: {data.address}")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Full details"), "\n".join(lines),
                          QMessageBox.StandardButton.Close, self)
        box.setInformativeText(self.tr("This access has been recorded in the audit log."))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
