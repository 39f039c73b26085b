"""What a printable document is: its id, Chinese title, subject, data type and how it is laid out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO, Generic, Literal, TypeVar

from reportlab.platypus import Flowable

from guanlan_desk.forms.coverage import Problem, check_coverage, located
from guanlan_desk.forms.errors import UnprintableCharacter
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
        character that this document prints is in no print font (a name it does not print does not matter).
        """
        value = self.data_type() if data is None else data
        if self.writer is not None:
            with located(value):  # the writer builds its stories before it writes a byte
                return self.writer(value, out)
        with located(value):
            story = self.story(value)
        pages, _ = build_pdf(out, join_documents([story]), title=self.title_zh, subject=self.id)
        return pages

    def render_many(self, items: Sequence[T], out: BinaryIO) -> int:
        """Several filled documents in one PDF (a batch of notices), each starting on a fresh page."""
        stories = []
        for item in items:
            with located(item):
                stories.append(self.story(item))
        pages, _ = build_pdf(out, join_documents(stories), title=self.title_zh, subject=self.id)
        return pages

    def problems(self, data: T) -> list[Problem]:
        """The characters of ``data`` the body face lacks, as printed by this document.

        A character in no face counts only when this document prints it (the notice to one party does not
        print a co-applicant's name, so that name does not block it).
        """
        found = check_coverage(data)
        if not any(p.blocking for p in found):
            return found
        try:
            self.story(data)
        except UnprintableCharacter as exc:
            return [p for p in found if not p.blocking or p.char == exc.char]
        return [p for p in found if not p.blocking]
