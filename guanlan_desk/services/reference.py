"""Reference data: communities, grids and venues of Guanlan sub-district (configuration, sent by the office)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from guanlan_desk.domain.enums import VenueType
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import Community, Grid, Venue
from guanlan_desk.store.uow import GuanlanSession

# Default reference data for a fresh installation: the ten communities 观澜街道 kept when 观湖街道 was split off
# in 2016 (REFERENCE.md §10.12; 樟坑径, 松元厦, 新田, 鹭湖, 观城 and 润城 went to 观湖). The list is reference
# data, not code: the office adds, renames or retires communities and edits each committee in 设置, and its
# enrolment files and bundles carry the list to every workstation. Confirm it with the 街道 before going live.
GUANLAN_COMMUNITIES: tuple[tuple[str, str, str], ...] = (
    ("DF", "大富社区", "大富"),
    ("GH", "桂花社区", "桂花"),
    ("KK", "库坑社区", "库坑"),
    ("JZB", "君子布社区", "君子布"),
    ("LG", "黎光社区", "黎光"),
    ("NH", "牛湖社区", "牛湖"),
    ("XL", "新澜社区", "新澜"),
    ("GP", "广培社区", "广培"),
    ("GX", "桂香社区", "桂香"),
    ("QK", "茜坑社区", "茜坑"),
)
OFFICE_CODE = "GLJD"
GRIDS_PER_COMMUNITY = 6
# Seeded reference rows get the same id on every workstation (so records that point at a grid or venue
# mean the same row at the office) and a shared origin (they belong to no workstation's own records).
REFERENCE_ORIGIN = "reference"
_NAMESPACE = uuid.UUID("6b0c1f7e-3d0a-4b8e-9f51-2a7c5d4e1b90")


def reference_id(kind: str, key: str) -> uuid.UUID:
    """The fixed id of a seeded reference row (``kind`` community/grid/venue, ``key`` its natural key)."""
    return uuid.uuid5(_NAMESPACE, f"{kind}:{key}")


@dataclass(frozen=True, slots=True)
class CommunityRow:
    """A community for pickers."""

    code: str
    name: str
    abbrev: str


@dataclass(frozen=True, slots=True)
class GridRow:
    """A grid for pickers."""

    id: str
    community_code: str
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class VenueRow:
    """A venue for pickers."""

    id: str
    community_code: str
    name: str
    venue_type: VenueType


def seed_defaults(session: GuanlanSession,
                  communities: tuple[tuple[str, str, str], ...] = GUANLAN_COMMUNITIES) -> None:
    """Insert the communities (code, name, abbreviation), their grids and a micro-mediation room each (idempotent)."""
    known = set(session.scalars(select(Community.code)))
    for code, name, abbrev in communities:
        if code in known:
            continue
        session.add(Community(id=reference_id("community", code), origin=REFERENCE_ORIGIN, code=code, name=name,
                              abbrev=abbrev))
        for n in range(1, GRIDS_PER_COMMUNITY + 1):
            session.add(Grid(id=reference_id("grid", f"{code}{n:02d}"), origin=REFERENCE_ORIGIN, community_code=code,
                             code=f"{code}{n:02d}", name=f"{name}第{n}网格"))
        session.add(Venue(id=reference_id("venue", f"{code}:micro"), origin=REFERENCE_ORIGIN, community_code=code,
                          name=f"{name}微调解室", venue_type=VenueType.MICRO_ROOM.value, address=f"{name}党群服务中心"))
    if OFFICE_CODE not in known:
        session.add(Community(id=reference_id("community", OFFICE_CODE), origin=REFERENCE_ORIGIN, code=OFFICE_CODE,
                              name="观澜街道", abbrev="观澜", committee_name="观澜街道人民调解委员会"))
        session.add(Venue(id=reference_id("venue", f"{OFFICE_CODE}:street"), origin=REFERENCE_ORIGIN,
                          community_code=OFFICE_CODE, name="观澜街道人民调解委员会调解室",
                          venue_type=VenueType.STREET_ROOM.value, address="观澜街道办事处"))
        session.add(Venue(id=reference_id("venue", f"{OFFICE_CODE}:park"), origin=REFERENCE_ORIGIN,
                          community_code=OFFICE_CODE, name="观澜高新园区驻园调解工作室",
                          venue_type=VenueType.PARK_STUDIO.value, address="观澜高新技术产业园"))


def communities(ctx: Ctx, *, include_retired: bool = False) -> list[CommunityRow]:
    """The communities in use (all of them with ``include_retired``), by code."""
    with ctx.read() as session:
        stmt = select(Community).where(Community.deleted_at.is_(None)).order_by(Community.code)
        if not include_retired:
            stmt = stmt.where(Community.active.is_(True))
        return [CommunityRow(c.code, c.name, c.abbrev) for c in session.scalars(stmt)]


def grids(ctx: Ctx, community_code: str | None = None) -> list[GridRow]:
    """Grids, optionally of one community."""
    with ctx.read() as session:
        stmt = select(Grid).where(Grid.deleted_at.is_(None)).order_by(Grid.code)
        if community_code:
            stmt = stmt.where(Grid.community_code == community_code)
        return [GridRow(str(g.id), g.community_code, g.code, g.name) for g in session.scalars(stmt)]


def venues(ctx: Ctx, community_code: str | None = None) -> list[VenueRow]:
    """Active venues (a community's own and the sub-district's)."""
    with ctx.read() as session:
        stmt = select(Venue).where(Venue.deleted_at.is_(None), Venue.active.is_(True)).order_by(Venue.name)
        if community_code:
            stmt = stmt.where(Venue.community_code.in_([community_code, OFFICE_CODE]))
        return [VenueRow(str(v.id), v.community_code, v.name, VenueType(v.venue_type)) for v in session.scalars(stmt)]


def community_of(session: GuanlanSession, code: str) -> Community | None:
    """The community row for ``code``."""
    return session.execute(select(Community).where(Community.code == code)).scalar_one_or_none()
