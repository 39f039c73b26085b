"""Masking for lists and screens: 4403**********1234, 138****8000, 张*."""

from __future__ import annotations


def mask_id(value: str) -> str:
    """Keep the first 4 and last 4 characters (short values: only the last 2)."""
    if len(value) <= 8:
        return "*" * max(0, len(value) - 2) + value[-2:]
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def mask_phone(value: str) -> str:
    """Mobiles 138****8000; landlines 0755-****5678; E.164 keeps the country code and last 4."""
    if value.startswith("+"):
        return value[:4] + "*" * max(0, len(value) - 8) + value[-4:]
    if "-" in value:
        area, _, rest = value.partition("-")
        number = rest.split("-")[0]
        return f"{area}-{'*' * max(0, len(number) - 4)}{number[-4:]}"
    if len(value) == 11:
        return value[:3] + "****" + value[-4:]
    return "*" * max(0, len(value) - 4) + value[-4:]


def mask_address(value: str) -> str:
    """The first 6 characters, then ****."""
    return value[:6] + "****" if len(value) > 6 else value[:2] + "****"


def mask_name(value: str) -> str:
    """The first character, the rest starred (张三 → 张*, 欧阳娜娜 → 欧***)."""
    return value[:1] + "*" * max(1, len(value) - 1) if value else ""
