"""The running app's state that views share: the open database, who is logged in, and change signals.

There is no global: the main window creates one :class:`AppSession` and hands it to every view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

if TYPE_CHECKING:  # the login window imports this module before the database layer is loaded
    from guanlan_desk.services.context import Actor, Ctx, Database
    from guanlan_desk.services.dto import Changes
    from guanlan_desk.ui.reference_cache import Reference

ORGANISATION = "Guanlan"
APPLICATION = "guanlan_desk"


class AppSession(QObject):
    """The database, the current user's :class:`Ctx`, and the signals views listen to."""

    changes_applied = Signal(object, object)  # (Changes, initiator or None): refresh what you show
    record_requested = Signal(str, str)  # (kind: dispute | risk | lcp | party, record id): open it
    user_changed = Signal()  # someone else logged in (or the same user after unlocking)
    preferences_changed = Signal()  # the settings page changed a UI preference (idle lock, font size …)

    def __init__(self, db: Database, actor: Actor, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db = db
        self._actor = actor
        self.settings = settings or QSettings(ORGANISATION, APPLICATION)
        self._reference: Reference | None = None
        self._reference_generation = 0

    @property
    def ctx(self) -> Ctx:
        """The service context of the logged-in user."""
        from guanlan_desk.services.context import Ctx

        return Ctx(self.db, self._actor)

    @property
    def actor(self) -> Actor:
        """The logged-in user."""
        return self._actor

    @property
    def reference(self) -> Reference:
        """The reference lists the pickers need at once (read at login off the GUI thread: :meth:`preload`)."""
        if self._reference is None:  # not preloaded (a widget built on its own, as in tests): read now
            from guanlan_desk.ui.reference_cache import read_reference

            self._reference = read_reference(self.ctx)
        return self._reference

    def preload(self) -> None:
        """Read the reference lists on a worker thread; returns once they are in (the GUI thread keeps running).

        A fault is raised here (the lists are read again when first needed)."""
        from PySide6.QtCore import QEventLoop

        from guanlan_desk.ui.ops import Op
        from guanlan_desk.ui.reference_cache import Reference, read_reference

        ctx, loop = self.ctx, QEventLoop()
        failure: list[BaseException] = []

        def arrived(value: Reference) -> None:
            self._reference = value

        op: Op[Reference] = Op(None, lambda: read_reference(ctx))
        op.success(arrived).failure(failure.append)
        op.finished.connect(loop.quit)
        op.run()
        loop.exec()
        if failure:
            raise failure[0]

    def _refresh_reference(self) -> None:
        from guanlan_desk.ui.ops import Op
        from guanlan_desk.ui.reference_cache import Reference, read_reference

        self._reference_generation += 1
        generation, ctx = self._reference_generation, self.ctx

        def arrived(value: Reference) -> None:
            if generation == self._reference_generation:
                self._reference = value

        op: Op[Reference] = Op(None, lambda: read_reference(ctx))
        op.success(arrived).run()

    def switch_user(self, actor: Actor) -> None:
        """Make ``actor`` the current user and tell every view."""
        self._actor = actor
        if self._reference is not None:  # the new user's lists (the roster and the ledger depend on the role)
            self._reference = None
            self._reference_generation += 1
            from guanlan_desk.domain.errors import UserFacingError

            try:
                self.preload()
            except UserFacingError:  # a known fault: read again, and reported, where a widget first needs them
                self._reference = None
        self.user_changed.emit()

    def apply(self, changes: Changes, initiator: object | None = None) -> None:
        """Announce what a write changed (views refresh only that)."""
        if changes.reference and self._reference is not None:
            self._refresh_reference()
        self.changes_applied.emit(changes, initiator)

    def open_record(self, kind: str, record_id: str) -> None:
        """Ask the main window to show a record."""
        self.record_requested.emit(kind, record_id)
