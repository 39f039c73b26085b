"""Sync benchmark: full export and import of N demo disputes (with parties, sessions …), against raw sqlite3.

    .venv/bin/python benchmarks/bench_sync.py --records 10000 --runs 3

A community demo folder with N disputes exports a full bundle to an enrolled office; the office imports it
into a fresh copy of its folder each run. The baseline is measured in the same run: a raw ``sqlite3``
``executemany`` of the same rows (read back from the community's database) into empty tables of the same
shape, in one transaction, WAL and ``synchronous=FULL`` (no verification, decryption, type checks, merge,
re-encryption, blind indexes, search index or ledger), and the same into a copy of the receiver's own
schema (its indexes and search triggers, stored bytes as they are). Figures are medians.
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

from guanlan_desk.domain.enums import Role, WorkstationRole  # noqa: E402
from guanlan_desk.services import demo  # noqa: E402
from guanlan_desk.services.context import Actor, Ctx  # noqa: E402
from guanlan_desk.services.setup import set_up_workstation  # noqa: E402
from guanlan_desk.store.engine import DB_NAME, open_database  # noqa: E402
from guanlan_desk.sync import enrolment, status  # noqa: E402


def raw_baseline(source: Path, target: Path, tables: list[str]) -> tuple[int, float]:
    """Rows and seconds to executemany the same tables' rows into empty copies of them."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=FULL")
    batches = []
    for name in tables:
        columns = src.execute(f"PRAGMA table_info({name})").fetchall()
        dst.execute(f"CREATE TABLE {name} (" + ", ".join(f"{c[1]} {c[2]}" for c in columns) + ", PRIMARY KEY (id))")
        batches.append((name, len(columns), src.execute(f"SELECT * FROM {name}").fetchall()))
    src.close()
    start = time.perf_counter()
    with dst:
        for name, width, rows in batches:
            if rows:
                dst.executemany(f"INSERT INTO {name} VALUES ({','.join('?' * width)})", rows)
    elapsed = time.perf_counter() - start
    dst.close()
    return sum(len(b[2]) for b in batches), elapsed


def raw_into_schema(source: Path, target: Path, tables: list[str]) -> tuple[int, float]:
    """The same rows, stored bytes as they are, into a copy of the receiver's real schema (its indexes and
    search triggers included): what the import's inserts cost without any of its checks."""
    src = sqlite3.connect(source)
    batches = [(name, src.execute(f"SELECT * FROM {name}").fetchall()) for name in tables]
    src.close()
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    with dst:
        for name, rows in batches:
            if rows:
                dst.executemany(f"INSERT OR IGNORE INTO {name} VALUES ({','.join('?' * len(rows[0]))})", rows)
    elapsed = time.perf_counter() - start
    dst.close()
    return sum(len(b[1]) for b in batches), elapsed


def main() -> None:
    """Run the benchmark and print medians."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="guanlan-bench-sync-"))
    try:
        start = time.perf_counter()
        demo.generate(root / "gc", records=args.records, seed=1, role=WorkstationRole.COMMUNITY, community_code="XL")
        print(f"demo community with {args.records} disputes: {time.perf_counter() - start:.1f} s")
        office_setup = set_up_workstation(root / "office", role=WorkstationRole.OFFICE, community_code="GLJD",
                                          name="街道", admin_username="admin", admin_name="管理员",
                                          admin_password=demo.DEMO_PASSWORD, demo=True)
        office = Ctx(office_setup.db, Actor.system(Role.OFFICE_ADMIN))
        gc_db = open_database(root / "gc")
        gc = Ctx(gc_db, Actor.system(Role.ADMIN))
        (root / "x").mkdir()
        invite = enrolment.create_enrolment(office, community_code="XL", folder=root / "x")
        answer = enrolment.import_enrolment(gc, Path(invite.path), answer_to=root / "x")
        enrolment.import_answer(office, Path(answer.answer_path))
        office_setup.db.close()
        shutil.copytree(root / "office", root / "office-pristine")

        stick = root / "stick"
        stick.mkdir()
        export_s: list[float] = []
        export_cpu: list[float] = []
        bundle = None
        for _ in range(args.runs):
            start, cpu = time.perf_counter(), time.process_time()
            [bundle] = status.export_now(gc, stick, full=True)
            export_s.append(time.perf_counter() - start)
            export_cpu.append(time.process_time() - cpu)
        assert bundle is not None
        gc_db.close()
        rows = bundle.rows
        size_mb = Path(bundle.path).stat().st_size / 2**20

        import_s: list[float] = []
        import_cpu: list[float] = []
        raw_s: list[float] = []
        schema_s: list[float] = []
        for run in range(args.runs):
            folder = root / f"office-{run}"
            shutil.copytree(root / "office-pristine", folder)
            db = open_database(folder)
            try:
                start, cpu = time.perf_counter(), time.process_time()
                [result] = status.import_path(Ctx(db, Actor.system(Role.OFFICE_ADMIN)), Path(bundle.path))
                import_s.append(time.perf_counter() - start)
                import_cpu.append(time.process_time() - cpu)
                assert result.status == "applied" and result.inserted + result.updated + result.attachments > 0
            finally:
                db.close()
            raw_rows, seconds = raw_baseline(root / "gc" / DB_NAME, root / f"raw-{run}.db", [n for n, _ in bundle.counts])
            raw_s.append(seconds)
            shutil.copytree(root / "office-pristine", root / f"schema-{run}")
            _, seconds = raw_into_schema(root / "gc" / DB_NAME, root / f"schema-{run}" / DB_NAME,
                                         [n for n, _ in bundle.counts])
            schema_s.append(seconds)
        imp, raw, exp = statistics.median(import_s), statistics.median(raw_s), statistics.median(export_s)
        print(f"bundle: {rows} rows ({', '.join(f'{n} {c}' for n, c in bundle.counts)}), {size_mb:.1f} MiB")
        print(f"export (full, median of {args.runs}): {exp:.2f} s = {rows / exp:,.0f} rows/s "
              f"({statistics.median(export_cpu):.2f} s CPU)")
        print(f"import (median of {args.runs}): {imp:.2f} s = {rows / imp:,.0f} rows/s "
              f"({statistics.median(import_cpu):.2f} s CPU)")
        print(f"raw sqlite3 executemany of the same {raw_rows} rows: {raw:.2f} s = {raw_rows / raw:,.0f} rows/s")
        into = statistics.median(schema_s)
        print(f"raw sqlite3 executemany into the receiver's schema (indexes, search triggers): {into:.2f} s = "
              f"{raw_rows / into:,.0f} rows/s")
        print(f"import rate / raw rate: {(rows / imp) / (raw_rows / raw):.2f} (bare tables), "
              f"{(rows / imp) / (raw_rows / into):.2f} (receiver's schema)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
