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


class DatabaseUnreadable(DatabaseCorrupt):
    """The database file is truncated, overwritten or not a database at all."""

    def __init__(self, detail: str) -> None:
        StoreError.__init__(self, QT_TRANSLATE_NOOP(
            "errors", "The database file is damaged or is not a database ({detail}). Nothing was changed; restore "
            "the latest backup."), detail=detail)


class CannotOpenDatabase(StoreError):
    """SQLite cannot open or create the database's files (a read-only, locked or unreachable folder)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The database cannot be opened: the data folder is read-only, locked by another program or "
            "not reachable. Nothing was changed; check the folder and its permissions."))


class FileProblem(StoreError):
    """A file the app needs could not be read or written (permissions, a removed drive, a lock)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The file {path} could not be read or written ({reason})."), path=path, reason=reason)


class DemoKeyFileDamaged(StoreError):
    """The key file of a demo folder is not what the app wrote."""

    def __init__(self, path: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The demo key file {path} is damaged. The demo data cannot be read; create a new demo "
            "folder."), path=path)


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
    """No usable OS keyring backend (the caller goes on with passwords alone)."""

    def __init__(self, backend: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "This computer's protected key store is not available."), backend=backend)


class DataKeyMissing(StoreError):
    """No key slot for the account and no older copy of the key (a new machine, a lost profile)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "Your password is right, but your account has no key to the records on this computer yet. "
            "An administrator can open the records with the printed recovery code, or set a new password for you "
            "after logging in."))


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


class DataKeyLocked(StoreError):
    """The data key has not been unwrapped yet (nobody has logged in)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The records are locked until someone logs in: their key opens only with a password."))


class DeviceKeyMissing(StoreError):
    """The account's key slot needs this computer's keyring entry, which is not there."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "Your password is right, but on this computer it cannot open the records: the computer's "
            "protected key store does not hold this workstation's device key (another computer, another Windows "
            "account, or the key store is not running). An administrator can restore access with the printed "
            "recovery code, or set a new password for you after logging in."))
