"""Foundation benchmark: demo generation of N disputes, search latency, against a raw sqlite3 baseline.

    .venv/bin/python benchmarks/bench_foundation.py --records 100000 --runs 5

The baseline is measured in the same run: a raw ``sqlite3`` ``executemany`` of the same dispute rows into
a table of the same shape (no ORM, no encryption, no search index). Figures are medians.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guanlan_desk.services import demo  # noqa: E402
from guanlan_desk.store.engine import open_database  # noqa: E402
from guanlan_desk.store.models import Dispute  # noqa: E402
from guanlan_desk.store.search import match_condition  # noqa: E402
from sqlalchemy import select  # noqa: E402

QUERIES = {"1 char": "薪", "2 chars": "工资", "4 chars": "拖欠工资", "initials": "zs"}


def raw_baseline(source: Path, target: Path) -> float:
    """Seconds to executemany the generated dispute rows into an empty copy of the table."""
    src = sqlite3.connect(source)
    columns = src.execute("PRAGMA table_info(dispute)").fetchall()
    ddl = "CREATE TABLE dispute (" + ", ".join(f"{c[1]} {c[2]}" for c in columns) + ", PRIMARY KEY (id))"
    rows = src.execute("SELECT * FROM dispute").fetchall()
    src.close()
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=FULL")
    dst.execute(ddl)
    marks = ",".join("?" * len(rows[0]))
    start = time.perf_counter()
    with dst:
        dst.executemany(f"INSERT INTO dispute VALUES ({marks})", rows)
    elapsed = time.perf_counter() - start
    dst.close()
    return elapsed


def search_ms(data_dir: Path, query: str, runs: int) -> float:
    """Median milliseconds for the first page (50 rows) of disputes matching ``query``."""
    db = open_database(data_dir)
    times = []
    try:
        for _ in range(runs):
            start = time.perf_counter()
            with db.reads() as session:
                list(session.scalars(select(Dispute.id).where(match_condition(Dispute, query))
                                     .order_by(Dispute.received_on.desc(), Dispute.id).limit(50)))
            times.append((time.perf_counter() - start) * 1000)
    finally:
        db.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    # Demo folders keep their keys inside the folder: no keyring needed.
    root = Path(tempfile.mkdtemp(prefix="guanlan-bench-"))
    try:
        gen_times, base_times = [], []
        for run in range(args.runs):
            folder = root / f"demo{run}"
            start = time.perf_counter()
            demo.generate(folder, records=args.records, seed=run + 1)
            gen_times.append(time.perf_counter() - start)
            base_times.append(raw_baseline(folder / "guanlan.db", root / f"raw{run}.db"))
            if run:
                shutil.rmtree(folder)
        gen, base = statistics.median(gen_times), statistics.median(base_times)
        print(f"records: {args.records}, runs: {args.runs}")
        print(f"demo generation (all tables, encryption, search index): {gen:.1f} s median")
        print(f"raw sqlite3 executemany of the dispute rows only:        {base:.2f} s median")
        print(f"ratio: {gen / base:.1f}x the raw insert of the disputes alone")
        for name, query in QUERIES.items():
            print(f"search {name:9s} {query!r:8}: {search_ms(root / 'demo0', query, 7):.1f} ms median (first page)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
