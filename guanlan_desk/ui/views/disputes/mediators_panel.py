"""The mediators of a dispute: names, the lead mediator, legal-clarity persons taking part."""

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

from guanlan_desk.services import lcp
from guanlan_desk.services.disputes import MediatorInput, MediatorRow
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.field_error import FieldError
from guanlan_desk.domain.roles import Permission


class MediatorDialog(QDialog):
    """A mediator by name, or a legal-clarity person from the roster; :meth:`ask` returns the input."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add mediator"))
        self.name = QLineEdit(self)
        self.name.setObjectName("mediator_name")
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
        form.addRow(self.tr("Legal-clarity person"), self.lcp)
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

    @Slot()
    def _on_lcp_changed(self) -> None:
        data = self.lcp.currentData()
        if data is not None:
            self.name.setText(data[1])

    def accept(self) -> None:
        """Only with a name."""
        name = self.name.text().strip()
        if not name:
            self.error.show_message(self.tr("Please enter the mediator's name."))
            return
        data = self.lcp.currentData()
        self.value = MediatorInput(name, data[0] if data is not None else None, self.lead.isChecked())
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)

    def inputs(self) -> tuple[MediatorInput, ...]:
        """The mediators of a new dispute."""
        return tuple(e.value for e in self._entries)

    def set_new(self, defaults: tuple[MediatorInput, ...] = ()) -> None:
        """A new dispute: mediators are kept here until it is registered."""
        self._saved = False
        self._entries = [MediatorEntry(m) for m in defaults]
        self._fill()

    def show_saved(self, rows: tuple[MediatorRow, ...], editable: bool) -> None:
        """A registered dispute: each change goes to the service at once."""
        self._saved = True
        self._entries = [MediatorEntry(MediatorInput(r.name, r.lcp_id, r.is_lead), r.id) for r in rows]
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
            self.list.addItem(" ".join(parts))

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
