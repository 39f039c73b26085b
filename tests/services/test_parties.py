"""Parties: find-or-create by ID number / USCC, masking and audited unmasking, merge, permissions."""

from __future__ import annotations

from datetime import date

import pytest

from guanlan_desk.domain.enums import IdType, PartyKind, Sex
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.services import audit, parties
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import PermissionDenied, RuleViolation
from guanlan_desk.services.parties import PartyInput

ID_ZHANG = "11010519491231002X"


def zhang(**kw: object) -> PartyInput:
    base = dict(kind=PartyKind.PERSON, name="张三", phone="138 0013 8000", id_type=IdType.RESIDENT_ID,
                id_number=ID_ZHANG.lower(), address="深圳市龙华区观澜街道观城社区1号")
    base.update(kw)
    return PartyInput(**base)  # type: ignore[arg-type]


def test_known_id_number_is_never_typed_twice(admin: Ctx) -> None:
    first = parties.find_or_create(admin, zhang())
    second = parties.find_or_create(admin, zhang(name="张三 ", phone="", occupation="厨师"))
    assert first.created and not second.created
    assert second.id == first.id
    detail = parties.get_party(admin, first.id)
    assert detail.data.occupation == "厨师"  # an empty field was filled in
    assert parties.count_parties(admin) == 1


def test_id_number_derives_birth_date_and_sex(admin: Ctx) -> None:
    ref = parties.find_or_create(admin, zhang())
    detail = parties.get_party(admin, ref.id)
    assert detail.data.birth_date == date(1949, 12, 31)
    assert detail.data.sex == Sex.FEMALE


def test_lists_are_masked_and_unmasking_is_audited(admin: Ctx) -> None:
    ref = parties.find_or_create(admin, zhang())
    masked = parties.get_party(admin, ref.id)
    assert masked.data.id_number != ID_ZHANG and masked.data.id_number.endswith("002X")
    assert "*" in masked.data.phone
    assert "unmask" not in audit.actions_for(admin, ref.id)
    clear = parties.get_party(admin, ref.id, unmask=True, reason="司法确认")
    assert clear.data.id_number == ID_ZHANG and clear.data.phone == "13800138000"
    assert audit.actions_for(admin, ref.id)[-1] == "unmask"


def test_viewer_cannot_unmask_or_write(viewer: Ctx, admin: Ctx) -> None:
    ref = parties.find_or_create(admin, zhang())
    with pytest.raises(PermissionDenied):
        parties.get_party(viewer, ref.id, unmask=True)
    with pytest.raises(PermissionDenied):
        parties.find_or_create(viewer, zhang(id_number="", name="李四"))


def test_invalid_id_number_is_refused_with_the_field(admin: Ctx) -> None:
    with pytest.raises(ValidationError) as info:
        parties.find_or_create(admin, zhang(id_number="110105194912310021"))
    assert info.value.field == "id_number"
    assert parties.count_parties(admin) == 0


def test_lookup_by_id_number_and_phone(admin: Ctx) -> None:
    ref = parties.find_or_create(admin, zhang())
    found = parties.lookup_by_id_number(admin, IdType.RESIDENT_ID, ID_ZHANG)
    assert found is not None and found.id == ref.id and found.data.name == "张三"
    assert [r.id for r in parties.lookup_by_phone(admin, "+86 138-0013-8000")] == [ref.id]


def test_organisation_found_by_uscc(admin: Ctx) -> None:
    org = PartyInput(kind=PartyKind.LEGAL_PERSON, name="深圳市某某电子有限公司", uscc="91110000101623741k")
    a = parties.find_or_create(admin, org)
    b = parties.find_or_create(admin, PartyInput(kind=PartyKind.LEGAL_PERSON, name="某某电子", uscc="91110000101623741K"))
    assert a.id == b.id and not b.created


def test_merge_keeps_every_link_and_fills_fields(admin: Ctx) -> None:
    keep = parties.find_or_create(admin, PartyInput(kind=PartyKind.PERSON, name="王五"))
    drop = parties.find_or_create(admin, PartyInput(kind=PartyKind.PERSON, name="王五", phone="13912345678"))
    parties.merge_parties(admin, keep_id=keep.id, drop_id=drop.id)
    detail = parties.get_party(admin, keep.id, unmask=True)
    assert detail.data.phone == "13912345678"
    assert parties.count_parties(admin) == 1
    with pytest.raises(RuleViolation):
        parties.merge_parties(admin, keep_id=keep.id, drop_id=drop.id)


def test_search_by_name_substring_and_initials(admin: Ctx) -> None:
    parties.find_or_create(admin, PartyInput(kind=PartyKind.PERSON, name="欧阳娜娜"))
    parties.find_or_create(admin, PartyInput(kind=PartyKind.PERSON, name="张三"))
    assert [r.name for r in parties.list_parties(admin, "娜").rows] == ["欧阳娜娜"]
    assert [r.name for r in parties.list_parties(admin, "欧阳娜").rows] == ["欧阳娜娜"]
    assert [r.name for r in parties.list_parties(admin, "zs").rows] == ["张三"]


def test_paging_is_stable_when_rows_are_inserted_between_pages(admin: Ctx) -> None:
    names = [f"测试{chr(0x4E00 + i)}" for i in range(0, 40, 2)]
    for name in names:
        parties.find_or_create(admin, PartyInput(kind=PartyKind.PERSON, name=name))
    first = parties.list_parties(admin, limit=7)
    assert first.next_cursor is not None
    # Rows that sort before the cursor and after it arrive between the two pages.
    parties.find_or_create(admin, PartyInput(kind=PartyKind.PERSON, name="测试" + chr(0x4E00 + 1)))
    parties.find_or_create(admin, PartyInput(kind=PartyKind.PERSON, name="测试" + chr(0x4E00 + 39)))
    seen = [r.name for r in first.rows]
    cursor = first.next_cursor
    while cursor is not None:
        page = parties.list_parties(admin, after=cursor, limit=7)
        seen.extend(r.name for r in page.rows)
        cursor = page.next_cursor
    assert len(seen) == len(set(seen))  # nothing repeated
    assert set(names) <= set(seen)  # nothing skipped
    assert "测试" + chr(0x4E00 + 39) in seen and "测试" + chr(0x4E00 + 1) not in seen
    assert seen == sorted(seen)


def test_a_rename_reaches_the_disputes_lists_and_search(admin: Ctx) -> None:
    from dataclasses import replace

    from guanlan_desk.services import disputes
    from guanlan_desk.services.disputes import DisputeFilter
    from tests.services.test_disputes_core import new_case

    ref = new_case(admin, a="张珊")
    party_id = disputes.get_dispute(admin, ref.id).parties[0].party_id
    detail = parties.get_party(admin, party_id)
    parties.update_party(admin, party_id, replace(detail.data, name="张姗姗"), expected_version=detail.version)
    found = disputes.list_disputes(admin, DisputeFilter(query="张姗姗")).rows
    assert [row.id for row in found] == [ref.id]
    assert found[0].party_names.split()[0] == "张姗姗"  # the old name is gone from the stored names
