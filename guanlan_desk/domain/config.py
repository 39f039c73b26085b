"""What varies by locality: configuration with sensible defaults, not code.

Stored as JSON in the database's settings; the office can send a new one with reference data.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError


@dataclass(frozen=True, slots=True)
class RiskLevel:
    """One grade of the risk palette: code, label, colour and the time to respond and resolve."""

    code: str
    label: str
    colour: str
    response_hours: int
    resolve_days: int
    lead: str = ""


@dataclass(frozen=True, slots=True)
class RetentionPeriod:
    """A 保管期限 category: years to keep a closed case file (0 = permanent)."""

    code: str
    label: str
    years: int


DEFAULT_RISK_LEVELS: tuple[RiskLevel, ...] = (
    RiskLevel("red", "红", "#D7263D", 2, 15, "街道领导包案"),
    RiskLevel("orange", "橙", "#F46036", 24, 30, "社区书记包案"),
    RiskLevel("yellow", "黄", "#E9B44C", 72, 60, "网格员跟进"),
    RiskLevel("blue", "蓝", "#1B98E0", 168, 90, "关注"),
)

THREE_COLOUR_LEVELS: tuple[RiskLevel, ...] = (
    RiskLevel("red", "红", "#D7263D", 2, 15, "立即上报"),
    RiskLevel("orange", "橙", "#F46036", 24, 30, "当日处置"),
    RiskLevel("yellow", "黄", "#E9B44C", 72, 60, "网格员就地化解"),
)

DEFAULT_RETENTION: tuple[RetentionPeriod, ...] = (
    RetentionPeriod("permanent", "永久", 0),
    RetentionPeriod("long", "长期", 30),
    RetentionPeriod("short", "短期", 10),
)


@dataclass(frozen=True, slots=True)
class LocalityConfig:
    """Locality settings; every field has a default that fits Guanlan."""

    committee_name: str = "观澜街道人民调解委员会"
    case_number_pattern: str = "（{year}）{abbrev}调字第{serial:04d}号"
    # Workstation k of a community numbers cases from (k-1)*block+1: no collision while offline.
    case_serial_block: int = 1000
    risk_code_pattern: str = "FX{year}-{abbrev}-{serial:04d}"
    risk_levels: tuple[RiskLevel, ...] = DEFAULT_RISK_LEVELS
    # Top levels need a resolution deadline (化解时限).
    deadline_required_levels: tuple[str, ...] = ("red", "orange")
    follow_up_days: int = 15
    mediation_days: int = 30
    jc_window_days: int = 30
    retention: tuple[RetentionPeriod, ...] = DEFAULT_RETENTION
    default_retention: str = "long"
    audit_retention_years: int = 3
    repeat_dispute_threshold: int = 2
    idle_lock_minutes: int = 10
    extra: dict[str, Any] = field(default_factory=dict)

    def level(self, code: str) -> RiskLevel:
        """The palette entry for ``code``; raises :class:`ValidationError` if unknown."""
        for lvl in self.risk_levels:
            if lvl.code == code:
                return lvl
        raise ValidationError("level", QT_TRANSLATE_NOOP("errors", "Unknown risk level: {code}."), code=code)

    def retention_period(self, code: str) -> RetentionPeriod:
        """The retention category for ``code``."""
        for period in self.retention:
            if period.code == code:
                return period
        raise ValidationError(
            "retention", QT_TRANSLATE_NOOP("errors", "Unknown retention period: {code}."), code=code
        )

    def validate(self) -> LocalityConfig:
        """Check the configuration is usable; returns itself."""
        if not 3 <= len(self.risk_levels) <= 5:
            raise ValidationError(
                "risk_levels", QT_TRANSLATE_NOOP("errors", "A risk palette needs three to five levels.")
            )
        if len({lvl.code for lvl in self.risk_levels}) != len(self.risk_levels):
            raise ValidationError("risk_levels", QT_TRANSLATE_NOOP("errors", "Risk level codes must be unique."))
        if "{serial" not in self.case_number_pattern or "{year" not in self.case_number_pattern:
            raise ValidationError(
                "case_number_pattern",
                QT_TRANSLATE_NOOP("errors", "A case number pattern needs {{year}} and {{serial}}."),
            )
        if self.case_serial_block < 10:
            raise ValidationError("case_serial_block", QT_TRANSLATE_NOOP("errors", "The serial block is too small."))
        return self

    def to_json(self) -> str:
        """Serialise to JSON."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> LocalityConfig:
        """Parse JSON written by :meth:`to_json`, keeping defaults for missing keys."""
        raw = json.loads(text)
        base = cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        if "risk_levels" in known:
            known["risk_levels"] = tuple(RiskLevel(**lvl) for lvl in known["risk_levels"])
        if "retention" in known:
            known["retention"] = tuple(RetentionPeriod(**p) for p in known["retention"])
        for key in ("deadline_required_levels",):
            if key in known:
                known[key] = tuple(known[key])
        return replace(base, **known).validate()
