"""All mapped tables; importing this package registers them on ``Base.metadata``."""

from guanlan_desk.store.models.core import (
    AuditEvent,
    Community,
    Grid,
    KeySlot,
    LocalState,
    PendingAuditEvent,
    Setting,
    User,
    Venue,
    Workstation,
)
from guanlan_desk.store.models.disputes import (
    Agreement,
    Attachment,
    Dispute,
    DisputeMediator,
    DisputeParty,
    DisputeRisk,
    FollowUp,
    JudicialConfirmation,
    MediationNotice,
    MediationSchedule,
    MediationSession,
)
from guanlan_desk.store.models.imports import LedgerImportRow
from guanlan_desk.store.models.lcp import LcpService, LcpStatusChange, LcpTraining, LegalClarityPerson
from guanlan_desk.store.models.parties import Party, PartyLink
from guanlan_desk.store.models.risks import RiskItem, RiskParty, RiskReview
from guanlan_desk.store.models.roster import DisputeStatusChange, LegalAdviser, Mediator
from guanlan_desk.store.models.supervision import SupervisionTask
from guanlan_desk.store.models.sync import (
    ImportLog,
    PeerAuditEvent,
    SyncConflict,
    SyncExport,
    SyncFieldClock,
    SyncPeer,
)

__all__ = [
    "Agreement", "Attachment", "AuditEvent", "Community", "Dispute", "DisputeMediator", "DisputeParty",
    "DisputeRisk", "DisputeStatusChange", "FollowUp", "Grid", "ImportLog", "JudicialConfirmation", "KeySlot",
    "LcpService", "LcpStatusChange", "LcpTraining", "LedgerImportRow", "LegalAdviser", "LegalClarityPerson",
    "LocalState", "MediationNotice", "MediationSchedule", "MediationSession", "Mediator", "Party", "PartyLink",
    "PeerAuditEvent", "PendingAuditEvent", "RiskItem",
    "RiskParty", "RiskReview", "SyncExport", "SyncFieldClock",
    "Setting", "SupervisionTask", "SyncConflict", "SyncPeer", "User", "Venue", "Workstation",
]
