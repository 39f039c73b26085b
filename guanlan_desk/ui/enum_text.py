"""Enumeration labels in the UI's language: the official Chinese label in zh_CN, the English gloss otherwise."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from guanlan_desk.domain.enums import gloss, label


def ui_is_chinese() -> bool:
    """Whether the Chinese catalogue is installed (its translation of this marker is the language code)."""
    return QCoreApplication.translate("language", "en") == "zh_CN"


def enum_text(member: StrEnum) -> str:
    """``member``'s label as the UI shows it: 已受理 in Chinese, "Accepted" in English."""
    return label(member) if ui_is_chinese() else gloss(member)


# English names of the palette's usual level codes (the Chinese names are the locality's configuration).
_LEVEL_GLOSSES = {"red": "Red", "orange": "Orange", "yellow": "Yellow", "blue": "Blue", "green": "Green"}


def level_text(code: str, configured: str) -> str:
    """A risk level's name as the UI shows it: the configured name (橙) in zh_CN, its English name otherwise."""
    if ui_is_chinese() or not configured:
        return configured or code
    return _LEVEL_GLOSSES.get(code, configured)
