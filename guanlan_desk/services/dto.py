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
    ids: tuple[str, ...] = field(default_factory=tuple)
