"""De-identified statistics: counts only, no personal fields (PIPL §7.2.9)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute

from guanlan_desk.domain.enums import DisputeStatus, DisputeType, Source, StatSource
from guanlan_desk.services import committees
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import Agreement, Dispute, LegalClarityPerson, Party, RiskItem
from guanlan_desk.store.uow import GuanlanSession

_SUCCESS = {DisputeStatus.SETTLED, DisputeStatus.PERFORMED, DisputeStatus.NOT_PERFORMED, DisputeStatus.FOLLOWED_UP}


@dataclass(frozen=True, slots=True)
class Stats:
    """Headline figures of the data folder."""

    disputes: int
    parties: int
    risks: int
    lcps: int
    by_status: dict[str, int]
    by_type: dict[str, int]
    by_stat_source: dict[str, int]
    risks_by_status: dict[str, int]
    risks_by_level: dict[str, int]
    lcps_by_status: dict[str, int]
    accepted: int
    successful: int
    agreement_amount_yuan: int
    # Cases per committee (the committee of each case's community).
    by_committee: dict[str, int] = field(default_factory=dict)

    @property
    def success_rate(self) -> float:
        """调解成功率 = 调解成功数 ÷ 受理数."""
        return self.successful / self.accepted if self.accepted else 0.0


def _grouped(session: GuanlanSession, column: InstrumentedAttribute[str], deleted: InstrumentedAttribute[Any]) -> dict[str, int]:
    stmt = select(column, func.count()).where(deleted.is_(None)).group_by(column)
    return {str(k): int(v) for k, v in session.execute(stmt)}


def collect(ctx: Ctx) -> Stats:
    """Counts by status, type, source, level; the success rate; the amount covered by agreements."""
    with ctx.read() as session:
        by_status = _grouped(session, Dispute.status, Dispute.deleted_at)
        by_committee: dict[str, int] = {}
        for code, n in _grouped(session, Dispute.community_code, Dispute.deleted_at).items():
            name = committees.committee_in(session, code).name
            by_committee[name] = by_committee.get(name, 0) + n
        by_type = {DisputeType(k).value: v for k, v in _grouped(session, Dispute.dispute_type, Dispute.deleted_at).items()}
        by_source: dict[str, int] = {s.value: 0 for s in StatSource}
        for source, n in _grouped(session, Dispute.source, Dispute.deleted_at).items():
            by_source[Source(source).stat_source.value] += n
        risks_by_status = _grouped(session, RiskItem.status, RiskItem.deleted_at)
        risks_by_level = _grouped(session, RiskItem.level, RiskItem.deleted_at)
        lcps_by_status = _grouped(session, LegalClarityPerson.status, LegalClarityPerson.deleted_at)
        parties = session.execute(
            select(func.count()).select_from(Party).where(Party.deleted_at.is_(None))).scalar_one()
        amount = session.execute(
            select(func.coalesce(func.sum(Agreement.amount_fen), 0)).where(Agreement.deleted_at.is_(None))).scalar_one()
    total = sum(by_status.values())
    not_accepted = by_status.get(DisputeStatus.REGISTERED.value, 0) + by_status.get(DisputeStatus.DECLINED.value, 0)
    successful = sum(by_status.get(s.value, 0) for s in _SUCCESS)
    # Archived cases that had an agreement count as successful too.
    with ctx.read() as session:
        successful += int(session.execute(
            select(func.count()).select_from(Dispute).join(Agreement, Agreement.dispute_id == Dispute.id)
            .where(Dispute.status == DisputeStatus.ARCHIVED.value, Dispute.deleted_at.is_(None))).scalar_one())
    return Stats(
        disputes=total, parties=int(parties), risks=sum(risks_by_status.values()), lcps=sum(lcps_by_status.values()),
        by_status=by_status, by_type=by_type, by_stat_source=by_source, risks_by_status=risks_by_status,
        risks_by_level=risks_by_level, lcps_by_status=lcps_by_status, accepted=total - not_accepted,
        successful=successful, agreement_amount_yuan=int(amount or 0) // 100, by_committee=by_committee,
    )
