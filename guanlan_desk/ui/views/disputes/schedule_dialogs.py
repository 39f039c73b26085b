"""安排调解 and the 送达回执: schedule (or reschedule) a mediation and record how each notice was delivered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, QTime, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from guanlan_desk.domain.enums import DeliveryMethod, DisputeRole, label
from guanlan_desk.services.dispute_steps import ScheduleDefaults, ScheduleInput
from guanlan_desk.services.disputes import PartyInDispute, ScheduleRow
from guanlan_desk.services.notices import NoticeRow
from guanlan_desk.services.reference import VenueRow
from guanlan_desk.ui.views.disputes.filter_bar import qdate
from guanlan_desk.ui.views.disputes.step_dialogs import SHENZHEN, _StepDialog
from guanlan_desk.ui.widgets.field_error import FieldError
from guanlan_desk.ui.enum_text import enum_text

NOTIFIED = (DisputeRole.APPLICANT, DisputeRole.RESPONDENT)


def _local(moment: datetime) -> datetime:
    return moment.astimezone(SHENZHEN)


def _qdatetime(moment: datetime) -> QDateTime:
    local = _local(moment)
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute))


def _aware(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=SHENZHEN).astimezone(timezone.utc)


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.replace(",", "、").replace("，", "、").replace(" ", "、").split("、")
                 if n.strip())


class ScheduleMediationDialog(_StepDialog):
    """Date and time, venue, mediators and the contact the notices print; lists who is notified."""

    def __init__(self, now: datetime, defaults: ScheduleDefaults, venues: list[VenueRow],
                 parties: tuple[PartyInDispute, ...], pending: ScheduleRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reschedule mediation") if pending else self.tr("Schedule mediation"), parent)
        self.setObjectName("schedule_mediation_dialog")
        self._now = now
        start = _local(now + timedelta(days=1)).replace(hour=9, minute=30, second=0, microsecond=0)
        self.when = QDateTimeEdit(_qdatetime(pending.scheduled_at if pending else start), self)
        self.when.setObjectName("schedule_when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.venue = QComboBox(self)
        self.venue.setObjectName("schedule_venue")
        self.venue.addItem(self.tr("(another place)"), None)
        for venue in venues:
            self.venue.addItem(venue.name, venue.id)
        self.place = QLineEdit(pending.place if pending else defaults.place, self)
        self.place.setObjectName("schedule_place")
        self.mediators = QLineEdit("、".join(_names(pending.mediators) if pending else defaults.mediators), self)
        self.mediators.setObjectName("schedule_mediators")
        self.mediators.setPlaceholderText(self.tr("Names, separated by 、"))
        self.contact = QLineEdit(pending.contact_person if pending else defaults.contact_person, self)
        self.contact.setObjectName("schedule_contact")
        self.phone = QLineEdit(pending.contact_phone if pending else defaults.contact_phone, self)
        self.phone.setObjectName("schedule_phone")
        self.materials = QLineEdit(pending.materials if pending else "身份证件、与纠纷有关的证据材料", self)
        notified = [p for p in parties if p.role in NOTIFIED]
        self.recipients = QLabel("；".join(f"{p.name}（{enum_text(p.role)}）" for p in notified) or self.tr("nobody"), self)
        self.recipients.setObjectName("schedule_recipients")
        self.recipients.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("schedule_note")
        self.note.setWordWrap(True)
        self.note.setText(self.tr("The notices for {when} will be marked superseded and new ones issued.").format(
            when=_local(pending.scheduled_at).strftime("%Y-%m-%d %H:%M")) if pending else self.tr(
            "One notice to attend is issued to each applicant and respondent. Mediation is voluntary: the notice "
            "invites and says a party may decline."))
        self.when_error = FieldError(self.when, self)
        self.place_error = FieldError(self.place, self)
        self.mediator_error = FieldError(self.mediators, self)
        self.contact_error = FieldError(self.contact, self)
        self.form.addRow(self.tr("Date and time"), self.when)
        self.form.addRow("", self.when_error)
        self.form.addRow(self.tr("Venue"), self.venue)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow("", self.place_error)
        self.form.addRow(self.tr("Mediators"), self.mediators)
        self.form.addRow("", self.mediator_error)
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contact, 2)
        contact_row.addWidget(QLabel(self.tr("Phone")))
        contact_row.addWidget(self.phone, 3)
        self.form.addRow(self.tr("Contact"), contact_row)
        self.form.addRow("", self.contact_error)
        self.form.addRow(self.tr("Bring"), self.materials)
        self.form.addRow(self.tr("Notices to"), self.recipients)
        self.form.addRow("", self.note)
        if defaults.venue_id is not None:
            self.venue.setCurrentIndex(max(0, self.venue.findData(defaults.venue_id)))
        self.venue.currentIndexChanged.connect(self._on_venue_current_index_changed)
        if not self.place.text().strip() and venues:  # no venue on the case: the community's own room
            room = next((i for i in range(1, self.venue.count()) if "调解室" in self.venue.itemText(i)), 1)
            self.venue.setCurrentIndex(room)
        self.setMinimumWidth(540)

    @classmethod
    def ask(cls, parent: QWidget | None, now: datetime, defaults: ScheduleDefaults, venues: list[VenueRow],
            parties: tuple[PartyInDispute, ...], pending: ScheduleRow | None) -> ScheduleInput | None:
        """The schedule entered, or ``None``."""
        dialog = cls(now, defaults, venues, parties, pending, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @Slot(int)
    def _on_venue_current_index_changed(self, _index: int) -> None:
        if self.venue.currentData() is not None:
            self.place.setText(self.venue.currentText())

    def check(self) -> bool:
        """A future time, a place, a mediator and a contact are required."""
        ok = True
        for error in (self.when_error, self.place_error, self.mediator_error, self.contact_error):
            error.clear_message()
        if _aware(self.when.dateTime()) < self._now:
            self.when_error.show_message(self.tr("The mediation time is in the past."))
            ok = False
        if not self.place.text().strip():
            self.place_error.show_message(self.tr("Please enter where the mediation takes place."))
            ok = False
        if not _names(self.mediators.text()):
            self.mediator_error.show_message(self.tr("Name at least one mediator."))
            ok = False
        if not self.contact.text().strip():
            self.contact_error.show_message(self.tr("Please name the contact person."))
            ok = False
        return ok

    def value(self) -> ScheduleInput:
        """The schedule as the service's input."""
        venue = self.venue.currentData()
        return ScheduleInput(_aware(self.when.dateTime()), self.place.text().strip(),
                             str(venue) if venue else None, _names(self.mediators.text()), self.contact.text().strip(),
                             self.phone.text().strip(), self.materials.text().strip())


@dataclass(frozen=True, slots=True)
class Delivery:
    """What the 送达回执 says about one notice."""

    notice_id: str
    method: str
    delivered_at: datetime
    receiver: str
    refused: bool
    server: str


class DeliveryDialog(_StepDialog):
    """The receipt of one notice: method, time, who signed for it or that it was refused, who delivered it."""

    def __init__(self, now: datetime, notices: list[NoticeRow], server: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record delivery of a notice"), parent)
        self.setObjectName("delivery_dialog")
        self._now = now
        self._notices = {n.id: n for n in notices}
        self.notice = QComboBox(self)
        self.notice.setObjectName("delivery_notice")
        for n in notices:
            state = self.tr("delivered {day}").format(day=n.delivered_on.isoformat()) if n.delivered_on else self.tr(
                "not yet delivered")
            self.notice.addItem(f"{n.party_name}（{state}）", n.id)
        self.method = QComboBox(self)
        self.method.setObjectName("delivery_method")
        for method in DeliveryMethod:
            self.method.addItem(enum_text(method), label(method))  # stored as the printed words
        self.when = QDateTimeEdit(_qdatetime(now), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.signed = QRadioButton(self.tr("Signed for by"), self)
        self.signed.setObjectName("delivery_signed")
        self.refused = QRadioButton(self.tr("Refused"), self)
        self.refused.setObjectName("delivery_refused")
        self.unsigned = QRadioButton(self.tr("No signature (phone, text message …)"), self)
        group = QButtonGroup(self)
        for button in (self.signed, self.refused, self.unsigned):
            group.addButton(button)
        self.signed.setChecked(True)
        self.receiver = QLineEdit(self)
        self.receiver.setObjectName("delivery_receiver")
        self.server = QLineEdit(server, self)
        self.error = FieldError(self.receiver, self)
        self.when_error = FieldError(self.when, self)
        signed_row = QHBoxLayout()
        signed_row.addWidget(self.signed)
        signed_row.addWidget(self.receiver, 1)
        self.form.addRow(self.tr("Notice to"), self.notice)
        self.form.addRow(self.tr("Delivered by"), self.method)
        self.form.addRow(self.tr("Delivered at"), self.when)
        self.form.addRow("", self.when_error)
        self.form.addRow(self.tr("Receipt"), signed_row)
        self.form.addRow("", self.refused)
        self.form.addRow("", self.unsigned)
        self.form.addRow("", self.error)
        self.form.addRow(self.tr("Served by"), self.server)
        self.notice.currentIndexChanged.connect(self._on_notice_current_index_changed)
        group.buttonToggled.connect(self._on_receipt_toggled)
        self._on_notice_current_index_changed(0)

    @classmethod
    def ask(cls, parent: QWidget | None, now: datetime, notices: list[NoticeRow], server: str) -> Delivery | None:
        """The delivery entered, or ``None``."""
        dialog = cls(now, notices, server, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @Slot(int)
    def _on_notice_current_index_changed(self, _index: int) -> None:
        notice = self._notices.get(str(self.notice.currentData()))
        if notice is not None:
            self.receiver.setText(notice.receiver or notice.party_name)

    @Slot()
    def _on_receipt_toggled(self) -> None:
        self.receiver.setEnabled(self.signed.isChecked())

    def check(self) -> bool:
        """Who signed is required when signed; the time cannot be in the future."""
        ok = True
        self.error.clear_message()
        self.when_error.clear_message()
        if self.signed.isChecked() and not self.receiver.text().strip():
            self.error.show_message(self.tr("Please enter who signed for the notice."))
            ok = False
        if _aware(self.when.dateTime()) > self._now:
            self.when_error.show_message(self.tr("The delivery time is in the future."))
            ok = False
        return ok

    def value(self) -> Delivery:
        """The delivery as entered."""
        return Delivery(str(self.notice.currentData()), str(self.method.currentData()), _aware(self.when.dateTime()),
                        self.receiver.text().strip() if self.signed.isChecked() else "", self.refused.isChecked(),
                        self.server.text().strip())
