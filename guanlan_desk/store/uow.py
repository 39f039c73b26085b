"""The unit of work: one Session per user event; commits explicitly, rolls back by default, always closes."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from guanlan_desk.store.errors import (
    CannotOpenDatabase,
    DatabaseLocked,
    DatabaseUnreadable,
    DiskError,
    DiskFull,
    ReadOnlyStore,
    StoreError,
)


class GuanlanSession(Session):
    """The project's Session class (the sync-column hook is attached to it)."""


def translate_db_error(error: BaseException) -> StoreError | None:
    """Map a known environment fault to a user-facing error; ``None`` for a bug."""
    text = str(getattr(error, "orig", error)).lower()
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return DatabaseLocked()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if "readonly" in text or "read-only" in text:
        return ReadOnlyStore()
    if "unable to open database file" in text:
        return CannotOpenDatabase()
    if "not a database" in text or "malformed" in text:
        return DatabaseUnreadable(str(getattr(error, "orig", error))[:120])
    if "disk i/o error" in text:
        return DiskError()
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return DiskFull()
    if isinstance(error, OSError) and error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyStore()
    if isinstance(error, OSError) and error.errno == errno.EIO:
        return DiskError()
    return None


@contextmanager
def unit_of_work(factory: sessionmaker[GuanlanSession]) -> Iterator[GuanlanSession]:
    """Yield a session; commit only if the block calls ``session.commit()``; roll back otherwise; close."""
    session = factory()
    try:
        yield session
    except (sa_exc.DatabaseError, OSError) as error:
        session.rollback()
        known = translate_db_error(error)
        if known is not None:
            raise known from error
        raise
    except BaseException:
        session.rollback()
        raise
    else:
        session.rollback()  # anything not committed explicitly is discarded
    finally:
        session.close()
