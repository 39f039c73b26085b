"""Ledger import benchmark: N sheet rows read, checked and applied, against reading the same sheet alone.

    .venv/bin/python benchmarks/bench_ledger_import.py --rows 10000 --runs 3

A community ledger of N disputes (.xlsx written by xlsxwriter: a title row, serial dates, ID numbers as text,
two parties a row, dates over 13 years (case numbers stay within a workstation's yearly block), every third applicant already known by ID number and every fifth by name and phone) is
taken into a fresh copy of a community folder each run. Figures are medians: reading (python-calamine), the
check of every row (the app's validators), the apply (one transaction, parties matched), and rows/s of the
whole. The baseline in the same run is a raw ``sqlite3`` ``executemany`` of N rows into the dispute table's
shape (no checks, no parties, no encryption, no search index): what "just storing the rows" costs here.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import xlsxwriter  # noqa: E402

from guanlan_desk.domain.enums import PartyKind, Role, WorkstationRole  # noqa: E402
from guanlan_desk.domain.idcard import check_char  # noqa: E402
from guanlan_desk.reports.ledger_in import pipeline  # noqa: E402
from guanlan_desk.reports.ledger_in.fields import LedgerKind  # noqa: E402
from guanlan_desk.services import parties  # noqa: E402
from guanlan_desk.services.context import Actor, Ctx  # noqa: E402
from guanlan_desk.services.parties import PartyInput  # noqa: E402
from guanlan_desk.services.setup import set_up_workstation  # noqa: E402
from guanlan_desk.store.engine import DB_NAME, open_database  # noqa: E402

SURNAMES = "张王李赵陈刘杨黄周吴徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
STATUSES = ["调解成功", "调解成功", "调解成功", "调解不成功", "调解中", "撤回"]
TYPES = ["邻里纠纷", "劳资纠纷", "婚姻家庭", "物业纠纷", "合同纠纷", "道路交通事故纠纷"]


def id_number(n: int) -> str:
    body = f"440309{1960 + n % 40}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return body + check_char(body)


def write_sheet(path: Path, rows: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """The ledger; returns (name, id, phone) of the applicants."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = book.add_worksheet("台账")
    ws.write(0, 0, "观城社区矛盾纠纷排查化解台账")
    ws.write_row(1, 0, ["序号", "受理时间", "当事人姓名", "身份证号码", "联系电话", "被申请人", "纠纷类型",
                        "纠纷简要情况", "调处结果", "涉及金额"])
    people = []
    for i in range(rows):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        other = rng.choice(SURNAMES) + rng.choice(GIVEN)
        ident, phone = id_number(i), f"13{rng.randrange(10**9):09d}"
        people.append((name, ident, phone))
        ws.write_row(i + 2, 0, [i + 1, 40179 + (i * 4748) // rows, name, ident, phone, other, TYPES[i % len(TYPES)],
                                "因琐事发生纠纷，经调解员多次沟通……" * 3, STATUSES[i % len(STATUSES)],
                                f"{rng.randrange(1, 500) * 100}元"])
    book.close()
    return people


def raw_baseline(target: Path, rows: int) -> float:
    db = sqlite3.connect(target)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE dispute (id TEXT PRIMARY KEY, case_no TEXT, received_on TEXT, title TEXT, summary TEXT,"
               " party_names TEXT, status TEXT, amount_fen INTEGER)")
    data = [(f"{i:032x}", f"（2023）观城调字第{i:04d}号", "2023-01-01", "张三与李四邻里纠纷", "因琐事" * 20,
             "张三 李四", "settled", 100 * i) for i in range(rows)]
    start = time.perf_counter()
    with db:
        db.executemany("INSERT INTO dispute VALUES (?,?,?,?,?,?,?,?)", data)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main() -> None:
    """Run the benchmark and print medians."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="guanlan-bench-ledger-"))
    rng = random.Random(7)
    try:
        template = root / "template"
        set_up_workstation(template, role=WorkstationRole.COMMUNITY, community_code="GC", name="GC 1号机",
                           number=1, admin_username="admin", admin_name="管理员", admin_password="Bench12345", demo=True)
        sheet = root / "台账.xlsx"
        people = write_sheet(sheet, args.rows, rng)
        db = open_database(template)
        ctx = Ctx(db, Actor.system(Role.ADMIN))
        for n, (name, ident, phone) in enumerate(people):
            if n % 3 == 0:
                parties.find_or_create(ctx, PartyInput(kind=PartyKind.PERSON, name=name, id_number=ident))
            elif n % 5 == 0:
                parties.find_or_create(ctx, PartyInput(kind=PartyKind.PERSON, name=name, phone=phone))
        db.close()
        reads, checks, applies, totals, baselines = [], [], [], [], []
        for run in range(args.runs):
            folder = root / f"run{run}"
            shutil.copytree(template, folder)
            db = open_database(folder)
            ctx = Ctx(db, Actor.system(Role.ADMIN))
            t0 = time.perf_counter()
            ledger = pipeline.open_ledger(sheet)
            t1 = time.perf_counter()
            mapping = pipeline.first_mapping(ctx, ledger, LedgerKind.DISPUTES)
            dry = pipeline.check(ctx, ledger, mapping)
            t2 = time.perf_counter()
            result = pipeline.apply(ctx, ledger, mapping, dry)
            t3 = time.perf_counter()
            db.close()
            assert result.created == args.rows, result
            reads.append(t1 - t0)
            checks.append(t2 - t1)
            applies.append(t3 - t2)
            totals.append(t3 - t0)
            baselines.append(raw_baseline(root / f"raw{run}.db", args.rows))
            matched = result.parties_matched
        total = statistics.median(totals)
        base = statistics.median(baselines)
        print(f"rows {args.rows}: read {statistics.median(reads):.2f} s, check {statistics.median(checks):.2f} s, "
              f"apply {statistics.median(applies):.2f} s, total {total:.2f} s = {args.rows / total:,.0f} rows/s "
              f"({matched} parties matched)")
        print(f"baseline raw sqlite3 executemany of {args.rows} rows: {base:.3f} s; import/baseline = "
              f"{total / base:.1f}×")
        print(f"database: {(root / 'run0' / DB_NAME).stat().st_size / 1e6:.1f} MB")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
