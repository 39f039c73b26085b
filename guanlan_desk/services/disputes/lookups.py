"""Queries for the dashboard, the party page and the office's checks."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import ColumnElement, func, select

from guanlan_desk.domain.enums import OPEN_DISPUTE_STATUSES, DisputeStatus
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services.context import LOCAL_TZ, Ctx, load_config
from guanlan_desk.services.disputes.listing import _row, _venue_names
from guanlan_desk.services.disputes.rows import Collision, DueItem, PartyDisputes, ScheduledItem
from guanlan_desk.store.models import (
    Agreement,
    Dispute,
    DisputeParty,
    DisputeRisk,
    FollowUp,
    MediationSchedule,
    RiskItem,
)
from guanlan_desk.store.uow import GuanlanSession


def party_disputes(ctx: Ctx, party_id: str) -> PartyDisputes:
    """Every dispute of one party; a warning when several are open (repeated petitions are a risk signal)."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        config = load_config(session)
        rows = list(session.scalars(
            select(Dispute).join(DisputeParty, DisputeParty.dispute_id == Dispute.id)
            .where(DisputeParty.party_id == uuid.UUID(party_id), DisputeParty.deleted_at.is_(None),
                   Dispute.deleted_at.is_(None)).order_by(Dispute.received_on.desc())))
        today = ctx.today()
        out = tuple(_row(r, _venue_names(session, {r.venue_id} if r.venue_id else set()), None, today) for r in rows)
    open_count = sum(1 for r in out if r.status in OPEN_DISPUTE_STATUSES)
    return PartyDisputes(out, open_count, open_count >= config.repeat_dispute_threshold)


def _due_follow_ups_where(until: date, since: date | None) -> list[ColumnElement[bool]]:
    where = [FollowUp.done_on.is_(None), FollowUp.due_on <= until, FollowUp.deleted_at.is_(None),
             Dispute.deleted_at.is_(None), Dispute.status != DisputeStatus.ARCHIVED.value]
    return where + ([FollowUp.due_on >= since] if since is not None else [])


def due_follow_ups(ctx: Ctx, until: date, *, since: date | None = None, newest_first: bool = False,
                   limit: int = 500, offset: int = 0) -> list[DueItem]:
    """Follow-up visits due between ``since`` and ``until`` and not yet done, oldest first; ``newest_first`` (the
    dashboard) puts today first, then the most recently overdue, so the newest never fall off a long list."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    today = ctx.today()
    with ctx.read() as session:
        rows = session.execute(
            select(Dispute.id, Dispute.case_no, Dispute.title, FollowUp.due_on)
            .join(FollowUp, FollowUp.dispute_id == Dispute.id)
            .where(*_due_follow_ups_where(until, since))
            .order_by(FollowUp.due_on.desc() if newest_first else FollowUp.due_on, Dispute.case_no)
            .limit(limit).offset(offset))
        return [DueItem(str(i), n, t, due, due < today) for i, n, t, due in rows]


def count_due_follow_ups(ctx: Ctx, until: date, *, since: date | None = None) -> int:
    """How many follow-up visits :func:`due_follow_ups` would list without a limit."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        return int(session.execute(
            select(func.count()).select_from(FollowUp).join(Dispute, FollowUp.dispute_id == Dispute.id)
            .where(*_due_follow_ups_where(until, since))).scalar_one())


def jc_windows_closing(ctx: Ctx, within_days: int = 7) -> list[DueItem]:
    """Written agreements whose 30-day judicial-confirmation window closes soon and no application yet."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    today = ctx.today()
    with ctx.read() as session:
        rows = session.execute(
            select(Dispute.id, Dispute.case_no, Dispute.title, Agreement.jc_deadline)
            .join(Agreement, Agreement.dispute_id == Dispute.id)
            .where(Agreement.jc_deadline.is_not(None), Agreement.jc_deadline >= today,
                   Agreement.jc_deadline <= today + timedelta(days=within_days), Dispute.jc_requested.is_(False),
                   Dispute.deleted_at.is_(None))
            .order_by(Agreement.jc_deadline).limit(500))
        return [DueItem(str(i), n, t, due, False) for i, n, t, due in rows if due is not None]


def find_case_number_collisions(ctx: Ctx) -> list[Collision]:
    """The office checks imported cases: the same number on different records means a misconfigured block."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        dupes = session.execute(
            select(Dispute.case_no).where(Dispute.deleted_at.is_(None))
            .group_by(Dispute.community_code, Dispute.case_no).having(func.count() > 1)).scalars().all()
        out = []
        for number in dupes:
            rows = session.execute(select(Dispute.id, Dispute.origin).where(
                Dispute.case_no == number, Dispute.deleted_at.is_(None))).all()
            out.append(Collision(number, tuple(str(r[0]) for r in rows), tuple(r[1] for r in rows)))
        return out


def risks_of_dispute(session: GuanlanSession, dispute_id: uuid.UUID) -> list[RiskItem]:
    """Risk items linked to a dispute (for the dispute editor)."""
    return list(session.scalars(select(RiskItem).join(DisputeRisk, DisputeRisk.risk_id == RiskItem.id).where(
        DisputeRisk.dispute_id == dispute_id, DisputeRisk.deleted_at.is_(None), RiskItem.deleted_at.is_(None))))




def scheduled_mediations(ctx: Ctx, first: date, last: date) -> list[ScheduledItem]:
    """Mediations scheduled from ``first`` to ``last`` (local days), not rescheduled and not yet recorded."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    start = datetime.combine(first, time(0), LOCAL_TZ).astimezone(timezone.utc)
    end = datetime.combine(last + timedelta(days=1), time(0), LOCAL_TZ).astimezone(timezone.utc)
    with ctx.read() as session:
        rows = session.execute(
            select(Dispute.id, Dispute.case_no, Dispute.title, MediationSchedule.scheduled_at, MediationSchedule.place,
                   MediationSchedule.mediators)
            .join(MediationSchedule, MediationSchedule.dispute_id == Dispute.id)
            .where(MediationSchedule.scheduled_at >= start, MediationSchedule.scheduled_at < end,
                   MediationSchedule.superseded_at.is_(None), MediationSchedule.session_id.is_(None),
                   MediationSchedule.deleted_at.is_(None), Dispute.deleted_at.is_(None),
                   Dispute.status.in_([DisputeStatus.ACCEPTED.value, DisputeStatus.MEDIATING.value]))
            .order_by(MediationSchedule.scheduled_at).limit(500))
        return [ScheduledItem(str(i), n, t, at, place, who) for i, n, t, at, place, who in rows]
