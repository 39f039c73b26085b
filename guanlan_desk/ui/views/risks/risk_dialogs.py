"""The risk editor's dialogs: a review-log entry, a new level with its reason, a closing request, a yes/no."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.config import RiskLevel
from guanlan_desk.domain.enums import ReviewKind
from guanlan_desk.ui.widgets.ledger_form import OptionalDateEdit, error_label
from guanlan_desk.ui.widgets.risk_level import LevelCombo
from guanlan_desk.ui.enum_text import enum_text


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """What the review dialog collected."""

    kind: ReviewKind
    reviewed_on: date
    participants: str
    content: str
    new_level: str | None


@dataclass(frozen=True, slots=True)
class CloseRequest:
    """A closing request: its basis, the evidence described, and files to attach."""

    basis: str
    evidence: str
    files: tuple[str, ...]


class ReviewDialog(QDialog):
    """Add an entry to the review log (研判 / 稳控 / 进展 / 回访), optionally with a new level."""

    def __init__(self, parent: QWidget | None, levels: Sequence[RiskLevel], current: str, today: date,
                 *, can_change_level: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to the review log"))
        self._today = today
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in ReviewKind:
            self.kind.addItem(enum_text(kind), kind.value)
        form.addRow(self.tr("Kind"), self.kind)
        self.reviewed_on = OptionalDateEdit(optional=False)
        self.reviewed_on.set_value(today)
        form.addRow(self.tr("Date"), self.reviewed_on)
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("Who took part"))
        form.addRow(self.tr("Participants"), self.participants)
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("Findings and conclusion"))
        form.addRow(self.tr("Content *"), self.content)
        self.level = LevelCombo()
        self.level.set_levels(levels)
        self.level.set_code(current)
        self.level.setEnabled(can_change_level)
        form.addRow(self.tr("Level after review"), self.level)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self._current = current
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 360)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.content.toPlainText().strip():
            self.error.setText(self.tr("Please write down the review's conclusion."))
        elif (self.reviewed_on.value() or self._today) > self._today:
            self.error.setText(self.tr("The review date is in the future."))
        else:
            self.accept()
            return
        self.error.setVisible(True)

    def entry(self) -> ReviewEntry:
        """What was entered."""
        level = self.level.code()
        return ReviewEntry(ReviewKind(self.kind.currentData()), self.reviewed_on.value() or self._today,
                           self.participants.text().strip(), self.content.toPlainText().strip(),
                           level if level != self._current else None)

    @classmethod
    def ask(cls, parent: QWidget | None, levels: Sequence[RiskLevel], current: str, today: date,
            *, can_change_level: bool) -> ReviewEntry | None:
        """The entry, or ``None`` when cancelled."""
        dialog = cls(parent, levels, current, today, can_change_level=can_change_level)
        return dialog.entry() if dialog.exec() == QDialog.DialogCode.Accepted else None


class LevelDialog(QDialog):
    """Regrade an item: the new level and the reason (both go into the review log)."""

    def __init__(self, parent: QWidget | None, levels: Sequence[RiskLevel], current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the level"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.level = LevelCombo()
        self.level.set_levels(levels)
        self.level.set_code(current)
        form.addRow(self.tr("New level"), self.level)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("Reason *"), self.reason)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self._current = current
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 260)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.level.code() == self._current:
            self.error.setText(self.tr("Choose a level different from the current one."))
        elif not self.reason.toPlainText().strip():
            self.error.setText(self.tr("Please give the reason for the new level."))
        else:
            self.accept()
            return
        self.error.setVisible(True)

    @classmethod
    def ask(cls, parent: QWidget | None, levels: Sequence[RiskLevel], current: str) -> tuple[str, str] | None:
        """(new level code, reason), or ``None`` when cancelled."""
        dialog = cls(parent, levels, current)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.level.code() or current, dialog.reason.toPlainText().strip()


class CloseRequestDialog(QDialog):
    """申请销号: the basis, the evidence, and scans or photos to attach as evidence."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request closing"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.basis = QPlainTextEdit()
        self.basis.setTabChangesFocus(True)
        self.basis.setPlaceholderText(self.tr("Why the hazard is resolved"))
        form.addRow(self.tr("Basis *"), self.basis)
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("Agreement number, undertaking, site photos …"))
        form.addRow(self.tr("Evidence *"), self.evidence)
        files_row = QHBoxLayout()
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        files_row.addWidget(self.files, 1)
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self._on_add_clicked)
        files_row.addWidget(add)
        form.addRow(self.tr("Attachments"), files_row)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 340)

    @Slot()
    def _on_add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"), "",
                                                self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        for path in paths:
            self.files.addItem(path)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.basis.toPlainText().strip() or not self.evidence.text().strip():
            self.error.setText(self.tr("Closing needs its basis and its evidence."))
            self.error.setVisible(True)
            return
        self.accept()

    def request(self) -> CloseRequest:
        """What was entered."""
        return CloseRequest(self.basis.toPlainText().strip(), self.evidence.text().strip(),
                            tuple(self.files.item(i).text() for i in range(self.files.count())))

    @classmethod
    def ask(cls, parent: QWidget | None) -> CloseRequest | None:
        """The request, or ``None`` when cancelled."""
        dialog = cls(parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


class Confirm(QObject):
    """A yes/no question before a decisive step."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """True when the user confirms."""
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
