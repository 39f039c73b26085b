"""Ledger sheets that look like a community's real ones, written by the tests with xlsxwriter, xlwt and csv."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import xlsxwriter

TITLE = "观城社区矛盾纠纷排查化解台账（2023年）"
HEADER = ["序号", "受理时间", "当事人姓名", "身份证号码", "联系电话", "被申请人", "纠纷类型", "纠纷简要情况",
          "调处结果", "涉及金额", "调解员", "卷宗号"]
# (serial date or text date, applicants, ID (str or float), phone, respondent, type, summary, status, amount)
ROWS: list[list[object]] = [
    [1, 45052.0, "张三", "110101199003074514", "13800138000", "李四", "邻里纠纷", "楼上漏水", "调解成功", "3000元",
     "王调解", "（2023）观城调字第0007号"],
    [2, "2023.5.6", "王五、赵六", "", "", "深圳市某某科技有限公司", "劳资纠纷", "欠薪两个月", "调解成功", "1.5万元",
     "王调解", ""],
    [3, "2023年6月1日", "陈七", 440309199001011234.0, "", "钱八", "婚姻家庭", "离婚财产", "调解中", "", "", ""],
    [None, None, None, None, None, None, None, None, None, None, None, None],
    [4, "2023/7/8", "孙九", "110101199003074515", "", "周十", "合同纠纷", "货款", "不知道", "", "", ""],
    ["合计", None, None, None, None, None, None, None, None, "18000", None, None],
]


def write_xlsx(path: Path, rows: list[list[object]] | None = None) -> Path:
    """A ledger with a merged title row over the header, serial dates and a float ID number."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("2023年台账")
    ws.merge_range(0, 0, 0, len(HEADER) - 1, TITLE)
    ws.write_row(1, 0, HEADER)
    for r, row in enumerate(rows or ROWS, start=2):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, datetime):
                ws.write_datetime(r, c, value, book.add_format({"num_format": "yyyy-mm-dd"}))
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, value)
            else:
                ws.write_string(r, c, str(value))
    book.add_worksheet("说明").write(0, 0, "本表由社区调委会填写")
    book.close()
    return path


def write_xls(path: Path) -> Path:
    """The same ledger as an old binary .xls, as WPS saves it."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("Sheet1")
    ws.write_merge(0, 0, 0, len(HEADER) - 1, TITLE)
    for c, name in enumerate(HEADER):
        ws.write(1, c, name)
    for r, row in enumerate(ROWS, start=2):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    book.save(str(path))
    return path


def write_csv(path: Path, encoding: str = "gbk") -> Path:
    """The ledger as a CSV in GBK, as Excel on a Chinese Windows saves it (no title row)."""
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for row in ROWS:
            writer.writerow([_as_excel_shows(v) for v in row])
    return path


def _as_excel_shows(value: object) -> str:
    """A cell as Excel writes it to CSV: a long number in scientific notation, whole numbers without .0."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.5E}" if value >= 1e11 else f"{value:g}"
    return str(value)
