"""Shared plain results: pages of rows for big lists, and what a write changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next page starts: the last row's sort value and id (keyset paging)."""

    value: Any
    id: str


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of rows and the cursor of the next (``None`` at the end)."""

    rows: tuple[T, ...]
    next_cursor: Cursor | None


@dataclass(frozen=True, slots=True)
class Changes:
    """What a write touched, so views refresh only that (Anki's OpChanges)."""

    disputes: bool = False
    parties: bool = False
    risks: bool = False
    lcps: bool = False
    users: bool = False
    ids: tuple[str, ...] = field(default_factory=tuple)  # the records touched (empty: any of the kinds above)
    reference: bool = False  # communities, grids, venues, the mediator roster, advisers, locality settings
    tasks: bool = False  # the office's supervision tasks

    @classmethod
    def everything(cls) -> Changes:
        """Every kind of record may have changed (a sync import, a restore)."""
        return cls(disputes=True, parties=True, risks=True, lcps=True, users=True, reference=True, tasks=True)

    def __bool__(self) -> bool:
        """Whether anything was touched."""
        return any((self.disputes, self.parties, self.risks, self.lcps, self.users, self.reference, self.tasks))

    def touches(self, record_id: str | None) -> bool:
        """Whether ``record_id`` may be among the records touched (no ids listed: any may be)."""
        return record_id is not None and (not self.ids or record_id in self.ids)


@dataclass(frozen=True, slots=True)
class Changed(Generic[T]):
    """A write's own result and what it changed (Anki's ``OpChangesWith…``)."""

    value: T
    changes: Changes
