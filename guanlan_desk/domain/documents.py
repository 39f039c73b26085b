"""Validation per identity document type (居民身份证, 居住证, 通行证, 永居证, 护照 …)."""

from __future__ import annotations

import re
from datetime import date

from guanlan_desk.domain import idcard
from guanlan_desk.domain.enums import IdType
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.text import compact_identifier

_HOME_RETURN = (re.compile(r"^[HM]\d{8}(\d{2})?$"), re.compile(r"^(HA|MA)\d{7}$"))
_TAIWAN = re.compile(r"^\d{8,10}$")
_FOREIGN_2017 = re.compile(r"^[A-Z]{3}\d{12}$")
_PASSPORT = re.compile(r"^[A-Z0-9]{1,20}$")
HMT_PREFIXES = idcard.PERMIT_PREFIXES
_DIGITS18 = re.compile(r"^[0-9]{17}[0-9X]$")


def _bad(field: str) -> ValidationError:
    return ValidationError(field, QT_TRANSLATE_NOOP(
        "errors", "This number does not match the format of the chosen document type."))


def normalize_id_document(id_type: IdType, value: str, *, today: date | None = None, field: str = "id_number") -> str:
    """The normalised number for ``id_type``; raises :class:`ValidationError` naming ``field``."""
    text = compact_identifier(value)
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Please enter the document number."))
    if id_type == IdType.RESIDENT_ID:
        if _DIGITS18.match(text) and text.startswith("9"):
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "errors", "A number starting with 9 is a foreign permanent residence card: please choose that "
                "document type."))
        return idcard.validate_resident_id(text, today=today, field=field)
    if id_type == IdType.HMT_RESIDENCE_PERMIT:
        return idcard.validate_resident_id(text, today=today, prefixes=HMT_PREFIXES, field=field)
    if id_type == IdType.HOME_RETURN_PERMIT:
        if any(p.match(text) for p in _HOME_RETURN):
            return text
        raise _bad(field)
    if id_type == IdType.TAIWAN_PERMIT:
        if _TAIWAN.match(text):
            return text
        raise _bad(field)
    if id_type == IdType.FOREIGN_PERMANENT:
        if _FOREIGN_2017.match(text):
            return text
        if len(text) == 18 and text.startswith("9"):
            return idcard.validate_resident_id(text, today=today, prefixes=("9",), field=field)
        raise _bad(field)
    if id_type == IdType.PASSPORT:
        if _PASSPORT.match(text):
            return text
        raise _bad(field)
    if 1 <= len(text) <= 32 and text.isprintable():
        return text
    raise _bad(field)


def prefix_warning(id_type: IdType, number: str) -> str | None:
    """A message (translation context ``errors``) when a valid ``number`` looks like another document type."""
    text = compact_identifier(number)
    if id_type == IdType.RESIDENT_ID and text.startswith(HMT_PREFIXES):
        return QT_TRANSLATE_NOOP("errors", "This number starts like a residence permit for Hong Kong, Macao or "
                                           "Taiwan residents: is the document type right?")
    if id_type in (IdType.PASSPORT, IdType.OTHER, IdType.TAIWAN_PERMIT) and _DIGITS18.match(text) \
            and idcard.check_char(text[:17]) == text[17]:
        return QT_TRANSLATE_NOOP("errors", "This number looks like a resident ID or residence permit number: is "
                                           "the document type right?")
    return None


def blind_index_form(id_type: IdType, value: str) -> str:
    """The canonical string behind the blind index (type and normalised number)."""
    return f"{id_type.value}:{value}"
