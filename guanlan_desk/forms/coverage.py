"""Glyph coverage of a document's data, checked before printing (rare name characters, 生僻字).

A name must never print wrong or blank: a character the body face lacks prints in a fallback face (a
:class:`Problem` with ``face`` set, for the UI to mention); one that no face has stops printing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass

from guanlan_desk.forms.errors import UnprintableCharacter
from guanlan_desk.forms.fonts import Face, face_for, font_set, missing_chars


@dataclass(frozen=True, slots=True)
class Problem:
    """A character of ``field`` that the body face lacks; ``face`` prints it instead (``None``: no face has it)."""

    field: str
    value: str
    char: str
    face: Face | None

    @property
    def blocking(self) -> bool:
        """True when no print face has the character."""
        return self.face is None

    @property
    def codepoint(self) -> str:
        """``U+2000B``."""
        return f"U+{ord(self.char):04X}"


def _strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    """Every string inside ``value`` with its field path (``case.parties[1].name``)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, tuple | list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}[{i}]")
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _strings(getattr(value, f.name), f"{path}.{f.name}" if path else f.name)


def check_coverage(doc_data: object) -> list[Problem]:
    """Every character of the data that the body face lacks, with the face that will print it."""
    body = font_set().body
    problems: list[Problem] = []
    for path, text in _strings(doc_data, ""):
        for char in sorted(missing_chars(text, body)):
            problems.append(Problem(path, text, char, face_for(char, body)))
    return problems


def ensure_printable(doc_data: object) -> None:
    """Raise :class:`UnprintableCharacter` for the first character that no print face has."""
    for problem in check_coverage(doc_data):
        if problem.blocking:
            raise UnprintableCharacter(char=problem.char, field=problem.field, value=problem.value)


@contextmanager
def located(doc_data: object) -> Iterator[None]:
    """Re-raise an :class:`UnprintableCharacter` of the layout with the field of ``doc_data`` that holds it."""
    try:
        yield
    except UnprintableCharacter as exc:
        for problem in check_coverage(doc_data):
            if problem.blocking and problem.char == exc.char:
                raise UnprintableCharacter(char=exc.char, field=problem.field, value=problem.value) from None
        raise


def _surely_printable(char: str) -> bool:
    """Characters every bundled body face has (ASCII, the basic CJK block, CJK and full-width punctuation)."""
    code = ord(char)
    return code < 0x80 or 0x4E00 <= code <= 0x9FFF or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF \
        or char == "·"


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` that no print face has (a name typed in now would block its documents).

    Cheap for ordinary text: the fonts are only consulted when a rarer character is present.
    """
    if all(_surely_printable(c) for c in text):
        return []
    body = font_set().body
    return [c for c in dict.fromkeys(text) if c in missing_chars(c, body) and face_for(c, body) is None]
