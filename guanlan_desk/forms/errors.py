"""Errors the forms raise for the user to act on."""

from __future__ import annotations

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError


class UnprintableCharacter(UserFacingError):
    """A character of a field value that no print font has: printing stops so no name prints wrong or blank."""

    def __init__(self, *, char: str, field: str, value: str) -> None:
        self.char = char
        self.field = field
        self.value = value
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The character {char} ({codepoint}) in {field} (\u201c{value}\u201d) is in none of the print "
                "fonts, so the document was not printed: it would print wrong or blank. Check the field; if "
                "the character is right, print the blank form and fill it in by hand.",
            ),
            char=char,
            codepoint=f"U+{ord(char):04X}",
            field=field,
            value=value,
        )


class UnknownDocument(UserFacingError):
    """A document id that the registry does not know."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        super().__init__(QT_TRANSLATE_NOOP("errors", "There is no printed document called {doc_id}."), doc_id=doc_id)
