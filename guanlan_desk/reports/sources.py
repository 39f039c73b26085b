"""The one place that says how today's records answer the statistics' questions (the adapter).

Every statistic and every drill-down reads disputes through :func:`dispute_dims` and classifies them with
the constants here, so a change of storage changes only this module:

- Case flags are :class:`CaseFlag` codes in ``Dispute.flags`` (comma-joined); 防止民转刑 / 防止群体性上访 count
  件 by the prevented-outcome flag and 人 from ``Dispute.prevented_criminal_persons`` / ``prevented_petition_persons``.
- Judicial confirmation: a ``judicial_confirmation`` record (or ``Dispute.jc_requested`` of older cases) says
  "applied"; the record's result ``confirmed`` says "confirmed".
- Performance (履行): the agreement's ``performance`` code (full/immediate) or the status ``performed``.
- Outcome dates: no status history exists yet, so a case counts in the period in which it was received
  (``received_on``), and its outcome is its current status (a cohort count: 受理 = 成功 + 未成功 + 在办).
- 排查次数 (screening rounds) has no record of its own: a round is a (grid, day) on which a grid officer
  reported something (a dispute from ``grid_screening`` or a risk item found that day).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, case, cast, exists, func, literal, or_
from sqlalchemy.sql.elements import Label

from guanlan_desk.domain.enums import (
    CaseFlag,
    JcResult,
    DEFAULT_SUBTYPES,
    AgreementKind,
    DisputeStatus,
    DisputeType,
    Performance,
    Source,
    StatSource,
    VenueType,
)
from guanlan_desk.store.models import Agreement, Dispute, JudicialConfirmation, Venue

PREVENT_CRIMINAL_FLAGS: tuple[str, ...] = (CaseFlag.CRIMINAL_PREVENTED.value,)
PREVENT_PETITION_FLAGS: tuple[str, ...] = (CaseFlag.PETITION_PREVENTED.value,)

SUCCESS_STATUSES = frozenset({DisputeStatus.SETTLED, DisputeStatus.PERFORMED, DisputeStatus.NOT_PERFORMED,
                              DisputeStatus.FOLLOWED_UP})
UNSUCCESSFUL_STATUSES = frozenset({DisputeStatus.NOT_SETTLED, DisputeStatus.REFERRED, DisputeStatus.WITHDRAWN})
PENDING_STATUSES = frozenset({DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING})
NOT_ACCEPTED_STATUSES = frozenset({DisputeStatus.REGISTERED, DisputeStatus.DECLINED})
PERFORMED_CODES = (Performance.FULL.value, Performance.IMMEDIATE.value)
REPORTED_VENUES = (VenueType.MICRO_ROOM, VenueType.PARK_STUDIO)


class Outcome(StrEnum):
    """Where a received dispute stands for the statistics."""

    NOT_ACCEPTED = "not_accepted"
    SUCCESS = "success"
    UNSUCCESSFUL = "unsuccessful"
    PENDING = "pending"


def _values(statuses: frozenset[DisputeStatus]) -> list[str]:
    return sorted(s.value for s in statuses)


def outcome_expr() -> ColumnElement[str]:
    """The :class:`Outcome` of a dispute row (an archived case succeeded when it has an agreement)."""
    return case(
        (Dispute.status.in_(_values(NOT_ACCEPTED_STATUSES)), literal(Outcome.NOT_ACCEPTED.value)),
        (Dispute.status.in_(_values(SUCCESS_STATUSES)), literal(Outcome.SUCCESS.value)),
        (and_(Dispute.status == DisputeStatus.ARCHIVED.value, Agreement.id.is_not(None)),
         literal(Outcome.SUCCESS.value)),
        (Dispute.status.in_(_values(PENDING_STATUSES)), literal(Outcome.PENDING.value)),
        else_=literal(Outcome.UNSUCCESSFUL.value),
    )


def success_expr() -> ColumnElement[bool]:
    """Whether a dispute row succeeded, without the agreement join: an archived case looks its agreement up."""
    live = exists().where(Agreement.dispute_id == Dispute.id, Agreement.deleted_at.is_(None))
    return or_(Dispute.status.in_(_values(SUCCESS_STATUSES)),
               and_(Dispute.status == DisputeStatus.ARCHIVED.value, live))


def stat_source_expr() -> ColumnElement[str]:
    """The statistical source (主动 / 申请 / 委托移送) of a dispute row (one IN per statistical source)."""
    whens = [(Dispute.source.in_(sorted(s.value for s in Source if s.stat_source == stat)), literal(stat.value))
             for stat in StatSource if stat != StatSource.REFERRAL]
    return case(*whens, else_=literal(StatSource.REFERRAL.value))


def _flagged(flags: tuple[str, ...]) -> ColumnElement[bool]:
    return or_(*[func.instr(Dispute.flags, f) > 0 for f in flags])


def performed_expr() -> ColumnElement[bool]:
    """Whether the agreement was performed (履行)."""
    return or_(Agreement.performance.in_(PERFORMED_CODES), Dispute.status == DisputeStatus.PERFORMED.value)


def _jc_record(*conds: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists().where(JudicialConfirmation.dispute_id == Dispute.id, JudicialConfirmation.deleted_at.is_(None),
                          *conds)


def jc_applied_expr() -> ColumnElement[bool]:
    """Whether judicial confirmation was applied for (司法确认申请)."""
    return or_(Dispute.jc_requested.is_(True), _jc_record())


def jc_confirmed_expr() -> ColumnElement[bool]:
    """Whether the court confirmed the agreement (确认有效)."""
    return _jc_record(JudicialConfirmation.result == JcResult.CONFIRMED.value)


def dispute_dims() -> list[Label[Any]]:
    """The classified columns of a dispute row (the same for counts and drill-downs)."""
    return [
        Dispute.community_code.label("community"),
        Dispute.dispute_type.label("dtype"),
        Dispute.subtype.label("subtype"),
        stat_source_expr().label("stat_source"),
        func.coalesce(Venue.venue_type, "").label("venue_type"),
        outcome_expr().label("outcome"),
        func.coalesce(Agreement.kind, "").label("agreement_kind"),
        cast(performed_expr(), Integer).label("performed"),
        cast(jc_applied_expr(), Integer).label("jc_applied"),
        cast(jc_confirmed_expr(), Integer).label("jc_confirmed"),
        cast(_flagged(PREVENT_CRIMINAL_FLAGS), Integer).label("prevent_criminal"),
        cast(_flagged(PREVENT_PETITION_FLAGS), Integer).label("prevent_petition"),
        cast(Dispute.source == Source.GRID_SCREENING.value, Integer).label("grid_found"),
    ]


GROUP_DIMS = ("dtype", "subtype", "stat_source", "venue_type", "outcome")
FLAG_DIMS = ("agreement_kind", "performed", "jc_applied", "jc_confirmed", "prevent_criminal", "prevent_petition",
             "grid_found")


def group_dims() -> list[Label[Any]]:
    """The dims the counting query groups by (a few hundred groups at any size)."""
    return [d for d in dispute_dims() if d.name in GROUP_DIMS]


def dispute_measures() -> list[Label[Any]]:
    """Per group: count, persons involved (涉及当事人人次), agreement amount in fen (协议涉及金额), and the cases
    that carry each flag dim.

    Only columns of the statistics indexes are read (the query never visits the dispute rows themselves); the
    judicial-confirmation records come from a small query of their own (:func:`jc_record_measures`).
    """
    dims = {d.name: d.element for d in dispute_dims()}

    def count_if(cond: ColumnElement[Any]) -> ColumnElement[int]:
        return func.sum(case((cond, 1), else_=0))

    return [
        func.count().label("n"), func.coalesce(func.sum(Dispute.persons_involved), 0).label("persons"),
        func.coalesce(func.sum(Agreement.amount_fen), 0).label("amount_fen"),
        count_if(Agreement.kind == AgreementKind.ORAL.value).label("oral_n"),
        count_if(Agreement.kind == AgreementKind.WRITTEN.value).label("written_n"),
        count_if(performed_expr()).label("performed_n"),
        count_if(Dispute.jc_requested.is_(True)).label("jc_requested_n"),
        count_if(_flagged(PREVENT_CRIMINAL_FLAGS)).label("prevent_criminal_n"),
        func.sum(case((_flagged(PREVENT_CRIMINAL_FLAGS), Dispute.prevented_criminal_persons), else_=0))
        .label("prevent_criminal_persons"),
        count_if(_flagged(PREVENT_PETITION_FLAGS)).label("prevent_petition_n"),
        func.sum(case((_flagged(PREVENT_PETITION_FLAGS), Dispute.prevented_petition_persons), else_=0))
        .label("prevent_petition_persons"),
        count_if(dims["grid_found"] == 1).label("grid_found_n"),
    ]


def jc_record_measures() -> list[Label[Any]]:
    """Per dispute with a live judicial-confirmation record: whether it counts as applied only by the record
    (not already by ``jc_requested``), and whether the court confirmed it."""
    return [cast(Dispute.jc_requested.is_not(True), Integer).label("record_only"),
            cast(jc_confirmed_expr(), Integer).label("confirmed")]


def dispute_joins() -> tuple[tuple[type[object], ColumnElement[bool]], ...]:
    """The outer joins the dims need (the live agreement, the venue)."""
    return ((Agreement, and_(Agreement.dispute_id == Dispute.id, Agreement.deleted_at.is_(None))),
            (Venue, Venue.id == Dispute.venue_id))


def stat_type(dtype: str, subtype: str) -> DisputeType:
    """The statistical type (one of the 15) a stored type and local sub-type roll up to."""
    try:
        return DisputeType(dtype)
    except ValueError:
        mapped = DEFAULT_SUBTYPES.get(subtype)
        return mapped[0] if mapped else DisputeType.OTHER


def agreement_kind(raw: str) -> AgreementKind | None:
    """The agreement's form (口头 / 书面), ``None`` without an agreement."""
    try:
        return AgreementKind(raw) if raw else None
    except ValueError:
        return None

