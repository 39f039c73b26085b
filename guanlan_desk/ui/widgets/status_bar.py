"""The main window's status bar: workstation, community, user, and the sync state (filled by sync)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from guanlan_desk.domain.localtime import to_local
from guanlan_desk.services.context import Actor
from guanlan_desk.services.workstation import WorkstationSummary
from guanlan_desk.ui.enum_text import enum_text


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class StatusBar(QStatusBar):
    """Permanent fields: a backup warning, workstation and role, community, user and role, pending changes, last export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workstation_label = QLabel()
        self.workstation_label.setObjectName("status_workstation")
        self.community_label = QLabel()
        self.community_label.setObjectName("status_community")
        self.user_label = QLabel()
        self.user_label.setObjectName("status_user")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("status_sync")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("status_backup")
        self.backup_label.hide()
        for widget in (self.backup_label, self.workstation_label, _separator(), self.community_label, _separator(),
                       self.user_label, _separator(), self.sync_label):
            self.addPermanentWidget(widget)
        self.set_sync_state(None, None)

    def set_backup_state(self, text: str, *, warn: bool) -> None:
        """A backup or database warning (hidden when there is nothing to say)."""
        self.backup_label.setText(text)
        self.backup_label.setStyleSheet("color: white; background: #b00020; padding: 1px 6px;" if warn else "")
        self.backup_label.setVisible(bool(text))

    def set_workstation(self, summary: WorkstationSummary) -> None:
        """Show which workstation this is."""
        text = self.tr("{name} ({role})").format(name=summary.name, role=summary.role_label)
        if summary.demo:
            text = self.tr("{workstation} — DEMO DATA").format(workstation=text)
        self.workstation_label.setText(text)
        self.community_label.setText(summary.community_name)

    def set_user(self, actor: Actor) -> None:
        """Show who is logged in."""
        self.user_label.setText(self.tr("{name} ({role})").format(name=actor.display_name, role=enum_text(actor.role)))

    def set_sync_state(self, pending: int | None, last_export: datetime | None) -> None:
        """Show the number of changes waiting for export and when the last export was (``None``: unknown)."""
        pending_text = (self.tr("Pending export: unknown") if pending is None
                        else self.tr("Pending export: {n}").format(n=pending))
        if last_export is None:
            export_text = self.tr("Last export: none yet") if pending is not None else self.tr("Last export: unknown")
        else:
            when = to_local(last_export)
            export_text = self.tr("Last export: {when}").format(when=when.strftime("%Y-%m-%d %H:%M"))
        self.sync_label.setText(f"{pending_text} / {export_text}")
