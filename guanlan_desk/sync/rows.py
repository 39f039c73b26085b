"""Table members of a payload: a header line naming the columns, then one JSON array per row.

``{"columns": [...]}`` first, then ``[value, value, ..., [[field, hlc, base_hlc], ...]]`` per row. Rows are
arrays of plain values, so they parse at C speed with no object hook; any object inside a row is refused,
which also rules out duplicate keys there. Rows from an older schema are read by their own column list and
upgraded before the type check.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from guanlan_desk.sync import jsonsafe, schema, tables
from guanlan_desk.sync.errors import BundleInvalid
from guanlan_desk.sync.merge import Clock

ParsedRow = tuple[dict[str, Any], dict[str, Clock]]
_ROW_DECODER = json.JSONDecoder(parse_constant=jsonsafe.refuse_constant, parse_float=jsonsafe.finite_float)


def encode(name: str, rows: list[tuple[Any, dict[str, list[str]]]]) -> bytes:
    """A member from rows read in :func:`tables.wire_columns` order, with their field clocks."""
    lines = [jsonsafe.dumps({"columns": list(tables.wire_columns(name))})]
    for values, clocks in rows:
        wire = list(tables.wire_row(name, values).values())
        wire.append([[f, c[0], c[1]] for f, c in sorted(clocks.items())])
        lines.append(jsonsafe.dumps(wire))
    return b"\n".join(lines) + b"\n"


def _clocks(raw: Any, fields: frozenset[str], where: str) -> dict[str, Clock]:
    if type(raw) is not list:
        raise BundleInvalid(f"{where}: bad field clocks")
    out: dict[str, Clock] = {}
    for item in raw:
        if (type(item) is not list or len(item) != 3 or not all(type(x) is str and len(x) <= 64 for x in item)
                or item[0] not in fields or item[0] in out):
            raise BundleInvalid(f"{where}: bad field clock")
        out[item[0]] = (item[1], item[2])
    return out


def decode(name: str, data: bytes, version: int, member: str) -> list[ParsedRow]:
    """Check and convert a member's rows; raises :class:`BundleInvalid` naming the line."""
    return [row for chunk in decode_lines(name, iter(data.split(b"\n")), version, member, 1 << 30) for row in chunk]


def decode_lines(name: str, lines: Iterator[bytes], version: int, member: str, chunk: int) -> Iterator[list[ParsedRow]]:
    """Check and convert a member's rows from its lines, ``chunk`` rows at a time (a member is never held whole)."""
    first = next(lines, b"")
    header = jsonsafe.loads(first, f"{member} line 1")
    columns = header.get("columns") if isinstance(header, dict) and set(header) == {"columns"} else None
    if type(columns) is not list or not all(type(c) is str for c in columns) or len(set(columns)) != len(columns):
        raise BundleInvalid(f"{member}: no column list")
    if version == schema.current() and tuple(columns) != tables.wire_columns(name):
        raise BundleInvalid(f"{member}: the columns do not match this table")
    fields = frozenset(tables.data_fields(name))
    width = len(columns)
    out: list[ParsedRow] = []
    seen: set[Any] = set()
    for number, raw_line in enumerate(lines, 2):
        where = f"{member} line {number}"
        try:
            line = raw_line.decode("utf-8")
        except UnicodeDecodeError:
            raise BundleInvalid(f"{member}: not valid UTF-8") from None
        if not line.strip():
            continue
        try:
            raw = (jsonsafe.loads(raw_line, where) if jsonsafe.text_needs_walk(line) else _ROW_DECODER.decode(line))
        except BundleInvalid:
            raise
        except (ValueError, RecursionError):
            raise BundleInvalid(f"{where}: not valid JSON") from None
        if type(raw) is not list or len(raw) != width + 1:
            raise BundleInvalid(f"{where}: not a row of {width} values")
        values = raw[:width]
        if any(type(v) is list or type(v) is dict for v in values):
            raise BundleInvalid(f"{where}: a value is not plain")
        if version == schema.current():
            row = tables.from_wire_values(name, values)
        else:
            row = tables.from_wire(name, schema.upgrade_row(version, name, dict(zip(columns, values))))
        if row["id"] in seen:
            raise BundleInvalid(f"{where}: the same row twice")
        seen.add(row["id"])
        out.append((row, _clocks(raw[width], fields, where)))
        if len(out) >= chunk:
            yield out
            out = []
    if out:
        yield out
