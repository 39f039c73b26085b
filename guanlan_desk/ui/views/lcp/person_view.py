"""Everything the legal-clarity person editor shows about one person, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services import attachments, lcp
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.lcp import LcpDetail


@dataclass(frozen=True, slots=True)
class PersonView:
    """The person and the bytes of their photo (``None``: no photo, or the file cannot be read)."""

    detail: LcpDetail
    photo: bytes | None


def read_person(ctx: Ctx, person_id: str) -> PersonView:
    """Read what the editor shows (worker thread); an unreadable photo leaves a placeholder, not an error."""
    detail = lcp.get_lcp(ctx, person_id)
    photo = None
    if detail.photo_attachment_id is not None:
        try:
            _row, photo = attachments.open_attachment(ctx, detail.photo_attachment_id)
        except UserFacingError:  # a damaged or missing file: the profile still opens
            photo = None
    return PersonView(detail, photo)
