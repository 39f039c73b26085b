"""Integrity checks of the live database off the start-up path, and the write guard a failed check sets.

``quick_check`` misses index damage (a row missing from an index); ``integrity_check`` and
``foreign_key_check`` find it. Both run on their own read-only connection so that saving goes on meanwhile.
A failed check blocks every later write transaction of that database file (:func:`block`, checked by the
engine's BEGIN hook) until the app is restarted on a good copy.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.store.errors import StoreError

STATE_FILE = "integrity.json"
FULL_EVERY = timedelta(days=7)
MAX_PROBLEMS = 20

_lock = threading.Lock()
_blocked: dict[str, str] = {}


class WritesStopped(StoreError):
    """A check found damage: nothing more is written to this database file."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "Saving is stopped: the database check found damage ({detail}). Nothing was saved. "
            "Restore the newest good backup in Settings → Backups."), detail=detail)


def _key(db_path: Path | str) -> str:
    return os.path.normcase(os.path.abspath(str(db_path)))


def block(db_path: Path | str, detail: str) -> None:
    """Stop every later write transaction on ``db_path`` (a check found damage)."""
    with _lock:
        _blocked[_key(db_path)] = detail


def unblock(db_path: Path | str) -> None:
    """Allow writes again (tests, and a restored file under the same name)."""
    with _lock:
        _blocked.pop(_key(db_path), None)


def guard(db_path: Path | str) -> None:
    """Raise :class:`WritesStopped` when writes to ``db_path`` are blocked."""
    with _lock:
        detail = _blocked.get(_key(db_path))
    if detail is not None:
        raise WritesStopped(detail)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What a check found: ``problems`` is empty when the file is sound."""

    full: bool
    problems: tuple[str, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        """Whether nothing was found."""
        return not self.problems


def run_check(db_path: Path, *, full: bool) -> CheckResult:
    """``quick_check`` (or ``integrity_check`` + ``foreign_key_check``) on a read-only connection."""
    import time

    started = time.perf_counter()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30, check_same_thread=False)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        pragma = "integrity_check" if full else "quick_check"
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})")]
        problems = [r for r in rows if r != "ok"]
        if full:
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS):
                problems.append(f"row {rowid} of {table} refers to a missing row of {parent}")
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    return CheckResult(full, tuple(problems), time.perf_counter() - started)


def last_full_check(data_dir: Path) -> datetime | None:
    """When the last full check passed (``None``: never, or the note is unreadable)."""
    try:
        raw = json.loads((data_dir / STATE_FILE).read_text("utf-8"))
        return datetime.fromisoformat(str(raw["last_full_ok"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def full_check_due(data_dir: Path, now: datetime, *, unclean: bool) -> bool:
    """A full check after an unclean shutdown, and when the last one passed a week ago or more."""
    last = last_full_check(data_dir)
    return unclean or last is None or now - last >= FULL_EVERY


def note_full_check(data_dir: Path, when: datetime) -> None:
    """Remember a passed full check (temporary name, rename)."""
    path = data_dir / STATE_FILE
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"last_full_ok": when.isoformat()}), "utf-8")
    os.replace(tmp, path)
