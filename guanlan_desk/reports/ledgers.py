"""The Excel ledgers: 矛盾纠纷排查化解台账 (streamed, constant memory), 风险隐患台账 (a colour per level),
法律明白人花名册, and the statistics table.

Personal fields (party names in titles, phones, ID numbers) are masked unless the user may unmask and
asks to; every workbook is registered in the audit log as an export (hash, rows, destination).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Unpack

from sqlalchemy import Select, and_, func, select
from xlsxwriter.workbook import Workbook

from guanlan_desk.domain.enums import (
    DEFAULT_SUBTYPES,
    AgreementKind,
    DisputeStatus,
    LcpIdentity,
    LcpStatus,
    Performance,
    RiskCategory,
    Sex,
    Source,
    label,
)
from guanlan_desk.domain.masking import mask_address, mask_id, mask_name, mask_phone
from guanlan_desk.domain.roles import Permission
from guanlan_desk.reports import disputes as dispute_stats
from guanlan_desk.reports import risks as risk_stats
from guanlan_desk.reports import sources
from guanlan_desk.reports.period import Period, Scope
from guanlan_desk.reports.statistics import Statistics, communities, table
from guanlan_desk.reports.xlsx_base import Column, ExportResult, begin_sheet, check_export, formats, write_workbook
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.store.models import Agreement, Dispute, DisputeMediator, Grid, LegalClarityPerson, RiskItem, Venue

DISPUTE_COLUMNS = (
    Column("序号", 7, "int"), Column("案号", 24), Column("受理日期", 11, "date"), Column("社区（网格）", 18),
    Column("纠纷类型", 16), Column("案件来源", 14), Column("调解场所", 18), Column("纠纷简要情况", 36, "wrap"),
    Column("当事人", 16), Column("调解员", 9), Column("办理结果（协议形式、履行情况）", 26, "wrap"),
    Column("协议金额（元）", 13, "amount"), Column("结案日期", 11, "date"),
)


def _label_or(enum: Any, code: str) -> str:
    try:
        return label(enum(code))
    except ValueError:
        return code


def _masked_text(text: str, names: list[str]) -> str:
    for name in names:
        if len(name) > 1:
            text = text.replace(name, mask_name(name))
    return text


def _subtitle(period: Period, scope_text: str, ctx: Ctx, unmask: bool) -> str:
    masked = "" if unmask else "（个人信息已脱敏）"
    return f"统计期间：{period.label}    范围：{scope_text}    导出：{ctx.actor.display_name} {ctx.today():%Y-%m-%d}{masked}"


def _scope_text(ctx: Ctx, scope: Scope) -> str:
    names = communities(ctx)
    return "全街道" if scope.everything else "、".join(names.get(c, c) for c in scope.codes)


def _outcome(status: str, kind: str | None, performance: str | None) -> str:
    """办理结果: the status, and the agreement's form and performance."""
    text = _label_or(DisputeStatus, status)
    if kind:
        text += f"（{_label_or(AgreementKind, kind)}" + (f"，{_label_or(Performance, performance)}）" if performance
                                                         else "）")
    return text


def dispute_rows(period: Period, scope: Scope) -> "Select[Unpack[tuple[Any, ...]]]":
    """The ledger's rows in order of receipt; the mediator is the lead one (else any), found without a sort."""
    def mediator(*conds: Any) -> Any:
        return select(DisputeMediator.name).where(DisputeMediator.dispute_id == Dispute.id,
                                                  DisputeMediator.deleted_at.is_(None), *conds).limit(1)
    lead = func.coalesce(mediator(DisputeMediator.is_lead.is_(True)).scalar_subquery(), mediator().scalar_subquery())
    return dispute_stats.scoped(select(
        Dispute.case_no, Dispute.received_on, Dispute.community_code, Grid.name.label("grid"),
        Dispute.dispute_type, Dispute.subtype, Dispute.source, Venue.name.label("venue"), Dispute.title,
        Dispute.party_names, lead.label("mediator"), Dispute.status, Agreement.kind, Agreement.amount_fen,
        Agreement.performance, Dispute.closed_on).select_from(Dispute)
        .outerjoin(Agreement, and_(Agreement.dispute_id == Dispute.id, Agreement.deleted_at.is_(None)))
        .outerjoin(Venue, Venue.id == Dispute.venue_id).outerjoin(Grid, Grid.id == Dispute.grid_id),
        period, scope).order_by(Dispute.received_on, Dispute.case_no)


def dispute_ledger(ctx: Ctx, period: Period, scope: Scope, out: Path, *, unmask: bool = False) -> ExportResult:
    """矛盾纠纷排查化解台账 of the disputes received in the period (streamed: flat memory at 100,000 rows)."""
    check_export(ctx, unmask)
    ctx.require(Permission.DISPUTE_READ, "view disputes")
    names = communities(ctx)
    scope_text = _scope_text(ctx, scope)

    def build(wb: Workbook) -> int:
        fmt = formats(wb)
        sheet = begin_sheet(wb, "矛盾纠纷台账", f"矛盾纠纷排查化解台账（{period.label}）",
                            _subtitle(period, scope_text, ctx, unmask), DISPUTE_COLUMNS, fmt)
        n = 0
        # The few distinct codes of a ledger are labelled once each (types, sources, outcomes, places).
        type_labels: dict[tuple[str, str], str] = {}
        source_labels: dict[str, str] = {}
        outcomes: dict[tuple[str, str | None, str | None], str] = {}
        places: dict[tuple[str, str | None], str] = {}
        with ctx.read() as session:
            for r in session.connection().execution_options(yield_per=2000).execute(dispute_rows(period, scope)):
                n += 1
                people = r.party_names.split()
                tkey = (r.dispute_type, r.subtype)
                if tkey not in type_labels:
                    t = label(sources.stat_type(r.dispute_type, r.subtype))
                    sub = DEFAULT_SUBTYPES.get(r.subtype)
                    type_labels[tkey] = f"{t}（{sub[1]}）" if sub else t
                okey = (r.status, r.kind, r.performance)
                outcome = outcomes.get(okey)
                if outcome is None:
                    outcome = outcomes[okey] = _outcome(*okey)
                pkey = (r.community_code, r.grid)
                place = places.get(pkey)
                if place is None:
                    community = names.get(r.community_code, r.community_code)
                    place = places[pkey] = f"{community}（{r.grid}）" if r.grid else community
                source = source_labels.get(r.source)
                if source is None:
                    source = source_labels[r.source] = _label_or(Source, r.source)
                sheet.write((
                    n, r.case_no, r.received_on, place, type_labels[tkey], source, r.venue or "",
                    r.title if unmask else _masked_text(r.title, people),
                    "、".join(people if unmask else [mask_name(p) for p in people]), r.mediator or "", outcome,
                    r.amount_fen / 100 if r.amount_fen is not None else None, r.closed_on))
        return n

    return write_workbook(ctx, out, "dispute_ledger", build, unmask=unmask, constant_memory=True)


RISK_COLUMNS = (
    Column("序号", 6, "int"), Column("编号", 18), Column("发现日期", 11, "date"), Column("社区", 10),
    Column("网格", 12), Column("类别", 12), Column("等级", 6), Column("风险隐患情况", 36, "wrap"),
    Column("涉及人数", 8, "int"), Column("包案领导", 10), Column("责任单位", 16, "wrap"), Column("责任人", 9),
    Column("联系电话", 14), Column("管控措施", 28, "wrap"), Column("化解时限", 11, "date"), Column("状态", 9),
    Column("销号日期", 11, "date"),
)


def risk_ledger(ctx: Ctx, period: Period, scope: Scope, out: Path, *, unmask: bool = False) -> ExportResult:
    """风险隐患台账 of the items alive in the period; the level cell carries the level's colour."""
    check_export(ctx, unmask)
    ctx.require(Permission.RISK_READ, "view risk items")
    names = communities(ctx)
    scope_text = _scope_text(ctx, scope)
    with ctx.read() as session:
        config = load_config(session)
        grids = {g.id: g.name for g in session.scalars(select(Grid))}
        stmt = risk_stats.scoped(select(RiskItem), period, scope).order_by(RiskItem.found_on, RiskItem.code)
        if not ctx.can(Permission.KEY_PERSON_READ):
            stmt = stmt.where(RiskItem.category != RiskCategory.KEY_PERSON.value)
        items = [(r.code, r.found_on, r.community_code, grids.get(r.grid_id, "") if r.grid_id else "", r.category,
                  r.level, r.title + ("：" + r.description if r.description else ""), r.involved_count,
                  r.leader_name, r.responsible_units, r.responsible_person, r.responsible_phone or "",
                  r.control_measures, r.deadline, r.status, r.closed_on) for r in session.scalars(stmt)]
    palette = {lvl.code: lvl for lvl in config.risk_levels}

    def build(wb: Workbook) -> int:
        fmt = formats(wb)
        level_fmt = {code: wb.add_format({"font_name": "宋体", "font_size": 10, "border": 1, "bold": True,
                                          "align": "center", "bg_color": lvl.colour,
                                          "font_color": "#FFFFFF" if code in ("red", "blue") else "#000000"})
                     for code, lvl in palette.items()}
        sheet = begin_sheet(wb, "风险隐患台账", f"风险隐患排查台账（{period.label}）",
                            _subtitle(period, scope_text, ctx, unmask), RISK_COLUMNS, fmt)
        for n, it in enumerate(items, 1):
            row = sheet.row
            phone = it[11] if unmask else (mask_phone(it[11]) if it[11] else "")
            sheet.write((n, it[0], it[1], names.get(it[2], it[2]), it[3], _label_or(RiskCategory, it[4]),
                         palette[it[5]].label if it[5] in palette else it[5], it[6], it[7], it[8], it[9], it[10],
                         phone, it[12], it[13], risk_stats.status_label(it[14]), it[15]))
            if it[5] in level_fmt:
                sheet.ws.write_string(row, 6, palette[it[5]].label, level_fmt[it[5]])
        legend = sheet.row + 1
        sheet.ws.write_string(legend, 1, "等级图例：", fmt["subtitle"])
        for i, (code, lvl) in enumerate(palette.items()):
            sheet.ws.write_string(legend, 2 + i, f"{lvl.label}（{lvl.lead}）", level_fmt[code])
        return len(items)

    return write_workbook(ctx, out, "risk_ledger", build, unmask=unmask)


LCP_COLUMNS = (
    Column("序号", 6, "int"), Column("姓名", 9), Column("性别", 5), Column("出生日期", 11, "date"), Column("社区", 10),
    Column("网格", 12), Column("政治面貌", 9), Column("文化程度", 9), Column("职业", 12), Column("身份类别", 22, "wrap"),
    Column("联系电话", 14), Column("身份证号", 20), Column("住址", 20, "wrap"), Column("状态", 8),
    Column("认定日期", 11, "date"), Column("证书编号", 16),
)


def lcp_roster(ctx: Ctx, scope: Scope, out: Path, *, unmask: bool = False, period: Period | None = None) -> ExportResult:
    """法律明白人花名册 of the scope (every status; phones, ID numbers and addresses masked unless unmasked)."""
    check_export(ctx, unmask)
    ctx.require(Permission.LCP_READ, "view legal-clarity persons")
    names = communities(ctx)
    scope_text = _scope_text(ctx, scope)
    with ctx.read() as session:
        grids = {g.id: g.name for g in session.scalars(select(Grid))}
        stmt = select(LegalClarityPerson).where(LegalClarityPerson.deleted_at.is_(None)).order_by(
            LegalClarityPerson.community_code, LegalClarityPerson.name)
        if not scope.everything:
            stmt = stmt.where(LegalClarityPerson.community_code.in_(scope.codes))
        people = [(p.name, p.sex, p.birth_date, p.community_code, grids.get(p.grid_id, "") if p.grid_id else "",
                   p.political_status, p.education, p.occupation, p.identities, p.phone or "", p.id_number or "",
                   p.address or "", p.status, p.recognised_on, p.certificate_no) for p in session.scalars(stmt)]

    def show(value: str, mask: Callable[[str], str]) -> str:
        return value if unmask or not value else mask(value)

    def build(wb: Workbook) -> int:
        fmt = formats(wb)
        sub = f"范围：{scope_text}    导出：{ctx.actor.display_name} {ctx.today():%Y-%m-%d}" + (
            "" if unmask else "（个人信息已脱敏）")
        sheet = begin_sheet(wb, "法律明白人花名册", "法律明白人花名册", sub, LCP_COLUMNS, fmt)
        for n, p in enumerate(people, 1):
            identities = "、".join(_label_or(LcpIdentity, i) for i in p[8].split(",") if i)
            sheet.write((n, p[0] if unmask else mask_name(p[0]), _label_or(Sex, p[1]), p[2] if unmask else None,
                         names.get(p[3], p[3]), p[4], p[5], p[6], p[7], identities, show(p[9], mask_phone),
                         show(p[10], mask_id), show(p[11], mask_address), _label_or(LcpStatus, p[12]), p[13], p[14]))
        return len(people)

    return write_workbook(ctx, out, "lcp_roster", build, unmask=unmask)


STAT_COLUMNS = (Column("项目", 12), Column("指标", 40), Column("数值", 12, "amount"), Column("单位", 6),
                Column("说明", 26))


def statistics_workbook(ctx: Ctx, stats: Statistics, out: Path) -> ExportResult:
    """The statistics table, the 15 types × 3 sources, and the risk ledger per leader (counts only)."""
    check_export(ctx, False)

    def build(wb: Workbook) -> int:
        fmt = formats(wb)
        sub = f"统计期间：{stats.period.label}    范围：{stats.scope_label}    导出：{ctx.actor.display_name}"
        sheet = begin_sheet(wb, "统计表", f"人民调解及矛盾纠纷排查化解工作统计表（{stats.period.label}）", sub,
                            STAT_COLUMNS, fmt)
        lines = table(stats)
        for line in lines:
            sheet.write((line.section, ("    " * line.indent) + line.label, line.number, line.unit,
                         "" if line.number is not None and line.value == str(line.number) else line.value))
        cols = (Column("纠纷类型", 16), Column("合计", 8, "int"), Column("占比%", 8, "amount")) + tuple(
            c for s in stats.disputes.by_source for c in (Column(s.label, 10, "int"), Column("占比%", 8, "amount")))
        matrix = begin_sheet(wb, "类型×来源", f"纠纷类型及来源（{stats.period.label}）", sub, cols, fmt)
        for t in stats.disputes.by_type:
            matrix.write((t.label, t.count, round(t.percent, 1),
                          *[v for s in t.by_source for v in (s.count, round(s.percent, 1))]))
        d = stats.disputes
        matrix.write(("合计", d.accepted, 100.0 if d.accepted else 0.0,
                      *[v for s in d.by_source for v in (s.count, round(s.percent, 1))]))
        lcols = (Column("包案领导", 16), Column("新发现", 9, "int"), Column("在办", 9, "int"), Column("销号", 9, "int"),
                 Column("超期", 9, "int"))
        leaders = begin_sheet(wb, "包案领导", f"风险隐患包案情况（{stats.period.label}）", sub, lcols, fmt)
        for ln in stats.risks.by_leader:
            leaders.write((ln.label, ln.found, ln.open, ln.closed, ln.overdue))
        return len(lines)

    return write_workbook(ctx, out, "statistics_table", build, unmask=False)
