"""The sync page's header: who this workstation is, its fingerprint, what is pending, and what is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from guanlan_desk.sync.status import SyncOverview
from guanlan_desk.sync.ui_api import Gap
from guanlan_desk.ui.views.sync.texts import fingerprint_lines, gap_advice, role_label, when

_WARNING_STYLE = ("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; border-radius: 4px;"
                  " padding: 6px 10px; }")
_ERROR_STYLE = ("QLabel { background: #fde7e9; color: #7a1020; border: 1px solid #e8a0a8; border-radius: 4px;"
                " padding: 6px 10px; }")


class OverviewPanel(QFrame):
    """Role, key fingerprint (grouped for reading aloud), pending changes, last export and import, receipts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.fingerprint = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.2)
        mono.setBold(True)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setToolTip(self.tr("Compare this fingerprint with the one shown at the other workstation "
                                            "(read it out by phone) when enrolling."))
        self.pending = QLabel()
        self.unconfirmed = QLabel()
        self.unconfirmed.setEnabled(False)
        self.last_export = QLabel()
        self.received = QLabel()
        self.received_caption = QLabel(self.tr("Received by the street office up to:"))
        self.last_import = QLabel()
        self.conflicts = QLabel()
        self.export_warning = QLabel()
        self.export_warning.setWordWrap(True)
        self.export_warning.setStyleSheet(_WARNING_STYLE)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setStyleSheet(_WARNING_STYLE)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        for label in (self.export_warning, self.gaps, self.message):
            label.hide()

        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        facts.addWidget(QLabel(self.tr("Changes waiting to be exported:")), 0, 0)
        pending = QHBoxLayout()
        pending.setSpacing(self.fontMetrics().horizontalAdvance("MM"))
        pending.addWidget(self.pending)
        pending.addWidget(self.unconfirmed)
        pending.addStretch(1)
        facts.addLayout(pending, 0, 1)
        facts.addWidget(QLabel(self.tr("Last export:")), 0, 2)
        facts.addWidget(self.last_export, 0, 3)
        facts.addWidget(QLabel(self.tr("Open conflicts:")), 1, 0)
        facts.addWidget(self.conflicts, 1, 1)
        facts.addWidget(QLabel(self.tr("Last import:")), 1, 2)
        facts.addWidget(self.last_import, 1, 3)
        facts.addWidget(self.received_caption, 2, 0)
        facts.addWidget(self.received, 2, 1)
        facts.setColumnStretch(4, 1)

        key = QVBoxLayout()
        key.addWidget(QLabel(self.tr("Key fingerprint of this workstation:")))
        key.addWidget(self.fingerprint)
        key.addStretch(1)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addLayout(facts)
        top.addLayout(left, 3)
        top.addSpacing(16)
        top.addLayout(key, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.export_warning)
        layout.addWidget(self.gaps)
        layout.addWidget(self.message)

    def show_overview(self, overview: SyncOverview, unexported: int, workstation_name: str, gaps: tuple[Gap, ...],
                      export_folder: str) -> None:
        """Fill in the facts; warnings appear only when something needs attention."""
        self.title.setText(self.tr("{name} — {role}").format(name=workstation_name, role=role_label(overview.role)))
        self.fingerprint.setText(fingerprint_lines(overview.fingerprint))
        self.pending.setText(str(unexported))
        unconfirmed = max(0, overview.pending_changes - unexported)
        self.unconfirmed.setText(self.tr("{n} exported, awaiting the receipt").format(n=unconfirmed)
                                 if unconfirmed else "")
        self.last_export.setText(when(overview.last_export_at))
        community = overview.role == "community"
        self.received_caption.setVisible(community)
        self.received.setVisible(community)
        self.received.setText(when(overview.received_up_to) if overview.received_up_to
                              else self.tr("nothing confirmed yet"))
        self.last_import.setText(when(overview.last_import_at))
        self.conflicts.setText(str(overview.open_conflicts))
        bold = QFont(self.font())
        bold.setBold(overview.open_conflicts > 0)
        self.conflicts.setFont(bold)
        if overview.export_pending:
            self.export_warning.setText(self.tr(
                "Export pending: the export folder {folder} is not available (is the USB stick plugged in?). "
                "The changes stay waiting and nothing is lost; plug it in and press Export now.").format(
                    folder=export_folder or self.tr("(not chosen)")))
        self.export_warning.setVisible(bool(overview.export_pending))
        if gaps:
            self.gaps.setText(self.tr("Bundles missing — later bundles wait until these are imported: {gaps}").format(
                gaps="\n".join(gap_advice(g) for g in gaps)))
        self.gaps.setVisible(bool(gaps))

    def show_message(self, text: str) -> None:
        """Show a problem found while refreshing (or hide it with an empty text)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
