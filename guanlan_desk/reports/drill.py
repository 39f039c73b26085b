"""The records behind a figure: every key of the statistics table lists what it counted.

Rows are de-identified (case numbers, codes, masked names); a row with a ``record_id`` opens the record
for a user who may read it. Reading a list needs the read permission of its kind of record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from guanlan_desk.domain.enums import DisputeStatus, LcpStatus, RiskCategory, label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.masking import mask_name
from guanlan_desk.domain.roles import Permission
from guanlan_desk.reports import disputes, lcp, risks, rounds, sources
from guanlan_desk.reports.period import Period, Scope
from guanlan_desk.reports.statistics import communities
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import Dispute, Grid, LegalClarityPerson, RiskItem

_DISPUTE_PREFIXES = ("type:", "source:", "type_source:", "venue:", "month:")


@dataclass(frozen=True, slots=True)
class DrillRow:
    """One record behind a figure; ``kind`` is dispute, risk, lcp, or "" for a row that is not a record."""

    kind: str
    record_id: str
    reference: str
    day: date | None
    community: str
    what: str
    status: str


def _status(code: str) -> str:
    try:
        return label(DisputeStatus(code))
    except ValueError:
        return code


def _dispute_rows(ctx: Ctx, period: Period, scope: Scope, key: str, names: dict[str, str]) -> list[DrillRow]:
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    month = key.removeprefix("month:") if key.startswith("month:") else None
    out = []
    with ctx.read() as session:
        rows = disputes.classified_rows(session, period, scope, Dispute.id.label("record_id"), Dispute.case_no,
                                        Dispute.received_on, Dispute.status)
        for row in rows:
            keys = disputes.keys_of(row)
            if month is not None:
                if "accepted" not in keys or row.received_on.strftime("%Y-%m") != month:
                    continue
            elif key not in keys:
                continue
            out.append(DrillRow("dispute", str(row.record_id), row.case_no, row.received_on,
                                names.get(row.community, row.community),
                                label(sources.stat_type(row.dtype, row.subtype)), _status(row.status)))
    return sorted(out, key=lambda r: (r.day or date.min, r.reference))


def _rounds(ctx: Ctx, period: Period, scope: Scope, names: dict[str, str]) -> list[DrillRow]:
    ctx.require(Permission.RISK_READ, QT_TRANSLATE_NOOP("terms", "view risk items"))
    with ctx.read() as session:
        grids = {str(g.id): g.name for g in session.scalars(select(Grid))}
        found = rounds.screening_rounds(session, period, scope)
    return [DrillRow("", "", grids.get(r.grid_id, "（未指定网格）"), r.day, names.get(r.community, r.community),
                     f"发现纠纷{r.disputes}件、风险隐患{r.risks}项", "") for r in found]


def _risk_rows(ctx: Ctx, period: Period, scope: Scope, key: str, names: dict[str, str]) -> list[DrillRow]:
    ctx.require(Permission.RISK_READ, QT_TRANSLATE_NOOP("terms", "view risk items"))
    today = ctx.today()
    out = []
    with ctx.read() as session:
        stmt = risks.scoped(select(RiskItem.id, RiskItem.code, RiskItem.community_code, *risks.fact_columns()),
                            period, scope)
        for row in session.connection().execute(stmt):
            if key not in risks.keys_of(risks.facts(row), period, today):
                continue
            try:
                what = label(RiskCategory(row.category))
            except ValueError:
                what = row.category
            out.append(DrillRow("risk", str(row.id), row.code, row.found_on,
                                names.get(row.community_code, row.community_code), f"{what}·{row.level}",
                                risks.status_label(row.status)))
    return sorted(out, key=lambda r: (r.day or date.min, r.reference))


def _lcp_rows(ctx: Ctx, period: Period, scope: Scope, key: str, names: dict[str, str]) -> list[DrillRow]:
    ctx.require(Permission.LCP_READ, QT_TRANSLATE_NOOP("terms", "view legal-clarity persons"))
    out: list[DrillRow] = []
    with ctx.read() as session:
        stmt = select(LegalClarityPerson.id, LegalClarityPerson.name, LegalClarityPerson.community_code,
                      LegalClarityPerson.status, LegalClarityPerson.recognised_on,
                      LegalClarityPerson.certificate_no).where(LegalClarityPerson.deleted_at.is_(None))
        if not scope.everything:
            stmt = stmt.where(LegalClarityPerson.community_code.in_(scope.codes))
        people = {str(r.id): r for r in session.connection().execute(stmt)}
        in_scope = {pid: (str(r.community_code), str(r.status)) for pid, r in people.items()}

        def person(pid: str, day: date | None, what: str) -> DrillRow:
            r = people[pid]
            try:
                status = label(LcpStatus(r.status))
            except ValueError:
                status = r.status
            return DrillRow("lcp", pid, mask_name(r.name) + (f"（{r.certificate_no}）" if r.certificate_no else ""),
                            day, names.get(r.community_code, r.community_code), what, status)

        if key.startswith("lcp:status="):
            wanted = key.removeprefix("lcp:status=")
            out = [person(pid, r.recognised_on, "") for pid, r in people.items() if r.status == wanted]
        elif key.startswith("lcp:coverage="):
            code = key.removeprefix("lcp:coverage=")
            out = [person(pid, r.recognised_on, "") for pid, r in people.items()
                   if r.community_code == code and r.status == LcpStatus.REGISTERED.value]
        elif key == "lcp:trained":
            seen: dict[str, date] = {}
            for pid, day, _ in lcp.trainings(session, period, in_scope):
                seen[pid] = min(day, seen.get(pid, day))
            out = [person(pid, day, "参加培训") for pid, day in seen.items()]
        elif key == "lcp:sessions":
            sessions: dict[tuple[date, str], int] = {}
            for _, day, topic in lcp.trainings(session, period, in_scope):
                sessions[(day, topic)] = sessions.get((day, topic), 0) + 1
            out = [DrillRow("", "", topic, day, "", f"参训{n}人", "") for (day, topic), n in sessions.items()]
        elif key.startswith("lcp:service="):
            kind = key.removeprefix("lcp:service=")
            out = [person(pid, day, f"服务群众{served}人")
                   for _, pid, day, k, served in lcp.services(session, period, in_scope) if k == kind]
        else:
            raise _unknown(key)
    return sorted(out, key=lambda r: (r.day or date.min, r.reference))


def _unknown(key: str) -> ValidationError:
    return ValidationError("key", QT_TRANSLATE_NOOP("errors", "No figure is called {key}."), key=key)


def records(ctx: Ctx, period: Period, scope: Scope, key: str) -> tuple[DrillRow, ...]:
    """The records counted under ``key`` in ``period`` over ``scope``."""
    names = communities(ctx)
    if key == "screening_rounds":
        return tuple(_rounds(ctx, period, scope, names))
    if key.startswith("risk:"):
        return tuple(_risk_rows(ctx, period, scope, key, names))
    if key == "lcp:coverage":
        return tuple(DrillRow("", "", names.get(c, c), None, names.get(c, c), "", "") for c in sorted(names)
                     if scope.everything or c in scope.codes)
    if key.startswith("lcp:"):
        return tuple(_lcp_rows(ctx, period, scope, key, names))
    if key in disputes.dispute_keys() or key.startswith(_DISPUTE_PREFIXES):
        return tuple(_dispute_rows(ctx, period, scope, key, names))
    raise _unknown(key)
