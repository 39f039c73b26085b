"""The database check after login, in the background: ``quick_check`` at every start, the full
``integrity_check`` + ``foreign_key_check`` weekly and at once after an unclean shutdown.

Saving is allowed while a check runs. A failed check stops every later write (the store's write guard),
and the report says in plain words what was found and which good backup to restore.
"""

from __future__ import annotations

from dataclasses import dataclass

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.services import backups
from guanlan_desk.services.backups import BackupInfo
from guanlan_desk.services.context import Ctx
from guanlan_desk.store import integrity
from guanlan_desk.store.engine import DB_NAME


@dataclass(frozen=True, slots=True)
class HealthReport:
    """The outcome of a check: what kind, what was found (technical lines), in words, and the backup to use."""

    full: bool
    problems: tuple[str, ...]
    finding: str  # untranslated English (a ``terms`` entry); empty when sound
    seconds: float
    newest_backup: BackupInfo | None

    @property
    def ok(self) -> bool:
        """Whether the database is sound."""
        return not self.problems


def _finding(problems: tuple[str, ...]) -> str:
    text = " ".join(problems).lower()
    if "missing from index" in text or "wrong # of entries in index" in text or "index" in text:
        return QT_TRANSLATE_NOOP("terms", "a search index no longer matches its table")
    if "refers to a missing row" in text:
        return QT_TRANSLATE_NOOP("terms", "records refer to other records that are missing")
    if "not a database" in text or "malformed" in text:
        return QT_TRANSLATE_NOOP("terms", "the database file is damaged")
    return QT_TRANSLATE_NOOP("terms", "pages of the database file are damaged")


def check(ctx: Ctx, *, full: bool | None = None) -> HealthReport:
    """Run the check due now (``full`` forces the kind); a failure blocks further writes to this database."""
    data_dir = ctx.db.data_dir
    if full is None:
        full = integrity.full_check_due(data_dir, ctx.now(), unclean=ctx.db.unclean_start)
    result = integrity.run_check(data_dir / DB_NAME, full=full)
    if result.ok:
        if full:
            integrity.note_full_check(data_dir, ctx.now())
        return HealthReport(full, (), "", result.seconds, None)
    integrity.block(data_dir / DB_NAME, _finding(result.problems))
    listed = backups.list_backups(ctx)
    return HealthReport(full, result.problems, _finding(result.problems), result.seconds,
                        listed[0] if listed else None)


def writes_stopped(ctx: Ctx) -> bool:
    """Whether a failed check stopped writes to this database."""
    try:
        integrity.guard(ctx.db.data_dir / DB_NAME)
    except integrity.WritesStopped:
        return True
    return False
