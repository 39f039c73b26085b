"""Known storage faults, shown to the user (not bugs)."""

from __future__ import annotations

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError


class StoreError(UserFacingError):
    """A known fault of the database or its keys."""


class DatabaseLocked(StoreError):
    """Another program holds the database."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database is busy (another window or program is using it). Close it and try again."))


class DiskFull(StoreError):
    """The disk has no room for the write."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The disk is full. Nothing was saved; free some space and try again."))


class ReadOnlyStore(StoreError):
    """The data folder cannot be written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The data folder is read-only. Nothing was saved; check the folder's permissions."))


class DiskError(StoreError):
    """The disk reported a read or write error."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The disk reported a read or write error. Nothing was saved; check the disk and try again."))


class DatabaseCorrupt(StoreError):
    """The integrity check failed."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database failed its integrity check ({detail}). Restore the latest backup."),
            detail=detail)


class SchemaTooNew(StoreError):
    """The database was written by a newer version of the app."""

    def __init__(self, revision: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "This database was created by a newer version of the app (schema {revision}). Please upgrade."),
            revision=revision)


class NotSetUp(StoreError):
    """The data folder holds no workstation yet."""

    def __init__(self, path: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "No workstation is set up in {path}. Run the setup first (or use a demo folder)."), path=path)


class KeyringUnavailable(StoreError):
    """No usable OS keyring backend: the data key cannot be kept safely."""

    def __init__(self, backend: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors",
            "No usable system keyring was found (backend: {backend}). The data key is never stored in plain text. "
            "On Linux start a Secret Service (e.g. install gnome-keyring and log in to a desktop session, or run "
            "'dbus-run-session -- gnome-keyring-daemon --unlock'); on Windows the Credential Manager is used. "
            "To try the app without a keyring, use a demo folder: 'python main.py --demo'."), backend=backend)


class DataKeyMissing(StoreError):
    """The keyring has no data key for this workstation (a new machine, a lost profile)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The data key of this workstation is not in the system keyring. Restore it with the "
            "printed recovery code ('restore-key') or the office's escrow copy."))


class WrongRecoveryCode(StoreError):
    """The recovery code does not decode or does not match this database."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The recovery code is wrong or does not belong to this database. Check every group and try again."))


class StaleRecord(StoreError):
    """The record changed since it was opened."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "Someone else changed this record since you opened it. Reopen it and apply your change again."))
