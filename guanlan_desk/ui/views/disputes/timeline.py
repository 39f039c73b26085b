"""The timeline of a case: registration, status changes, sessions, agreement, performance, follow-ups, closing."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from guanlan_desk.domain.localtime import to_local
from guanlan_desk.domain.enums import (
    AgreementKind,
    DisputeStatus,
    EndKind,
    JcResult,
    Performance,
    Satisfaction,
    SessionKind,
    SessionOutcome,
    label,
)
from guanlan_desk.services.disputes import DisputeDetail, StatusChange
from guanlan_desk.services.ledger_import import ImportOrigin
from guanlan_desk.ui.views.disputes.facts_form import yuan_text
from guanlan_desk.ui.enum_text import enum_text

LATE = "#c0392b"
PENDING = "#b9770e"


def _local(moment: datetime) -> str:
    return to_local(moment).strftime("%Y-%m-%d %H:%M")


def _label_of(enum_cls: type[SessionKind] | type[SessionOutcome] | type[Performance] | type[Satisfaction]
              | type[AgreementKind] | type[JcResult] | type[EndKind], code: str) -> str:
    try:
        return enum_text(enum_cls(code))
    except ValueError:
        return code


class DisputeTimeline(QTreeWidget):
    """Everything that happened to a dispute, oldest first; open follow-ups and deadlines stand out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispute_timeline")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnWidth(0, 130)
        self.setColumnWidth(1, 130)

    def entries(self) -> list[tuple[str, str, str]]:
        """The rows shown (for tests and copy)."""
        out = []
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item is not None:
                out.append((item.text(0), item.text(1), item.text(2)))
        return out

    def show_detail(self, detail: DisputeDetail, history: list[StatusChange], today: date,
                    origin: ImportOrigin | None = None) -> None:
        """Rebuild the timeline from a dispute's detail and its status history (and the ledger it came from)."""
        rows: list[tuple[str, str, str, str | None]] = []  # sort key, what, details, colour
        if origin is not None:
            rows.append((f"{detail.data.received_on.isoformat()} 00:00", self.tr("Imported from a ledger"),
                         self.tr("from {file}, row {row} ({case_no}; by {user} on {day})").format(
                             file=origin.file_name, row=origin.row_no, case_no=detail.case_no,
                             user=origin.imported_by, day=f"{origin.imported_on:%Y-%m-%d}"), None))
        else:
            rows.append((f"{detail.data.received_on.isoformat()} 00:00", self.tr("Received and registered"),
                         detail.case_no, None))
        for change in history:
            who = change.name or change.username
            details = (self.tr("from {before}, by {user}").format(before=enum_text(change.from_status), user=who)
                       if change.from_status is not None else self.tr("by {user}").format(user=who))
            rows.append((_local(change.at), self.tr("Status: {status}").format(status=enum_text(change.to_status)),
                         details, None))
        for plan in detail.schedules:
            if plan.superseded:
                state, colour = self.tr("rescheduled"), None
            elif plan.session_id:
                state, colour = self.tr("held"), None
            else:
                state = self.tr("overdue: record the session") if plan.scheduled_at.date() < today else self.tr(
                    "scheduled")
                colour = LATE if plan.scheduled_at.date() < today else PENDING
            rows.append((_local(plan.scheduled_at), self.tr("Mediation scheduled"),
                         self.tr("{place}; mediators: {names}; contact: {contact} ({state})").format(
                             place=plan.place, names=plan.mediators, contact=plan.contact_person, state=state),
                         colour))
        if detail.extension_consent:
            for line in detail.extension_consent.splitlines():
                rows.append((f"{line[:10]} 23:57", self.tr("Deadline extended"), line[11:], None))
        if detail.judicial is not None:
            jc = detail.judicial
            rows.append((f"{jc.applied_on.isoformat()} 23:59", self.tr("Judicial confirmation applied"), jc.court,
                         None))
            if jc.result and jc.decided_on is not None:
                rows.append((f"{jc.decided_on.isoformat()} 23:59", self.tr("Court's decision"),
                             f"{_label_of(JcResult, jc.result)} {jc.court_case_no}".strip(), None))
        for s in detail.sessions:
            text = s.content if len(s.content) <= 80 else s.content[:80] + "…"
            extra = "；".join(x for x in (s.place, s.participants and self.tr("present: {names}").format(
                names=s.participants)) if x)
            prefix = f"{_label_of(SessionOutcome, s.outcome)}：" if s.kind == SessionKind.MEDIATION.value else ""
            rows.append((_local(s.held_at), _label_of(SessionKind, s.kind),
                         prefix + text + (f"（{extra}）" if extra else ""), None))
        a = detail.agreement
        if a is not None:
            amount = self.tr("amount {yuan} yuan").format(yuan=yuan_text(a.amount_fen)) if a.amount_fen else ""
            rows.append((f"{a.effective_on.isoformat()} 23:58", self.tr("Agreement ({kind})").format(
                kind=_label_of(AgreementKind, a.kind)), a.terms + (f"（{amount}）" if amount else ""), None))
            if a.jc_deadline is not None:
                if detail.jc_requested or detail.judicial is not None:
                    text, colour = self.tr("applied"), None
                elif today > a.jc_deadline:
                    text, colour = self.tr("window closed"), LATE
                else:
                    days = (a.jc_deadline - today).days
                    text, colour = self.tr("{days} days left to apply jointly").format(days=days), PENDING
                rows.append((f"{a.jc_deadline.isoformat()} 23:59", self.tr("Judicial confirmation deadline"),
                             text, colour))
            if a.performance:
                rows.append((f"{a.effective_on.isoformat()} 23:59", self.tr("Performance"),
                             _label_of(Performance, a.performance), None))
        for f in detail.follow_ups:
            if f.done_on is not None:
                rows.append((f"{f.done_on.isoformat()} 12:00", self.tr("Follow-up visit"),
                             "；".join(x for x in (f.visitor, f.method, _label_of(Performance, f.performance)
                                                  if f.performance else "", _label_of(Satisfaction, f.satisfaction)
                                                  if f.satisfaction else "", f.findings) if x), None))
            else:
                late = f.due_on < today
                rows.append((f"{f.due_on.isoformat()} 12:00", self.tr("Follow-up due"),
                             self.tr("overdue") if late else self.tr("scheduled"), LATE if late else PENDING))
        if detail.decline_reason:
            rows.append(self._closing(detail, self.tr("Declined"), detail.decline_reason))
        if detail.referral:
            rows.append(self._closing(detail, self.tr("Referred"), detail.referral))
        if detail.withdraw_reason and not detail.referral:
            reached = {c.to_status for c in history} | {detail.status}
            what = self.tr("Mediation ended") if DisputeStatus.NOT_SETTLED in reached else self.tr("Withdrawn")
            prefix = f"{_label_of(EndKind, detail.end_kind)}：" if detail.end_kind else ""
            rows.append(self._closing(detail, what, prefix + detail.withdraw_reason))
        rows.sort(key=lambda r: r[0])
        self.clear()
        for when, what, text, colour in rows:
            item = QTreeWidgetItem([when.removesuffix(" 00:00").removesuffix(" 12:00").removesuffix(" 23:58")
                                    .removesuffix(" 23:57").removesuffix(" 23:59"), what, text])
            item.setToolTip(2, text)
            if colour is not None:
                for column in range(3):
                    item.setForeground(column, QBrush(QColor(colour)))
            self.addTopLevelItem(item)
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(1)
        self.setColumnWidth(1, min(self.columnWidth(1) + 8, 200))
        self.header().setStretchLastSection(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _closing(self, detail: DisputeDetail, what: str, text: str) -> tuple[str, str, str, str | None]:
        day = detail.closed_on or detail.data.received_on
        return (f"{day.isoformat()} 23:59", what, text, None)
