"""What a printable document is: its id, Chinese title, subject, data type and how it is laid out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO, Generic, Literal, TypeVar

from reportlab.platypus import Flowable

from guanlan_desk.forms.coverage import ensure_printable
from guanlan_desk.forms.layout import build_pdf, join_documents

T = TypeVar("T")
Subject = Literal["dispute", "risk", "lcp", "roster"]


@dataclass(frozen=True, slots=True)
class DocumentSpec(Generic[T]):
    """A printable document.

    ``id`` is the ASCII name the CLI uses, ``subject`` the kind of record it is printed from ("dispute",
    "risk", "lcp" for legal-clarity persons, "roster" for a community's list), ``data_type`` the plain
    dataclass it takes (``data_type()`` is the blank form). ``writer`` replaces the one-pass layout for
    documents that need more (the case file numbers its index from a first pass).
    """

    id: str
    title_zh: str
    subject: Subject
    data_type: type[T]
    story: Callable[[T], list[Flowable]]
    writer: Callable[[T, BinaryIO], int] | None = None

    def render(self, data: T | None, out: BinaryIO) -> int:
        """Write the PDF to ``out`` (``None``: the blank form to fill in by hand); returns the page count.

        Raises :class:`~guanlan_desk.forms.errors.UnprintableCharacter` before writing anything when a
        character of the data is in no print font.
        """
        value = self.data_type() if data is None else data
        ensure_printable(value)
        if self.writer is not None:
            return self.writer(value, out)
        pages, _ = build_pdf(out, join_documents([self.story(value)]), title=self.title_zh, subject=self.id)
        return pages

    def render_many(self, items: Sequence[T], out: BinaryIO) -> int:
        """Several filled documents in one PDF (a batch of notices), each starting on a fresh page."""
        for item in items:
            ensure_printable(item)
        pages, _ = build_pdf(out, join_documents([self.story(item) for item in items]), title=self.title_zh,
                             subject=self.id)
        return pages
