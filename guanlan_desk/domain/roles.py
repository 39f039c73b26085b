"""Which role may do what. Services check these; the CLI and the UI obey the same table."""

from __future__ import annotations

from enum import StrEnum

from guanlan_desk.domain.enums import Role, WorkstationRole


class Permission(StrEnum):
    """One thing a user may be allowed to do."""

    DISPUTE_READ = "dispute_read"
    DISPUTE_WRITE = "dispute_write"
    PARTY_READ = "party_read"
    PARTY_WRITE = "party_write"
    PARTY_MERGE = "party_merge"
    RISK_READ = "risk_read"
    RISK_WRITE = "risk_write"
    RISK_APPROVE_CLOSE = "risk_approve_close"
    KEY_PERSON_READ = "key_person_read"
    LCP_READ = "lcp_read"
    LCP_WRITE = "lcp_write"
    PII_UNMASK = "pii_unmask"
    USER_ADMIN = "user_admin"
    AUDIT_READ = "audit_read"
    PRINT = "print"
    EXPORT = "export"
    SETTINGS = "settings"


P = Permission
_READ_ALL = {P.DISPUTE_READ, P.PARTY_READ, P.RISK_READ, P.LCP_READ}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(_READ_ALL | {
        P.DISPUTE_WRITE, P.PARTY_WRITE, P.PARTY_MERGE, P.RISK_WRITE, P.RISK_APPROVE_CLOSE,
        P.KEY_PERSON_READ, P.LCP_WRITE, P.PII_UNMASK, P.USER_ADMIN, P.AUDIT_READ, P.PRINT, P.EXPORT,
        P.SETTINGS,
    }),
    Role.MEDIATOR: frozenset(_READ_ALL | {
        P.DISPUTE_WRITE, P.PARTY_WRITE, P.LCP_WRITE, P.PII_UNMASK, P.PRINT,
    }),
    # Grid officers report and follow hazards on their grid; no mediation details.
    Role.GRID_OFFICER: frozenset({P.RISK_READ, P.RISK_WRITE, P.PARTY_READ, P.PARTY_WRITE, P.LCP_READ, P.PRINT}),
    Role.VIEWER: frozenset(_READ_ALL),
    Role.OFFICE_ADMIN: frozenset(_READ_ALL | {
        P.RISK_WRITE, P.RISK_APPROVE_CLOSE, P.KEY_PERSON_READ, P.LCP_WRITE, P.PII_UNMASK, P.USER_ADMIN,
        P.AUDIT_READ, P.PRINT, P.EXPORT, P.SETTINGS, P.PARTY_MERGE, P.PARTY_WRITE,
    }),
    Role.OFFICE_STAFF: frozenset(_READ_ALL | {P.RISK_WRITE, P.PRINT, P.EXPORT}),
}

ROLES_FOR: dict[WorkstationRole, tuple[Role, ...]] = {
    WorkstationRole.COMMUNITY: (Role.ADMIN, Role.MEDIATOR, Role.GRID_OFFICER, Role.VIEWER),
    WorkstationRole.OFFICE: (Role.OFFICE_ADMIN, Role.OFFICE_STAFF),
}


def allows(role: Role, permission: Permission) -> bool:
    """Whether ``role`` holds ``permission``."""
    return permission in ROLE_PERMISSIONS[role]
