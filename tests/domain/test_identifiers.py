"""Identifier validators: GB 11643 ID numbers, GB 32100 credit codes, permits, phones; masking; demo people."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guanlan_desk.domain import documents, idcard, masking, phone, uscc
from guanlan_desk.domain.enums import IdType, Sex
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.domain.names import DemoPeople

TODAY = date(2026, 3, 4)


@pytest.mark.parametrize("number", ["11010519491231002X", "440309198503172413"])
def test_known_good_id_numbers(number: str) -> None:
    assert idcard.validate_resident_id(number, today=TODAY) == number


@pytest.mark.parametrize("number,why", [
    ("110105194912310021", "check"),
    ("11010519490230002X", "date"),  # 30 February
    ("110105209912310029", "date"),  # born in the future
    ("11010518991231002X", "date"),  # before 1900
    ("11010519491231002", "length"),
    ("1101051949123100XX", "length"),
    ("", "length"),
])
def test_known_bad_id_numbers(number: str, why: str) -> None:
    with pytest.raises(ValidationError) as info:
        idcard.validate_resident_id(number, today=TODAY)
    assert info.value.field == "id_number"
    text = info.value.render()
    assert {"check": "check digit", "date": "birth date", "length": "18 characters"}[why] in text


def test_the_textbook_1880_example_has_a_valid_check_character_but_no_living_holder() -> None:
    assert idcard.check_char("44052418800101001") == "4"
    with pytest.raises(ValidationError):
        idcard.validate_resident_id("440524188001010014", today=TODAY)


def test_lowercase_x_spaces_and_legacy_numbers() -> None:
    assert idcard.validate_resident_id(" 110105 19491231 002x ", today=TODAY) == "11010519491231002X"
    assert idcard.upgrade_15("110105491231002") == "11010519491231002X"
    assert idcard.validate_resident_id("110105491231002", today=TODAY) == "11010519491231002X"
    assert idcard.sex_of("11010519491231002X") == Sex.FEMALE
    assert idcard.age_on("11010519491231002X", date(2026, 12, 30)) == 76


bodies = st.builds(
    lambda area, born, seq: f"{area:06d}{born:%Y%m%d}{seq:03d}",
    st.sampled_from(sorted(idcard.PROVINCES)).flatmap(lambda p: st.integers(int(p) * 10000, int(p) * 10000 + 9999)),
    st.dates(date(1900, 1, 1), TODAY), st.integers(0, 999))


@given(bodies)
def test_the_check_character_property(body: str) -> None:
    good = body + idcard.check_char(body)
    assert idcard.validate_resident_id(good, today=TODAY) == good
    for wrong in "0123456789X":
        if wrong != good[-1]:
            with pytest.raises(ValidationError):
                idcard.validate_resident_id(body + wrong, today=TODAY)


@pytest.mark.parametrize("code", ["91110000101623741K", "911101066976941872", "91350100M000100Y43"])
def test_known_good_credit_codes(code: str) -> None:
    assert uscc.validate_uscc(code.lower()) == code


@pytest.mark.parametrize("code", ["91350211M0000XUF46", "91110000101623741", "9111000010162374IK", "ABC"])
def test_known_bad_credit_codes(code: str) -> None:
    with pytest.raises(ValidationError):
        uscc.validate_uscc(code)


def test_the_mod_31_wrap_gives_zero() -> None:
    # Find a body whose weighted sum is divisible by 31: its check character must be '0', not an error.
    rng = random.Random(5)
    for _ in range(10_000):
        body = "91" + "".join(rng.choice("0123456789") for _ in range(6)) + "".join(
            rng.choice(uscc.ALPHABET) for _ in range(9))
        total = sum(uscc.ALPHABET.index(c) * w for c, w in zip(body, uscc.WEIGHTS))
        if total % 31 == 0:
            assert uscc.uscc_check_char(body) == "0"
            assert uscc.validate_uscc(body + "0") == body + "0"
            return
    pytest.fail("no wrapping body found")


@given(st.builds(lambda d, k, area, rest: d + k + area + rest, st.sampled_from(sorted(uscc.DEPARTMENTS)),
                 st.sampled_from(uscc.ALPHABET), st.text(alphabet="0123456789", min_size=6, max_size=6),
                 st.text(alphabet=uscc.ALPHABET, min_size=9, max_size=9)))
def test_credit_code_check_property(body: str) -> None:
    good = body + uscc.uscc_check_char(body)
    assert uscc.validate_uscc(good) == good
    wrong = uscc.ALPHABET[(uscc.ALPHABET.index(good[-1]) + 1) % 31]
    with pytest.raises(ValidationError):
        uscc.validate_uscc(body + wrong)


@pytest.mark.parametrize("raw,expected", [
    ("138 0013 8000", "13800138000"), ("+86 138-0013-8000", "13800138000"), ("008613800138000", "13800138000"),
    ("0755-12345678", "0755-12345678"), ("075512345678", "0755-12345678"), ("010-87654321", "010-87654321"),
    ("0755-2800-1234", "0755-28001234"), ("0755-28001234转806", "0755-28001234-806"), ("+852 9123 4567", "+85291234567"), ("00853 66123456", "+85366123456"),
])
def test_phone_normalisation(raw: str, expected: str) -> None:
    assert phone.normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12345678901", "1380013800", "12345", "0755-123", "+852 1234", "abc"])
def test_bad_phones(raw: str) -> None:
    with pytest.raises(ValidationError):
        phone.normalize_phone(raw)


@pytest.mark.parametrize("id_type,value,ok", [
    (IdType.HMT_RESIDENCE_PERMIT, "810000199001010012", None),
    (IdType.HMT_RESIDENCE_PERMIT, "11010519491231002X", False),
    (IdType.HOME_RETURN_PERMIT, "H12345678", True),
    (IdType.HOME_RETURN_PERMIT, "m1234567800", True),
    (IdType.HOME_RETURN_PERMIT, "HA1234567", True),
    (IdType.HOME_RETURN_PERMIT, "X12345678", False),
    (IdType.TAIWAN_PERMIT, "12345678", True),
    (IdType.TAIWAN_PERMIT, "1234567", False),
    (IdType.FOREIGN_PERMANENT, "USA123456789012", True),
    (IdType.FOREIGN_PERMANENT, "12345", False),
    (IdType.PASSPORT, "e12345678", True),
    (IdType.PASSPORT, "E1234-5678", False),
])
def test_other_documents(id_type: IdType, value: str, ok: bool | None) -> None:
    if ok is None:  # build a valid HK residence permit number
        body = value[:17]
        value = body + idcard.check_char(body)
        ok = True
    if ok:
        assert documents.normalize_id_document(id_type, value, today=TODAY) == value.upper()
    else:
        with pytest.raises(ValidationError):
            documents.normalize_id_document(id_type, value, today=TODAY)


def test_foreign_permanent_2023_cards_use_the_id_algorithm() -> None:
    body = "93310019900101001"
    good = body + idcard.check_char(body)
    assert documents.normalize_id_document(IdType.FOREIGN_PERMANENT, good, today=TODAY) == good


def test_masking() -> None:
    assert masking.mask_id("440309198503172418") == "4403**********2418"
    assert masking.mask_phone("13800138000") == "138****8000"
    assert masking.mask_phone("0755-28001234") == "0755-****1234"
    assert masking.mask_phone("+85291234567") == "+852****4567"
    assert masking.mask_name("欧阳娜娜") == "欧***" and masking.mask_name("张三") == "张*"
    assert masking.mask_address("深圳市龙华区观澜街道观城社区1号") == "深圳市龙华区****"


def test_demo_people_are_valid_and_deterministic() -> None:
    people = DemoPeople(random.Random(42))
    again = DemoPeople(random.Random(42))
    for i in range(1000):
        sex = Sex.MALE if i % 2 else Sex.FEMALE
        born = date(1950, 1, 1) + timedelta(days=i * 17)
        number = people.resident_id(born, sex)
        assert number == again.resident_id(born, sex)
        assert idcard.validate_resident_id(number, today=TODAY) == number
        assert idcard.sex_of(number) == sex and idcard.birth_date_of(number) == born
        mobile = people.mobile()
        assert phone.is_mobile(mobile) and mobile == again.mobile()
    for _ in range(200):
        code = people.uscc()
        assert uscc.validate_uscc(code) == code and code == again.uscc()
    assert people.name(Sex.FEMALE) == again.name(Sex.FEMALE)
