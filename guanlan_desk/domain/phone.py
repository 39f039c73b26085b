"""Phone numbers: mainland mobiles (permissive 1[3-9]x), landlines with area code, Hong Kong and Macau."""

from __future__ import annotations

import re

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.text import fold

_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
_HK_MO = re.compile(r"^(?:\+|00)(852|853)([0-9]{8})$")
_LOCAL = re.compile(r"^[0-9]{7,8}$")


def _invalid(field: str) -> ValidationError:
    return ValidationError(field, QT_TRANSLATE_NOOP(
        "errors", "Not a valid phone number: use an 11-digit mobile, a landline with area code (0755-12345678), "
        "or +852/+853 and 8 digits."))


def normalize_phone(value: str, *, field: str = "phone") -> str:
    """``13800138000``, ``0755-12345678`` (an extension written 转123 / ext 123 is kept as ``-123``), or
    E.164 ``+85291234567``."""
    raw = re.sub(r"[\s()（）]", "", fold(value))
    extension = ""
    ext_match = re.search(r"(?:转|ext\.?|x)([0-9]{1,6})$", raw, flags=re.IGNORECASE)
    if ext_match:
        extension = ext_match.group(1)
        raw = raw[: ext_match.start()]
    compact = raw.replace("-", "")
    hk = _HK_MO.match(compact)
    if hk:
        return f"+{hk.group(1)}{hk.group(2)}"
    for prefix in ("+86", "0086"):
        if compact.startswith(prefix):
            compact = compact[len(prefix):]
            if not _MOBILE.match(compact):  # +86 10 … is Beijing's landline, not a broken mobile
                compact = "0" + compact.lstrip("0")
    if compact.startswith("86") and len(compact) == 13:
        compact = compact[2:]
    if _MOBILE.match(compact):
        return compact
    if not compact.startswith("0"):
        raise _invalid(field)
    area_len = 3 if compact.startswith(("01", "02")) else 4
    area, rest = compact[:area_len], compact[area_len:]
    if not _LOCAL.match(rest) or not area[1:].isdigit() or area == "0000":
        raise _invalid(field)
    return f"{area}-{rest}" + (f"-{extension}" if extension else "")


def is_mobile(value: str) -> bool:
    """Whether ``value`` is a mainland mobile number."""
    try:
        return bool(_MOBILE.match(normalize_phone(value)))
    except ValidationError:
        return False
