"""Print a document to a PDF file: fill it from a record (or blank), write it atomically, audit the print."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guanlan_desk import fileops
from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.forms import registry
from guanlan_desk.printing import dispute_forms, other_forms
from guanlan_desk.services import audit, print_data, reference
from guanlan_desk.services.context import Ctx


@dataclass(frozen=True, slots=True)
class PrintResult:
    """A written PDF."""

    path: Path
    pages: int
    documents: int
    sha256: str


def render(ctx: Ctx, doc_id: str, *, record_id: str | None = None, community: str | None = None) -> tuple[bytes, int, int]:
    """The PDF bytes of ``doc_id`` for a record (``record_id``/``community``) or blank; (pdf, pages, documents)."""
    spec = registry.get(doc_id)
    items = _items(ctx, doc_id, spec.subject, record_id, community)
    out = io.BytesIO()
    if not items:
        pages = spec.render(None, out)
        count = 1
    elif len(items) == 1:
        pages = spec.render(items[0], out)
        count = 1
    else:
        pages = spec.render_many(items, out)
        count = len(items)
    return out.getvalue(), pages, count


def items(ctx: Ctx, doc_id: str, *, record_id: str | None = None, community: str | None = None) -> list[Any]:
    """The filled data items of ``doc_id`` for a record (several for per-party documents); empty: blank."""
    return _items(ctx, doc_id, registry.get(doc_id).subject, record_id, community)


def _items(ctx: Ctx, doc_id: str, subject: str, record_id: str | None, community: str | None) -> list[Any]:
    today = ctx.today()
    if subject == "dispute" and record_id:
        view = print_data.dispute_for_print(ctx, record_id, purpose=doc_id)
        return dispute_forms.build(doc_id, view, dispute_forms.filed_attachments(ctx, record_id, doc_id))
    if subject == "risk" and record_id:
        risk = print_data.risk_for_print(ctx, record_id, purpose=doc_id)
        if doc_id == "legal_risk_reminder":
            return [other_forms.legal_risk_reminder(risk, today=today)]
        return [other_forms.risk_assignment(risk, contact=ctx.actor.display_name, today=today)]
    if subject in ("lcp", "roster") and (community or record_id):
        code = community or record_id or ctx.db.workstation.community_code
        names = {c.code: c.name for c in reference.communities(ctx)}
        public = doc_id == "lcp_wall"
        people = print_data.lcps_for_print(ctx, code, consented_only=public, purpose=doc_id)
        if public:
            return [other_forms.wall(people, names.get(code, code), today=today)]
        return [other_forms.roster(people, names.get(code, code), compiled_by=ctx.actor.display_name, today=today,
                                   public=False)]
    if record_id or community:
        raise UserFacingError(QT_TRANSLATE_NOOP("errors", "The document {doc} is not printed from that kind of record."),
                              doc=doc_id)
    return []


def write_pdf(out: Path, pdf: bytes) -> None:
    """Write ``pdf`` to ``out`` atomically (temporary name, fsync, rename): never a half-written file."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(pdf)
                fh.flush()
                os.fsync(fh.fileno())
            fileops.replace(tmp, out)  # retried while a viewer or scanner holds the previous copy
        finally:
            fileops.try_unlink(tmp, delays=())
    except OSError as exc:
        raise UserFacingError(QT_TRANSLATE_NOOP("errors", "The PDF could not be written to {path}: {reason}"),
                              path=str(out), reason=exc.strerror or str(exc)) from exc


def print_to_file(ctx: Ctx, doc_id: str, out: Path, *, record_id: str | None = None,
                  community: str | None = None) -> PrintResult:
    """Render and write ``out`` (temporary name, fsync, rename); the print is registered in the audit log."""
    pdf, pages, count = render(ctx, doc_id, record_id=record_id, community=community)
    write_pdf(out, pdf)
    digest = audit.record_output(ctx, AuditAction.PRINT, what=doc_id, entity_id=record_id or community or "blank",
                                 content=pdf, count=count, destination=str(out))
    return PrintResult(out, pages, count, digest)
