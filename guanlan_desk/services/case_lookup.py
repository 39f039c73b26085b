"""Find the dispute a user names: the internal id, the case number as printed, or ``2026-0011`` (CLI ``--record``)."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.services import disputes
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import Dispute

_PRINTED = re.compile(r"[（(]\s*(\d{4})\s*[）)].*?第\s*(\d+)\s*号")
_SHORT = re.compile(r"^\s*(\d{4})\s*[-/－—_]\s*(\d{1,6})\s*$")


def parse_case_number(text: str) -> tuple[int, int] | None:
    """``(2026, 11)`` from ``（2026）观城调字第0011号`` or ``2026-0011``; ``None`` for anything else."""
    found = _PRINTED.search(text) or _SHORT.match(text)
    return (int(found.group(1)), int(found.group(2))) if found else None


def resolve_dispute(ctx: Ctx, text: str) -> str:
    """The id of the dispute ``text`` names (reading it checks the user may see it)."""
    text = text.strip()
    try:
        return disputes.get_dispute(ctx, str(uuid.UUID(text))).id
    except ValueError:
        pass
    parsed = parse_case_number(text)
    if parsed is None:
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "errors", "\u201c{text}\u201d is neither a case number such as （2026）观城调字第0011号 or 2026-0011 nor a "
                      "record id; the search command shows both."), text=text)
    year, serial = parsed
    with ctx.read() as session:
        rows = session.execute(select(Dispute.id, Dispute.case_no, Dispute.community_code).where(
            Dispute.case_year == year, Dispute.case_serial == serial, Dispute.deleted_at.is_(None))).all()
    exact = [r for r in rows if r.case_no == text]
    local = [r for r in rows if r.community_code == ctx.db.workstation.community_code]
    chosen = exact or (local if len(local) == 1 else rows)
    if len(chosen) == 1:
        return disputes.get_dispute(ctx, str(chosen[0].id)).id
    if not chosen:
        raise UserFacingError(QT_TRANSLATE_NOOP("errors", "There is no dispute numbered {text}."), text=text)
    raise UserFacingError(QT_TRANSLATE_NOOP(
        "errors", "Several disputes are numbered {text}: {numbers}. Give the whole case number."),
        text=text, numbers="、".join(r.case_no for r in chosen))
