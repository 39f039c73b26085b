"""Input that cannot hurt later: lengths that fit the forms, plausible dates, clean names, full-width identifiers."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date, datetime, timezone

import pytest

from guanlan_desk.domain import text
from guanlan_desk.domain.enums import IdType, PartyKind, ServiceKind
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.services import lcp, notices, parties
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.lcp import LcpInput
from guanlan_desk.services.parties import PartyInput

ZHANG = "11010519491231002X"
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def test_the_same_person_typed_with_a_full_width_id_number_is_one_party(admin: Ctx) -> None:
    first = parties.find_or_create(admin, PartyInput(PartyKind.PERSON, "张三", id_type=IdType.RESIDENT_ID,
                                                     id_number=ZHANG))
    second = parties.find_or_create(admin, PartyInput(PartyKind.PERSON, "张三", id_type=IdType.RESIDENT_ID,
                                                      id_number=ZHANG.translate(FULL_WIDTH)))
    assert second.id == first.id and not second.created
    assert parties.count_parties(admin) == 1
    assert parties.get_party(admin, first.id, unmask=True, reason="test").data.id_number == ZHANG
    found = parties.list_parties(admin, ZHANG.translate(FULL_WIDTH)).rows
    assert [r.id for r in found] == [first.id]


def test_a_full_width_credit_code_is_stored_as_ascii_and_found(admin: Ctx) -> None:
    code = "91110000101623741K"
    ref = parties.find_or_create(admin, PartyInput(PartyKind.LEGAL_PERSON, "某某公司",
                                                   uscc=code.translate(str.maketrans("0123456789K", "０１２３４５６７８９Ｋ"))))
    assert parties.get_party(admin, ref.id).data.uscc == code
    assert [r.id for r in parties.list_parties(admin, "９１１１００００１０１６２３７４１Ｋ").rows] == [ref.id]


@pytest.mark.parametrize("name", ["\u200b\u200b", "\u202e三张", "张\x00三", "张\n三", "\u3164"])
def test_names_with_control_bidi_or_only_invisible_characters_are_refused(admin: Ctx, name: str) -> None:
    with pytest.raises(ValidationError) as info:
        parties.find_or_create(admin, PartyInput(PartyKind.PERSON, name))
    assert info.value.field == "name"


def test_a_full_width_name_is_stored_in_nfkc_but_chinese_brackets_stay(admin: Ctx) -> None:
    ref = parties.find_or_create(admin, PartyInput(PartyKind.LEGAL_PERSON, "深圳市ＡＢＣ电子有限公司（龙华分公司）"))
    assert parties.get_party(admin, ref.id).data.name == "深圳市ABC电子有限公司（龙华分公司）"


def test_a_ten_megabyte_note_or_a_long_name_is_refused_with_the_limit(admin: Ctx) -> None:
    with pytest.raises(ValidationError) as info:
        parties.find_or_create(admin, PartyInput(PartyKind.PERSON, "张三", notes="纠" * 10_000_000))
    assert info.value.field == "notes" and "2000" in info.value.render()
    with pytest.raises(ValidationError, match="100"):
        parties.find_or_create(admin, PartyInput(PartyKind.PERSON, "张" * 101))
    assert parties.count_parties(admin) == 0


def test_legal_clarity_profile_trainings_and_services_are_limited(admin: Ctx) -> None:
    with pytest.raises(ValidationError):
        lcp.create_lcp(admin, LcpInput(name="李四", bio="好" * 201))
    person = lcp.create_lcp(admin, LcpInput(name="李四"))
    with pytest.raises(ValidationError) as info:
        lcp.add_service(admin, person, served_on=date(2026, 1, 5), kind=ServiceKind.PUBLICITY, note="x" * 2001)
    assert info.value.field == "note"
    with pytest.raises(ValidationError) as info:
        lcp.add_training(admin, person, held_on=date(1850, 1, 1), topic="民法典", hours=2,
                         mode=lcp.TrainingMode.OFFLINE)
    assert info.value.field == "held_on"


def test_a_notice_for_the_year_9999_is_refused(admin: Ctx) -> None:
    with pytest.raises(ValidationError) as info:
        notices.issue_notice(admin, "00000000-0000-0000-0000-000000000000", notices.NoticeInput(
            party_id="x", scheduled_at=datetime(9999, 12, 31, 9, tzinfo=timezone.utc), place="调解室"))
    assert info.value.field == "scheduled_at"


def _input_records() -> list[type]:
    import guanlan_desk.services as services_pkg
    import importlib
    import pkgutil
    found = []
    for module_info in pkgutil.walk_packages(services_pkg.__path__, "guanlan_desk.services."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__name__.endswith(("Input", "Edit")) \
                    and value.__module__ == module.__name__:
                found.append(value)
    return found


def test_every_text_field_of_every_input_record_has_its_limit_in_the_one_table() -> None:
    records = _input_records()
    assert len(records) >= 11
    missing = []
    for record in records:
        hints = typing.get_type_hints(record)
        for item in dataclasses.fields(record):
            if hints[item.name] is str and item.name not in text.LIMITS:
                missing.append(f"{record.__name__}.{item.name}")
    assert missing == []


# Typed identifiers are stored in their short normalised form; these records override the name limit.
_NORMALISED_LATER = {"phone", "id_number", "uscc", "contact_phone", "responsible_phone", "adviser_phone"}
_OVERRIDDEN = {("legal_clarity_person", "name"), ("dispute_mediator", "name"), ("attachment", "note"),
               ("mediator", "name"), ("legal_adviser", "name")}


def test_every_limit_fits_the_column_that_stores_it() -> None:
    from sqlalchemy import String

    from guanlan_desk.store import models  # noqa: F401
    from guanlan_desk.store.base import Base
    too_long = [f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables for c in t.c
                if isinstance(c.type, String) and c.type.length and c.name in text.LIMITS
                and c.name not in _NORMALISED_LATER and (t.name, c.name) not in _OVERRIDDEN
                and text.LIMITS[c.name].chars > c.type.length]
    assert too_long == []
