"""A warning, while a name is typed, that a character of it is in none of the print fonts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guanlan_desk.forms.coverage import unprintable


def unprintable_warning(name: str) -> str:
    """The warning for ``name`` (empty when every character prints)."""
    chars = unprintable(name)
    if not chars:
        return ""
    listed = "、".join(f"\u201c{c}\u201d (U+{ord(c):04X})" for c in chars)
    return QCoreApplication.translate(
        "NameGlyphs", "The character {chars} is in none of the print fonts: documents that print this name "
        "cannot be printed filled in (other documents of the case can). Check the name; if it is right, "
        "those documents are printed blank and the name written in by hand.").format(chars=listed)
