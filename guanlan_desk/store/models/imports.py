"""Where imported records came from: one row per record taken in from a community's Excel ledger (issue 15)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from guanlan_desk.store.base import Base, UtcDateTime, str16, str64, str200, uuidpk


class LedgerImportRow(Base):
    """A record made from sheet row ``row_no`` of the file with hash ``file_sha256`` (local: never synced).

    ``row_key`` identifies the row's content, so importing the same file (or a corrected copy of it) again
    skips the rows already taken in.
    """

    __tablename__ = "ledger_import_row"

    id: Mapped[uuidpk]
    record_kind: Mapped[str16]
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    community_code: Mapped[str] = mapped_column(String(32), default="")
    file_sha256: Mapped[str64] = mapped_column(index=True)
    file_name: Mapped[str200]
    sheet: Mapped[str] = mapped_column(String(100), default="")
    row_no: Mapped[int] = mapped_column(Integer)
    row_key: Mapped[str64] = mapped_column(index=True)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_by: Mapped[str64]
