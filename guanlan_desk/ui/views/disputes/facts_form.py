"""The case facts of a dispute: title, type, source, venue, grid, date received, amount, summary, requests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from guanlan_desk.domain.enums import COURT_SOURCES, CaseFlag, DisputeType, Source
from guanlan_desk.services import reference
from guanlan_desk.services.disputes import DisputeInput
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.filter_bar import pydate, qdate
from guanlan_desk.ui.widgets.field_error import FieldError
from guanlan_desk.ui.widgets.text_limits import counter_for, limit_lines
from guanlan_desk.ui.enum_text import enum_text

RISK_FLAGS = tuple(f for f in CaseFlag if not f.is_outcome)
OUTCOME_FLAGS = tuple(f for f in CaseFlag if f.is_outcome)
_OUTCOME_FIELDS = {CaseFlag.CRIMINAL_PREVENTED: "prevented_criminal_persons",
                   CaseFlag.PETITION_PREVENTED: "prevented_petition_persons"}


def yuan_text(fen: int | None) -> str:
    """An amount in fen as yuan text (empty for none)."""
    if fen is None:
        return ""
    return f"{Decimal(fen) / 100:.2f}".rstrip("0").rstrip(".")


def parse_yuan(text: str) -> tuple[bool, int | None]:
    """(valid, amount in fen) of an amount typed in yuan; empty text is a valid "no amount"."""
    text = text.strip().replace(",", "").replace("，", "").replace("元", "")
    if not text:
        return True, None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return False, None
    if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
        return False, None
    return True, int(value * 100)


class DisputeFactsForm(QWidget):
    """Edits the case facts; ``changed`` on every edit the user makes."""

    changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._loading = False
        self._base: DisputeInput | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("dispute_title")
        self.title.setPlaceholderText(self.tr("Left blank: “A与B” and the type"))
        self.dispute_type = QComboBox(self)
        self.dispute_type.setObjectName("dispute_type")
        self.dispute_type.addItem(self.tr("(choose the type)"), None)
        for kind in DisputeType:
            self.dispute_type.addItem(enum_text(kind), kind)
        self.source = QComboBox(self)
        self.source.setObjectName("dispute_source")
        for source in Source:
            self.source.addItem(enum_text(source), source)
        self.venue = QComboBox(self)
        self.venue.setObjectName("dispute_venue")
        self.venue.addItem(self.tr("(not set)"), None)
        community = session.ctx.db.workstation.community_code or None
        for venue in session.reference.venues_of(community):
            self.venue.addItem(venue.name, venue.id)
        self.grid = QComboBox(self)
        self.grid.setObjectName("dispute_grid")
        self.grid.addItem(self.tr("(not set)"), None)
        for grid in session.reference.grids_of(community):
            self.grid.addItem(grid.name, grid.id)
        self.received_on = QDateEdit(self)
        self.received_on.setObjectName("dispute_received_on")
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.received_on.setMaximumDate(qdate(session.ctx.today()))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("dispute_amount")
        self.amount.setPlaceholderText(self.tr("Yuan, e.g. 12000"))
        self.persons = QSpinBox(self)
        self.persons.setRange(1, 100000)
        self.court_row = QWidget(self)
        self.court_ref = QLineEdit(self.court_row)
        self.court_ref.setPlaceholderText(self.tr("Court case reference (court referrals)"))
        # A court's own deadline for the case it entrusted (委派/委托); replaces the committee's time limit.
        self.court_due_set = QCheckBox(self.tr("Court's deadline"), self.court_row)
        self.court_due_set.setObjectName("court_deadline_set")
        self.court_due = QDateEdit(self.court_row)
        self.court_due.setObjectName("court_deadline")
        self.court_due.setCalendarPopup(True)
        self.court_due.setDisplayFormat("yyyy-MM-dd")
        self.court_due.setEnabled(False)
        self.court_due_set.toggled.connect(self.court_due.setEnabled)
        court_layout = QHBoxLayout(self.court_row)
        court_layout.setContentsMargins(0, 0, 0, 0)
        court_layout.addWidget(self.court_ref, 2)
        court_layout.addWidget(self.court_due_set)
        court_layout.addWidget(self.court_due, 1)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("dispute_summary")
        self.summary.setPlaceholderText(self.tr("What happened, in a few sentences"))
        self.requests = QPlainTextEdit(self)
        self.requests.setObjectName("dispute_requests")
        self.requests.setPlaceholderText(self.tr("What the applicant asks for"))
        for edit in (self.summary, self.requests):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(60)
        self.summary_counter = counter_for(self.summary, "summary", self)
        self.requests_counter = counter_for(self.requests, "requests", self)
        limit_lines({"title": self.title, "court_ref_no": self.court_ref})
        self.flags = {flag: QCheckBox(enum_text(flag), self) for flag in CaseFlag}
        for flag, box in self.flags.items():
            box.setObjectName(f"flag_{flag.value}")
            box.setToolTip(self.tr("Counted in the statistics"))
            box.toggled.connect(self._on_any_changed)
        flag_row = QGridLayout()  # three a row: the English names are long (fits 1366 px at 14 pt)
        for n, flag in enumerate(RISK_FLAGS):
            flag_row.addWidget(self.flags[flag], n // 3, n % 3)
        flag_row.setColumnStretch(3, 1)
        self.prevented_persons: dict[CaseFlag, QSpinBox] = {}
        outcome_row = QGridLayout()  # one prevented outcome and its count a row
        outcome_row.setColumnStretch(2, 1)
        for n, flag in enumerate(OUTCOME_FLAGS):
            spin = QSpinBox(self)
            spin.setObjectName(_OUTCOME_FIELDS[flag])
            spin.setRange(0, 100000)
            spin.setSuffix(self.tr(" persons"))
            spin.setEnabled(False)
            spin.valueChanged.connect(self._on_any_changed)
            self.prevented_persons[flag] = spin
            self.flags[flag].toggled.connect(self._on_outcome_toggled)
            outcome_row.addWidget(self.flags[flag], n, 0)
            outcome_row.addWidget(spin, n, 1)

        self.errors = {"received_on": FieldError(self.received_on, self), "amount": FieldError(self.amount, self),
                       "title": FieldError(self.title, self), "dispute_type": FieldError(self.dispute_type, self),
                       "summary": FieldError(self.summary, self), "requests": FieldError(self.requests, self),
                       "flags": FieldError(None, self)}
        self.errors["dispute_type"].setObjectName("dispute_type_error")
        self.errors["amount"].setObjectName("amount_error")
        self.errors["received_on"].setObjectName("received_on_error")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Title"), self.title)
        form.addRow("", self.errors["title"])
        type_row = QHBoxLayout()
        type_row.addWidget(self.dispute_type, 1)
        type_row.addWidget(self.source, 1)
        form.addRow(self.tr("Type / source"), type_row)
        form.addRow("", self.errors["dispute_type"])
        place_row = QHBoxLayout()
        place_row.addWidget(self.venue, 1)
        place_row.addWidget(self.grid, 1)
        form.addRow(self.tr("Venue / grid"), place_row)
        date_row = QHBoxLayout()
        date_row.addWidget(self.received_on)
        date_row.addWidget(self.amount, 1)
        date_row.addWidget(self.persons)
        form.addRow(self.tr("Received / amount / persons"), date_row)
        form.addRow("", self.errors["received_on"])
        form.addRow("", self.errors["amount"])
        form.addRow(self.tr("Court reference"), self.court_row)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow("", self._counter_row(self.summary_counter, self.errors["summary"]))
        form.addRow(self.tr("Requests"), self.requests)
        form.addRow("", self._counter_row(self.requests_counter, self.errors["requests"]))
        form.addRow(self.tr("Flags"), flag_row)
        form.addRow(self.tr("Prevented"), outcome_row)
        form.addRow("", self.errors["flags"])
        self._form = form

        for line in (self.title, self.amount, self.court_ref):
            line.textEdited.connect(self._on_any_changed)
        for combo in (self.dispute_type, self.source, self.venue, self.grid):
            combo.currentIndexChanged.connect(self._on_any_changed)
        self.received_on.dateChanged.connect(self._on_any_changed)
        self.court_due_set.toggled.connect(self._on_any_changed)
        self.court_due.dateChanged.connect(self._on_any_changed)
        self.persons.valueChanged.connect(self._on_any_changed)
        self.summary.textChanged.connect(self._on_any_changed)
        self.requests.textChanged.connect(self._on_any_changed)
        self.source.currentIndexChanged.connect(self._on_source_changed)
        self.clear()

    def clear(self) -> None:
        """Defaults for a new dispute (received today, the community's micro-mediation room)."""
        self._loading = True
        try:
            self._base = None
            self.title.clear()
            self.dispute_type.setCurrentIndex(0)
            self.source.setCurrentIndex(0)
            room = next((i for i in range(self.venue.count()) if "微调解室" in self.venue.itemText(i)), 0)
            self.venue.setCurrentIndex(room)
            self.grid.setCurrentIndex(0)
            self.received_on.setDate(qdate(self._session.ctx.today()))
            self.amount.clear()
            self.persons.setValue(2)
            self.court_ref.clear()
            self.court_due_set.setChecked(False)
            self.court_due.setDate(qdate(self._session.ctx.today()))
            self.summary.clear()
            self.requests.clear()
            for box in self.flags.values():
                box.setChecked(False)
            for spin in self.prevented_persons.values():
                spin.setValue(0)
            for error in self.errors.values():
                error.clear_message()
        finally:
            self._loading = False
        self._on_source_changed()

    def load(self, data: DisputeInput) -> None:
        """Show a registered dispute's facts."""
        self._loading = True
        try:
            self._base = data
            self.title.setText(data.title)
            self.dispute_type.setCurrentIndex(self.dispute_type.findData(data.dispute_type))
            self.source.setCurrentIndex(self.source.findData(data.source))
            self.venue.setCurrentIndex(max(0, self.venue.findData(data.venue_id)))
            self.grid.setCurrentIndex(max(0, self.grid.findData(data.grid_id)))
            self.received_on.setDate(QDate(data.received_on.year, data.received_on.month, data.received_on.day))
            self.amount.setText(yuan_text(data.amount_fen))
            self.persons.setValue(data.persons_involved)
            self.court_ref.setText(data.court_ref_no)
            self.court_due_set.setChecked(data.court_deadline is not None)
            self.court_due.setDate(qdate(data.court_deadline or data.received_on))
            self.summary.setPlainText(data.summary)
            self.requests.setPlainText(data.requests)
            for flag, box in self.flags.items():
                box.setChecked(flag in data.flags)
            self.prevented_persons[CaseFlag.CRIMINAL_PREVENTED].setValue(data.prevented_criminal_persons)
            self.prevented_persons[CaseFlag.PETITION_PREVENTED].setValue(data.prevented_petition_persons)
            for error in self.errors.values():
                error.clear_message()
        finally:
            self._loading = False
        self._on_source_changed()

    def set_read_only(self, read_only: bool) -> None:
        """An archived dispute cannot be edited."""
        for line in (self.title, self.amount, self.court_ref):
            line.setReadOnly(read_only)
        for text in (self.summary, self.requests):
            text.setReadOnly(read_only)
        for widget in (self.dispute_type, self.source, self.venue, self.grid, self.received_on, self.persons,
                       self.court_due_set, *self.flags.values()):
            widget.setEnabled(not read_only)
        for flag, spin in self.prevented_persons.items():
            spin.setEnabled(not read_only and self.flags[flag].isChecked())
        self.court_due.setEnabled(not read_only and self.court_due_set.isChecked())

    def amount_fen(self) -> tuple[bool, int | None]:
        """(valid, amount in fen) of the amount field."""
        return parse_yuan(self.amount.text())

    def validate(self) -> bool:
        """Check the fields before the service is called; shows the messages inline."""
        ok = True
        if self.dispute_type.currentData() is None:
            self.errors["dispute_type"].show_message(self.tr("Please choose the type of dispute (for the statistics)."))
            ok = False
        else:
            self.errors["dispute_type"].clear_message()
        valid, _fen = self.amount_fen()
        if not valid:
            self.errors["amount"].show_message(self.tr("Enter the amount in yuan as a number (at most two decimals), "
                                                       "e.g. 12000 or 350.50."))
            ok = False
        else:
            self.errors["amount"].clear_message()
        if self.received_day() > self._session.ctx.today():
            self.errors["received_on"].show_message(self.tr("The date received cannot be in the future."))
            ok = False
        else:
            self.errors["received_on"].clear_message()
        return ok

    def received_day(self) -> date:
        """The date received."""
        return pydate(self.received_on.date())

    def collect(self, parties: tuple[object, ...] = (), mediators: tuple[object, ...] = ()) -> DisputeInput:
        """The facts as the service's input (parties and mediators from the other panels)."""
        base = self._base
        _ok, fen = self.amount_fen()
        return DisputeInput(
            dispute_type=DisputeType(self.dispute_type.currentData()), source=Source(self.source.currentData()),
            received_on=self.received_day(), parties=parties,  # type: ignore[arg-type]
            title=self.title.text().strip(), subtype=base.subtype if base else "",
            venue_id=self.venue.currentData(), grid_id=self.grid.currentData(),
            summary=self.summary.toPlainText().strip(), requests=self.requests.toPlainText().strip(),
            amount_fen=fen, persons_involved=self.persons.value(),
            flags=tuple(f for f, b in self.flags.items() if b.isChecked()),
            prevented_criminal_persons=self._persons_for(CaseFlag.CRIMINAL_PREVENTED),
            prevented_petition_persons=self._persons_for(CaseFlag.PETITION_PREVENTED),
            mediators=mediators,  # type: ignore[arg-type]
            court_ref_no=self.court_ref.text().strip(),
            sensitive_notes=None,  # the note is never shown back, so the form leaves it as it is
            court_deadline=pydate(self.court_due.date()) if self.court_due_set.isChecked() else None,
        )

    def show_service_error(self, field: str, message: str) -> bool:
        """Show a service's :class:`ValidationError` on its field; False if the field is not here."""
        if field in _OUTCOME_FIELDS.values():
            field = "flags"
        target = self.errors.get("amount" if field == "amount" else field)
        if target is None:
            return False
        target.show_message(message)
        return True

    def _persons_for(self, flag: CaseFlag) -> int:
        return self.prevented_persons[flag].value() if self.flags[flag].isChecked() else 0

    def _counter_row(self, counter: QLabel, error: FieldError) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(error, 1)
        layout.addStretch(0)
        layout.addWidget(counter)
        return row

    @Slot(bool)
    def _on_outcome_toggled(self, _checked: bool) -> None:
        for flag, spin in self.prevented_persons.items():
            on = self.flags[flag].isChecked() and self.flags[flag].isEnabled()
            spin.setEnabled(on)
            if on and spin.value() == 0 and not self._loading:
                spin.setValue(self.persons.value())

    @Slot()
    def _on_source_changed(self) -> None:
        court = self.source.currentData() in COURT_SOURCES
        self.court_row.setVisible(court)
        label_widget = self._form.labelForField(self.court_row)
        if label_widget is not None:
            label_widget.setVisible(court)

    @Slot()
    def _on_any_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
