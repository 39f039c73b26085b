"""GB 32100-2015 unified social credit codes (统一社会信用代码), with the mod-31 wrap done right."""

from __future__ import annotations

import re

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.text import compact_identifier

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_RE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")
# 登记管理部门 codes (position 1): 1–9 the registering departments, A 中央军委改革和编制办公室, N 农业, Y 其他.
DEPARTMENTS = frozenset("123456789ANY")


def uscc_check_char(first17: str) -> str:
    """C18 = (31 − Σ mod 31) mod 31 — a sum divisible by 31 gives '0', not an index error."""
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def validate_uscc(value: str, *, field: str = "uscc") -> str:
    """The normalised 18-character code; raises :class:`ValidationError`."""
    code = compact_identifier(value)
    if not _RE.match(code):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "A unified social credit code has 18 characters (digits and capital letters, no I, O, S, V, Z)."))
    if code[0] not in DEPARTMENTS:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "A unified social credit code starts with 1–9, A, N or Y (the registering department), "
            "not {char}."), char=code[0])
    if uscc_check_char(code[:17]) != code[17]:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "The unified social credit code's check character does not match: please check it."))
    return code


def is_sole_trader(code: str) -> bool:
    """Codes starting 92 belong to 个体工商户."""
    return code.startswith("92")
