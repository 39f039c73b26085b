"""The office's reporting settings: the minimum of legal-clarity persons per community, and how old a
community's last bundle may get before the overview flags it (the export schedule agreed with them)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace

from sqlalchemy import select

from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import Setting

SETTINGS_KEY = "report_settings"


@dataclass(frozen=True, slots=True)
class ReportSettings:
    """Thresholds of the statistics and the office overview."""

    lcp_minimum: int = 5
    bundle_max_age_days: int = 7

    def validate(self) -> ReportSettings:
        """Check the values are usable; returns itself."""
        if not 0 <= self.lcp_minimum <= 1000:
            raise ValidationError("lcp_minimum", QT_TRANSLATE_NOOP(
                "errors", "The minimum of legal-clarity persons must be between 0 and 1000."))
        if not 1 <= self.bundle_max_age_days <= 365:
            raise ValidationError("bundle_max_age_days", QT_TRANSLATE_NOOP(
                "errors", "The bundle age limit must be between 1 and 365 days."))
        return self


def load(ctx: Ctx) -> ReportSettings:
    """The stored settings (defaults when none are stored or a value is unreadable)."""
    with ctx.read() as session:
        raw = session.execute(select(Setting.value).where(Setting.key == SETTINGS_KEY)).scalar_one_or_none()
    if not raw:
        return ReportSettings()
    try:
        data = json.loads(raw)
        return replace(ReportSettings(), **{k: int(v) for k, v in data.items()
                                            if k in ReportSettings.__dataclass_fields__}).validate()
    except (ValueError, TypeError, ValidationError):
        return ReportSettings()


def save(ctx: Ctx, settings: ReportSettings) -> None:
    """Store the settings (needs the settings permission; audited)."""
    ctx.require(Permission.SETTINGS, QT_TRANSLATE_NOOP("terms", "change settings"))
    settings.validate()
    with ctx.write() as session:
        row = session.get(Setting, SETTINGS_KEY)
        value = json.dumps(asdict(settings), sort_keys=True)
        if row is None:
            session.add(Setting(key=SETTINGS_KEY, value=value))
        else:
            row.value = value
        audit.record(session, ctx, AuditAction.UPDATE, "setting", SETTINGS_KEY, asdict(settings))
        session.commit()
