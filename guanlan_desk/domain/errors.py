"""The user-facing error base class and the domain's own errors.

Messages are English source strings; the UI translates them (``QT_TRANSLATE_NOOP`` marks them for
``pyside6-lupdate``). Parameters are filled in with ``str.format`` after translation.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, found by lupdate
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


TERMS = "terms"  # the translation context of words that go into messages as parameters


class UserFacingError(Exception):
    """Bad input or a known environment fault: shown to the user, translated, never a crash dialog."""

    context = "errors"

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Any = None) -> str:
        """The message with its parameters filled in, optionally through ``translate(context, text)``.

        Text parameters go through ``translate("terms", value)`` too: words such as the refused action or the
        kind of drive are marked there with ``QT_TRANSLATE_NOOP("terms", ...)``; names, numbers and paths have
        no entry and come back unchanged.
        """
        text = translate(self.context, self.message) if translate else self.message
        params = {k: translate(TERMS, v) if translate and isinstance(v, str) and v else v
                  for k, v in self.params.items()}
        try:
            return str(text.format(**params))
        except (KeyError, IndexError, ValueError):
            return str(text)


class ValidationError(UserFacingError):
    """A field value that fails its rule (``field`` names it for inline messages)."""

    def __init__(self, field: str, message: str, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class IllegalTransition(UserFacingError):
    """A lifecycle step that the record's current state does not allow."""

    def __init__(self, action: str, state: str, state_label: str) -> None:
        self.action = action
        self.state = state
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Cannot {action} a record whose status is {state}."),
            action=action,
            state=state_label,
        )
