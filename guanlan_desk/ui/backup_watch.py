"""After login, in the background: the database check, then the day's first backup; the status bar warns
when the last good backup is older than three days, and a failed check offers the newest good backup.

Nothing here holds the window back: both run on the thread pool (:mod:`guanlan_desk.ui.ops`), and saving
goes on meanwhile. An hourly timer makes the next day's backup on a computer that is never switched off.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from guanlan_desk.domain.errors import TERMS
from guanlan_desk.services import backups, health
from guanlan_desk.services.backups import BackupInfo, BackupStatus
from guanlan_desk.services.health import HealthReport
from guanlan_desk.ui.dialogs.restore_wizard import when_text
from guanlan_desk.ui.errors import describe
from guanlan_desk.ui.i18n import translate
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.backup_box import run_restore_wizard
from guanlan_desk.ui.widgets.status_bar import StatusBar

HOURLY_MS = 60 * 60 * 1000


class DamageDialog(QMessageBox):
    """Says what the check found, that saving is stopped, and offers the newest good backup."""

    def __init__(self, report: HealthReport, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, self.tr("The database is damaged"), "",
                         QMessageBox.StandardButton.NoButton, parent)
        self.setObjectName("damage_dialog")
        text = self.tr("The check of the database found damage: {finding}. To keep the damage from spreading, "
                       "saving is stopped; what you saved before is unchanged.").format(finding=translate(TERMS, report.finding))
        newest = report.newest_backup
        if newest is not None:
            text += "\n\n" + self.tr("The newest good backup is from {when}. Restore it into a new folder and "
                                     "work on there.").format(when=when_text(newest.created_at))
            self.restore_button = self.addButton(self.tr("Restore the newest good backup…"),
                                                 QMessageBox.ButtonRole.AcceptRole)
        else:
            text += "\n\n" + self.tr("No good backup was found. Ask the street office for help before entering "
                                     "anything new.")
        self.setText(text)
        self.setDetailedText("\n".join(report.problems))
        self.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)


class BackupWatch(QObject):
    """Runs the check and the daily backup after login and keeps the status bar's backup field current."""

    checked = Signal(object)  # HealthReport
    backup_state = Signal(object)  # BackupStatus

    def __init__(self, session: AppSession, status: StatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.status = status
        self._window = parent
        self.timer = QTimer(self)
        self.timer.setInterval(HOURLY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._stopped = False

    def start(self) -> None:
        """The check first, then the backup if today's is still due; hourly afterwards."""
        ctx = self.session.ctx
        op: Op[HealthReport] = Op(self._window, lambda: health.check(ctx))
        op.success(self._on_checked).failure(self._on_failed)
        op.run()
        self.timer.start()

    def stop(self) -> None:
        """No further checks or backups (the app is closing; running ones finish on their own)."""
        self.timer.stop()
        self._stopped = True

    def _on_checked(self, report: HealthReport) -> None:
        self.checked.emit(report)
        if self._stopped:
            return
        if not report.ok:
            self.status.set_backup_state(self.tr("Saving stopped: the database is damaged"), warn=True)
            dialog = DamageDialog(report, self._window)
            dialog.exec()
            if dialog.clickedButton() is getattr(dialog, "restore_button", object()) and report.newest_backup:
                run_restore_wizard(self.session, self._window, report.newest_backup.path)
            return
        self.back_up_if_due()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not health.writes_stopped(self.session.ctx):
            self.back_up_if_due()

    def back_up_if_due(self) -> None:
        """Make today's backup if it is due; then show the state."""
        ctx = self.session.ctx

        def work() -> tuple[BackupInfo | None, BackupStatus]:
            made = backups.run_if_due(ctx)
            return made, backups.status(ctx)

        op: Op[tuple[BackupInfo | None, BackupStatus]] = Op(self._window, work)
        op.success(lambda value: self.show_state(value[1])).failure(self._on_failed)
        op.run()

    def show_state(self, state: BackupStatus) -> None:
        """Warn in the status bar when the last good backup is older than three days (or missing)."""
        self.backup_state.emit(state)
        if not state.stale:
            self.status.set_backup_state("", warn=False)
        elif state.last_good is None:
            self.status.set_backup_state(self.tr("No good backup yet"), warn=True)
        else:
            days = (self.session.ctx.now() - state.last_good.created_at).days
            self.status.set_backup_state(self.tr("Last good backup {n} days ago").format(n=days), warn=True)

    def _on_failed(self, exc: BaseException) -> None:
        self.status.set_backup_state(self.tr("Backup failed: {reason}").format(reason=describe(exc)), warn=True)
        ctx = self.session.ctx
        op: Op[BackupStatus] = Op(self._window, lambda: backups.status(ctx))
        op.success(lambda state: self._keep_failure_visible(state))
        op.run()

    def _keep_failure_visible(self, state: BackupStatus) -> None:
        self.backup_state.emit(state)
