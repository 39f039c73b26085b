"""The periodic export: a timer that writes bundles in the background when due, and the export on exit.

Settings (``AppSession.settings``): the export folder (``Preferences.EXPORT_FOLDER``), ``sync/schedule_minutes`` (0 = off) and
``sync/export_on_exit``. It acts as the logged-in user (audited under them) and runs only while that user may
export. The integrator connects :attr:`SyncScheduler.sync_state_changed` to the status bar and
calls :meth:`SyncScheduler.export_on_exit` when the main window closes.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from guanlan_desk.domain.roles import Permission
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services.context import Ctx
from guanlan_desk.sync import status, ui_api
from guanlan_desk.sync.exporter import ExportResult
from guanlan_desk.sync.status import SyncOverview
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.preferences import Preferences
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.sync.texts import error_message

log = logging.getLogger(__name__)

EXPORT_FOLDER_KEY = Preferences.EXPORT_FOLDER  # the one export folder of settings and the setup wizard
SCHEDULE_KEY = "sync/schedule_minutes"
EXPORT_ON_EXIT_KEY = "sync/export_on_exit"
CHECK_INTERVAL_MS = 60_000


def export_folder(session: AppSession) -> str:
    """The remembered export folder ('' when none was chosen yet)."""
    return str(session.settings.value(EXPORT_FOLDER_KEY, "", type=str) or "")


def schedule_minutes(session: AppSession) -> int:
    """Minutes between scheduled exports (0 = off)."""
    value = session.settings.value(SCHEDULE_KEY, 0)
    try:
        return max(0, int(str(value or 0)))
    except ValueError:
        return 0


def export_on_exit_enabled(session: AppSession) -> bool:
    """Whether pending changes are exported when the app closes."""
    return bool(session.settings.value(EXPORT_ON_EXIT_KEY, False, type=bool))


def acting_ctx(session: AppSession) -> Ctx:
    """Scheduled work acts as the logged-in user: it needs that user's permission and is audited under them."""
    return session.ctx


class SyncScheduler(QObject):
    """Exports in the background every ``sync/schedule_minutes`` when changes wait; reports the sync state."""

    sync_state_changed = Signal(int, object)  # (pending changes, last export datetime or None)
    exported = Signal(object)  # tuple[ExportResult, ...] of a scheduled export
    export_failed = Signal(str)  # the translated reason (a missing USB stick: the export stays pending)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._running: Op[tuple[ExportResult, ...]] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    @property
    def running(self) -> Op[tuple[ExportResult, ...]] | None:
        """The export in progress, if any (tests wait for its ``finished``)."""
        return self._running

    def state(self) -> tuple[SyncOverview, int]:
        """The sync overview and the number of changes not yet written into a bundle (short reads)."""
        ctx = acting_ctx(self._session)
        return status.sync_overview(ctx), ui_api.unexported_changes(ctx)

    def refresh_state(self) -> tuple[SyncOverview, int] | None:
        """Tell the status bar the pending count and last export; None when the state cannot be read."""
        try:
            o, unexported = self.state()
        except UserFacingError as exc:
            log.warning("sync state unavailable: %s", exc)
            return None
        self.sync_state_changed.emit(unexported, o.last_export_at)
        return o, unexported

    def is_due(self, o: SyncOverview, unexported: int) -> bool:
        """Whether a scheduled export should run now."""
        minutes = schedule_minutes(self._session)
        if minutes <= 0 or not export_folder(self._session) or not o.peers:
            return False
        if not self._session.ctx.can(Permission.EXPORT):  # the logged-in user may not export: wait for one who may
            return False
        if unexported == 0 and not o.export_pending:
            return False
        if o.export_pending or o.last_export_at is None:
            return True
        return acting_ctx(self._session).now() - o.last_export_at >= timedelta(minutes=minutes)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._running is not None:
            return
        try:
            got = self.refresh_state()
            due = got is not None and self.is_due(*got)
        except Exception:  # a background tick must never take the app down; the next tick tries again
            log.exception("sync state check failed")
            return
        if not due:
            return
        ctx = acting_ctx(self._session)
        folder = Path(export_folder(self._session))
        op: Op[tuple[ExportResult, ...]] = Op(None, lambda: status.export_now(ctx, folder))
        op.success(self._on_export_succeeded).failure(self._on_export_failed)
        op.finished.connect(self._on_export_finished)
        self._running = op
        op.run()

    def _on_export_succeeded(self, results: tuple[ExportResult, ...]) -> None:
        self.exported.emit(results)

    def _on_export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            self.export_failed.emit(error_message(exc))
        else:
            log.error("scheduled export failed", exc_info=exc)
            self.export_failed.emit(QCoreApplication.translate(
                "errors", "An unexpected error occurred. Your saved records are safe; details are below."))

    @Slot()
    def _on_export_finished(self) -> None:
        self._running = None
        self.refresh_state()

    def export_on_exit(self) -> bool:
        """Called by the main window on close: export pending changes now if the setting asks; True if written."""
        if not export_on_exit_enabled(self._session) or not export_folder(self._session):
            return False
        if not self._session.ctx.can(Permission.EXPORT):
            return False
        self.timer.stop()
        try:
            o, unexported = self.state()
            if not o.peers or (unexported == 0 and not o.export_pending):
                return False
            status.export_now(acting_ctx(self._session), Path(export_folder(self._session)))
        except UserFacingError as exc:
            log.warning("export on exit not written: %s", exc)
            return False
        finally:
            self.refresh_state()
        return True
