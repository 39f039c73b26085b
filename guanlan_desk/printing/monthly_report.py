"""The monthly/quarterly report PDF: statistics (reports) laid out by the form (forms), written atomically
and registered in the audit log as a print."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.forms import monthly_report
from guanlan_desk.forms.monthly_report import LevelBar, MonthlyReportInfo, ReportLine
from guanlan_desk.printing.jobs import write_pdf
from guanlan_desk.reports import statistics, year_end
from guanlan_desk.reports.period import Period, PeriodKind, Scope
from guanlan_desk.reports.settings import ReportSettings
from guanlan_desk.reports.disputes import Totals
from guanlan_desk.reports.statistics import Statistics
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx


@dataclass(frozen=True, slots=True)
class ReportResult:
    """A written report."""

    path: Path
    pages: int
    sha256: str


def _change(now: int, before: int, unit: str) -> str:
    if now == before:
        return f"持平（{now}{unit}）"
    word = "增加" if now > before else "减少"
    pct = f"，{abs(now - before) / before:.1%}" if before else ""
    return f"{word}{abs(now - before)}{unit}{pct}"


def highlights(stats: Statistics, previous: Totals) -> tuple[str, ...]:
    """The period's highlights: the figures paragraph, the comparison with the previous period (``previous``),
    what needs attention."""
    d, pd = stats.disputes, previous
    out = [year_end.plain_text(year_end.segments(stats))]
    name = {PeriodKind.MONTH: "上月", PeriodKind.QUARTER: "上季度", PeriodKind.YEAR: "上年"}.get(
        stats.period.kind, "上期")
    points = 100 * (d.success_rate - pd.success_rate)
    trend = "持平" if abs(points) < 0.05 else f"{'上升' if points > 0 else '下降'}{abs(points):.1f}个百分点"
    out.append(f"与{name}相比，受理矛盾纠纷{_change(d.accepted, pd.accepted, '宗')}，调解成功率{trend}。")
    r = stats.risks
    late = sorted((ln for ln in r.by_leader if ln.overdue), key=lambda ln: (-ln.overdue, ln.label))[:3]
    text = f"期末在办风险隐患{r.count('risk:open')}项，其中超过化解时限{r.count('risk:overdue')}项"
    if late:
        text += "，超期较多的包案领导：" + "、".join(f"{ln.label}（{ln.overdue}项）" for ln in late)
    out.append(text + "。")
    short = [c for c in stats.lcps.coverage if not c.ok]
    if short:
        out.append(f"法律明白人未达到每社区{short[0].minimum}人的社区：" +
                   "、".join(f"{c.name}（{c.registered}人）" for c in short) + "。")
    return tuple(out)


def report_info(stats: Statistics, previous: Totals, compiled_by: str) -> MonthlyReportInfo:
    """The report's plain data from the statistics."""
    kind = "季报" if stats.period.kind is PeriodKind.QUARTER else ("年报" if stats.period.kind is PeriodKind.YEAR
                                                                 else "月报")
    d = stats.disputes
    return MonthlyReportInfo(
        title=f"观澜街道人民调解工作{kind}", period_label=stats.period.label, scope_label=stats.scope_label,
        compiled_by=compiled_by, compiled_on=stats.today, highlights=highlights(stats, previous),
        lines=tuple(ReportLine(ln.section, ln.label, ln.value, ln.unit, ln.indent) for ln in statistics.table(stats)),
        trend=tuple((f"{m.month}月", m.accepted, m.successful) for m in d.trend),
        types=tuple(sorted(((t.label.removesuffix("纠纷"), t.count) for t in d.by_type), key=lambda x: -x[1])),
        sources=tuple((s.label, s.count) for s in d.by_source),
        levels=tuple(LevelBar(ln.label, ln.colour, ln.found, ln.open, ln.closed, ln.overdue)
                     for ln in stats.risks.by_level))


def render(ctx: Ctx, period: Period, scope: Scope, settings: ReportSettings | None = None) -> tuple[bytes, int]:
    """The PDF bytes and page count of the report of ``period`` over ``scope`` (the statistics computed once;
    of the previous period only the two figures the comparison needs)."""
    stats = statistics.compute(ctx, period, scope, settings)
    previous = statistics.totals(ctx, period.previous(), scope)
    out = io.BytesIO()
    pages = monthly_report.render(report_info(stats, previous, ctx.actor.display_name), out)
    return out.getvalue(), pages


def write_report(ctx: Ctx, period: Period, scope: Scope, out: Path,
                 settings: ReportSettings | None = None) -> ReportResult:
    """Render and write the report (temporary name, fsync, rename); registered in the audit log as a print."""
    pdf, pages = render(ctx, period, scope, settings)
    write_pdf(out, pdf)
    digest = audit.record_output(ctx, AuditAction.PRINT, what="monthly_report", entity_id=period.code,
                                 content=pdf, count=1, destination=str(out))
    return ReportResult(out, pages, digest)
