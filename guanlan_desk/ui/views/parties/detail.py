"""One party: masked personal data, their disputes and risk items, a warning for repeated open disputes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.enums import PartyKind, Sex
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import disputes, parties, risks
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes import DisputeRow, PartyDisputes
from guanlan_desk.services.parties import PartyDetail
from guanlan_desk.services.risks import RiskRow
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.enum_text import enum_text, level_text

WARNING_STYLE = ("background: #fdebd0; color: #873600; border: 1px solid #e59866; border-radius: 4px; "
                 "padding: 6px;")


@dataclass(frozen=True, slots=True)
class PartyView:
    """One party (masked), its disputes and the risk items it appears in."""

    detail: PartyDetail
    disputes: PartyDisputes
    risks: tuple[RiskRow, ...]  # none for a role without ledger access


def read_party(ctx: Ctx, party_id: str) -> PartyView:
    """Read what the party panel shows (worker thread)."""
    linked = tuple(risks.risks_of_party(ctx, party_id)) if ctx.can(Permission.RISK_READ) else ()
    return PartyView(parties.get_party(ctx, party_id), disputes.party_disputes(ctx, party_id), linked)


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PartyDetailPanel(QWidget):
    """Shows one party; ``merge_requested(id)`` when an admin wants to merge a duplicate into it."""

    merge_requested = Signal(str)
    edit_requested = Signal(str)

    def __init__(self, session: AppSession, parent: QWidget | None = None, *,
                 communities: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._communities = communities or {}
        self._detail: PartyDetail | None = None
        self._generation = 0  # the latest read: older answers are dropped
        self._disputes: list[DisputeRow] = []
        self._risks: list[RiskRow] = []
        self.heading = QLabel(self.tr("Choose a party on the left."), self)
        self.heading.setObjectName("party_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.warning = QLabel(self)
        self.warning.setObjectName("party_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, title in (("kind", self.tr("Kind")), ("sex", self.tr("Sex")), ("birth", self.tr("Born")),
                           ("id_number", self.tr("ID number")), ("uscc", self.tr("Credit code (USCC)")),
                           ("phone", self.tr("Phone")), ("address", self.tr("Address")),
                           ("legal_rep", self.tr("Legal representative")), ("community", self.tr("Community"))):
            value = QLabel(self)
            value.setObjectName(f"party_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(title, value)
            self.fields[key] = value
        self.unmask_button = QPushButton(self.tr("Show full details…"), self)
        self.unmask_button.setToolTip(self.tr("Shows the unmasked ID number, phone and address; the access is "
                                              "recorded in the audit log."))
        self.unmask_button.clicked.connect(self._on_unmask_button_clicked)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("party_edit")
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.merge_button = QPushButton(self.tr("Merge a duplicate into this party…"), self)
        self.merge_button.setObjectName("party_merge")
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.unmask_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)

        self.disputes_table = _table(self, "party_disputes", [
            self.tr("Case number"), self.tr("Received"), self.tr("Title"), self.tr("Status")])
        self.disputes_table.setColumnWidth(0, 190)
        self.disputes_table.setColumnWidth(2, 260)
        self.disputes_table.cellDoubleClicked.connect(self._on_disputes_table_cell_double_clicked)
        self.risks_table = _table(self, "party_risks", [
            self.tr("Code"), self.tr("Title"), self.tr("Level"), self.tr("Status"), self.tr("Deadline")])
        self.risks_table.setColumnWidth(0, 150)
        self.risks_table.setColumnWidth(1, 240)
        self.risks_table.cellDoubleClicked.connect(self._on_risks_table_cell_double_clicked)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.disputes_table, self.tr("Disputes"))
        self.tabs.addTab(self.risks_table, self.tr("Risk items"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.show_party(None)

    @property
    def detail(self) -> PartyDetail | None:
        """The party shown (masked)."""
        return self._detail

    @property
    def party_id(self) -> str | None:
        """The party shown."""
        return self._detail.id if self._detail is not None else None

    def show_party(self, party_id: str | None) -> None:
        """Show one party (``None``: nothing chosen); read off the GUI thread, the latest request wins."""
        self._generation += 1
        generation, ctx = self._generation, self._session.ctx
        if party_id is None:
            self._show(None)
            return
        op: Op[PartyView] = Op(self, lambda: read_party(ctx, party_id))
        op.success(lambda view: self._show(view) if generation == self._generation else None).run()

    def _show(self, view: PartyView | None) -> None:
        ctx = self._session.ctx
        self._detail = view.detail if view is not None else None
        has = view is not None
        self.unmask_button.setVisible(has and ctx.can(Permission.PII_UNMASK))
        self.edit_button.setVisible(has and ctx.can(Permission.PARTY_WRITE))
        self.merge_button.setVisible(has and ctx.can(Permission.PARTY_MERGE))
        if view is None:
            self.heading.setText(self.tr("Choose a party on the left."))
            for value in self.fields.values():
                value.setText("")
            self.warning.hide()
            self._fill_disputes([])
            self._fill_risks([])
            return
        detail, listing = view.detail, view.disputes
        self._fill_fields(detail)
        self._fill_disputes(list(listing.rows))
        if listing.warning:
            self.warning.setText(self.tr(
                "⚠ {name} has {n} open disputes. Repeated petitions are a risk signal: check whether the cases "
                "belong together and whether a risk item should be reported.").format(
                name=detail.data.name, n=listing.open_count))
            self.warning.show()
        else:
            self.warning.hide()
        self._fill_risks(list(view.risks))
        self.tabs.setTabText(0, self.tr("Disputes ({n})").format(n=len(listing.rows)))
        self.tabs.setTabText(1, self.tr("Risk items ({n})").format(n=len(self._risks)))

    def _fill_fields(self, detail: PartyDetail) -> None:
        d = detail.data
        self.heading.setText(d.name)
        person = d.kind in (PartyKind.PERSON, PartyKind.SOLE_TRADER)
        birth = d.birth_date.isoformat() if d.birth_date else (self.tr("{age} years").format(age=d.age)
                                                                 if d.age is not None else "")
        values = {
            "kind": enum_text(d.kind), "sex": enum_text(d.sex) if person and d.sex != Sex.UNKNOWN else "",
            "birth": birth if person else "", "id_number": d.id_number, "uscc": d.uscc, "phone": d.phone,
            "address": d.address, "legal_rep": " ".join(x for x in (d.legal_rep_name, d.legal_rep_title) if x),
            "community": self._communities.get(d.community_code, d.community_code),
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")

    def _fill_disputes(self, rows: list[DisputeRow]) -> None:
        self._disputes = rows
        self.disputes_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate((row.case_no, row.received_on.isoformat(), row.title, enum_text(row.status))):
                self.disputes_table.setItem(r, c, QTableWidgetItem(value))

    def _fill_risks(self, rows: list[RiskRow]) -> None:
        self._risks = rows
        self.risks_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row.code, row.title, level_text(row.level.code, row.level.label), enum_text(row.status),
                      row.deadline.isoformat() if row.deadline else "")
            for c, value in enumerate(values):
                self.risks_table.setItem(r, c, QTableWidgetItem(value))

    def dispute_ids(self) -> list[str]:
        """The disputes listed."""
        return [r.id for r in self._disputes]

    @Slot(int, int)
    def _on_disputes_table_cell_double_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._disputes):
            self._session.open_record("dispute", self._disputes[row].id)

    @Slot(int, int)
    def _on_risks_table_cell_double_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._risks):
            self._session.open_record("risk", self._risks[row].id)

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        if self._detail is not None:
            self.edit_requested.emit(self._detail.id)

    @Slot()
    def _on_merge_button_clicked(self) -> None:
        if self._detail is not None:
            self.merge_requested.emit(self._detail.id)

    @Slot()
    def _on_unmask_button_clicked(self) -> None:
        if self._detail is None:
            return
        ctx, party_id = self._session.ctx, self._detail.id
        # the unmasked read is audited: off the GUI thread, shown when it is back (errors by show_error)
        op: Op[PartyDetail] = Op(self, lambda: parties.get_party(ctx, party_id, unmask=True, reason="当事人页面查看"))
        op.success(self._show_full_details).run()

    def _show_full_details(self, full: PartyDetail) -> None:
        d = full.data
        lines = [f"{title}: {value}" for title, value in (
            (self.tr("ID number"), d.id_number), (self.tr("Credit code (USCC)"), d.uscc),
            (self.tr("Phone"), d.phone), (self.tr("Address"), d.address)) if value]
        box = QMessageBox(QMessageBox.Icon.Information, d.name, "\n".join(lines) or self.tr("No personal data on file."),
                          QMessageBox.StandardButton.Close, self)
        box.setInformativeText(self.tr("This access has been recorded in the audit log."))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
