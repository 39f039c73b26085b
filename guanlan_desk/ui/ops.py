"""Run service calls off the GUI thread and hand the result (or the error) back on it.

Anki's ``CollectionOp`` pattern: ``Op(parent, work).success(on_done).run()``. The work runs on a pool
thread and must never touch a widget; callbacks run on the GUI thread. Long work takes a ``progress``
callback ``(done, total) -> keep_going`` (the services' convention) and shows a progress dialog with a
Cancel button; the service undoes its partial work when told to stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from guanlan_desk.ui.errors import show_error

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
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # every failure goes back to the GUI thread, bugs included
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_RUNNING: set[_OpBase[Any]] = set()  # ops keep themselves alive until they finish


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
        QThreadPool.globalInstance().start(_Job(lambda: self._invoke(self._report), self._relay))
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
            if self._on_success is not None:
                self._on_success(result)
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


class LongOp(_OpBase[T]):
    """Long work with a progress dialog and Cancel; ``work(progress)`` reports ``(done, total) -> keep going``."""

    def __init__(self, parent: QWidget | None, label: str, work: Callable[[Progress], T]) -> None:
        super().__init__(parent, label)
        self._work = work

    def _invoke(self, progress: Progress) -> T:
        return self._work(progress)
