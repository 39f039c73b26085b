"""Run service calls off the GUI thread and hand the result (or the error) back on it.

Anki's ``CollectionOp`` pattern: ``Op(parent, work).success(on_done).run()``. The work runs on a pool
thread and must never touch a widget; callbacks run on the GUI thread. Long work takes a ``progress``
callback ``(done, total) -> keep_going`` (the services' convention) and shows a progress dialog with a
Cancel button; the service undoes its partial work when told to stop.

Reads run side by side on the global pool. Writes (:class:`WriteOp`, a :class:`LongOp` given the session)
run one at a time, in the order they were started, on the single writer thread; the unit of work records
what each write touched (:mod:`guanlan_desk.services.changes`) and the op announces exactly that through
``session.apply`` just before its own success callback runs: no view builds a change notice by hand.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from guanlan_desk.ui.errors import show_error

if TYPE_CHECKING:
    from guanlan_desk.services.dto import Changes
    from guanlan_desk.ui.session import AppSession

T = TypeVar("T")
Progress = Callable[[int, int], bool]


class _Relay(QObject):
    """Carries the worker's outcome to the GUI thread (queued: it lives on the GUI thread)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work: Callable[[], Any] | None = work
        self._relay = relay

    def run(self) -> None:
        # The work holds the op: this thread lets go of it before the GUI thread hears back (and may drop the
        # op), so a parentless op is never freed here, off the thread it lives on.
        work, self._work = self._work, None
        assert work is not None  # a job runs once
        try:
            result = work()
        except BaseException as exc:  # every failure goes back to the GUI thread, bugs included
            del work
            self._relay.failed.emit(exc)
        else:
            del work
            self._relay.succeeded.emit(result)


_RUNNING: set[_OpBase[Any]] = set()  # ops keep themselves alive until they finish


_writer_pool: QThreadPool | None = None


def busy() -> bool:
    """Whether a background call has not come back yet (tests wait for this to turn False)."""
    return bool(_RUNNING)


def writer_pool() -> QThreadPool:
    """The single writer thread: writes run one at a time, first started first."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setMaxThreadCount(1)
        _writer_pool.setExpiryTimeout(-1)  # the writer thread stays for the life of the app
    return _writer_pool


class _OpBase(QObject, Generic[T]):
    """One background call with GUI-thread callbacks; errors go to :func:`show_error` by default."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, label: str | None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._label = label
        self._dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._relay = _Relay()

    def _invoke(self, progress: Progress) -> T:
        raise NotImplementedError

    def _pool(self) -> QThreadPool:
        return QThreadPool.globalInstance()

    def _succeeded(self, result: Any) -> None:
        if self._on_success is not None:
            self._on_success(result)

    def success(self, callback: Callable[[T], None]) -> _OpBase[T]:
        """Call ``callback(result)`` on the GUI thread when the work succeeds."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> _OpBase[T]:
        """Call ``callback(exc)`` instead of showing the error."""
        self._on_failure = callback
        return self

    @property
    def cancelled(self) -> bool:
        """Whether the user pressed Cancel."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    def run(self) -> _OpBase[T]:
        """Start the work on the global thread pool."""
        self._relay.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        if self._label is not None:
            dialog = QProgressDialog(self._label, QCoreApplication.translate("ops", "Cancel"), 0, 0, self._parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(self.cancel)
            self._dialog = dialog
        _RUNNING.add(self)
        # a parent closed before the answer came back takes the op with it: it will not call back
        self.destroyed.connect(lambda: _RUNNING.discard(self))
        self._pool().start(_Job(lambda: self._invoke(self._report), self._relay))
        return self

    def _report(self, done: int, total: int) -> bool:
        self._relay.progressed.emit(done, total)
        return not self._cancel.is_set()

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if self._dialog is not None and not self._cancel.is_set():
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total))

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

    @Slot(object)
    def _on_succeeded(self, result: T) -> None:
        self._close_dialog()
        try:
            self._succeeded(result)
        finally:
            _RUNNING.discard(self)
            self.finished.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._close_dialog()
        try:
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                show_error(self._parent, exc)
        finally:
            _RUNNING.discard(self)
            self.finished.emit()


class Op(_OpBase[T]):
    """A short service call: ``Op(parent, lambda: disputes.get_dispute(ctx, id)).success(show).run()``."""

    def __init__(self, parent: QWidget | None, work: Callable[[], T]) -> None:
        super().__init__(parent, None)
        self._work = work

    def _invoke(self, progress: Progress) -> T:
        return self._work()


class _Writing(_OpBase[T]):
    """Runs on the writer thread, records what the work changed and announces it after the success callback."""

    def __init__(self, parent: QWidget | None, label: str | None, session: AppSession | None,
                 initiator: object | None) -> None:
        super().__init__(parent, label)
        self._session = session
        self._initiator = initiator if initiator is not None else parent
        self.changes: Changes | None = None  # what the write changed, once it is back

    def _pool(self) -> QThreadPool:
        return writer_pool() if self._session is not None else super()._pool()

    def _write(self, work: Callable[[], T]) -> Any:
        if self._session is None:
            return work()
        from guanlan_desk.services import changes

        return changes.run(work)

    def _succeeded(self, result: Any) -> None:
        if self._session is None:
            super()._succeeded(result)
            return
        self.changes = result.changes
        if result.changes:  # first the views (lists refresh), then the caller shows the result
            self._session.apply(result.changes, self._initiator)
        super()._succeeded(result.value)


class WriteOp(_Writing[T]):
    """A write: ``WriteOp(self, session, lambda: risks.update_risk(ctx, …)).success(show).run()``.

    Every view hears what the write changed (``initiator``, the parent by default, is passed along so it can
    skip reloading what it is about to show), then the success callback gets the service's own result.
    """

    def __init__(self, parent: QWidget | None, session: AppSession, work: Callable[[], T], *,
                 initiator: object | None = None) -> None:
        super().__init__(parent, None, session, initiator)
        self._work = work

    def _invoke(self, progress: Progress) -> T:
        return self._write(self._work)  # type: ignore[no-any-return]


class LongOp(_Writing[T]):
    """Long work with a progress dialog and Cancel; ``work(progress)`` reports ``(done, total) -> keep going``.

    Given the ``session`` it is a write: it waits its turn on the writer thread and announces its changes.
    """

    def __init__(self, parent: QWidget | None, label: str, work: Callable[[Progress], T], *,
                 session: AppSession | None = None, initiator: object | None = None) -> None:
        super().__init__(parent, label, session, initiator)
        self._work = work

    def _invoke(self, progress: Progress) -> T:
        return self._write(lambda: self._work(progress))  # type: ignore[no-any-return]


class LatestRead:
    """Reads for one view where the latest request wins: an earlier, slower answer is dropped, never shown.

    ``supersede()`` drops the answers of reads still under way (a save about to show its own result).
    """

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._issued = 0

    def supersede(self) -> None:
        """Forget the reads under way: their answers will not be shown."""
        self._issued += 1

    def run(self, work: Callable[[], T], show: Callable[[T], None], *, then: Callable[[], None] | None = None,
            otherwise: Callable[[], None] | None = None) -> Op[T]:
        """Read with ``work`` off the GUI thread; ``show`` the answer (then ``then()``) if no later read was
        asked for meanwhile; a failure is shown to the user (then ``otherwise()``)."""
        self._issued += 1
        mine = self._issued
        op: Op[T] = Op(self._parent, work)

        def shown(value: T) -> None:
            if mine == self._issued:
                show(value)
                if then is not None:
                    then()

        def failed(exc: BaseException) -> None:
            if mine == self._issued:
                show_error(self._parent, exc)
                if otherwise is not None:
                    otherwise()

        op.success(shown).failure(failed).run()
        return op
