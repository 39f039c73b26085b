"""Print fonts: the bundled free TrueType faces (the same on every workstation) and glyph fallback.

The body face is always the bundled Song: an installed FangSong (``simfang.ttf``, present on some PCs and
not on others) would change line breaks and page counts from one workstation to the next.

reportlab embeds TrueType outlines only and has no per-glyph fallback: a character missing from a face
prints as a box or vanishes (shared/TOOLCHAIN.md, "Chinese text: fonts"). So every string goes through
:func:`markup`, which wraps the characters the paragraph's face lacks in ``<font name=...>`` runs of a
face that has them, and refuses (:class:`UnprintableCharacter`) when no face has them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from guanlan_desk.forms import typesetting
from guanlan_desk.forms.errors import UnprintableCharacter
from guanlan_desk.paths import resource_dir


class Face(StrEnum):
    """The names under which the print faces are registered with reportlab."""

    SONG = "GL-Song"
    HEI = "GL-Hei"
    KAI = "GL-Kai"


@dataclass(frozen=True, slots=True)
class BundledFont:
    """A free TrueType face shipped in ``resources/fonts`` (see its README.md for the licences)."""

    face: Face
    file: str
    subfont: int
    family: str


BUNDLED: tuple[BundledFont, ...] = (
    BundledFont(Face.SONG, "uming.ttc", 0, "AR PL UMing CN"),
    BundledFont(Face.HEI, "wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
    BundledFont(Face.KAI, "LXGWWenKai-Regular.ttf", 0, "LXGW WenKai"),
)

# Characters that are not drawn: variation selectors, zero-width joiners, the BOM, C0 controls.
_IGNORABLE = frozenset(
    [chr(c) for c in range(0x20) if c not in (0x09, 0x0A)]
    + [chr(c) for c in range(0xFE00, 0xFE10)]
    + [chr(c) for c in range(0xE0100, 0xE01F0)]
    + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
)


@dataclass(frozen=True, slots=True)
class FontSet:
    """Which registered face plays which part; ``fallbacks`` is the order tried for a missing glyph."""

    body: Face
    heading: Face
    kai: Face
    fallbacks: tuple[Face, ...]


_lock = threading.Lock()
_fonts: dict[Face, TTFont] = {}
_font_set: FontSet | None = None


def _register(face: Face, path: Path, subfont: int = 0) -> TTFont:
    font = TTFont(str(face), str(path), subfontIndex=subfont)
    pdfmetrics.registerFont(font)
    _fonts[face] = font
    return font


def font_set() -> FontSet:
    """Register the bundled faces once (thread-safe) and say which plays which part."""
    global _font_set
    with _lock:
        if _font_set is None:
            typesetting.apply()
            folder = resource_dir() / "fonts"
            for bundled in BUNDLED:
                _register(bundled.face, folder / bundled.file, bundled.subfont)
            # LXGW WenKai covers CJK Ext-A/B name characters the others lack, so it comes right after Song.
            _font_set = FontSet(body=Face.SONG, heading=Face.HEI, kai=Face.KAI,
                                fallbacks=(Face.SONG, Face.KAI, Face.HEI))
        return _font_set


def reset_fonts() -> None:
    """Forget the registered font set (tests that change the resource folder)."""
    global _font_set
    with _lock:
        _font_set = None


def cmap(face: Face) -> Mapping[int, int]:
    """The face's character-to-glyph map."""
    font_set()
    mapping: Mapping[int, int] = _fonts[face].face.charToGlyph
    return mapping


def _drawn(char: str) -> bool:
    return char not in _IGNORABLE and not char.isspace()


def missing_chars(text: str, face: Face) -> set[str]:
    """The characters of ``text`` that ``face`` has no glyph for (spaces and invisible marks excluded)."""
    glyphs = cmap(face)
    return {c for c in text if _drawn(c) and ord(c) not in glyphs}


def face_for(char: str, preferred: Face) -> Face | None:
    """``preferred`` if it has ``char``, else the first fallback face that has it, else ``None``."""
    fonts = font_set()
    for face in (preferred, *fonts.fallbacks):
        if ord(char) in cmap(face):
            return face
    return None


def markup(text: str, face: Face, *, field: str = "") -> str:
    """Escape ``text`` for a Paragraph in ``face``; runs of characters the face lacks get a fallback face.

    Newlines become ``<br/>``. Raises :class:`UnprintableCharacter` when no face has a character.
    """
    glyphs = cmap(face)
    out: list[str] = []
    run: list[str] = []
    run_face: Face | None = None

    def flush() -> None:
        if run:
            chunk = escape("".join(run))
            out.append(chunk if run_face is None else f'<font name="{run_face}">{chunk}</font>')
            run.clear()

    for char in text:
        if char in _IGNORABLE:
            continue
        if char == "\n":
            flush()
            out.append("<br/>")
            continue
        target: Face | None = None
        if _drawn(char) and ord(char) not in glyphs:
            target = face_for(char, face)
            if target is None:
                raise UnprintableCharacter(char=char, field=field or "?", value=text)
        if target != run_face:
            flush()
            run_face = target
        run.append(char)
    flush()
    return "".join(out)
