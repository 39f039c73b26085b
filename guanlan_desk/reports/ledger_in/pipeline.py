"""The import as the dialog and the CLI run it: read, map, check against the database, apply."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.reports.ledger_in.fields import ColumnMapping, LedgerKind, suggest_mapping
from guanlan_desk.reports.ledger_in.reading import LedgerFile, read_ledger
from guanlan_desk.reports.ledger_in.rows import DryRun, RowIssue, RowOutcome, RowStatus, dry_run
from guanlan_desk.services import ledger_import
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.ledger_import import ImportResult, ImportRow

RECORD_KIND = {LedgerKind.DISPUTES: "dispute", LedgerKind.RISKS: "risk", LedgerKind.LCP: "lcp"}


def open_ledger(path: Path) -> LedgerFile:
    """Read the file (see :func:`read_ledger`)."""
    return read_ledger(path)


def first_mapping(ctx: Ctx, ledger: LedgerFile, kind: LedgerKind, sheet: str | None = None) -> ColumnMapping:
    """The community's saved mapping for ``kind`` when it fits the sheet, else one suggested from the headers."""
    target = ledger.sheet(sheet)
    saved = ledger_import.saved_mapping(ctx, RECORD_KIND[kind])
    if saved:
        try:
            mapping = ColumnMapping.from_json(saved)
        except Exception:  # a saved mapping from an older layout is only a suggestion; start afresh
            mapping = None
        if mapping is not None and mapping.kind is kind and mapping.header_row < len(target.rows) \
                and max(mapping.columns.values(), default=0) < max(target.width, 1):
            return replace(mapping, sheet=target.name)
    return suggest_mapping(target, kind)


def check(ctx: Ctx, ledger: LedgerFile, mapping: ColumnMapping) -> DryRun:
    """The dry run, with rows an earlier import already took in marked as skipped. Writes nothing."""
    sheet = ledger.sheet(mapping.sheet)
    dry = dry_run(sheet, mapping, today=ctx.today(), community_code=ctx.db.workstation.community_code)
    known = ledger_import.known_row_keys(ctx, [o.key for o in dry.accepted])
    if not known:
        return dry
    note = RowIssue("", QT_TRANSLATE_NOOP("errors", "Already imported earlier."), {}, error=False)
    return DryRun(dry.kind, tuple(
        RowOutcome(o.row_no, RowStatus.SKIPPED, (note,), None, o.key, o.cells) if o.key in known else o
        for o in dry.outcomes))


def apply(ctx: Ctx, ledger: LedgerFile, mapping: ColumnMapping, dry: DryRun) -> ImportResult:
    """Take the accepted rows in (one transaction) and remember the mapping for the next ledger."""
    rows = [ImportRow(o.row_no, o.key, o.record) for o in dry.accepted if o.record is not None]
    sheet = ledger.sheet(mapping.sheet).name
    result = ledger_import.apply_ledger(ctx, file_name=ledger.path.name, file_sha256=ledger.sha256, sheet=sheet,
                                        rows=rows)
    ledger_import.save_mapping(ctx, RECORD_KIND[mapping.kind], mapping.to_json())
    return result
