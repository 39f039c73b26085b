"""Who is acting, on which database: passed to every service call."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from guanlan_desk.domain.config import LocalityConfig
from guanlan_desk.domain.enums import Role, label
from guanlan_desk.domain.localtime import LOCAL_TZ as LOCAL_TZ  # re-exported: the one local zone
from guanlan_desk.domain.localtime import local_today
from guanlan_desk.domain.roles import Permission, allows
from guanlan_desk.services.errors import PermissionDenied
from guanlan_desk.store.engine import Database as Database  # re-exported: the UI never imports the store
from guanlan_desk.store.models import Setting
from guanlan_desk.store.uow import GuanlanSession, unit_of_work

CONFIG_KEY = "locality_config"


@dataclass(frozen=True, slots=True)
class Actor:
    """The logged-in user (or the system, for scheduled jobs and demo generation)."""

    user_id: str
    username: str
    display_name: str
    role: Role

    @classmethod
    def system(cls, role: Role = Role.ADMIN) -> Actor:
        """The actor for headless jobs run by the workstation itself."""
        return cls(str(uuid.UUID(int=0)), "system", "系统", role)


@dataclass(frozen=True, slots=True)
class Ctx:
    """A service call's context: the open database and the acting user."""

    db: Database
    actor: Actor

    def require(self, permission: Permission, what: str) -> None:
        """Raise :class:`PermissionDenied` unless the actor's role holds ``permission``."""
        if not allows(self.actor.role, permission):
            raise PermissionDenied(what, label(self.actor.role))

    def can(self, permission: Permission) -> bool:
        """Whether the actor holds ``permission``."""
        return allows(self.actor.role, permission)

    def now(self) -> datetime:
        """The current time (UTC), from the database's clock."""
        return self.db.clock()

    def today(self) -> date:
        """Today's date in Shenzhen."""
        return local_today(self.now())

    @contextmanager
    def read(self) -> Iterator[GuanlanSession]:
        """A read unit of work."""
        with unit_of_work(self.db.reads) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[GuanlanSession]:
        """A write unit of work (BEGIN IMMEDIATE); the block must call ``session.commit()``."""
        with unit_of_work(self.db.writes) as session:
            yield session


def load_config(session: GuanlanSession) -> LocalityConfig:
    """The locality configuration stored in the database (defaults when none is stored)."""
    raw = session.execute(select(Setting.value).where(Setting.key == CONFIG_KEY)).scalar_one_or_none()
    return LocalityConfig.from_json(raw) if raw else LocalityConfig()


def save_config(session: GuanlanSession, config: LocalityConfig) -> None:
    """Store the locality configuration."""
    config.validate()
    row = session.get(Setting, CONFIG_KEY)
    if row is None:
        session.add(Setting(key=CONFIG_KEY, value=config.to_json()))
    else:
        row.value = config.to_json()
