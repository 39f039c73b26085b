"""The ``report`` command of the CLI: statistics (with ``--list KEY`` for the records behind a figure),
the year-end paragraph, the Excel ledgers, the monthly/quarterly PDF and the office overview.

Wired in by ``cli.build_parser`` like ``sync/commands.py``; it logs in (personal data may be in a ledger),
and gets the PDF writer and the bundle gaps from the layers above it (printing and sync).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.paths import default_data_dir
from guanlan_desk.reports import drill, ledgers, overview, settings, statistics, year_end
from guanlan_desk.reports.period import Period, Scope, parse_period
from guanlan_desk.reports.settings import ReportSettings
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.engine import Database, open_database

AddCommand = Callable[..., argparse.ArgumentParser]
Login = Callable[[Database, argparse.Namespace], Ctx]
PdfWriter = Callable[[Ctx, Period, Scope, Path, ReportSettings], Any]
Gaps = Callable[[Ctx], Mapping[str, tuple[int, int]]]
LEDGERS = ("disputes", "risks", "lcp", "stats")


@dataclass(frozen=True, slots=True)
class Wiring:
    """What the command needs from above: logging in, writing the PDF, the bundle gaps."""

    login: Login
    write_pdf: PdfWriter
    gaps: Gaps


def _period(args: argparse.Namespace, ctx: Ctx) -> Period:
    if args.period:
        return parse_period(args.period)
    today = ctx.today()
    return Period.month(today.year, today.month).previous()


def _scope(args: argparse.Namespace, ctx: Ctx) -> Scope:
    return Scope.parse(args.community) if args.community else statistics.default_scope(ctx)


def _print_stats(ctx: Ctx, period: Period, scope: Scope, conf: ReportSettings) -> None:
    stats = statistics.compute(ctx, period, scope, conf)
    print(f"{period.label}  {stats.scope_label}")
    section = ""
    for line in statistics.table(stats):
        if line.section != section:
            section = line.section
            print(section)
        unit = "" if line.value.endswith(line.unit) else f" {line.unit}"
        print(f"  {'  ' * line.indent}{line.label}\t{line.value}{unit}\t[{line.key or ''}]")
    print("(report stats --list KEY lists the records behind a figure)")


def _print_list(ctx: Ctx, period: Period, scope: Scope, key: str) -> None:
    rows = drill.records(ctx, period, scope, key)
    for r in rows:
        day = r.day.isoformat() if r.day else ""
        print(f"{r.reference}\t{day}\t{r.community}\t{r.what}\t{r.status}\t{r.record_id}")
    print(f"{len(rows)} records under {key} ({period.label})")


def _run(args: argparse.Namespace, wiring: Wiring) -> int:
    data_dir = Path(args.data_dir).expanduser() if getattr(args, "data_dir", None) else default_data_dir()
    db = open_database(data_dir)
    try:
        ctx = wiring.login(db, args)
        return _work(ctx, args, wiring)
    finally:
        db.close()


def _work(ctx: Ctx, args: argparse.Namespace, wiring: Wiring) -> int:
    conf = settings.load(ctx)
    if args.lcp_minimum is not None:
        conf = ReportSettings(args.lcp_minimum, conf.bundle_max_age_days).validate()
    period, scope = _period(args, ctx), _scope(args, ctx)
    if args.what == "stats":
        if args.list:
            _print_list(ctx, period, scope, args.list)
        else:
            _print_stats(ctx, period, scope, conf)
    elif args.what == "year-end":
        parts = year_end.segments(statistics.compute(ctx, period, scope, conf))
        print(year_end.plain_text(parts))
        print()
        for number, key in year_end.references(parts):
            print(f"  {number}\treport stats --period {period.code} --list {key}")
    elif args.what == "ledger":
        if not args.out:
            raise UserFacingError(QT_TRANSLATE_NOOP("errors", "Name the workbook to write with --out FILE.xlsx."))
        out = Path(args.out)
        if args.kind == "disputes":
            result = ledgers.dispute_ledger(ctx, period, scope, out, unmask=args.unmask)
        elif args.kind == "risks":
            result = ledgers.risk_ledger(ctx, period, scope, out, unmask=args.unmask)
        elif args.kind == "lcp":
            result = ledgers.lcp_roster(ctx, scope, out, unmask=args.unmask)
        else:
            result = ledgers.statistics_workbook(ctx, statistics.compute(ctx, period, scope, conf), out)
        print(f"{result.path}: {result.rows} rows{' (unmasked)' if result.unmasked else ''}, sha256 {result.sha256}")
    elif args.what == "pdf":
        if not args.out:
            raise UserFacingError(QT_TRANSLATE_NOOP("errors", "Name the PDF to write with --out FILE.pdf."))
        made = wiring.write_pdf(ctx, period, scope, Path(args.out), conf)
        print(f"{made.path}: {made.pages} pages, sha256 {made.sha256}")
    else:
        view = overview.office_overview(ctx, conf, wiring.gaps(ctx))
        print(f"bundles older than {view.max_age_days} days are flagged")
        for c in view.lines:
            age = f"{c.age_days:.1f} days ago (bundle {c.last_bundle_seq})" if c.age_days is not None else "never"
            gap = f"  GAP bundles {c.gap[0]}–{c.gap[1]} missing" if c.gap else ""
            print(f"{'!' if c.stale else ' '} {c.name}\tlast bundle: {age}{gap}\tconflicts {c.conflicts}\t"
                  f"open disputes {c.open_disputes}\tfollow-ups due {c.follow_ups_due}\t"
                  f"overdue risks {c.overdue_risks}\tpast deadline {c.past_deadline}")
    return 0


def add_commands(add: AddCommand, wiring: Wiring) -> None:
    """Register ``report`` through the CLI's ``add(name, func, help, login=True)`` helper."""
    p = add("report", lambda args: _run(args, wiring),
            "statistics, year-end figures, Excel ledgers, the monthly PDF and the office overview", login=True)
    p.add_argument("what", choices=["stats", "year-end", "ledger", "pdf", "overview"])
    p.add_argument("--period", help="2026-11, 2026Q4, 2026 or 2026-01-01..2026-03-31 (default: last month)")
    p.add_argument("--community", help="community codes, comma-separated, or 'all' (default: this workstation's)")
    p.add_argument("--list", metavar="KEY", help="stats: list the records behind the figure KEY")
    p.add_argument("--kind", choices=LEDGERS, default="disputes", help="ledger: which workbook")
    p.add_argument("--out", help="ledger/pdf: the file to write")
    p.add_argument("--unmask", action="store_true", help="ledger: personal fields in clear (permission needed)")
    p.add_argument("--lcp-minimum", type=int, help="legal-clarity persons each community should have")
