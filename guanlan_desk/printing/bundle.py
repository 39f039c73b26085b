"""Several documents of one record (or a batch of follow-up records) as one PDF, for preview and printing.

Rendering here is for the screen: it writes nothing and audits only the reading of personal data (the
print views do that). What leaves the machine, a print or a saved PDF, is registered with
:func:`register_output`, with the hash of exactly the bytes that were printed or saved.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.forms import registry
from guanlan_desk.forms.coverage import Problem, located
from guanlan_desk.forms.data import FollowUpInfo, NoticeInfo
from guanlan_desk.forms.layout import build_pdf, join_documents
from guanlan_desk.printing import dispute_forms, jobs
from guanlan_desk.services import audit, lcp, print_data
from guanlan_desk.services.context import Ctx

Progress = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class Choice:
    """One document to print: ``blank`` for the empty form; ``parties`` limits per-party notices to those names."""

    doc_id: str
    blank: bool = False
    parties: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class CoverageIssue:
    """A character of a field that the body face lacks; ``face`` prints it (``None``: no face has it)."""

    doc_id: str
    title: str
    field: str
    value: str
    char: str
    codepoint: str
    face: str | None

    @property
    def blocking(self) -> bool:
        """True when no print face has the character: the document cannot be printed filled in."""
        return self.face is None


@dataclass(frozen=True, slots=True)
class Prepared:
    """The data items of each chosen document, ready to lay out, and their glyph-coverage issues."""

    subject: str
    record_ids: tuple[str, ...]
    items: tuple[tuple[str, tuple[Any, ...]], ...]
    issues: tuple[CoverageIssue, ...] = field(default=())

    @property
    def blocking(self) -> tuple[CoverageIssue, ...]:
        """The issues that stop printing."""
        return tuple(i for i in self.issues if i.blocking)

    @property
    def documents(self) -> int:
        """How many documents (a notice per party counts once per party)."""
        return sum(len(items) for _, items in self.items)


@dataclass(frozen=True, slots=True)
class Bundle:
    """A laid-out PDF of several documents."""

    pdf: bytes
    pages: int
    documents: int
    doc_ids: tuple[str, ...]
    subject: str
    record_ids: tuple[str, ...]


def _issues(doc_id: str, items: Sequence[Any]) -> list[CoverageIssue]:
    spec = registry.get(doc_id)
    title = spec.title_zh
    seen: set[tuple[str, str]] = set()
    out: list[CoverageIssue] = []
    for item in items:
        for p in spec.problems(item):
            key = (p.value, p.char)
            if key in seen:
                continue
            seen.add(key)
            out.append(_issue(doc_id, title, p))
    return out


def _issue(doc_id: str, title: str, p: Problem) -> CoverageIssue:
    return CoverageIssue(doc_id, title, p.field, p.value, p.char, p.codepoint, str(p.face) if p.face else None)


def _only(items: list[Any], parties: tuple[str, ...] | None) -> list[Any]:
    if parties is None:
        return items
    return [n for n in items if not isinstance(n, NoticeInfo) or n.addressee.name in parties]


def documents_for(subject: str) -> list[registry.DocumentSpec[Any]]:
    """The documents offered for a kind of record (a legal-clarity person: the wall and the roster)."""
    if subject == "lcp":
        return registry.for_subject("lcp") + registry.for_subject("roster")
    if subject == "risk":
        return registry.for_subject("risk")
    if subject == "roster":
        return registry.for_subject("roster")
    return registry.for_subject("dispute") if subject == "dispute" else []


def prepare(ctx: Ctx, subject: str, record_id: str | None, choices: Sequence[Choice], *,
            community: str | None = None) -> Prepared:
    """Fill every chosen document from the record (blank ones stay empty) and check the glyph coverage.

    ``subject`` is "dispute", "risk" or "lcp" (``record_id`` that record's id) or "roster" (``community``).
    """
    items: list[tuple[str, tuple[Any, ...]]] = []
    issues: list[CoverageIssue] = []
    source = record_id
    if subject == "lcp" and record_id and community is None:  # a person's documents are their community's
        community, source = lcp.get_lcp(ctx, record_id).data.community_code or None, None
    filled_ids = [c.doc_id for c in choices if not c.blank]
    view = None  # a dispute is read (and the reading audited) once for all its documents
    if subject == "dispute" and source is not None and filled_ids:
        view = print_data.dispute_for_print(ctx, source, purpose=",".join(filled_ids))
    for choice in choices:
        spec = registry.get(choice.doc_id)
        if choice.blank or (source is None and community is None):
            filled: list[Any] = [spec.data_type()]
        else:
            found = dispute_forms.build(choice.doc_id, view, dispute_forms.filed_attachments(ctx, view.id, choice.doc_id)) \
                if view is not None and spec.subject == "dispute" \
                else jobs.items(ctx, choice.doc_id, record_id=source, community=community)
            filled = _only(found, choice.parties) or ([] if choice.parties is not None else [spec.data_type()])
        if not filled:
            continue
        items.append((choice.doc_id, tuple(filled)))
        issues += _issues(choice.doc_id, filled)
    return Prepared(subject, (record_id,) if record_id else (), tuple(items), tuple(issues))


def render(prepared: Prepared, progress: Progress | None = None) -> Bundle | None:
    """Lay out the prepared documents as one PDF (each on fresh pages); ``None`` when ``progress`` said stop.

    Raises :class:`~guanlan_desk.forms.errors.UnprintableCharacter` when a character is in no print face.
    """
    total = prepared.documents + 1
    done = 0
    if progress is not None and not progress(done, total):
        return None
    doc_ids = tuple(doc_id for doc_id, _ in prepared.items)
    out = io.BytesIO()
    if len(prepared.items) == 1 and len(prepared.items[0][1]) == 1:
        doc_id, (item,) = prepared.items[0]
        pages = registry.get(doc_id).render(item, out)  # a document with its own writer (the case file) too
        done = total - 1
    else:
        stories: list[Any] = []
        for doc_id, items in prepared.items:
            spec = registry.get(doc_id)
            for item in items:
                with located(item):
                    stories.append(spec.story(item))
                done += 1
                if progress is not None and not progress(done, total):
                    return None
        title = "、".join(dict.fromkeys(registry.get(d).title_zh for d in doc_ids))
        pages, _ = build_pdf(out, join_documents(stories), title=title, subject=",".join(doc_ids))
    if progress is not None and not progress(total, total):
        return None
    return Bundle(out.getvalue(), pages, prepared.documents, doc_ids, prepared.subject, prepared.record_ids)


def pending_follow_up(ctx: Ctx, dispute_id: str, due_on: date | None = None) -> FollowUpInfo:
    """The 回访记录 of the next visit of a dispute, filled from the record for the visitor to complete on site."""
    view = print_data.dispute_for_print(ctx, dispute_id, purpose="follow_up")
    return dispute_forms.pending_follow_up(view, due_on)


def prepare_follow_ups(ctx: Ctx, due: Sequence[tuple[str, date]], progress: Progress | None = None) -> Prepared | None:
    """The pending 回访记录 of each ``(dispute_id, due_on)``, one document each; ``None`` when stopped."""
    items: list[FollowUpInfo] = []
    ids: list[str] = []
    for i, (dispute_id, due_on) in enumerate(due):
        if progress is not None and not progress(i, len(due)):
            return None
        items.append(pending_follow_up(ctx, dispute_id, due_on))
        ids.append(dispute_id)
    issues = _issues("follow_up", items)
    return Prepared("follow_up_batch", tuple(ids), (("follow_up", tuple(items)),) if items else (), tuple(issues))


def without_blocking(prepared: Prepared) -> Prepared:
    """The prepared set less the documents that cannot be printed (a character in no print face)."""
    bad = {(i.doc_id, i.value) for i in prepared.blocking}
    if not bad:
        return prepared
    kept: list[tuple[str, tuple[Any, ...]]] = []
    for doc_id, items in prepared.items:
        spec = registry.get(doc_id)
        ok = tuple(item for item in items if not any(
            p.blocking and (doc_id, p.value) in bad for p in spec.problems(item)))
        if ok:
            kept.append((doc_id, ok))
    return replace(prepared, items=tuple(kept), issues=tuple(i for i in prepared.issues if not i.blocking))


def register_output(ctx: Ctx, bundle: Bundle, destination: str, *, copies: int = 1) -> str:
    """Write the print (or the saved PDF) to the audit log, once per record: documents, hash, copies, where.

    Returns the SHA-256 of the PDF.
    """
    what = ",".join(bundle.doc_ids) or "blank"
    count = bundle.documents * max(copies, 1)
    digest = ""
    for entity in bundle.record_ids or ("blank",):
        digest = audit.record_output(ctx, AuditAction.PRINT, what=what, entity_id=entity, content=bundle.pdf,
                                     count=count, destination=destination)
    return digest
