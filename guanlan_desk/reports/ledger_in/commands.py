"""The CLI's ``import-ledger`` command, wired in by ``cli.build_parser`` (it logs in like every record command)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.reports.ledger_in import pipeline
from guanlan_desk.reports.ledger_in.fields import FIELDS, ColumnMapping, LedgerKind, header_names
from guanlan_desk.reports.ledger_in.report import write_report
from guanlan_desk.reports.ledger_in.rows import RowStatus
from guanlan_desk.services.context import Ctx

AddCommand = Callable[..., argparse.ArgumentParser]
WithLogin = Callable[[argparse.Namespace, Callable[[Ctx], int]], int]


def cmd_import_ledger(args: argparse.Namespace, with_login: WithLogin) -> int:
    """Check a ledger (always) and, without --dry-run, take its accepted rows in."""
    kind = LedgerKind(args.kind)

    def work(ctx: Ctx) -> int:
        ledger = pipeline.open_ledger(Path(args.file))
        if args.mapping:
            try:
                raw = Path(args.mapping).read_text(encoding="utf-8")
            except OSError as exc:
                raise UserFacingError(QT_TRANSLATE_NOOP("errors", "The mapping file could not be read: {reason}"),
                                      reason=exc.strerror or str(exc)) from None
            mapping = ColumnMapping.from_json(raw)
            if mapping.kind is not kind:
                raise UserFacingError(QT_TRANSLATE_NOOP("errors", "The mapping file is for another kind of ledger."))
        else:
            mapping = pipeline.first_mapping(ctx, ledger, kind, args.sheet)
        sheet = ledger.sheet(mapping.sheet or args.sheet)
        headers = header_names(sheet, mapping.header_row)
        print(f"{ledger.path.name}: sheet {sheet.name}, header on row {mapping.header_row + 1}")
        for spec in FIELDS[kind]:
            col = mapping.columns.get(spec.key)
            if col is not None:
                print(f"  {spec.name}: column {col + 1} ({headers[col] if col < len(headers) else ''})")
        if args.save_mapping:
            Path(args.save_mapping).write_text(mapping.to_json(), encoding="utf-8")
        dry = pipeline.check(ctx, ledger, mapping)
        for outcome in dry.outcomes:
            if outcome.issues:
                reasons = "; ".join(i.render() for i in outcome.issues)
                print(f"  row {outcome.row_no}: {outcome.status.value}: {reasons}")
        print(f"ready {dry.count(RowStatus.READY)}, with warnings {dry.count(RowStatus.WARNING)}, "
              f"refused {dry.count(RowStatus.REFUSED)}, skipped {dry.count(RowStatus.SKIPPED)}")
        if args.report:
            out = write_report(dry, sheet, mapping.header_row, Path(args.report))
            print(f"report: {out}")
        if args.dry_run:
            return 0 if not dry.count(RowStatus.REFUSED) else 1
        result = pipeline.apply(ctx, ledger, mapping, dry)
        print(f"imported {result.created} records ({result.parties_created} new parties, "
              f"{result.parties_matched} matched; {result.case_numbers_kept} case numbers kept)")
        for row_no, number in result.notes:
            print(f"  row {row_no}: case number {number} is not this community's or is taken: a new one was issued")
        return 0

    try:
        return with_login(args, work)
    except BrokenPipeError:  # `… | head`: the reader went away, nothing to report
        sys.stderr.close()
        return 0


def add_commands(add: AddCommand, with_login: WithLogin) -> None:
    """Register ``import-ledger`` through the CLI's ``add(name, func, help, login=True)`` helper."""
    p = add("import-ledger", lambda args: cmd_import_ledger(args, with_login),
            "take an existing Excel/WPS/CSV ledger in (check every row first)", login=True)
    p.add_argument("file", help="the ledger: .xlsx, .xls, .ods or .csv (UTF-8 or GBK)")
    p.add_argument("--kind", required=True, choices=[k.value for k in LedgerKind],
                   help="disputes (矛盾纠纷台账), risks (风险隐患台账) or lcp (法律明白人名册)")
    p.add_argument("--mapping", help="a column mapping saved with --save-mapping or by the app (JSON)")
    p.add_argument("--save-mapping", help="write the mapping used to this JSON file")
    p.add_argument("--sheet", help="the sheet to read (default: the first, or the saved mapping's)")
    p.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    p.add_argument("--report", help="write the check as .xlsx (refused rows with the reason) to this file")
