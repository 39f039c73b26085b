"""The editor's heading: case number and title, a coloured status badge, and the deadlines that matter now."""

from __future__ import annotations

from datetime import date, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from guanlan_desk.domain.localtime import LOCAL_TZ
from guanlan_desk.domain.enums import DisputeStatus, label
from guanlan_desk.services.disputes import DisputeDetail
from guanlan_desk.ui.enum_text import enum_text

STATUS_COLOURS = {DisputeStatus.REGISTERED: "#5d6d7e", DisputeStatus.ACCEPTED: "#2874a6",
                  DisputeStatus.MEDIATING: "#b9770e", DisputeStatus.SETTLED: "#1e8449",
                  DisputeStatus.ARCHIVED: "#7f8c8d"}
MEDIATION_OPEN = (DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING)
SHENZHEN = LOCAL_TZ  # the app's one local zone (domain/localtime.py)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it is narrower than its text (the full text is its tooltip)."""

    def shown_text(self) -> str:
        """The text as drawn at the current width."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the elided text."""
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), self.shown_text(), self.foregroundRole())


class DisputeHeading(QWidget):
    """Shows which dispute is open, its status and its running deadlines; buttons go on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ElidedLabel(self)
        self.title.setObjectName("dispute_heading")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.badge = QLabel(self)
        self.badge.setObjectName("dispute_status")
        self.note = QLabel(self)
        self.note.setObjectName("dispute_deadline")
        self.note.setWordWrap(True)
        self.buttons = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.badge)
        top.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.note)

    def show_state(self, detail: DisputeDetail | None, dirty: bool, today: date) -> None:
        """Heading for ``detail`` (``None``: a new dispute); a star marks unsaved edits."""
        if detail is None:
            text = self.tr("New dispute")
            self.badge.hide()
            self.note.hide()
        else:
            text = f"{detail.case_no}  {detail.data.title}"
            colour = STATUS_COLOURS.get(detail.status, "#5d6d7e")
            self.badge.setText(enum_text(detail.status))
            self.badge.setStyleSheet(f"color: white; background: {colour}; border-radius: 4px; padding: 2px 8px;")
            self.badge.show()
            notes = self.deadline_notes(detail, today)
            self.note.setText("  ".join(notes))
            self.note.setVisible(bool(notes))
        self.title.setToolTip(text)
        self.title.setText(text + (" *" if dirty else ""))

    def deadline_notes(self, detail: DisputeDetail, today: date) -> list[str]:
        """The judicial-confirmation window and the mediation time limit, while they run."""
        notes = []
        a = detail.agreement
        if a is not None and a.jc_deadline is not None and not detail.jc_requested and today <= a.jc_deadline:
            notes.append(self.tr("Judicial confirmation: the parties may apply jointly until {day} "
                                 "({days} days left).").format(day=a.jc_deadline.isoformat(),
                                                                days=(a.jc_deadline - today).days))
        if detail.mediation_due is not None and detail.status in MEDIATION_OPEN:
            if detail.mediation_due < today:
                notes.append(self.tr("Mediation was due by {day}: overdue.").format(
                    day=detail.mediation_due.isoformat()))
            else:
                notes.append(self.tr("Mediation due by {day}.").format(day=detail.mediation_due.isoformat()))
            if detail.extended_due is not None:
                notes.append(self.tr("(extended with the parties' consent)"))
            elif detail.data.court_deadline is not None:
                notes.append(self.tr("(the entrusting court's deadline)"))
        planned = detail.pending_schedule
        if planned is not None and detail.status in MEDIATION_OPEN:
            notes.append(self.tr("Mediation scheduled for {when} at {place}.").format(
                when=planned.scheduled_at.astimezone(SHENZHEN).strftime("%Y-%m-%d %H:%M"), place=planned.place))
        return notes
