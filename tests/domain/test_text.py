"""One place for typed text: NFKC names, ASCII digits, no control or bidi characters, lengths that fit the forms."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guanlan_desk.domain import text
from guanlan_desk.domain.errors import ValidationError

TODAY = date(2026, 3, 4)


@given(st.text(max_size=300), st.sampled_from(["name", "summary", "place", "notes", "reason"]))
def test_cleaned_text_is_safe_idempotent_and_within_its_limit(value: str, field: str) -> None:
    try:
        cleaned = text.clean_text(field, value)
    except ValidationError as exc:
        assert exc.field == field and exc.render()
        return
    limit = text.limit_of(field)
    assert len(cleaned) <= limit.chars
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in cleaned)
    assert not any(ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for ch in cleaned)
    assert limit.multiline or "\n" not in cleaned
    assert text.clean_text(field, cleaned) == cleaned


@pytest.mark.parametrize("value,expected", [
    ("张三", "张三"), ("  李 四 ", "李 四"), ("ＡＢＣ公司（龙华分公司）", "ABC公司（龙华分公司）"),
    ("王\u3000五", "王 五"), ("买买提·艾力", "买买提·艾力"),
])
def test_names_are_folded_but_chinese_brackets_stay(value: str, expected: str) -> None:
    assert text.clean_text("name", value) == expected


def test_prose_keeps_chinese_punctuation_and_numbering_but_digits_become_ascii() -> None:
    typed = "一、被申请人于２０２６年３月１日前支付①工资；②补偿……"
    assert text.clean_text("terms", typed) == "一、被申请人于2026年3月1日前支付①工资；②补偿……"


@pytest.mark.parametrize("value", ["张\x00三", "\u202e三张", "\u200b\u200c", "张\n三"])
def test_names_refuse_nul_bidi_invisible_and_line_breaks(value: str) -> None:
    with pytest.raises(ValidationError):
        text.clean_text("name", value)


def test_dates_must_be_plausible() -> None:
    text.check_date("held_at", datetime(2036, 3, 4, tzinfo=timezone.utc), today=TODAY)
    for bad in (date(1899, 12, 31), date(2036, 3, 5), date(9999, 12, 31)):
        with pytest.raises(ValidationError) as info:
            text.check_date("deadline", bad, today=TODAY)
        assert "2036-03-04" in info.value.render()


@dataclass(frozen=True)
class _Inner:
    name: str


@dataclass(frozen=True)
class _Outer:
    summary: str
    when: date
    people: tuple[_Inner, ...] = ()


def test_a_whole_record_is_cleaned_nested_records_included() -> None:
    record = _Outer("  经过：２人争执 ", TODAY, (_Inner(" 张三 "),))
    assert text.clean_record(record, today=TODAY) == _Outer("经过：2人争执", TODAY, (_Inner("张三"),))
    with pytest.raises(ValidationError):
        text.clean_record(_Outer("x", date(9999, 12, 31)), today=TODAY)


@given(st.text(max_size=100))
def test_a_search_query_never_carries_control_characters(value: str) -> None:
    q = text.search_query(value)
    assert "\x00" not in q and not any(unicodedata.category(ch) == "Cc" for ch in q) and len(q) <= 200
