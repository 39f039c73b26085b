"""People's display names for login names: feeds, timelines and printed forms show 陈志强, not ``mediator1``.

Accounts are local to a workstation (they never travel), so a login from another workstation that is not known
here is shown as it is; records that travel keep the name itself (e.g. the status history's ``by_name``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import User


def display_names(ctx: Ctx, usernames: Iterable[str]) -> dict[str, str]:
    """Each of ``usernames`` mapped to its account's display name (the login itself when unknown or blank)."""
    wanted = {u for u in usernames if u}
    if not wanted:
        return {}
    with ctx.read() as session:
        known = {str(u): str(n) for u, n in session.execute(
            select(User.username, User.display_name).where(User.username.in_(wanted)))}
    return {u: (known.get(u) or u) for u in wanted}


def display_name(ctx: Ctx, username: str) -> str:
    """One login's display name (the login itself when unknown)."""
    return display_names(ctx, (username,)).get(username, username)
