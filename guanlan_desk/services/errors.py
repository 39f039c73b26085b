"""Errors the services raise for users (permissions, not found, duplicates, login)."""

from __future__ import annotations

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.store.errors import StaleRecord as StaleRecord  # re-exported: the UI never imports the store
from guanlan_desk.store.errors import DataKeyMissing as DataKeyMissing  # re-exported for the login dialog
from guanlan_desk.store.errors import DeviceKeyMissing as DeviceKeyMissing  # re-exported for the login dialog
from guanlan_desk.store.errors import WrongRecoveryCode as WrongRecoveryCode  # re-exported for the login dialog


class PermissionDenied(UserFacingError):
    """The user's role does not allow this."""

    def __init__(self, what: str, role_label: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Your role ({role}) does not allow this: {what}."),
                         what=what, role=role_label)


class NotFound(UserFacingError):
    """The record does not exist (or was deleted)."""

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "No {kind} with id {ident}."), kind=kind, ident=ident)


class LoginFailed(UserFacingError):
    """Unknown user or wrong password: the same message for both."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Wrong user name or password."))


class AccountLocked(UserFacingError):
    """Too many failed logins."""

    def __init__(self, minutes: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "Too many failed logins. The account is locked; try again in {minutes} minutes."),
            minutes=minutes)


class RuleViolation(UserFacingError):
    """A business rule forbids this step (the message says which)."""
