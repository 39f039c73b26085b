"""Sheet rows into candidate records, each checked with the app's own validators (the dry run).

A row ends as ready, ready with warnings, refused (with every reason) or skipped (blank and 合计 rows). Nothing
here writes: applying the candidates is :func:`guanlan_desk.services.ledger_import.apply_ledger`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from guanlan_desk.domain.enums import (
    DEFAULT_SUBTYPES,
    DisputeRole,
    DisputeStatus,
    DisputeType,
    IdType,
    LcpStatus,
    PartyKind,
    RiskCategory,
    RiskStatus,
    Sex,
    Source,
)
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.reports.ledger_in.fields import ColumnMapping, LedgerKind, field_spec
from guanlan_desk.reports.ledger_in.reading import CellValue, SheetData
from guanlan_desk.reports.ledger_in.values import (
    CellProblem,
    is_blank,
    is_total,
    match_words,
    parse_amount_fen,
    parse_date,
    parse_id_text,
    split_names,
    squeeze,
    text,
)
from guanlan_desk.services.ledger_import import DisputeRecord, LcpRecord, LedgerRecord, RiskRecord
from guanlan_desk.services.parties import PartyInput, normalise

# Status words of real ledgers (longest match wins: 不予受理 before 受理, 调解不成功 before 调解成功).
DISPUTE_STATUS_WORDS: dict[str, DisputeStatus] = {
    "调解成功": DisputeStatus.SETTLED, "达成协议": DisputeStatus.SETTLED, "已化解": DisputeStatus.SETTLED,
    "化解成功": DisputeStatus.SETTLED, "已调解": DisputeStatus.SETTLED, "成功": DisputeStatus.SETTLED,
    "调解不成功": DisputeStatus.NOT_SETTLED, "调解失败": DisputeStatus.NOT_SETTLED, "未成功": DisputeStatus.NOT_SETTLED,
    "不成功": DisputeStatus.NOT_SETTLED, "调解终止": DisputeStatus.NOT_SETTLED, "终止调解": DisputeStatus.NOT_SETTLED,
    "未化解": DisputeStatus.NOT_SETTLED,
    "调解中": DisputeStatus.MEDIATING, "正在调解": DisputeStatus.MEDIATING, "化解中": DisputeStatus.MEDIATING,
    "处理中": DisputeStatus.MEDIATING, "跟进中": DisputeStatus.MEDIATING, "在办": DisputeStatus.MEDIATING,
    "已受理": DisputeStatus.ACCEPTED, "受理": DisputeStatus.ACCEPTED, "待调解": DisputeStatus.ACCEPTED,
    "不予受理": DisputeStatus.DECLINED,
    "撤回": DisputeStatus.WITHDRAWN, "撤销": DisputeStatus.WITHDRAWN, "申请人撤回": DisputeStatus.WITHDRAWN,
    "移交": DisputeStatus.REFERRED, "已移交": DisputeStatus.REFERRED, "转办": DisputeStatus.REFERRED,
    "引导诉讼": DisputeStatus.REFERRED, "转诉讼": DisputeStatus.REFERRED, "转仲裁": DisputeStatus.REFERRED,
    "履行完毕": DisputeStatus.PERFORMED, "已履行": DisputeStatus.PERFORMED,
    "未履行": DisputeStatus.NOT_PERFORMED,
    "已回访": DisputeStatus.FOLLOWED_UP,
    "已归档": DisputeStatus.ARCHIVED, "归档": DisputeStatus.ARCHIVED,
}

RISK_STATUS_WORDS: dict[str, RiskStatus] = {
    "已销号": RiskStatus.CLOSED, "销号": RiskStatus.CLOSED, "是": RiskStatus.CLOSED, "已化解": RiskStatus.CLOSED,
    "未销号": RiskStatus.UNRESOLVED, "否": RiskStatus.UNRESOLVED, "未化解": RiskStatus.UNRESOLVED,
    "化解中": RiskStatus.IN_PROGRESS, "稳控中": RiskStatus.IN_PROGRESS, "跟进中": RiskStatus.IN_PROGRESS,
    "反弹": RiskStatus.RELAPSED,
}

TYPE_WORDS: dict[str, DisputeType] = {
    "婚姻": DisputeType.MARRIAGE_FAMILY, "家庭": DisputeType.MARRIAGE_FAMILY, "继承": DisputeType.MARRIAGE_FAMILY,
    "赡养": DisputeType.MARRIAGE_FAMILY, "抚养": DisputeType.MARRIAGE_FAMILY,
    "邻里": DisputeType.NEIGHBOUR, "噪音": DisputeType.NEIGHBOUR, "漏水": DisputeType.NEIGHBOUR,
    "房屋": DisputeType.HOUSING_HOMESTEAD, "宅基地": DisputeType.HOUSING_HOMESTEAD, "租赁": DisputeType.HOUSING_HOMESTEAD,
    "合同": DisputeType.CONTRACT, "借贷": DisputeType.CONTRACT, "买卖": DisputeType.CONTRACT,
    "生产经营": DisputeType.PRODUCTION_BUSINESS, "经营": DisputeType.PRODUCTION_BUSINESS,
    "损害赔偿": DisputeType.DAMAGE_COMPENSATION, "人身损害": DisputeType.DAMAGE_COMPENSATION,
    "赔偿": DisputeType.DAMAGE_COMPENSATION,
    "山林": DisputeType.FOREST_LAND, "土地": DisputeType.FOREST_LAND,
    "征地": DisputeType.REQUISITION_DEMOLITION, "拆迁": DisputeType.REQUISITION_DEMOLITION,
    "环境": DisputeType.ENVIRONMENT, "污染": DisputeType.ENVIRONMENT,
    "劳动": DisputeType.LABOUR, "劳资": DisputeType.LABOUR, "欠薪": DisputeType.LABOUR, "工资": DisputeType.LABOUR,
    "工伤": DisputeType.LABOUR,
    "消费": DisputeType.CONSUMER, "医疗": DisputeType.MEDICAL, "医患": DisputeType.MEDICAL,
    "交通": DisputeType.TRAFFIC, "物业": DisputeType.PROPERTY_MANAGEMENT, "停车": DisputeType.PROPERTY_MANAGEMENT,
    "其他": DisputeType.OTHER,
}

SOURCE_WORDS: dict[str, Source] = {
    "申请": Source.PARTY_APPLICATION, "来访": Source.PARTY_APPLICATION, "主动": Source.COMMITTEE_INITIATIVE,
    "排查": Source.GRID_SCREENING, "网格": Source.GRID_SCREENING, "委派": Source.COURT_PRE_FILING,
    "诉前": Source.COURT_PRE_FILING, "委托": Source.COURT_ENTRUSTED, "法院": Source.COURT_PRE_FILING,
    "公安": Source.POLICE, "派出所": Source.POLICE, "警": Source.POLICE, "信访": Source.PETITION_OFFICE,
    "12345": Source.HOTLINE_12345, "热线": Source.HOTLINE_12345, "政府": Source.GOVERNMENT,
    "部门": Source.GOVERNMENT, "移送": Source.GOVERNMENT,
}

CATEGORY_WORDS: dict[str, RiskCategory] = {
    "信访": RiskCategory.PETITION, "上访": RiskCategory.PETITION, "矛盾": RiskCategory.LATENT_DISPUTE,
    "纠纷": RiskCategory.LATENT_DISPUTE, "重点人员": RiskCategory.KEY_PERSON, "重点人": RiskCategory.KEY_PERSON,
    "安全": RiskCategory.SAFETY, "消防": RiskCategory.SAFETY, "隐患": RiskCategory.SAFETY,
}

LEVEL_WORDS: dict[str, str] = {
    "红": "red", "重大": "red", "一级": "red", "橙": "orange", "较大": "orange", "二级": "orange",
    "黄": "yellow", "一般": "yellow", "三级": "yellow", "蓝": "blue", "低": "blue", "四级": "blue",
}

SEX_WORDS: dict[str, Sex] = {"男": Sex.MALE, "女": Sex.FEMALE}

LCP_STATUS_WORDS: dict[str, LcpStatus] = {"在册": LcpStatus.REGISTERED, "候选": LcpStatus.CANDIDATE,
                                          "退出": LcpStatus.REMOVED, "取消": LcpStatus.REMOVED}

_ORG_MARKERS = ("公司", "有限", "集团", "工厂", "厂", "店", "中心", "合作社", "物业", "学校", "医院", "委员会", "商行")

Translate = Callable[[str, str], str]


class RowStatus(StrEnum):
    """What the dry run made of a row."""

    READY = "ready"
    WARNING = "warning"
    REFUSED = "refused"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One reason a row is refused (``error``) or only worth a look (``warning``), in translatable parts."""

    field: str
    message: str
    params: dict[str, Any]
    error: bool

    @classmethod
    def of(cls, exc: UserFacingError, field_key: str, *, error: bool = True) -> RowIssue:
        """An issue from a validator's error."""
        return cls(getattr(exc, "field", field_key) or field_key, exc.message, dict(exc.params), error)

    def render(self, translate: Translate | None = None) -> str:
        """The reason as text, translated when ``translate(context, text)`` is given."""
        return UserFacingError(self.message, **self.params).render(translate)




@dataclass(frozen=True, slots=True)
class RowOutcome:
    """A sheet row (1-based, as Excel numbers it) and what the dry run made of it."""

    row_no: int
    status: RowStatus
    issues: tuple[RowIssue, ...] = ()
    record: LedgerRecord | None = None
    key: str = ""
    cells: tuple[CellValue, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class DryRun:
    """Every row's outcome, and the counts the report leads with."""

    kind: LedgerKind
    outcomes: tuple[RowOutcome, ...]

    def count(self, status: RowStatus) -> int:
        """How many rows ended as ``status``."""
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def accepted(self) -> tuple[RowOutcome, ...]:
        """The rows an apply takes in (ready, with or without warnings)."""
        return tuple(o for o in self.outcomes if o.status in (RowStatus.READY, RowStatus.WARNING))


class _Row:
    """One row's cells seen through the mapping, collecting issues as fields are read."""

    def __init__(self, cells: tuple[CellValue, ...], mapping: ColumnMapping) -> None:
        self.cells = cells
        self.mapping = mapping
        self.issues: list[RowIssue] = []

    def raw(self, key: str) -> CellValue:
        col = self.mapping.column_of(key)
        return self.cells[col] if col is not None and col < len(self.cells) else None

    def text(self, key: str) -> str:
        return text(self.raw(key))

    def get(self, key: str, parse: Callable[[str, CellValue], Any]) -> Any:
        try:
            return parse(key, self.raw(key))
        except CellProblem as exc:
            self.issues.append(RowIssue.of(exc, key))
            return None

    def warn(self, key: str, message: str, **params: Any) -> None:
        self.issues.append(RowIssue(key, message, params, error=False))

    def refuse(self, key: str, message: str, **params: Any) -> None:
        self.issues.append(RowIssue(key, message, params, error=True))

    def required(self, key: str, value: Any, kind: LedgerKind) -> None:
        if value in (None, "", ()) and not any(i.field == key for i in self.issues):
            self.refuse(key, QT_TRANSLATE_NOOP("errors", "{field} is empty."), field=field_spec(kind, key).name)


def row_key(kind: LedgerKind, mapping: ColumnMapping, cells: tuple[CellValue, ...]) -> str:
    """A row's identity for "already imported": the kind and the text of its mapped cells."""
    parts = [kind.value] + [f"{k}={text(cells[c]) if c < len(cells) else ''}"
                            for k, c in sorted(mapping.columns.items())]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def data_rows(sheet: SheetData, mapping: ColumnMapping) -> Iterator[tuple[int, tuple[CellValue, ...]]]:
    """(sheet row number, cells) of every row below the header."""
    for index in range(mapping.header_row + 1, len(sheet.rows)):
        yield index + 1, sheet.rows[index]


def dry_run(sheet: SheetData, mapping: ColumnMapping, *, today: date, community_code: str) -> DryRun:
    """Read and check every row; writes nothing."""
    mapping.check()
    build = {LedgerKind.DISPUTES: _dispute, LedgerKind.RISKS: _risk, LedgerKind.LCP: _lcp}[mapping.kind]
    outcomes = []
    seen: set[str] = set()
    for row_no, cells in data_rows(sheet, mapping):
        if is_blank(cells) or is_total(cells):
            outcomes.append(RowOutcome(row_no, RowStatus.SKIPPED, cells=cells))
            continue
        row = _Row(cells, mapping)
        record = build(row, today, community_code)
        key = row_key(mapping.kind, mapping, cells)
        if key in seen:
            row.refuse("", QT_TRANSLATE_NOOP("errors", "The same row appears earlier in the sheet."))
        seen.add(key)
        if any(i.error for i in row.issues):
            status, record = RowStatus.REFUSED, None
        else:
            status = RowStatus.WARNING if row.issues else RowStatus.READY
        outcomes.append(RowOutcome(row_no, status, tuple(row.issues), record, key, cells))
    return DryRun(mapping.kind, tuple(outcomes))


def _check_date(row: _Row, key: str, value: date | None, today: date, *, future_years: int = 0) -> None:
    if value is None:
        return
    latest = date(today.year + future_years, 12, 31) if future_years else today
    if value.year < 1900 or value > latest:
        row.refuse(key, QT_TRANSLATE_NOOP("errors", "The date {value} is not plausible."), value=value.isoformat())


def _parties(row: _Row, key: str, names: tuple[str, ...], today: date, community_code: str,
             *, with_contacts: bool) -> tuple[PartyInput, ...]:
    """Parties from a names cell; the row's ID number and phone belong to the first name only."""
    out = []
    id_number = row.get("id_number", parse_id_text) if with_contacts else ""
    phone = row.text("phone") if with_contacts else ""
    address = row.text("address") if with_contacts else ""
    if with_contacts and len(names) > 1 and (id_number or phone):
        row.warn("id_number", QT_TRANSLATE_NOOP(
            "errors", "Several names in one cell: the ID number and phone are given to {name} only."), name=names[0])
    for i, name in enumerate(names):
        organisation = any(m in name for m in _ORG_MARKERS) and len(name) > 4
        data = PartyInput(kind=PartyKind.LEGAL_PERSON if organisation else PartyKind.PERSON, name=name,
                          community_code=community_code)
        if i == 0 and with_contacts:
            data = replace(data, phone=phone, address=address,
                           id_type=IdType.RESIDENT_ID if id_number and not organisation else None,
                           id_number="" if organisation else (id_number or ""),
                           uscc=(id_number or "") if organisation else "")
        try:
            out.append(normalise(data, today=today))
        except UserFacingError as exc:
            row.issues.append(RowIssue.of(exc, key))
    return tuple(out)


def _dispute(row: _Row, today: date, community_code: str) -> DisputeRecord | None:
    kind = LedgerKind.DISPUTES
    received = row.get("received_on", parse_date)
    row.required("received_on", received, kind)
    _check_date(row, "received_on", received, today)
    applicant_names = split_names(row.raw("applicants"))
    respondent_names = split_names(row.raw("respondents"))
    row.required("applicants", applicant_names, kind)
    applicants = _parties(row, "applicants", applicant_names, today, community_code, with_contacts=True)
    respondents = _parties(row, "respondents", respondent_names, today, community_code, with_contacts=False)
    type_text = row.text("dispute_type")
    subtype = ""
    dispute_type = _match_type(type_text)
    for code, (parent, sub_label) in DEFAULT_SUBTYPES.items():
        if sub_label and sub_label in squeeze(type_text):
            dispute_type, subtype = parent, code
            break
    if dispute_type is None:
        dispute_type = DisputeType.OTHER
        if type_text:
            row.warn("dispute_type", QT_TRANSLATE_NOOP(
                "errors", "The dispute type {value} is not one of the 15 types: taken in as 其他纠纷."), value=type_text)
    source_text = row.text("source")
    source = match_words(source_text, SOURCE_WORDS) or _source_by_label(source_text)
    if source is None:
        source = Source.PARTY_APPLICATION if respondent_names else Source.COMMITTEE_INITIATIVE
        if source_text:
            row.warn("source", QT_TRANSLATE_NOOP("errors", "The source {value} is unknown: taken in as {label}."),
                     value=source_text, label=_zh(source))
    if source is Source.PARTY_APPLICATION and not respondent_names:
        source = Source.COMMITTEE_INITIATIVE
        row.warn("respondents", QT_TRANSLATE_NOOP(
            "errors", "No respondent: taken in as a case the committee took up on its own initiative."))
    status_text = row.text("status")
    status = match_words(status_text, DISPUTE_STATUS_WORDS)
    if status is None:
        if status_text:
            row.refuse("status", QT_TRANSLATE_NOOP(
                "errors", "The status {value} is not understood: write for example 调解成功, 调解不成功, 调解中, "
                          "撤回 or 移交."), value=status_text)
        else:
            status = DisputeStatus.ACCEPTED
            row.warn("status", QT_TRANSLATE_NOOP("errors", "No status: taken in as accepted (已受理)."))
    amount = row.get("amount", parse_amount_fen)
    summary = row.text("summary")
    if len(summary) > 5000:
        row.refuse("summary", QT_TRANSLATE_NOOP("errors", "The summary is longer than {limit} characters."),
                   limit=5000)
    if received is None or not applicant_names or status is None:
        return None
    return DisputeRecord(
        received_on=received, applicants=applicants, respondents=respondents, dispute_type=dispute_type,
        source=source, status=status, case_no=row.text("case_no"), subtype=subtype, title=row.text("title")[:200],
        summary=summary, amount_fen=amount, mediators=split_names(row.raw("mediators")), venue=row.text("venue"),
        notes=row.text("notes")[:2000])


def _zh(member: StrEnum) -> str:
    from guanlan_desk.domain.enums import label

    return label(member)


def _match_type(value: str) -> DisputeType | None:
    key = squeeze(value)
    if not key:
        return None
    for member in DisputeType:
        if key in (_zh(member), _zh(member).removesuffix("纠纷")):
            return member
    return match_words(key, TYPE_WORDS)


def _source_by_label(value: str) -> Source | None:
    key = squeeze(value)
    return next((m for m in Source if key and key == _zh(m)), None)


def _risk(row: _Row, today: date, community_code: str) -> RiskRecord | None:
    kind = LedgerKind.RISKS
    found = row.get("found_on", parse_date)
    row.required("found_on", found, kind)
    _check_date(row, "found_on", found, today)
    title = row.text("title")
    row.required("title", title, kind)
    category_text = row.text("category")
    category = match_words(category_text, CATEGORY_WORDS)
    if category is None:
        category = RiskCategory.LATENT_DISPUTE
        if category_text:
            row.warn("category", QT_TRANSLATE_NOOP("errors", "The category {value} is unknown: taken in as {label}."),
                     value=category_text, label=_zh(category))
    level_text = row.text("level")
    level = match_words(level_text, LEVEL_WORDS)
    if level is None:
        if level_text:
            row.refuse("level", QT_TRANSLATE_NOOP(
                "errors", "The level {value} is not understood: write 红/橙/黄/蓝 or 重大/较大/一般/低."), value=level_text)
        level = "yellow"
        if not level_text:
            row.warn("level", QT_TRANSLATE_NOOP("errors", "No level: taken in as yellow (黄)."))
    status = match_words(row.text("status"), RISK_STATUS_WORDS) or RiskStatus.UNRESOLVED
    deadline = row.get("deadline", parse_date)
    _check_date(row, "deadline", deadline, today, future_years=10)
    count_text = row.text("involved_count")
    involved = 1
    if count_text:
        digits = "".join(ch for ch in count_text if ch.isdigit())
        if digits and 0 < int(digits) < 100000:
            involved = int(digits)
        else:
            row.refuse("involved_count", QT_TRANSLATE_NOOP("errors", "{value} is not a number of persons."),
                       value=count_text)
    parties = _parties(row, "parties", split_names(row.raw("parties")), today, community_code, with_contacts=False)
    if found is None or not title:
        return None
    return RiskRecord(found_on=found, title=title[:200], category=category, level=level, status=status,
                      code=row.text("code"), description=row.text("description")[:5000], parties=parties,
                      involved_count=max(involved, len(parties) or 1), reporter=row.text("reporter")[:100],
                      leader=row.text("leader")[:100], measures=row.text("measures")[:2000], deadline=deadline,
                      notes=row.text("notes")[:2000])


def _lcp(row: _Row, today: date, community_code: str) -> LcpRecord | None:
    names = split_names(row.raw("name"))
    row.required("name", names, LedgerKind.LCP)
    if len(names) > 1:
        row.refuse("name", QT_TRANSLATE_NOOP("errors", "One person a row: {value} holds several names."),
                   value=row.text("name"))
    sex = match_words(row.text("sex"), SEX_WORDS) or Sex.UNKNOWN
    birth = row.get("birth_date", parse_date)
    _check_date(row, "birth_date", birth, today)
    selected = row.get("selected_on", parse_date)
    _check_date(row, "selected_on", selected, today)
    id_number = row.get("id_number", parse_id_text) or ""
    if names:
        try:
            person = normalise(PartyInput(kind=PartyKind.PERSON, name=names[0], phone=row.text("phone"),
                                          id_type=IdType.RESIDENT_ID if id_number else None, id_number=id_number,
                                          birth_date=birth, sex=sex), today=today)
        except UserFacingError as exc:
            row.issues.append(RowIssue.of(exc, "name"))
            return None
    if not names or len(names) > 1:
        return None
    return LcpRecord(name=person.name, sex=person.sex, birth_date=person.birth_date, ethnicity=row.text("ethnicity"),
                     id_number=person.id_number, phone=person.phone, address=row.text("address"),
                     political_status=row.text("political_status"), education=row.text("education"),
                     occupation=row.text("occupation"), identities=row.text("identities"), selected_on=selected,
                     certificate_no=row.text("certificate_no"), notes=row.text("notes")[:2000])
