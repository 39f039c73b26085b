"""Reports benchmark: statistics of a year over all communities, the dispute ledger of 100,000 rows to .xlsx
(time and peak memory), and the monthly report PDF, on an office demo folder of N disputes.

    .venv/bin/python benchmarks/bench_reports.py --records 100000

The baseline, in the same run, is the same dispute counts in one raw ``sqlite3`` query (GROUP BY type and
source with SUM(CASE …) columns); the statistics call does more (risk ledger, legal-clarity persons, the
screening rounds, the month trend), so the ratio is an upper bound of the overhead. The ledger runs in a
fresh interpreter and reports its own peak resident memory (VmHWM, see ``_peak_mb``). Aims (issue 14): statistics
≤ 300 ms, ledger ≤ 15 s and ≤ 300 MB, monthly PDF ≤ 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guanlan_desk.domain.enums import WorkstationRole  # noqa: E402
from guanlan_desk.services import accounts  # noqa: E402
from guanlan_desk.services.context import Actor, Ctx  # noqa: E402
from guanlan_desk.services.demo_account import DEMO_PASSWORD, DEMO_USERNAME  # noqa: E402
from guanlan_desk.store.engine import DB_NAME, open_database  # noqa: E402

BASELINE_SQL = """
SELECT d.dispute_type,
       CASE WHEN d.source = 'party_application' THEN 'application'
            WHEN d.source IN ('committee_initiative', 'grid_screening') THEN 'initiative' ELSE 'referral' END AS src,
       SUM(CASE WHEN d.status NOT IN ('registered', 'declined') THEN 1 ELSE 0 END) AS accepted,
       SUM(CASE WHEN d.status IN ('settled', 'performed', 'not_performed', 'followed_up')
                  OR (d.status = 'archived' AND a.id IS NOT NULL) THEN 1 ELSE 0 END) AS successful,
       SUM(CASE WHEN d.status IN ('not_settled', 'referred', 'withdrawn')
                  OR (d.status = 'archived' AND a.id IS NULL) THEN 1 ELSE 0 END) AS unsuccessful,
       SUM(CASE WHEN a.kind = 'oral' THEN 1 ELSE 0 END) AS oral,
       SUM(CASE WHEN a.kind = 'written' THEN 1 ELSE 0 END) AS written,
       SUM(CASE WHEN d.status NOT IN ('registered', 'declined') THEN d.persons_involved ELSE 0 END) AS persons,
       SUM(COALESCE(a.amount_fen, 0)) AS amount,
       SUM(CASE WHEN v.venue_type = 'park_studio' THEN 1 ELSE 0 END) AS park
FROM dispute d
LEFT JOIN agreement a ON a.dispute_id = d.id AND a.deleted_at IS NULL
LEFT JOIN venue v ON v.id = d.venue_id
WHERE d.deleted_at IS NULL AND d.received_on BETWEEN ? AND ?
GROUP BY d.dispute_type, src
"""


def login(folder: Path) -> Ctx:
    """Open the folder and log in as the demo administrator (the login unlocks the data key)."""
    db = open_database(folder)
    return Ctx(db, accounts.login(Ctx(db, Actor.system()), username=DEMO_USERNAME, password=DEMO_PASSWORD))


def _peak_mb() -> float:
    """This process's peak resident memory in MB: ``VmHWM`` (the high-water mark of its own address space).

    Not ``ru_maxrss``: on Linux it survives ``exec``, so a child started by a parent holding hundreds of MB
    (the demo generator) would report the parent's size at the fork as its own peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def raw_ledger(ctx: Ctx, stmt: Any, out: Path) -> None:
    """The ledger's baseline: the same rows written as they come with xlsxwriter alone (constant memory, one
    typed write per non-empty value, no labels, masking or formats)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    ws = wb.add_worksheet()
    with ctx.read() as session:
        for r, row in enumerate(session.connection().execute(stmt)):
            for c, value in enumerate(row):
                if isinstance(value, date):
                    ws.write_datetime(r, c, value)
                elif isinstance(value, int | float):
                    ws.write_number(r, c, value)
                elif value:
                    ws.write_string(r, c, str(value))
    wb.close()


def ledger_child(folder: Path, out: Path) -> None:
    """Run in a fresh interpreter: write the whole dispute ledger, print seconds, rows and peak RSS (MB)."""
    from guanlan_desk.reports import ledgers
    from guanlan_desk.reports.period import Period, Scope

    ctx = login(folder)
    db = ctx.db
    start = time.perf_counter()
    period = Period.between(date(2000, 1, 1), ctx.today())
    result = ledgers.dispute_ledger(ctx, period, Scope(), out)
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    raw_ledger(ctx, ledgers.dispute_rows(period, Scope()), out.with_name("raw.xlsx"))
    baseline = time.perf_counter() - start
    db.close()
    peak = _peak_mb()
    print(json.dumps({"seconds": seconds, "rows": result.rows, "peak_mb": peak, "bytes": out.stat().st_size,
                      "baseline": baseline}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse (or create) the demo folder here")
    parser.add_argument("--ledger-child", nargs=2, metavar=("FOLDER", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ledger_child:
        ledger_child(Path(args.ledger_child[0]), Path(args.ledger_child[1]))
        return 0

    from guanlan_desk.printing.monthly_report import write_report
    from guanlan_desk.reports import statistics
    from guanlan_desk.reports.period import Period, Scope

    root = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    folder = args.keep or root / "office"
    try:
        if not (folder / DB_NAME).exists():
            from guanlan_desk.services import demo  # only here: the ledger child's peak memory is its own

            t = time.perf_counter()
            demo.generate(folder, records=args.records, seed=1, role=WorkstationRole.OFFICE)
            print(f"demo office folder of {args.records} disputes: {time.perf_counter() - t:.1f} s")
        print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        ctx = login(folder)
        db = ctx.db
        today = ctx.today()
        year = Period.year(today.year)

        conn = sqlite3.connect(folder / DB_NAME)
        conn.execute(BASELINE_SQL, (year.start.isoformat(), year.end.isoformat())).fetchall()  # warm the cache
        t = time.perf_counter()
        base_rows = conn.execute(BASELINE_SQL, (year.start.isoformat(), year.end.isoformat())).fetchall()
        baseline = time.perf_counter() - t
        conn.close()

        statistics.compute(ctx, Period.year(today.year - 1), Scope())  # warm up (statement compilation)
        t = time.perf_counter()
        stats = statistics.compute(ctx, year, Scope())
        stats_s = time.perf_counter() - t
        base_accepted = sum(r[2] for r in base_rows)
        base_success = sum(r[3] for r in base_rows)
        assert (base_accepted, base_success) == (stats.disputes.accepted, stats.disputes.successful), (
            base_accepted, base_success, stats.disputes.accepted, stats.disputes.successful)
        print(f"statistics of {year.label}, all communities: {stats_s * 1000:.0f} ms "
              f"({stats.disputes.accepted} accepted); raw SQL baseline {baseline * 1000:.0f} ms; "
              f"ratio {stats_s / baseline:.1f}x; aim <= 300 ms")

        month = Period.month(today.year, today.month).previous()
        write_report(ctx, month.previous(), Scope(), root / "warm.pdf")  # fonts parsed once per process
        t = time.perf_counter()
        made = write_report(ctx, month, Scope(), root / "month.pdf")
        pdf_s = time.perf_counter() - t
        print(f"monthly report PDF {month.label}: {pdf_s:.2f} s, {made.pages} pages, "
              f"{(root / 'month.pdf').stat().st_size // 1024} KB; aim <= 2 s")
        db.close()

        done = subprocess.run([sys.executable, __file__, "--ledger-child", str(folder), str(root / "ledger.xlsx")],
                              check=True, capture_output=True, text=True)
        ledger = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"dispute ledger: {ledger['rows']} rows in {ledger['seconds']:.1f} s, peak memory "
              f"{ledger['peak_mb']:.0f} MB, {ledger['bytes'] / 1e6:.1f} MB file; the same rows with xlsxwriter alone "
              f"{ledger['baseline']:.1f} s, ratio {ledger['seconds'] / ledger['baseline']:.2f}x; "
              f"aim <= 15 s and <= 300 MB")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
