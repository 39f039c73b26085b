"""Identifiers as people type them: full-width digits, spaces, unknown provinces, permits, +86 landlines."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guanlan_desk.domain import documents, idcard, phone, uscc
from guanlan_desk.domain.enums import IdType
from guanlan_desk.domain.errors import ValidationError

TODAY = date(2026, 3, 4)


def _full_width(text: str) -> str:
    """Digits and capital letters as a Chinese input method in full-width mode types them."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _valid_id(area: str, born: date, seq: int) -> str:
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + idcard.check_char(body)


ids = st.builds(_valid_id, st.sampled_from(["440309", "110105", "430521", "650102", "810000", "820000"]),
                st.dates(date(1900, 1, 1), TODAY), st.integers(0, 999))


@given(ids, st.sampled_from(["", " ", "\u3000"]))
def test_a_full_width_id_number_is_the_same_number(number: str, gap: str) -> None:
    typed = gap.join([_full_width(number[:6]), _full_width(number[6:14]), _full_width(number[14:].lower())])
    id_type = IdType.HMT_RESIDENCE_PERMIT if number.startswith(documents.HMT_PREFIXES) else IdType.RESIDENT_ID
    assert documents.normalize_id_document(id_type, typed, today=TODAY) == number
    assert documents.blind_index_form(id_type, documents.normalize_id_document(id_type, typed, today=TODAY)) \
        == documents.blind_index_form(id_type, number)


@given(st.text(max_size=40), st.sampled_from(list(IdType)))
def test_any_typed_text_is_accepted_or_refused_with_a_message(text: str, id_type: IdType) -> None:
    try:
        result = documents.normalize_id_document(id_type, text, today=TODAY)
    except ValidationError as exc:
        assert exc.render()
    else:
        assert result == result.strip() and result.isprintable()
        assert result.isascii() or id_type == IdType.OTHER  # 其他 documents may carry Chinese (军官证 南字第…号)


@given(st.text(max_size=30))
def test_any_typed_credit_code_is_accepted_or_refused_never_a_crash(text: str) -> None:
    try:
        code = uscc.validate_uscc(text)
    except ValidationError:
        return
    assert code.isascii() and len(code) == 18


def test_a_full_width_credit_code_is_read_as_ascii() -> None:
    assert uscc.validate_uscc(_full_width("91110000101623741k")) == "91110000101623741K"
    # Only digits full-width in positions 3–8 used to pass the pattern and crash the check-character lookup.
    mixed = "91" + _full_width("110000") + "101623741K"
    assert uscc.validate_uscc(mixed) == "91110000101623741K"


@pytest.mark.parametrize("first", ["B", "C", "D", "0", "X"])
def test_credit_code_registering_department_is_1_to_9_a_n_y(first: str) -> None:
    body = first + "1110000101623741"
    with pytest.raises(ValidationError, match="registering department"):
        uscc.validate_uscc(body + uscc.uscc_check_char(body))


@pytest.mark.parametrize("first", ["A", "N", "Y", "5"])
def test_credit_code_departments_that_exist(first: str) -> None:
    body = first + "1110000101623741"
    assert uscc.validate_uscc(body + uscc.uscc_check_char(body)) == body + uscc.uscc_check_char(body)


@pytest.mark.parametrize("area", ["000000", "160000", "240000", "470000", "550000", "660000", "990000"])
def test_id_numbers_from_provinces_that_do_not_exist_are_refused(area: str) -> None:
    with pytest.raises(ValidationError):
        documents.normalize_id_document(IdType.RESIDENT_ID, _valid_id(area, date(1980, 5, 6), 11), today=TODAY)


def test_every_gb_t_2260_province_is_accepted() -> None:
    for province in idcard.PROVINCES:
        number = _valid_id(province + "0000", date(1980, 5, 6), 11)
        assert idcard.validate_resident_id(number, today=TODAY) == number


@pytest.mark.parametrize("prefix", ["810000", "820000", "830000"])
def test_residence_permits_only_as_18_characters(prefix: str) -> None:
    fifteen = prefix + "900101001"
    for id_type in (IdType.HMT_RESIDENCE_PERMIT, IdType.RESIDENT_ID):
        with pytest.raises(ValidationError, match="18"):
            documents.normalize_id_document(id_type, fifteen, today=TODAY)
    good = _valid_id(prefix, date(1990, 1, 1), 1)
    assert documents.normalize_id_document(IdType.HMT_RESIDENCE_PERMIT, good, today=TODAY) == good


def test_a_prefix_that_does_not_fit_the_document_type_is_warned_about() -> None:
    permit = _valid_id("810000", date(1990, 1, 1), 1)
    assert documents.prefix_warning(IdType.RESIDENT_ID, permit)
    assert documents.prefix_warning(IdType.HMT_RESIDENCE_PERMIT, permit) is None
    resident = _valid_id("440309", date(1990, 1, 1), 1)
    assert documents.prefix_warning(IdType.RESIDENT_ID, resident) is None
    assert documents.prefix_warning(IdType.PASSPORT, resident)
    assert documents.prefix_warning(IdType.PASSPORT, "E12345678") is None
    foreign = _valid_id("933100", date(1990, 1, 1), 1)
    with pytest.raises(ValidationError, match="foreign permanent"):
        documents.normalize_id_document(IdType.RESIDENT_ID, foreign, today=TODAY)
    assert documents.normalize_id_document(IdType.FOREIGN_PERMANENT, foreign, today=TODAY) == foreign


@pytest.mark.parametrize("raw,expected", [
    ("+86 10 8765 4321", "010-87654321"), ("0086 10 87654321", "010-87654321"), ("+86 21 6123 4567", "021-61234567"),
    ("+86 755 2800 1234", "0755-28001234"), ("+86 138 0013 8000", "13800138000"),
    ("１３８００１３８０００", "13800138000"), ("０７５５－２８００１２３４", "0755-28001234"),
])
def test_plus_86_landlines_and_full_width_phones(raw: str, expected: str) -> None:
    assert phone.normalize_phone(raw) == expected


@given(st.text(max_size=30))
def test_any_typed_phone_is_accepted_or_refused_never_a_crash(text: str) -> None:
    try:
        value = phone.normalize_phone(text)
    except ValidationError:
        return
    assert value.isascii()
