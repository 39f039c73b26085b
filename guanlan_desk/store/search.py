"""Chinese full-text search: FTS5 trigram for 3+ characters, LIKE on the base table for 1–2 characters.

SQLite 3.40 returns nothing for a non-ASCII ``LIKE`` run against a trigram table, so short queries never
touch the FTS tables. Pinyin initials (``zs`` for 张三) match the ``name_initials`` column by prefix.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from sqlalchemy import ColumnElement, Integer, column, false, literal_column, or_, text
from sqlalchemy.orm import Session

from guanlan_desk.domain.text import search_query
from guanlan_desk.store.base import Base

SEARCH_TABLES: dict[str, tuple[str, ...]] = {
    "dispute": ("case_no", "title", "summary", "party_names"),
    "party": ("name", "business_name", "name_initials"),
    "risk_item": ("code", "title", "description", "leader_name", "responsible_person"),
    "legal_clarity_person": ("name", "name_initials", "certificate_no"),
}
# 1–2 character queries scan the base table: only the short columns (names, titles, numbers), not the
# long free text, so a scan of 100,000 cases stays fast and a one-character hit is a meaningful one.
LIKE_COLUMNS: dict[str, tuple[str, ...]] = {
    "dispute": ("case_no", "title", "party_names"),
    "party": ("name", "business_name"),
    "risk_item": ("code", "title", "leader_name", "responsible_person"),
    "legal_clarity_person": ("name", "certificate_no"),
}
_INITIALS = re.compile(r"^[a-zA-Z]{1,8}$")


@functools.lru_cache(maxsize=65536)
def name_initials(name: str) -> str:
    """Lower-case pinyin initials of a Chinese name (张三 → zs); other characters kept as they are."""
    # Imported here: loading pypinyin's dictionaries takes about half a second of every start-up otherwise.
    from pypinyin import Style, lazy_pinyin

    return "".join(p[:1] for p in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")).lower()


def apply_pending(session: Session | Any) -> int:
    """Bring the FTS tables up to date with the rows queued by the triggers; returns rows touched."""
    pending = session.execute(text("SELECT count(*) FROM search_pending")).scalar_one()
    if not pending:
        return 0
    for table, columns in SEARCH_TABLES.items():
        cols = ", ".join(columns)
        base_cols = ", ".join(f"t.{c}" for c in columns)
        session.execute(text(
            f"DELETE FROM {table}_fts WHERE rowid IN (SELECT rid FROM search_pending WHERE tbl = '{table}')"))
        session.execute(text(
            f"INSERT INTO {table}_fts (rowid, {cols}) SELECT t.rowid, {base_cols} FROM {table} t "
            f"JOIN search_pending p ON p.tbl = '{table}' AND p.rid = t.rowid WHERE t.deleted_at IS NULL"))
    session.execute(text("DELETE FROM search_pending"))
    return int(pending)


def rebuild(session: Session | Any) -> None:
    """Rebuild every FTS table from its base table (doctor's repair)."""
    for table, columns in SEARCH_TABLES.items():
        cols = ", ".join(columns)
        session.execute(text(f"DELETE FROM {table}_fts"))
        session.execute(text(
            f"INSERT INTO {table}_fts (rowid, {cols}) SELECT rowid, {cols} FROM {table} WHERE deleted_at IS NULL"))
    session.execute(text("DELETE FROM search_pending"))


def fts_phrase(query: str) -> str:
    """The query as one FTS5 phrase (quotes doubled), so user input is never FTS syntax."""
    return '"' + query.replace('"', '""') + '"'


def clean_query(query: str) -> str:
    """Search text with control characters (a NUL pasted from a file), lone surrogates and extra spaces removed."""
    return " ".join("".join(c for c in query if c.isprintable() or c.isspace()).split())


def _like_escape(query: str) -> str:
    return query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def match_condition(model: type[Base], query: str) -> ColumnElement[bool]:
    """A WHERE condition selecting rows of ``model`` that match ``query`` (composable with filters and paging)."""
    table = model.__tablename__
    columns = SEARCH_TABLES[table]
    q = clean_query(search_query(query))
    if not q:
        return false()
    rowid: ColumnElement[int] = literal_column(f"{table}.rowid", Integer)
    conditions: list[ColumnElement[bool]] = []
    if len(q) >= 3:
        conditions.append(rowid.in_(
            text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :fts_q")
            .bindparams(fts_q=fts_phrase(q)).columns(column("rowid", Integer))
        ))
    else:
        pattern = f"%{_like_escape(q)}%"
        # Pinyin initials match by prefix only (below), never as a substring.
        conditions.extend(getattr(model, c).like(pattern, escape="\\") for c in LIKE_COLUMNS[table])
    if "name_initials" in columns and _INITIALS.match(q):
        conditions.append(getattr(model, "name_initials").like(_like_escape(q.lower()) + "%", escape="\\"))
    return or_(*conditions)
