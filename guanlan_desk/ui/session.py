"""The running app's state that views share: the open database, who is logged in, and change signals.

There is no global: the main window creates one :class:`AppSession` and hands it to every view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

if TYPE_CHECKING:  # the login window imports this module before the database layer is loaded
    from guanlan_desk.services.context import Actor, Ctx, Database
    from guanlan_desk.services.dto import Changes

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

    @property
    def ctx(self) -> Ctx:
        """The service context of the logged-in user."""
        from guanlan_desk.services.context import Ctx

        return Ctx(self.db, self._actor)

    @property
    def actor(self) -> Actor:
        """The logged-in user."""
        return self._actor

    def switch_user(self, actor: Actor) -> None:
        """Make ``actor`` the current user and tell every view."""
        self._actor = actor
        self.user_changed.emit()

    def apply(self, changes: Changes, initiator: object | None = None) -> None:
        """Announce what a write changed (views refresh only that)."""
        self.changes_applied.emit(changes, initiator)

    def open_record(self, kind: str, record_id: str) -> None:
        """Ask the main window to show a record."""
        self.record_requested.emit(kind, record_id)
