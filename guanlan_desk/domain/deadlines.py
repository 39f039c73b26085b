"""Deadline rules: follow-up visits, the judicial-confirmation window, mediation and risk deadlines."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from guanlan_desk.domain.config import LocalityConfig


def jc_deadline(effective_on: date, config: LocalityConfig) -> date:
    """Last day to apply jointly for judicial confirmation (人民调解法 Art. 33: 30 days from effect)."""
    return effective_on + timedelta(days=config.jc_window_days)


def follow_up_due(settled_on: date, config: LocalityConfig) -> date:
    """When the follow-up visit (回访) after a settlement falls due."""
    return settled_on + timedelta(days=config.follow_up_days)


def mediation_due(received_on: date, config: LocalityConfig) -> date:
    """When mediation should be concluded (2002 rules Art. 33: generally within one month)."""
    return received_on + timedelta(days=config.mediation_days)


def case_mediation_due(received_on: date, accepted_on: date | None, config: LocalityConfig, *,
                       court_deadline: date | None = None, extended_due: date | None = None) -> date:
    """A case's mediation deadline: an agreed extension, else the entrusting court's deadline, else the
    committee's time limit counted from 受理 (the date received until the case is accepted)."""
    if extended_due is not None:
        return extended_due
    if court_deadline is not None:
        return court_deadline
    return mediation_due(accepted_on or received_on, config)


def risk_deadline(found_on: date, level_code: str, config: LocalityConfig) -> date:
    """The default resolution deadline (化解时限) for a risk item of the given level."""
    return found_on + timedelta(days=config.level(level_code).resolve_days)


def risk_response_due(reported_at: datetime, level_code: str, config: LocalityConfig) -> datetime:
    """When the first response to a risk item of this level is due."""
    return reported_at + timedelta(hours=config.level(level_code).response_hours)


def retention_until(closed_on: date, retention_code: str, config: LocalityConfig) -> date | None:
    """Until when a closed case file is kept (``None``: permanently)."""
    years = config.retention_period(retention_code).years
    if years == 0:
        return None
    try:
        return closed_on.replace(year=closed_on.year + years)
    except ValueError:  # 29 February
        return closed_on.replace(year=closed_on.year + years, day=28)


def days_left(deadline: date, today: date) -> int:
    """Days until ``deadline`` (negative when overdue)."""
    return (deadline - today).days
