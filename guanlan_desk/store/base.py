"""Declarative base, column aliases and the sync columns every synced table carries."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from typing import Annotated, Any

from sqlalchemy import JSON, Date, DateTime, Integer, MetaData, String, Text, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from guanlan_desk.domain.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes (SQLite keeps naive text; we put the zone back on read)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store as naive UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Read back as aware UTC."""
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=timezone.utc)


uuidpk = Annotated[uuid.UUID, mapped_column(Uuid, primary_key=True, default=new_id)]
utc_ts = Annotated[datetime, mapped_column(UtcDateTime)]
str16 = Annotated[str, mapped_column(String(16))]
str32 = Annotated[str, mapped_column(String(32))]
str64 = Annotated[str, mapped_column(String(64))]
str100 = Annotated[str, mapped_column(String(100))]
str200 = Annotated[str, mapped_column(String(200))]
text = Annotated[str, mapped_column(Text)]


class Base(DeclarativeBase):
    """The declarative base of every table."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        uuid.UUID: Uuid,
        datetime: UtcDateTime,
        date: Date,
        dict[str, Any]: JSON,
        list[str]: JSON,
        int: Integer,
    }


class SyncMixin:
    """The sync columns (DESIGN.md): id, origin, times, hybrid logical clock, version, change_seq, tombstone.

    They are filled in by the session's ``before_flush`` hook (:mod:`guanlan_desk.store.tracking`), never by hand.
    """

    id: Mapped[uuidpk]
    origin: Mapped[str] = mapped_column(String(36), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    hlc: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
