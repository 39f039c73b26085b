"""What a ledger column may mean, the header row, and the column mapping an officer confirms and saves.

Headers vary from community to community (当事人姓名 / 申请人 / 姓名; 受理时间 / 登记日期): each field lists
the words its headers are made of, and a column is suggested for the field whose word it matches best.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.reports.ledger_in.reading import SheetData
from guanlan_desk.reports.ledger_in.values import is_blank, squeeze, text

FIELDS_CONTEXT = "terms"  # field names go into messages as parameters, translated there too
HEADER_SEARCH_ROWS = 15


class LedgerKind(StrEnum):
    """Which register a sheet holds."""

    DISPUTES = "disputes"
    RISKS = "risks"
    LCP = "lcp"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field a column can fill: its key, English name (translated in the UI), header words, whether needed."""

    key: str
    name: str
    words: tuple[str, ...]
    required: bool = False


def _f(key: str, name: str, words: str, required: bool = False) -> FieldSpec:
    return FieldSpec(key, name, tuple(words.split()), required)


# Longer, more specific words first within a field; across fields the longest matching word wins.
FIELDS: dict[LedgerKind, tuple[FieldSpec, ...]] = {
    LedgerKind.DISPUTES: (
        _f("case_no", QT_TRANSLATE_NOOP("terms", "Case number"), "卷宗号 卷号 案号 案件编号 编号"),
        _f("received_on", QT_TRANSLATE_NOOP("terms", "Date received"),
           "受理时间 受理日期 登记时间 登记日期 排查时间 发生时间 日期 时间", required=True),
        _f("applicants", QT_TRANSLATE_NOOP("terms", "Applicants"),
           "当事人姓名 申请人姓名 申请人 当事人 姓名", required=True),
        _f("respondents", QT_TRANSLATE_NOOP("terms", "Respondents"),
           "被申请人姓名 被申请人 对方当事人 被投诉人"),
        _f("id_number", QT_TRANSLATE_NOOP("terms", "ID number"), "身份证号码 身份证号 证件号码 身份证"),
        _f("phone", QT_TRANSLATE_NOOP("terms", "Phone"), "联系电话 联系方式 手机号码 手机 电话"),
        _f("address", QT_TRANSLATE_NOOP("terms", "Address"), "家庭住址 住址 地址 居住地"),
        _f("dispute_type", QT_TRANSLATE_NOOP("terms", "Dispute type"),
           "纠纷类型 纠纷类别 矛盾类型 案件类型 类型 类别"),
        _f("source", QT_TRANSLATE_NOOP("terms", "Source"), "纠纷来源 案件来源 来源"),
        _f("title", QT_TRANSLATE_NOOP("terms", "Title"), "纠纷名称 案由 事由"),
        _f("summary", QT_TRANSLATE_NOOP("terms", "Summary"),
           "纠纷简要情况 简要情况 基本情况 主要事实 纠纷内容 矛盾纠纷情况 情况简介 内容"),
        _f("status", QT_TRANSLATE_NOOP("terms", "Status"),
           "调处结果 调解结果 化解情况 办理情况 处理结果 状态 结果"),
        _f("amount", QT_TRANSLATE_NOOP("terms", "Amount"), "协议金额 涉及金额 涉案金额 金额"),
        _f("mediators", QT_TRANSLATE_NOOP("terms", "Mediators"), "调解员 调解人员 承办人 经办人"),
        _f("venue", QT_TRANSLATE_NOOP("terms", "Venue"), "调解地点 调解室 调解场所"),
        _f("notes", QT_TRANSLATE_NOOP("terms", "Notes"), "备注 说明"),
    ),
    LedgerKind.RISKS: (
        _f("code", QT_TRANSLATE_NOOP("terms", "Item code"), "隐患编号 编号"),
        _f("found_on", QT_TRANSLATE_NOOP("terms", "Date found"),
           "发现时间 发现日期 排查时间 排查日期 登记时间 日期 时间", required=True),
        _f("title", QT_TRANSLATE_NOOP("terms", "Title"), "隐患名称 风险隐患 风险点 隐患事项 事项 名称",
           required=True),
        _f("category", QT_TRANSLATE_NOOP("terms", "Category"), "隐患类别 风险类别 隐患类型 类别 类型"),
        _f("level", QT_TRANSLATE_NOOP("terms", "Level"), "风险等级 隐患等级 等级 级别"),
        _f("description", QT_TRANSLATE_NOOP("terms", "Description"), "具体情况 基本情况 隐患描述 情况 描述"),
        _f("parties", QT_TRANSLATE_NOOP("terms", "Persons involved"), "涉及人员 当事人 姓名"),
        _f("involved_count", QT_TRANSLATE_NOOP("terms", "Number involved"), "涉及人数 人数"),
        _f("reporter", QT_TRANSLATE_NOOP("terms", "Reported by"), "上报人 发现人 网格员"),
        _f("leader", QT_TRANSLATE_NOOP("terms", "Responsible leader"), "包案领导 责任领导 责任人"),
        _f("measures", QT_TRANSLATE_NOOP("terms", "Control measures"), "稳控措施 管控措施 化解措施 措施"),
        _f("deadline", QT_TRANSLATE_NOOP("terms", "Deadline"), "化解时限 整改时限 办结时限 期限"),
        _f("status", QT_TRANSLATE_NOOP("terms", "Status"), "化解情况 是否销号 销号情况 状态"),
        _f("notes", QT_TRANSLATE_NOOP("terms", "Notes"), "备注 说明"),
    ),
    LedgerKind.LCP: (
        _f("name", QT_TRANSLATE_NOOP("terms", "Name"), "姓名 名字", required=True),
        _f("sex", QT_TRANSLATE_NOOP("terms", "Sex"), "性别"),
        _f("birth_date", QT_TRANSLATE_NOOP("terms", "Date of birth"), "出生年月 出生日期 出生"),
        _f("ethnicity", QT_TRANSLATE_NOOP("terms", "Ethnicity"), "民族"),
        _f("id_number", QT_TRANSLATE_NOOP("terms", "ID number"), "身份证号码 身份证号 证件号码 身份证"),
        _f("phone", QT_TRANSLATE_NOOP("terms", "Phone"), "联系电话 联系方式 手机号码 手机 电话"),
        _f("address", QT_TRANSLATE_NOOP("terms", "Address"), "家庭住址 住址 地址"),
        _f("political_status", QT_TRANSLATE_NOOP("terms", "Political status"), "政治面貌"),
        _f("education", QT_TRANSLATE_NOOP("terms", "Education"), "文化程度 学历"),
        _f("occupation", QT_TRANSLATE_NOOP("terms", "Occupation"), "工作单位及职务 工作单位 职业 职务"),
        _f("identities", QT_TRANSLATE_NOOP("terms", "Identity"), "人员类别 身份类别 身份"),
        _f("selected_on", QT_TRANSLATE_NOOP("terms", "Date selected"), "选任时间 聘任时间 培养时间"),
        _f("certificate_no", QT_TRANSLATE_NOOP("terms", "Certificate number"), "证书编号 证号"),
        _f("notes", QT_TRANSLATE_NOOP("terms", "Notes"), "备注 说明"),
    ),
}

IGNORED_HEADERS = ("序号", "编号序号", "No", "NO")


def field_spec(kind: LedgerKind, key: str) -> FieldSpec:
    """The field ``key`` of ``kind``."""
    for spec in FIELDS[kind]:
        if spec.key == key:
            return spec
    raise KeyError(key)


class MappingError(UserFacingError):
    """A column mapping that cannot be used."""


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which sheet column (0-based) fills which field, for one kind of ledger; saved as JSON per community."""

    kind: LedgerKind
    header_row: int  # 0-based row index of the header; data starts below it
    columns: dict[str, int] = field(default_factory=dict)
    sheet: str | None = None

    def column_of(self, key: str) -> int | None:
        """The column mapped to ``key``."""
        return self.columns.get(key)

    def check(self) -> ColumnMapping:
        """Refuse a mapping that misses a required field or maps one column twice."""
        missing = [spec for spec in FIELDS[self.kind] if spec.required and spec.key not in self.columns]
        if missing:
            raise MappingError(QT_TRANSLATE_NOOP("errors", "Choose a column for {field}."), field=missing[0].name)
        used = list(self.columns.values())
        if len(used) != len(set(used)):
            raise MappingError(QT_TRANSLATE_NOOP("errors", "A column can fill only one field."))
        unknown = set(self.columns) - {spec.key for spec in FIELDS[self.kind]}
        if unknown:
            raise MappingError(QT_TRANSLATE_NOOP("errors", "Unknown field in the mapping: {field}."),
                               field=sorted(unknown)[0])
        return self

    def to_json(self) -> str:
        """Serialise (the header names are not stored: a mapping applies to sheets of the same layout)."""
        return json.dumps({"kind": self.kind.value, "header_row": self.header_row, "sheet": self.sheet,
                           "columns": self.columns}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> ColumnMapping:
        """Parse :meth:`to_json`'s output; raises :class:`MappingError` on anything else."""
        try:
            data = json.loads(raw)
            kind = LedgerKind(data["kind"])
            columns = {str(k): int(v) for k, v in dict(data["columns"]).items()}
            header_row = int(data["header_row"])
            sheet = data.get("sheet")
        except (ValueError, KeyError, TypeError, AttributeError):
            raise MappingError(QT_TRANSLATE_NOOP("errors", "The mapping file is not a saved column mapping.")) from None
        if header_row < 0 or any(c < 0 for c in columns.values()):
            raise MappingError(QT_TRANSLATE_NOOP("errors", "The mapping file is not a saved column mapping."))
        return cls(kind, header_row, columns, str(sheet) if sheet else None).check()


def header_names(sheet: SheetData, header_row: int) -> list[str]:
    """The header text of each column.

    A blank header cell takes the text of a merged cell over it, or of the cell above in a two-row header
    (序号 and 登记日期 standing over both rows while 当事人 groups 申请人 and 被申请人 below it).
    """
    names = [text(v) for v in (sheet.rows[header_row] if header_row < len(sheet.rows) else ())]
    names += [""] * (sheet.width - len(names))
    for c, name in enumerate(names):
        if name:
            continue
        for (r0, c0), (r1, c1) in sheet.merged:
            if r0 <= header_row <= r1 and c0 <= c <= c1:
                names[c] = text(sheet.cell(r0, c0))
                break
        else:
            if header_row > 0 and not _is_title(sheet, header_row - 1):
                names[c] = text(sheet.cell(header_row - 1, c))
    return names


def _is_group_row(sheet: SheetData, upper: int) -> bool:
    """Whether the row below ``upper`` completes it as a two-row header: its cells stand under blank or
    horizontally merged cells of ``upper`` and look like field names."""
    if upper + 1 >= len(sheet.rows):
        return False
    lower = sheet.rows[upper + 1]
    filled = [c for c, v in enumerate(lower) if text(v)]
    if not filled or any(not _score(text(v)) for v in lower if text(v)):
        return False
    spans = {c for (r0, c0), (r1, c1) in sheet.merged if r0 <= upper <= r1 and c0 != c1 for c in range(c0, c1 + 1)}
    return all(c in spans or not text(sheet.cell(upper, c)) for c in filled)


def _is_title(sheet: SheetData, row: int) -> bool:
    """A row with one text cell spanning the sheet (the ledger's title)."""
    filled = [v for v in sheet.rows[row] if text(v)]
    return len(filled) <= 1


def _score(header: str) -> int:
    key = squeeze(header)
    best = 0
    for specs in FIELDS.values():
        for spec in specs:
            for word in spec.words:
                if word in key:
                    best = max(best, len(word))
    return best


def find_header_row(sheet: SheetData, kind: LedgerKind) -> int:
    """The row among the first ones whose cells name the most fields of ``kind`` (below any title rows)."""
    best_row, best_hits = 0, -1
    for r in range(min(HEADER_SEARCH_ROWS, len(sheet.rows))):
        row = sheet.rows[r]
        if is_blank(row) or _is_title(sheet, r):
            continue
        hits = len(suggest_columns(kind, [text(v) for v in row]))
        if hits > best_hits:
            best_row, best_hits = r, hits
    return best_row + 1 if _is_group_row(sheet, best_row) else best_row


def suggest_columns(kind: LedgerKind, headers: list[str]) -> dict[str, int]:
    """Field key → column for the headers that name a field, each column and field used once, best match first."""
    candidates: list[tuple[int, int, str, int]] = []  # (-word length, position in field's words, key, column)
    for col, header in enumerate(headers):
        key = squeeze(header)
        if not key or key in IGNORED_HEADERS:
            continue
        for spec in FIELDS[kind]:
            for pos, word in enumerate(spec.words):
                if word in key:
                    candidates.append((-len(word) - (100 if word == key else 0), pos, spec.key, col))
                    break
    chosen: dict[str, int] = {}
    for _neg, _pos, key, col in sorted(candidates):
        if key not in chosen and col not in chosen.values():
            chosen[key] = col
    return chosen


def suggest_mapping(sheet: SheetData, kind: LedgerKind) -> ColumnMapping:
    """A first mapping for ``sheet``: the header row found and each named column matched to its field."""
    header_row = find_header_row(sheet, kind)
    return ColumnMapping(kind, header_row, suggest_columns(kind, header_names(sheet, header_row)), sheet.name)
