"""Enrolled peers: lookup by id or community, their keys, and the display name used in messages."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import SyncPeer
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync.errors import NotEnrolled, PeerAmbiguous, UnknownSender
from guanlan_desk.sync.keys import PublicKeys, SyncKeys

PENDING = "pending"
REVOKED = "revoked"  # replaced by an administrator: its bundles are refused


@dataclass(frozen=True, slots=True)
class PeerRow:
    """A peer for the sync page and settings (fingerprint for a person to compare)."""

    workstation_id: str
    role: str
    community_code: str
    name: str
    fingerprint: str
    sent_seq: int
    acked_seq: int
    received_seq: int
    problem: str


def my_keys(ctx: Ctx) -> SyncKeys:
    """This workstation's key pairs (derived from the keyring-held data key)."""
    return SyncKeys.from_cipher(ctx.db.cipher)


def public_keys(peer: SyncPeer) -> PublicKeys:
    """A peer's public keys."""
    return PublicKeys(peer.sign_public_key, peer.box_public_key)


def enrolled(session: GuanlanSession) -> list[SyncPeer]:
    """Peers that finished enrolment (pending invitations excluded), by name."""
    return list(session.scalars(select(SyncPeer).where(SyncPeer.role.not_in((PENDING, REVOKED)))
                                .order_by(SyncPeer.name)))


def by_workstation(session: GuanlanSession, workstation_id: str) -> SyncPeer:
    """The enrolled peer with this id, or :class:`UnknownSender`."""
    peer = session.execute(select(SyncPeer).where(SyncPeer.workstation_id == workstation_id)).scalar_one_or_none()
    if peer is None or peer.role in (PENDING, REVOKED) or not peer.sign_public_key:
        raise UnknownSender(workstation_id[:36])
    return peer


def choose(session: GuanlanSession, wanted: str | None) -> list[SyncPeer]:
    """The peers an export goes to: ``wanted`` (a workstation id or community code), or every enrolled peer."""
    peers = enrolled(session)
    if not peers:
        raise NotEnrolled()
    if wanted is None:
        return peers
    chosen = [p for p in peers if wanted in (p.workstation_id, p.community_code)]
    if not chosen:
        raise PeerAmbiguous(", ".join(f"{p.name} ({p.community_code})" for p in peers))
    return chosen


def row(peer: SyncPeer) -> PeerRow:
    """A peer as a plain row."""
    return PeerRow(peer.workstation_id, peer.role, peer.community_code, peer.name,
                   public_keys(peer).fingerprint if peer.sign_public_key else "", peer.sent_seq, peer.acked_seq,
                   peer.last_bundle_seq, peer.problem)
