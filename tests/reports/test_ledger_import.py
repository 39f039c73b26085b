"""Applying a ledger: all rows or none, parties never duplicated, numbers kept and reserved, twice is once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from guanlan_desk.domain.enums import AuditAction, DisputeRole, DisputeStatus, DisputeType, PartyKind, Source
from guanlan_desk.reports.ledger_in import pipeline
from guanlan_desk.reports.ledger_in.fields import ColumnMapping, LedgerKind
from guanlan_desk.reports.ledger_in.reading import read_ledger
from guanlan_desk.reports.ledger_in.report import write_report
from guanlan_desk.reports.ledger_in.rows import RowStatus
from guanlan_desk.services import disputes, ledger_import, lcp, parties, risks
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes import DisputeInput, DisputePartyInput
from guanlan_desk.services.errors import PermissionDenied
from guanlan_desk.services.parties import PartyInput
from guanlan_desk.store.errors import DiskFull
from guanlan_desk.store.models import AuditEvent, Dispute, DisputeParty, LedgerImportRow, Party
from tests.reports.ledger_sheets import ROWS, write_xlsx
from tests.sync.helpers import db_digest


def _import(ctx: Ctx, path: Path, kind: LedgerKind = LedgerKind.DISPUTES) -> ledger_import.ImportResult:
    ledger = pipeline.open_ledger(path)
    mapping = pipeline.first_mapping(ctx, ledger, kind)
    return pipeline.apply(ctx, ledger, mapping, pipeline.check(ctx, ledger, mapping))


def _count(ctx: Ctx, model: type) -> int:
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0)


def test_accepted_rows_become_records_with_their_state_and_history(admin: Ctx, tmp_path: Path) -> None:
    result = _import(admin, write_xlsx(tmp_path / "观城台账.xlsx"))
    assert result.created == 2 and result.case_numbers_kept == 1
    rows = {r.case_no: r for r in disputes.list_disputes(admin).rows}
    kept = rows["（2023）观城调字第0007号"]
    assert kept.status is DisputeStatus.SETTLED
    detail = disputes.get_dispute(admin, kept.id)
    assert detail.data.received_on == date(2023, 5, 6)
    assert detail.data.dispute_type is DisputeType.NEIGHBOUR
    assert detail.data.amount_fen == 300_000
    assert [p.role for p in detail.parties] == [DisputeRole.APPLICANT, DisputeRole.RESPONDENT]
    origin = ledger_import.import_origin(admin, kept.id)
    assert origin is not None and (origin.file_name, origin.row_no) == ("观城台账.xlsx", 3)
    with admin.read() as s:
        details = [e.detail for e in s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.IMPORT.value))]
    assert len(details) == 1 and details[0]["created"] == 2 and details[0]["file"] == "观城台账.xlsx"


def test_importing_the_same_file_twice_changes_nothing(admin: Ctx, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "l.xlsx")
    _import(admin, path)
    before = db_digest(admin.db)
    ledger = pipeline.open_ledger(path)
    mapping = pipeline.first_mapping(admin, ledger, LedgerKind.DISPUTES)
    dry = pipeline.check(admin, ledger, mapping)
    assert dry.accepted == ()
    assert {o.row_no for o in dry.outcomes if o.status is RowStatus.SKIPPED} >= {3, 4}
    with pytest.raises(ledger_import.NothingToImport):
        pipeline.apply(admin, ledger, mapping, dry)
    assert db_digest(admin.db) == before


def test_parties_are_matched_by_id_number_and_by_name_and_phone_never_duplicated(admin: Ctx, tmp_path: Path) -> None:
    known = parties.find_or_create(admin, PartyInput(kind=PartyKind.PERSON, name="张三", id_number="110101199003074514"))
    phone_known = parties.find_or_create(admin, PartyInput(kind=PartyKind.PERSON, name="李四", phone="13900139000"))
    rows = [
        [1, "2023-05-06", "张三", "１１０１０１１９９００３０７４５１４", "", "路人甲", "邻里纠纷", "x", "调解成功", "", "", ""],
        [2, "2023-05-07", "李四", "", "13900139000", "路人乙", "邻里纠纷", "y", "调解成功", "", "", ""],
        [3, "2023-05-08", "李四", "", "13700137000", "路人丙", "邻里纠纷", "z", "调解成功", "", "", ""],
    ]
    result = _import(admin, write_xlsx(tmp_path / "p.xlsx", rows))
    assert result.created == 3
    assert result.parties_matched == 2
    with admin.read() as s:
        linked = {str(i) for i in s.scalars(select(DisputeParty.party_id))}
        zhangsan = [str(i) for i in s.scalars(select(Party.id).where(Party.name == "张三"))]
        lisi = [str(i) for i in s.scalars(select(Party.id).where(Party.name == "李四"))]
    assert zhangsan == [known.id] and known.id in linked
    assert len(lisi) == 2  # same name, another phone: another person, as the front desk would treat it
    assert phone_known.id in lisi and phone_known.id in linked


def test_kept_case_numbers_are_reserved_so_new_numbers_never_collide(admin: Ctx, tmp_path: Path) -> None:
    rows = [[1, "2026-01-05", "甲", "", "", "乙", "邻里纠纷", "x", "调解成功", "", "", "（2026）观城调字第0001号"],
            [2, "2026-01-06", "丙", "", "", "丁", "邻里纠纷", "x", "调解成功", "", "", "（2026）观城调字第0002号"],
            [3, "2026-01-07", "戊", "", "", "己", "邻里纠纷", "x", "调解成功", "", "", "（2026）观澜调字第0003号"]]
    result = _import(admin, write_xlsx(tmp_path / "n.xlsx", rows))
    assert result.case_numbers_kept == 2
    assert [(row, "观澜调字第0003号" in n) for row, n in result.notes] == [(5, True)]  # another community's: renumbered
    ref = disputes.register_dispute(admin, DisputeInput(
        dispute_type=DisputeType.NEIGHBOUR, source=Source.PARTY_APPLICATION, received_on=date(2026, 2, 1),
        parties=(DisputePartyInput(DisputeRole.APPLICANT, PartyInput(kind=PartyKind.PERSON, name="新甲")),
                 DisputePartyInput(DisputeRole.RESPONDENT, PartyInput(kind=PartyKind.PERSON, name="新乙")))))
    with admin.read() as s:
        numbers = list(s.scalars(select(Dispute.case_no).where(Dispute.case_year == 2026)))
    assert len(numbers) == len(set(numbers)) == 4
    assert ref.case_no not in ("（2026）观城调字第0001号", "（2026）观城调字第0002号")


def test_a_failure_half_way_leaves_nothing(admin: Ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "l.xlsx")
    before = db_digest(admin.db)
    def broken(*_args: object, **_kw: object) -> list[int]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ledger_import, "_issue_numbers", broken)
    with pytest.raises(DiskFull):
        _import(admin, path)
    assert db_digest(admin.db) == before


def test_the_report_gives_refused_rows_back_with_reasons_and_a_fixed_sheet_imports(admin: Ctx, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "l.xlsx")
    ledger = pipeline.open_ledger(path)
    mapping = pipeline.first_mapping(admin, ledger, LedgerKind.DISPUTES)
    dry = pipeline.check(admin, ledger, mapping)
    out = write_report(dry, ledger.sheet(mapping.sheet), mapping.header_row, tmp_path / "report.xlsx")
    report = read_ledger(out)
    to_fix = report.sheets[0]
    assert [str(v) for v in to_fix.rows[0][:3]] == ["序号", "受理时间", "当事人姓名"]
    refused_names = [r[2] for r in to_fix.rows[1:]]
    assert refused_names == ["陈七", "孙九"]
    assert "lost its last digits" in str(to_fix.rows[1][-1])
    assert [r[-2] for r in to_fix.rows[1:]] == [5, 7]  # the original sheet rows
    # The officer fixes the two rows in the report and imports it.
    fixed = [list(r[:12]) for r in to_fix.rows[1:]]
    fixed[0][3] = "110101199003074514"
    fixed[1][3], fixed[1][8] = "", "调解不成功"
    fixed_path = write_xlsx(tmp_path / "fixed.xlsx", fixed)
    _import(admin, path)
    result = _import(admin, fixed_path)
    assert result.created == 2
    assert disputes.count_disputes(admin) == 4


def test_roles_without_the_write_permission_cannot_import(grid_officer: Ctx, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        _import(grid_officer, write_xlsx(tmp_path / "l.xlsx"))


def test_imported_records_are_stamped_for_sync(admin: Ctx, tmp_path: Path) -> None:
    _import(admin, write_xlsx(tmp_path / "l.xlsx"))
    with admin.read() as s:
        stamps = s.execute(select(Dispute.change_seq, Dispute.origin, Dispute.hlc)).all()
    assert stamps and all(seq > 0 and origin == admin.db.workstation.id and hlc for seq, origin, hlc in stamps)


def test_the_mapping_is_saved_for_the_community(admin: Ctx, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "l.xlsx")
    ledger = pipeline.open_ledger(path)
    mapping = pipeline.first_mapping(admin, ledger, LedgerKind.DISPUTES)
    custom = ColumnMapping(mapping.kind, mapping.header_row, {**mapping.columns, "notes": 0}, mapping.sheet)
    pipeline.apply(admin, ledger, custom, pipeline.check(admin, ledger, custom))
    assert pipeline.first_mapping(admin, ledger, LedgerKind.DISPUTES).columns["notes"] == 0


def test_risk_and_roster_ledgers(admin: Ctx, tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "risks.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet()
    ws.write_row(0, 0, ["序号", "排查时间", "风险隐患", "隐患类别", "风险等级", "涉及人员", "包案领导", "稳控措施", "化解情况"])
    ws.write_row(1, 0, [1, "2026年1月5日", "某厂欠薪隐患", "矛盾纠纷", "橙", "王一、王二", "刘书记", "每周研判", "化解中"])
    ws.write_row(2, 0, [2, "2026年1月6日", "消防通道堵塞", "安全隐患", "紫", "", "", "", ""])
    book.close()
    result = _import(admin, path, LedgerKind.RISKS)
    assert result.created == 1
    row = risks.list_risks(admin).rows[0]
    assert row.title == "某厂欠薪隐患"
    detail = risks.get_risk(admin, row.id)
    assert detail.level.code == "orange"

    roster = tmp_path / "lcp.xlsx"
    book = xlsxwriter.Workbook(str(roster))
    ws = book.add_worksheet()
    ws.write_row(0, 0, ["姓名", "性别", "政治面貌", "文化程度", "联系电话", "身份证号码"])
    ws.write_row(1, 0, ["黄明白", "男", "中共党员", "大专", "13800138000", "110101199003074514"])
    book.close()
    assert _import(admin, roster, LedgerKind.LCP).created == 1
    assert [p.name for p in lcp.list_lcps(admin).rows] == ["黄明白"]


_cell = st.one_of(st.none(), st.text(max_size=8), st.integers(-5, 10**6), st.floats(allow_nan=False, allow_infinity=False, width=32),
                  st.sampled_from(["2023.5.6", "调解成功", "张三、李四", "1.5万元", "合计", "4.40309E+17"]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(_cell, min_size=12, max_size=12), max_size=8))
def test_a_dry_run_never_writes(admin: Ctx, tmp_path_factory: pytest.TempPathFactory, rows: list[list[object]]) -> None:
    path = write_xlsx(tmp_path_factory.mktemp("dry") / "l.xlsx", rows or [list(ROWS[0])])
    before = db_digest(admin.db)
    ledger = pipeline.open_ledger(path)
    pipeline.check(admin, ledger, pipeline.first_mapping(admin, ledger, LedgerKind.DISPUTES))
    assert db_digest(admin.db) == before
    with admin.read() as s:
        assert s.scalar(select(func.count()).select_from(LedgerImportRow)) == 0
