"""The mediators of a dispute, chosen from the committee's roster; legal-clarity persons may take part."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.services import lcp, mediators
from guanlan_desk.services.disputes import MediatorInput, MediatorRow
from guanlan_desk.services.mediators import RosterRow
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.roster_dialog import RosterDialog, RosterEntryDialog
from guanlan_desk.ui.widgets.field_error import FieldError
from guanlan_desk.domain.roles import Permission


class MediatorDialog(QDialog):
    """A mediator from the committee's roster, or a legal-clarity person taking part; :meth:`ask` returns the
    input."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Add mediator"))
        self.roster = QComboBox(self)
        self.roster.setObjectName("mediator_roster")
        self._fill_roster()
        self.roster.currentIndexChanged.connect(self._on_roster_changed)
        self.new_entry = QPushButton(self.tr("New on the roster…"), self)
        self.new_entry.setToolTip(self.tr("Put a mediator who is not yet listed on the committee's roster"))
        self.new_entry.clicked.connect(self._on_new_entry_clicked)
        self.name = QLineEdit(self)
        self.name.setObjectName("mediator_name")
        self.name.setReadOnly(True)
        self.name.setPlaceholderText(self.tr("Chosen from the roster or the legal-clarity persons"))
        self.lcp = QComboBox(self)
        self.lcp.setObjectName("mediator_lcp")
        self.lcp.addItem(self.tr("(not a legal-clarity person)"), None)
        roster: tuple[lcp.LcpRow, ...] | list[lcp.LcpRow] = ()  # a role without roster access names them by hand
        if session.ctx.can(Permission.LCP_READ):
            roster = lcp.list_lcps(session.ctx, lcp.LcpFilter(community_code=session.ctx.db.workstation.community_code
                                                            or None), limit=300).rows
        for person in roster:
            self.lcp.addItem(f"{person.name}（{self.tr('legal-clarity person')}）", (person.id, person.name))
        self.lcp.currentIndexChanged.connect(self._on_lcp_changed)
        self.lead = QCheckBox(self.tr("Lead mediator"), self)
        self.error = FieldError(self.name, self)
        form = QFormLayout()
        roster_row = QHBoxLayout()
        roster_row.addWidget(self.roster, 1)
        roster_row.addWidget(self.new_entry)
        form.addRow(self.tr("People's mediator"), roster_row)
        form.addRow(self.tr("or legal-clarity person"), self.lcp)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.error)
        form.addRow("", self.lead)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.value: MediatorInput | None = None

    @classmethod
    def ask(cls, parent: QWidget | None, session: AppSession) -> MediatorInput | None:
        """The mediator entered, or ``None``."""
        dialog = cls(session, parent)
        return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _fill_roster(self, select_id: str | None = None) -> None:
        """Read the roster off the GUI thread (a role without dispute access has none), then list it."""
        ctx = self._session.ctx
        if not ctx.can(Permission.DISPUTE_READ):  # such a role still adds legal-clarity persons
            self._show_roster([], select_id)
            return
        op: Op[list[RosterRow]] = Op(self, lambda: mediators.list_roster(ctx, include_inactive=False))
        op.success(lambda rows: self._show_roster(rows, select_id)).run()

    def _show_roster(self, rows: list[RosterRow], select_id: str | None) -> None:
        self.roster.blockSignals(True)
        self.roster.clear()
        self.roster.addItem(self.tr("(choose from the roster)"), None)
        for row in rows:
            self.roster.addItem(f"{row.name}（{row.role_label}）", (row.id, row.name))
            if row.id == select_id:
                self.roster.setCurrentIndex(self.roster.count() - 1)
        self.roster.blockSignals(False)
        if select_id is not None:  # the entry just added is the one chosen
            self._on_roster_changed()

    @Slot()
    def _on_roster_changed(self) -> None:
        data = self.roster.currentData()
        if data is not None:
            self.lcp.setCurrentIndex(0)
            self.name.setText(data[1])
            self.error.clear_message()
        elif self.lcp.currentData() is None:
            self.name.clear()

    @Slot()
    def _on_new_entry_clicked(self) -> None:
        dialog = RosterEntryDialog(self._session, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id:
            self._fill_roster(dialog.saved_id)

    @Slot()
    def _on_lcp_changed(self) -> None:
        data = self.lcp.currentData()
        if data is not None:
            self.roster.setCurrentIndex(0)
            self.name.setText(data[1])
            self.error.clear_message()
        elif self.roster.currentData() is None:
            self.name.clear()

    def accept(self) -> None:
        """Only with someone chosen."""
        on_roster, person = self.roster.currentData(), self.lcp.currentData()
        if on_roster is None and person is None:
            self.error.show_message(self.tr("Choose a mediator from the roster (or a legal-clarity person)."))
            return
        if on_roster is not None:
            self.value = MediatorInput(on_roster[1], None, self.lead.isChecked(), on_roster[0])
        else:
            self.value = MediatorInput(person[1], person[0], self.lead.isChecked())
        super().accept()


@dataclass(frozen=True, slots=True)
class MediatorEntry:
    """A mediator shown in the list: saved ones carry their row id."""

    value: MediatorInput
    row_id: str | None = None


class MediatorsPanel(QWidget):
    """The list of mediators; ``add_requested``/``remove_requested`` for a saved dispute, ``changed`` for a new one."""

    changed = Signal()
    add_requested = Signal(object)  # MediatorInput
    remove_requested = Signal(str)  # mediator row id

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._entries: list[MediatorEntry] = []
        self._saved = False
        self.list = QListWidget(self)
        self.list.setObjectName("mediators_list")
        self.add_button = QPushButton(self.tr("Add mediator…"), self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.roster_button = QPushButton(self.tr("Roster…"), self)
        self.roster_button.setObjectName("mediators_roster")
        self.roster_button.setToolTip(self.tr("The committee's roster of people's mediators"))
        self.roster_button.clicked.connect(self._on_roster_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.roster_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)

    def inputs(self) -> tuple[MediatorInput, ...]:
        """The mediators of a new dispute."""
        return tuple(e.value for e in self._entries)

    def default_lead(self) -> tuple[MediatorInput, ...]:
        """The lead mediator of a new case: the logged-in user, from the roster when they are on it."""
        ctx = self._session.ctx
        me = self._session.actor.display_name
        if not me or not ctx.can(Permission.DISPUTE_WRITE):
            return ()
        mine = next((r for r in self._session.reference.roster if r.name == me), None)
        return (MediatorInput(me, is_lead=True, mediator_id=mine.id if mine else None),)

    def set_new(self, defaults: tuple[MediatorInput, ...] = ()) -> None:
        """A new dispute: mediators are kept here until it is registered."""
        self._saved = False
        self._entries = [MediatorEntry(m) for m in defaults]
        self._fill()

    def show_saved(self, rows: tuple[MediatorRow, ...], editable: bool) -> None:
        """A registered dispute: each change goes to the service at once."""
        self._saved = True
        self._entries = [MediatorEntry(MediatorInput(r.name, r.lcp_id, r.is_lead, r.mediator_id), r.id) for r in rows]
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for entry in self._entries:
            parts = [entry.value.name]
            if entry.value.is_lead:
                parts.append(self.tr("(lead)"))
            if entry.value.lcp_id:
                parts.append(self.tr("(legal-clarity person)"))
            elif entry.value.mediator_id is None:
                parts.append(self.tr("(not on the roster)"))
            self.list.addItem(" ".join(parts))

    @Slot()
    def _on_roster_button_clicked(self) -> None:
        RosterDialog(self._session, self).exec()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        value = MediatorDialog.ask(self, self._session)
        if value is None:
            return
        if self._saved:
            self.add_requested.emit(value)
            return
        self._entries.append(MediatorEntry(value))
        self._fill()
        self.changed.emit()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        if self._saved:
            if entry.row_id is not None:
                self.remove_requested.emit(entry.row_id)
            return
        del self._entries[row]
        self._fill()
        self.changed.emit()
