"""Case numbering per community and year, collision-free across offline workstations.

Each workstation of a community owns a block of serials: workstation ``k`` issues
``(k-1)*block + 1 … k*block``. A community with one workstation therefore numbers 0001, 0002, …
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError, ValidationError


class SerialBlockExhausted(UserFacingError):
    """The workstation has used every serial of its block this year."""


@dataclass(frozen=True, slots=True)
class CaseNumber:
    """A formatted case number and the parts it was made of."""

    text: str
    year: int
    serial: int


def block_range(workstation_number: int, block: int) -> range:
    """The serials workstation ``workstation_number`` (1-based) may issue."""
    if workstation_number < 1:
        raise ValidationError("workstation_number", QT_TRANSLATE_NOOP("errors", "Workstation numbers start at 1."))
    start = (workstation_number - 1) * block + 1
    return range(start, start + block)


def next_serial(last_used: int | None, workstation_number: int, block: int) -> int:
    """The serial after ``last_used`` within the workstation's block (the first one if ``None``)."""
    allowed = block_range(workstation_number, block)
    candidate = allowed.start if last_used is None or last_used < allowed.start else last_used + 1
    if candidate not in allowed:
        raise SerialBlockExhausted(
            QT_TRANSLATE_NOOP("errors", "This workstation has used all {count} case numbers of its block for the year."),
            count=block,
        )
    return candidate


def format_case_number(pattern: str, *, year: int, abbrev: str, serial: int, workstation: str = "") -> CaseNumber:
    """Fill the configured pattern, e.g. ``（{year}）{abbrev}调字第{serial:04d}号``."""
    try:
        text = pattern.format(year=year, abbrev=abbrev, serial=serial, ws=workstation)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(
            "case_number_pattern", QT_TRANSLATE_NOOP("errors", "The case number pattern is invalid: {detail}"),
            detail=str(exc),
        ) from exc
    return CaseNumber(text=text, year=year, serial=serial)


def pattern_regex(pattern: str) -> re.Pattern[str]:
    """A regular expression that parses numbers made with ``pattern`` (groups: year, serial)."""
    out = []
    for literal, field_name, _spec, _conv in string.Formatter().parse(pattern):
        out.append(re.escape(literal))
        if field_name == "year":
            out.append(r"(?P<year>\d{4})")
        elif field_name == "serial":
            out.append(r"(?P<serial>\d+)")
        elif field_name is not None:
            out.append(r".*?")
    return re.compile("^" + "".join(out) + "$")
