"""This installation's data folder as the desktop app sees it: set up or not, open it, describe it.

The UI opens its database through here so that it never imports the store itself.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc as sa_exc

from guanlan_desk.domain.enums import WorkstationRole, label
from guanlan_desk.services import reference
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.demo_account import DEMO_PASSWORD, DEMO_USERNAME
from guanlan_desk.store.engine import DB_NAME, Database, is_demo_folder, open_database
from guanlan_desk.store.errors import DatabaseCorrupt
from guanlan_desk.store.uow import translate_db_error

__all__ = ["DEMO_PASSWORD", "DEMO_USERNAME", "Database", "WorkstationSummary", "describe", "is_demo",
           "is_set_up", "open_workstation"]



def is_set_up(data_dir: Path) -> bool:
    """Whether ``data_dir`` already holds a workstation's database (otherwise the setup wizard runs)."""
    db_path = data_dir / DB_NAME
    return db_path.is_file() and db_path.stat().st_size > 0


def is_demo(data_dir: Path) -> bool:
    """Whether ``data_dir`` is a generated demo folder (not real records; the demo password opens it)."""
    return is_demo_folder(data_dir)


def open_workstation(data_dir: Path) -> Database:
    """Open the set-up data folder (migrating it after a backup); still locked until a user logs in.

    Known faults of the file itself (busy, full disk, read-only, not a database) come back as
    user-facing errors rather than driver exceptions.
    """
    try:
        return open_database(data_dir)
    except (sa_exc.DBAPIError, sqlite3.Error, OSError) as error:
        known = translate_db_error(error)
        if known is not None:
            raise known from error
        text = str(getattr(error, "orig", error)).lower()
        if "not a database" in text or "malformed" in text or "encrypted" in text:
            raise DatabaseCorrupt(text) from error
        raise


@dataclass(frozen=True, slots=True)
class WorkstationSummary:
    """Who this installation is, in words for the status bar and the settings page."""

    id: str
    role: WorkstationRole
    role_label: str
    community_code: str
    community_name: str
    name: str
    number: int
    demo: bool
    data_dir: Path


def describe(ctx: Ctx) -> WorkstationSummary:
    """The workstation of ``ctx``'s database with its community's name."""
    info = ctx.db.workstation
    role = WorkstationRole(info.role)
    with ctx.read() as session:
        community = reference.community_of(session, info.community_code)
        community_name = community.name if community is not None else info.community_code
    return WorkstationSummary(info.id, role, label(role), info.community_code, community_name, info.name,
                              info.number, info.demo, ctx.db.data_dir)
