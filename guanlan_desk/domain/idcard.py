"""GB 11643-1999 citizen identity numbers: check character (ISO 7064 MOD 11-2), birth date, legacy upgrade."""

from __future__ import annotations

import re
from datetime import date

from guanlan_desk.domain.enums import Sex
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.localtime import local_today
from guanlan_desk.domain.text import compact_identifier

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
_RE18 = re.compile(r"^[0-9]{17}[0-9X]$")
_RE15 = re.compile(r"^[0-9]{15}$")
EARLIEST = date(1900, 1, 1)
# GB/T 2260 province-level codes (the first two digits of the address code); 71 台湾, 81 香港, 82 澳门.
PROVINCES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    "71", "81", "82"})
# 港澳台居民居住证 address codes: the permits exist only since 2018, so only as 18 characters.
PERMIT_PREFIXES = ("810000", "820000", "830000")


def check_char(first17: str) -> str:
    """The 18th character for a 17-digit body."""
    if len(first17) != 17 or not first17.isdigit():
        raise ValueError("need 17 digits")
    return CHECK_CHARS[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def upgrade_15(value: str) -> str:
    """A legacy 15-digit number as 18 digits ("19" inserted after the area code, check character added)."""
    body = value[:6] + "19" + value[6:]
    return body + check_char(body)


def _clean(value: str) -> str:
    return compact_identifier(value)


def validate_resident_id(value: str, *, today: date | None = None, prefixes: tuple[str, ...] | None = None,
                         field: str = "id_number") -> str:
    """The normalised 18-character number; raises :class:`ValidationError` with a clear message."""
    number = _clean(value)
    if _RE15.match(number):
        if number.startswith(PERMIT_PREFIXES) or (prefixes is not None and number.startswith(prefixes)):
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "errors", "A residence permit number for Hong Kong, Macao or Taiwan residents always has 18 "
                "characters."))
        number = upgrade_15(number)
    if not _RE18.match(number):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "An ID number has 18 characters: 17 digits and a digit or X at the end."))
    if prefixes is not None and not number.startswith(prefixes):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "This number does not belong to the chosen document type."))
    if prefixes is None and number[:2] not in PROVINCES and not number.startswith(PERMIT_PREFIXES):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "The number starts with {code}, which is no province code: please check the first two "
            "digits."), code=number[:2])
    try:
        born = birth_date_of(number)
    except ValueError:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "The birth date inside the ID number ({digits}) is not a real date."),
            digits=number[6:14]) from None
    if born < EARLIEST or born > (today or local_today()):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "The birth date inside the ID number ({digits}) is impossible."), digits=number[6:14])
    if check_char(number[:17]) != number[17]:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "The ID number's check digit does not match: please check every digit."))
    return number


def birth_date_of(id18: str) -> date:
    """The birth date encoded in an 18-character number."""
    return date(int(id18[6:10]), int(id18[10:12]), int(id18[12:14]))


def sex_of(id18: str) -> Sex:
    """Odd sequence digit = male, even = female."""
    return Sex.MALE if int(id18[16]) % 2 else Sex.FEMALE


def age_on(id18: str, on: date) -> int:
    """Age in whole years on ``on``."""
    born = birth_date_of(id18)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
