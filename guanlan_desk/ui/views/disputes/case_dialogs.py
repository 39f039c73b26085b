"""Dialogs of the steps around the agreement and the deadline: ending mediation (a refusal or no agreement),
extending the deadline with the parties' consent, and judicial confirmation (the application, the decision)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QWidget

from guanlan_desk.domain.enums import EndKind, JcResult
from guanlan_desk.services.dispute_steps import DEFAULT_COURT, JcDecision
from guanlan_desk.ui.views.disputes.filter_bar import pydate, qdate
from guanlan_desk.ui.views.disputes.step_dialogs import _combo, _date_edit, _StepDialog, _text
from guanlan_desk.ui.widgets.field_error import FieldError


class EndMediationDialog(_StepDialog):
    """调解终止: why (a party refused, Art. 17; no agreement, Art. 26) and the reason the parties are told."""

    def __init__(self, refusal_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("End mediation"), parent)
        self.setObjectName("end_mediation_dialog")
        kinds = [EndKind.REFUSED] if refusal_only else [EndKind.NO_AGREEMENT, EndKind.REFUSED]
        self.kind = _combo(self, list(kinds))
        self.kind.setObjectName("end_kind")
        self.reason = _text(self, "end_reason", self.tr(
            "e.g. the respondent clearly refuses mediation; the parties could not agree on the amount"))
        self.error = FieldError(self.reason, self)
        hint = QLabel(self.tr("No session was held yet: before one, mediation ends only because a party refuses "
                              "it.") if refusal_only else self.tr(
            "The parties are told of the other routes: a lawsuit, arbitration or an administrative authority."), self)
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Why"), self.kind)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow("", self.error)
        self.form.addRow("", hint)

    @classmethod
    def ask(cls, parent: QWidget | None, refusal_only: bool) -> tuple[EndKind, str] | None:
        """(kind, reason), or ``None``."""
        dialog = cls(refusal_only, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def value(self) -> tuple[EndKind, str]:
        """(kind, reason) as entered."""
        return EndKind(self.kind.currentData()), self.reason.toPlainText().strip()

    def check(self) -> bool:
        """A reason is required."""
        if not self.reason.toPlainText().strip():
            self.error.show_message(self.tr("Please give the reason."))
            return False
        return True


@dataclass(frozen=True, slots=True)
class Extension:
    """A new mediation deadline and the record of the parties' consent."""

    until: date
    consent: str
    all_parties_agree: bool


class ExtendDeadlineDialog(_StepDialog):
    """Extend the mediation deadline: only with every party's consent, which is recorded."""

    def __init__(self, today: date, current: date | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Extend the mediation deadline"), parent)
        self.setObjectName("extend_deadline_dialog")
        base = max(current or today, today)
        self._minimum = base + timedelta(days=1)
        self.current = QLabel(current.isoformat() if current else self.tr("none"), self)
        self.until = _date_edit(self, base + timedelta(days=30))
        self.until.setMinimumDate(qdate(self._minimum))
        self.consent = _text(self, "extension_consent", self.tr("Who agreed, how and when (e.g. both parties "
                                                                "agreed in person on 3 March)"))
        self.agreed = QCheckBox(self.tr("Every party agreed to the extension"), self)
        self.agreed.setObjectName("extension_agreed")
        self.error = FieldError(self.consent, self)
        self.form.addRow(self.tr("Current deadline"), self.current)
        self.form.addRow(self.tr("New deadline"), self.until)
        self.form.addRow(self.tr("Consent"), self.consent)
        self.form.addRow("", self.agreed)
        self.form.addRow("", self.error)

    @classmethod
    def ask(cls, parent: QWidget | None, today: date, current: date | None) -> Extension | None:
        """The extension, or ``None``."""
        dialog = cls(today, current, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def value(self) -> Extension:
        """The extension as entered."""
        return Extension(pydate(self.until.date()), self.consent.toPlainText().strip(), self.agreed.isChecked())

    def check(self) -> bool:
        """Consent of every party, recorded."""
        if not self.agreed.isChecked():
            self.error.show_message(self.tr("An extension needs the consent of every party."))
            return False
        if not self.consent.toPlainText().strip():
            self.error.show_message(self.tr("Please record who agreed to the extension, how and when."))
            return False
        return True


class JcRequestDialog(_StepDialog):
    """The parties' joint application for judicial confirmation: to which court, on which day."""

    def __init__(self, today: date, earliest: date, latest: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Judicial confirmation: application"), parent)
        self.setObjectName("jc_request_dialog")
        self.court = QLineEdit(DEFAULT_COURT, self)
        self.court.setObjectName("jc_court")
        self.applied = _date_edit(self, min(today, latest), min(today, latest))
        self.applied.setMinimumDate(qdate(earliest))
        self.error = FieldError(self.court, self)
        hint = QLabel(self.tr("Both parties apply together within 30 days of the agreement taking effect (until "
                              "{day}). Every natural-person party needs an ID number on file.").format(
            day=latest.isoformat()), self)
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Court"), self.court)
        self.form.addRow("", self.error)
        self.form.addRow(self.tr("Applied on"), self.applied)
        self.form.addRow("", hint)

    @classmethod
    def ask(cls, parent: QWidget | None, today: date, earliest: date, latest: date) -> tuple[str, date] | None:
        """(court, applied on), or ``None``."""
        dialog = cls(today, earliest, latest, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def value(self) -> tuple[str, date]:
        """(court, applied on) as entered."""
        return self.court.text().strip(), pydate(self.applied.date())

    def check(self) -> bool:
        """The court is required."""
        if not self.court.text().strip():
            self.error.show_message(self.tr("Please name the court."))
            return False
        return True


class JcResultDialog(_StepDialog):
    """The court's decision: 确认有效 / 驳回 / 撤回, the day and the ruling's number."""

    def __init__(self, today: date, applied_on: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Judicial confirmation: the court's decision"), parent)
        self.setObjectName("jc_result_dialog")
        self.decision = _combo(self, list(JcResult))
        self.decision.setObjectName("jc_result")
        self.decided = _date_edit(self, today, today)
        self.decided.setMinimumDate(qdate(applied_on))
        self.number = QLineEdit(self)
        self.number.setObjectName("jc_number")
        self.number.setPlaceholderText(self.tr("e.g. （2026）粤0309民特123号"))
        self.error = FieldError(self.number, self)
        self.form.addRow(self.tr("Decision"), self.decision)
        self.form.addRow(self.tr("Decided on"), self.decided)
        self.form.addRow(self.tr("Ruling number"), self.number)
        self.form.addRow("", self.error)

    @classmethod
    def ask(cls, parent: QWidget | None, today: date, applied_on: date) -> JcDecision | None:
        """The decision, or ``None``."""
        dialog = cls(today, applied_on, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def value(self) -> JcDecision:
        """The decision as entered."""
        return JcDecision(JcResult(self.decision.currentData()), pydate(self.decided.date()),
                          self.number.text().strip())

    def check(self) -> bool:
        """A confirmation needs the ruling's number."""
        if self.decision.currentData() == JcResult.CONFIRMED and not self.number.text().strip():
            self.error.show_message(self.tr("Please enter the number of the court's ruling (调确字/民特)."))
            return False
        return True

