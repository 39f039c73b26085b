"""The statistics of a period and scope in one call, and the table every output shows (screen, CLI,
Excel, PDF): sections of lines, each line with its value and the key of the query behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from guanlan_desk.reports import disputes, lcp, risks
from guanlan_desk.reports.disputes import DisputeStats
from guanlan_desk.reports.lcp import LcpStats
from guanlan_desk.reports.period import Period, Scope
from guanlan_desk.reports.risks import RiskStats
from guanlan_desk.reports.settings import ReportSettings
from guanlan_desk.reports.sources import Outcome
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.reference import OFFICE_CODE
from guanlan_desk.store.models import Community

NOT_RECORDED = "—"


@dataclass(frozen=True, slots=True)
class Statistics:
    """Every figure of a period and scope (counts only: no personal field is read)."""

    period: Period
    scope: Scope
    scope_label: str
    communities: dict[str, str]
    today: date
    disputes: DisputeStats
    risks: RiskStats
    lcps: LcpStats


def communities(ctx: Ctx) -> dict[str, str]:
    """Code → name of the communities statistics are kept for (not the street office itself)."""
    with ctx.read() as session:
        rows = session.execute(select(Community.code, Community.name).where(Community.deleted_at.is_(None)))
        return {str(c): str(n) for c, n in rows if c != OFFICE_CODE}


def default_scope(ctx: Ctx) -> Scope:
    """A community workstation counts its own community; the office counts all."""
    ws = ctx.db.workstation
    return Scope((ws.community_code,)) if ws.role == "community" else Scope()


def scope_label(scope: Scope, names: dict[str, str]) -> str:
    """全街道 or the communities' names."""
    if scope.everything:
        return "全街道"
    return "、".join(names.get(c, c) for c in scope.codes)


def compute(ctx: Ctx, period: Period, scope: Scope, settings: ReportSettings | None = None) -> Statistics:
    """The statistics of ``period`` over ``scope``."""
    names = communities(ctx)
    today = ctx.today()
    minimum = (settings or ReportSettings()).lcp_minimum
    with ctx.read() as session:
        config = load_config(session)
        d = disputes.collect(session, period, scope)
        r = risks.collect(session, period, scope, config, today)
        p = lcp.collect(session, period, scope, names, minimum)
    return Statistics(period, scope, scope_label(scope, names), names, today, d, r, p)


def totals(ctx: Ctx, period: Period, scope: Scope) -> disputes.Totals:
    """Accepted and successful cases of a period (a report's comparison with the previous period)."""
    with ctx.read() as session:
        return disputes.totals(session, period, scope)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the statistics table: section, label, shown value, number (for Excel), unit, query key."""

    section: str
    label: str
    value: str
    number: float | None
    unit: str
    key: str | None
    indent: int = 0


def _count(section: str, name: str, n: int, key: str | None, unit: str = "件", indent: int = 0) -> Line:
    return Line(section, name, str(n), n, unit, key, indent)


def _pct(section: str, name: str, value: float, key: str | None, indent: int = 0) -> Line:
    return Line(section, name, f"{value:.1f}%", round(value, 1), "%", key, indent)


def table(stats: Statistics) -> tuple[Line, ...]:
    """The statistics table, section by section."""
    d, r, p = stats.disputes, stats.risks, stats.lcps
    out: list[Line] = []
    s = "一、人民调解"
    out += [_count(s, "受理矛盾纠纷", d.accepted, "accepted"),
            _count(s, "调解成功", d.successful, Outcome.SUCCESS.value),
            _pct(s, "调解成功率", 100 * d.success_rate, Outcome.SUCCESS.value),
            _count(s, "未调解成功", d.cases(Outcome.UNSUCCESSFUL.value), Outcome.UNSUCCESSFUL.value),
            _count(s, "正在调解", d.cases(Outcome.PENDING.value), Outcome.PENDING.value),
            _count(s, "登记未受理", d.cases("not_accepted"), "not_accepted"),
            Line(s, "协议涉及金额", f"{d.amount_wan:.2f}", round(d.amount_wan, 2), "万元", Outcome.SUCCESS.value),
            _count(s, "口头协议", d.cases("oral"), "oral"),
            _count(s, "书面协议", d.cases("written"), "written"),
            _count(s, "协议已履行", d.cases("performed"), "performed"),
            _count(s, "申请司法确认", d.cases("jc_applied"), "jc_applied"),
            Line(s, "司法确认", str(d.cases("jc_confirmed")) if d.jc_confirmed_recorded else NOT_RECORDED,
                 d.cases("jc_confirmed") if d.jc_confirmed_recorded else None, "件", "jc_confirmed"),
            _count(s, "涉及当事人", d.persons("accepted"), "accepted", "人次")]
    s = "二、纠纷类型（件，占受理数%）"
    for t in d.by_type:
        out.append(Line(s, t.label, f"{t.count}（{t.percent:.1f}%）", t.count, "件", t.key))
    s = "三、案件来源"
    for share in d.by_source:
        out.append(Line(s, share.label, f"{share.count}（{share.percent:.1f}%）", share.count, "件", share.key))
    s = "四、调解场所"
    for share in d.by_venue:
        out.append(Line(s, share.label, f"{share.count}（{share.percent:.1f}%）", share.count, "件", share.key))
    s = "五、预防与排查"
    out += [_count(s, "防止民转刑", d.cases("prevent_criminal"), "prevent_criminal"),
            _count(s, "防止民转刑涉及", d.persons("prevent_criminal"), "prevent_criminal", "人"),
            _count(s, "防止群体性上访", d.cases("prevent_petition"), "prevent_petition"),
            _count(s, "防止群体性上访涉及", d.persons("prevent_petition"), "prevent_petition", "人"),
            _count(s, "排查次数", d.screening_rounds, "screening_rounds", "次"),
            _count(s, "网格员排查发现纠纷", d.cases("grid_found"), "grid_found")]
    s = "六、风险隐患"
    out += [_count(s, "新发现", r.count("risk:found"), "risk:found", "项"),
            _count(s, "期末在办", r.count("risk:open"), "risk:open", "项"),
            _count(s, "销号", r.count("risk:closed"), "risk:closed", "项"),
            _count(s, "超期未化解", r.count("risk:overdue"), "risk:overdue", "项"),
            Line(s, "平均化解用时", f"{r.avg_days_to_close:.1f}" if r.avg_days_to_close is not None else NOT_RECORDED,
                 round(r.avg_days_to_close, 1) if r.avg_days_to_close is not None else None, "天", "risk:closed")]
    for line in r.by_level:
        out.append(Line(s, f"{line.label}色等级（新发现/在办/销号/超期）",
                        f"{line.found}/{line.open}/{line.closed}/{line.overdue}", line.open, "项",
                        f"risk:open{line.key}", 1))
    for line in r.by_category:
        out.append(Line(s, f"{line.label}（新发现/在办/销号/超期）",
                        f"{line.found}/{line.open}/{line.closed}/{line.overdue}", line.open, "项",
                        f"risk:open{line.key}", 1))
    s = "七、法律明白人"
    for key, name, n in p.by_status:
        out.append(_count(s, name, n, key, "人"))
    out += [_count(s, "参加培训", p.trained_persons, "lcp:trained", "人"),
            _count(s, "培训", p.training_sessions, "lcp:sessions", "场")]
    for svc in p.services:
        out.append(Line(s, f"{svc.label}（场次/人次/人数）", f"{svc.events}/{svc.person_times}/{svc.persons}",
                        svc.events, "场", svc.key, 1))
    short = [c for c in p.coverage if not c.ok]
    out.append(Line(s, f"达到每社区{p.coverage[0].minimum if p.coverage else 0}人的社区",
                    f"{len(p.coverage) - len(short)}/{len(p.coverage)}", len(p.coverage) - len(short), "个",
                    "lcp:coverage"))
    for c in p.coverage:
        out.append(Line(s, c.name, f"{c.registered}{'' if c.ok else '（不足）'}", c.registered, "人", c.key, 1))
    return tuple(out)

