"""Each community's own committee (issue 11): numbering, printed documents and statistics use the committee of
the case's community; the office edits the committees, a community workstation only reads them; the seeded
community list is the sub-district's."""

from __future__ import annotations

import pytest

from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.services import committees, print_data, reference, stats
from guanlan_desk.services.committees import CommunityInput
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import RuleViolation
from guanlan_desk.store.engine import Database
from guanlan_desk.store.models import Community
from tests.conftest import actor
from tests.services.test_disputes_core import new_case


def test_the_seeded_communities_are_guanlans_ten() -> None:
    names = [name for _code, name, _abbrev in reference.GUANLAN_COMMUNITIES]
    assert len(names) == 10 and "广培社区" in names and "茜坑社区" in names
    # 观城, 樟坑径, 新田 and 松元厦 went to 观湖街道 in 2016 (REFERENCE.md §10.12).
    assert not {"观城社区", "樟坑径社区", "新田社区", "松元厦社区"} & set(names)


def test_every_document_prints_the_cases_community_committee(mediator: Ctx) -> None:
    ref = new_case(mediator)
    view = print_data.dispute_for_print(mediator, ref.id, purpose="agreement")
    assert view.committee_name == "观城社区人民调解委员会"  # main: 观澜街道人民调解委员会 for every case
    assert view.committee_seal == "观城社区人民调解委员会"


def test_a_committee_set_by_the_office_numbers_and_prints(mediator: Ctx) -> None:
    with mediator.write() as session:  # as the office's reference data brings it
        row = session.query(Community).filter(Community.code == "GC").one()
        row.committee_name = "观城社区人民调解委员会（试点）"
        row.seal_text = "深圳市龙华区观澜街道观城社区人民调解委员会"
        row.case_number_pattern = "观城人调〔{year}〕{serial:03d}号"
        row.committee_phone = "0755-28000000"
        session.commit()
    ref = new_case(mediator)
    assert ref.case_no == "观城人调〔2026〕001号"
    view = print_data.dispute_for_print(mediator, ref.id, purpose="agreement")
    assert view.committee_name == "观城社区人民调解委员会（试点）"
    assert view.committee_seal == "深圳市龙华区观澜街道观城社区人民调解委员会"
    from guanlan_desk.printing import dispute_forms
    assert dispute_forms.case_info(view).committee_phone == "0755-28000000"


def test_a_community_workstation_cannot_edit_committees(admin: Ctx) -> None:
    assert not committees.can_edit(admin)
    with pytest.raises(RuleViolation):
        committees.save_community(admin, "GC", CommunityInput("观城社区", "观城", committee_name="别的名字"))


def test_the_office_adds_edits_and_retires_communities(office_db: Database) -> None:
    office = Ctx(office_db, actor(__import__("guanlan_desk.domain.enums", fromlist=["Role"]).Role.OFFICE_ADMIN))
    assert committees.can_edit(office)
    made = committees.save_community(office, "xl", CommunityInput(
        "新澜社区", "新澜", seal_text="深圳市龙华区观澜街道新澜社区人民调解委员会",
        case_number_pattern="（{year}）新澜人调字第{serial:03d}号", phone="0755-28001234"))
    assert made.community_code == "XL" and made.name == "新澜社区人民调解委员会"
    assert made.example_case_number(2026) == "（2026）新澜人调字第001号"
    with pytest.raises(ValidationError):
        committees.save_community(office, "XL", CommunityInput("新澜社区", "新澜", case_number_pattern="新澜{serial}"))
    committees.save_community(office, "QK", CommunityInput("茜坑社区", "茜坑", active=False))
    assert "QK" not in {c.code for c in reference.communities(office)}
    assert "QK" in {c.code for c in reference.communities(office, include_retired=True)}


def test_statistics_count_per_committee(mediator: Ctx) -> None:
    new_case(mediator)
    new_case(mediator, "李四", "王五")
    figures = stats.collect(mediator)
    assert figures.by_committee == {"观城社区人民调解委员会": 2}
