"""Forged bundles with real keys: any rows a (stolen or buggy) workstation could sign, built from real records."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from guanlan_desk.domain import hlc
from guanlan_desk.sync import exporter, rows, tables
from tests.sync.conftest import Station
from tests.sync.helpers import forge

Row = tuple[list[Any], dict[str, list[str]]]  # wire values in column order, field clocks


def station_rows(station: Station, name: str, **where: Any) -> list[Row]:
    """Rows of table ``name`` as ``station`` holds them (optionally filtered by column values)."""
    t = tables.table(name)
    columns = tables.wire_columns(name)
    stmt = select(*[t.c[c] for c in columns])
    for column, value in where.items():
        stmt = stmt.where(t.c[column] == value)
    with station.ctx.read() as s:
        clocks = exporter.field_clocks(s, name)
        found = list(s.execute(stmt))
    at = columns.index("id")
    return [(list(tables.wire_row(name, values).values()), clocks.get(str(values[at]), {})) for values in found]


def changed(table: str, row: Row, clock: str = "", /, **values: Any) -> Row:
    """A copy of ``row`` with some values replaced (their field clocks set to ``clock`` when given)."""
    columns = tables.wire_columns(table)
    out = list(row[0])
    clocks = {k: list(v) for k, v in row[1].items()}
    for column, value in values.items():
        out[columns.index(column)] = value
        if clock and column in tables.data_fields(table):
            clocks[column] = [clock, clocks.get(column, ["", ""])[0]]
    if clock:
        out[columns.index("hlc")] = max(str(out[columns.index("hlc")]), clock)
    return out, clocks


def clock_after(station: Station, minutes: int = 1) -> str:
    """A plausible clock of ``station``, a little after its newest change."""
    with station.ctx.read() as s:
        last = hlc.Hlc.decode(s.execute(text("SELECT text_value FROM local_state WHERE key = 'hlc'")).scalar_one())
    return hlc.Hlc(last.millis + minutes * 60_000, 0, station.db.workstation.id).encode()


def value(name: str, row: Row, column: str) -> Any:
    """One value of a row."""
    return row[0][tables.wire_columns(name).index(column)]


def bundle(sender: Station, recipient: Station, content: dict[str, list[Row]], *, seq: int | None = None,
           full: bool = False, files: dict[str, bytes] | None = None) -> bytes:
    """A bundle of ``content`` (table name → rows) and attachment ``files`` (by hash), signed and encrypted with
    the sender's real keys."""
    members: dict[str, bytes] = {f"att_{sha}.bin": data for sha, data in (files or {}).items()}
    counts: dict[str, int] = {}
    for name, picked in content.items():
        if picked:
            members[f"t_{name}.jsonl"] = rows.encode(name, [(tuple(v), c) for v, c in picked])
            counts[name] = len(picked)
    return forge(sender, recipient, members=members, manifest={"counts": counts, "full": full}, seq=seq)
