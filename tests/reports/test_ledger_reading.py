"""Reading real-looking ledgers: title rows, merged headers, serial dates, float IDs, GBK CSV, 合计 rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guanlan_desk.reports.ledger_in.fields import ColumnMapping, LedgerKind, MappingError, suggest_mapping
from guanlan_desk.reports.ledger_in.reading import LedgerFileError, decode_text, read_ledger
from guanlan_desk.reports.ledger_in.rows import RowStatus, dry_run
from guanlan_desk.reports.ledger_in.values import (
    CellProblem,
    is_total,
    parse_amount_fen,
    parse_date,
    parse_id_text,
    split_names,
)
from tests.reports.ledger_sheets import HEADER, write_csv, write_xls, write_xlsx

TODAY = date(2026, 3, 4)


def _check(path: Path) -> tuple[ColumnMapping, dict[int, tuple[RowStatus, list[str]]]]:
    sheet = read_ledger(path).sheets[0]
    mapping = suggest_mapping(sheet, LedgerKind.DISPUTES)
    dry = dry_run(sheet, mapping, today=TODAY, community_code="GC")
    return mapping, {o.row_no: (o.status, [i.render() for i in o.issues]) for o in dry.outcomes}


@pytest.mark.parametrize("writer", [write_xlsx, write_xls])
def test_a_workbook_with_a_merged_title_row_finds_the_header_below_it(tmp_path: Path, writer: object) -> None:
    path = writer(tmp_path / ("ledger.xlsx" if writer is write_xlsx else "ledger.xls"))  # type: ignore[operator]
    mapping, rows = _check(path)
    assert mapping.header_row == 1  # row 2 in Excel: the title is row 1
    assert mapping.columns["received_on"] == HEADER.index("受理时间")
    assert mapping.columns["applicants"] == HEADER.index("当事人姓名")
    assert mapping.columns["respondents"] == HEADER.index("被申请人")
    assert mapping.columns["status"] == HEADER.index("调处结果")
    assert "序号" not in [HEADER[c] for c in mapping.columns.values()]
    # Row numbers are Excel's: data starts on row 3.
    assert rows[3][0] is RowStatus.READY and rows[4][0] is RowStatus.READY
    assert rows[6][0] is RowStatus.SKIPPED  # the blank separator row
    assert rows[8][0] is RowStatus.SKIPPED  # 合计


def test_an_id_number_excel_turned_into_a_number_is_refused_never_stored(tmp_path: Path) -> None:
    _mapping, rows = _check(write_xlsx(tmp_path / "l.xlsx"))
    status, reasons = rows[5]
    assert status is RowStatus.REFUSED
    assert any("lost its last digits" in r for r in reasons)


def test_a_gbk_csv_reads_without_mojibake_and_its_scientific_id_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ledger.csv", "gbk")
    sheet = read_ledger(path).sheets[0]
    assert sheet.rows[0][2] == "当事人姓名"
    mapping, rows = _check(path)
    assert mapping.header_row == 0
    assert rows[2][0] is RowStatus.READY  # the serial date 45052 in text is 2023-05-06
    assert rows[4][0] is RowStatus.REFUSED and any("lost its last digits" in r for r in rows[4][1])


def test_utf8_csv_with_and_without_bom(tmp_path: Path) -> None:
    for encoding in ("utf-8", "utf-8-sig"):
        path = write_csv(tmp_path / f"{encoding}.csv", encoding)
        assert read_ledger(path).sheets[0].rows[0][1] == "受理时间"


def test_unknown_status_words_are_refused_with_the_words_that_work(tmp_path: Path) -> None:
    _mapping, rows = _check(write_xlsx(tmp_path / "l.xlsx"))
    status, reasons = rows[7]
    assert status is RowStatus.REFUSED
    assert any("不知道" in r and "调解成功" in r for r in reasons)


def test_several_parties_in_one_cell_become_several_parties(tmp_path: Path) -> None:
    sheet = read_ledger(write_xlsx(tmp_path / "l.xlsx")).sheets[0]
    dry = dry_run(sheet, suggest_mapping(sheet, LedgerKind.DISPUTES), today=TODAY, community_code="GC")
    row4 = next(o for o in dry.outcomes if o.row_no == 4)
    assert row4.record is not None
    assert [p.name for p in row4.record.applicants] == ["王五", "赵六"]  # type: ignore[union-attr]
    assert row4.record.amount_fen == 1_500_000  # 1.5万元  # type: ignore[union-attr]
    assert row4.record.respondents[0].kind.value == "legal_person"  # type: ignore[union-attr]


@pytest.mark.parametrize(("raw", "expected"), [
    (45052.0, date(2023, 5, 6)), ("45052", date(2023, 5, 6)), ("2023.5.6", date(2023, 5, 6)),
    ("2023年5月6日", date(2023, 5, 6)), ("2023-05-06", date(2023, 5, 6)), ("2023/5/6", date(2023, 5, 6)),
    ("20230506", date(2023, 5, 6)), ("２０２３年５月６日", date(2023, 5, 6)), (date(2023, 5, 6), date(2023, 5, 6)),
    (None, None), ("  ", None),
])
def test_dates_in_every_spelling(raw: object, expected: date | None) -> None:
    assert parse_date("d", raw) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["2023年5月", "明年", "2023.13.40", 12.5])
def test_dates_that_cannot_be_read_are_refused(raw: object) -> None:
    with pytest.raises(CellProblem):
        parse_date("d", raw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("raw", "fen"), [
    (3000, 300_000), ("3000元", 300_000), ("3,000", 300_000), ("￥3000.5", 300_050), ("1.5万元", 1_500_000),
    ("0.3万", 300_000), ("约2万元", 2_000_000), ("", None), ("无", None),
])
def test_amounts_in_yuan_and_wan(raw: object, fen: int | None) -> None:
    assert parse_amount_fen("a", raw) == fen  # type: ignore[arg-type]


def test_an_amount_that_is_words_is_refused() -> None:
    with pytest.raises(CellProblem):
        parse_amount_fen("a", "三千元")


@given(st.integers(min_value=10**15, max_value=10**18 - 1))
def test_every_number_of_16_or_more_digits_is_refused_as_an_id(number: int) -> None:
    with pytest.raises(CellProblem):
        parse_id_text("id", float(number))


def test_an_old_15_digit_id_stored_as_a_number_survives_exactly() -> None:
    assert parse_id_text("id", 110101900307451.0) == "110101900307451"


def test_names_split_on_the_separators_people_use() -> None:
    assert split_names("张三、李四，王五;赵六\n钱七") == ("张三", "李四", "王五", "赵六", "钱七")


def test_total_rows_are_recognised() -> None:
    assert is_total(("合 计", None, 3))
    assert is_total(("", "总计：", ""))
    assert not is_total(("张合计", "x"))


@given(st.binary(max_size=200))
def test_decoding_never_fails(raw: bytes) -> None:
    assert isinstance(decode_text(raw), str)


def test_wps_et_files_get_a_way_out(tmp_path: Path) -> None:
    path = tmp_path / "台账.et"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(LedgerFileError, match="save it as .xlsx"):
        read_ledger(path)


def test_a_broken_workbook_is_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(LedgerFileError):
        read_ledger(path)


def test_a_mapping_round_trips_and_refuses_a_missing_required_field() -> None:
    mapping = ColumnMapping(LedgerKind.DISPUTES, 1, {"received_on": 1, "applicants": 2}, "Sheet1")
    assert ColumnMapping.from_json(mapping.to_json()) == mapping
    with pytest.raises(MappingError):
        ColumnMapping(LedgerKind.DISPUTES, 1, {"received_on": 1}).check()
    with pytest.raises(MappingError):
        ColumnMapping(LedgerKind.DISPUTES, 1, {"received_on": 1, "applicants": 1}).check()
    with pytest.raises(MappingError):
        ColumnMapping.from_json('{"kind": "nope"}')


def test_header_names_vary_and_a_two_row_merged_header_is_read(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "variant.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet()
    ws.merge_range(0, 0, 0, 5, "2024年度矛盾纠纷台账")
    ws.write(1, 0, "序号")
    ws.write(1, 1, "登记日期")
    ws.merge_range(1, 2, 1, 3, "当事人")  # a group header over two columns
    ws.write(1, 4, "调解结果")
    ws.write(1, 5, "备注")
    ws.write_row(2, 2, ["申请人", "被申请人"])
    ws.write_row(3, 0, [1, "2024年3月2日", "甲某", "乙某", "达成协议", ""])
    book.close()
    sheet = read_ledger(path).sheets[0]
    mapping = suggest_mapping(sheet, LedgerKind.DISPUTES)
    assert mapping.header_row == 2
    assert (mapping.columns["applicants"], mapping.columns["respondents"]) == (2, 3)
    dry = dry_run(sheet, replace_mapping(mapping, received_on=1, status=4), today=TODAY, community_code="GC")
    ok = [o for o in dry.outcomes if o.status is RowStatus.READY]
    assert len(ok) == 1 and ok[0].row_no == 4


def replace_mapping(mapping: ColumnMapping, **columns: int) -> ColumnMapping:
    return ColumnMapping(mapping.kind, mapping.header_row, {**mapping.columns, **columns}, mapping.sheet)
