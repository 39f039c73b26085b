"""Printing respects unmasking: a role without the unmask permission gets masked phones, ID numbers and
addresses on every document it may print (the grid role printed full mobiles before)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from guanlan_desk.domain.enums import LcpStatus, Role
from guanlan_desk.forms import registry
from guanlan_desk.printing import jobs
from guanlan_desk.services import audit, lcp
from guanlan_desk.services.context import Ctx
from tests.conftest import actor
from tests.services.test_disputes_core import new_case
from tests.services.test_lcp_core import TODAY, person
from tests.services.test_risks_core import assign, report

ID_NUMBER = "11010519491231002X"
LCP_PHONE = "13712345678"
RESPONSIBLE_PHONE = "13912345678"


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")


@pytest.fixture
def records(admin: Ctx) -> dict[str, str]:
    pid = person(admin, "黄丽娟")
    lcp.change_status(admin, pid, LcpStatus.REGISTERED, reason="认定")
    lcp.set_display_consent(admin, pid, consent=True, on=TODAY, show_phone=True)
    risk = report(admin)
    assign(admin, risk.id)
    dispute = new_case(admin, a_id=ID_NUMBER)
    return {"risk": risk.id, "dispute": dispute.id}


@pytest.mark.parametrize("doc", ["lcp_roster", "lcp_wall", "risk_assignment"])
def test_the_grid_role_prints_masked_mobiles(grid_officer: Ctx, admin: Ctx, records: dict[str, str], doc: str) -> None:
    subject = registry.get(doc).subject
    kw = {"record_id": records["risk"]} if subject == "risk" else {"community": "GC"}
    masked = text_of(jobs.render(grid_officer, doc, **kw)[0])  # type: ignore[arg-type]
    full = text_of(jobs.render(admin, doc, **kw)[0])  # type: ignore[arg-type]
    phone = RESPONSIBLE_PHONE if subject == "risk" else LCP_PHONE
    assert phone not in masked and phone[:3] + "****" + phone[-4:] in masked
    assert phone in full


def test_a_role_without_unmask_gets_masked_id_numbers_on_dispute_documents(db: object, admin: Ctx,
                                                                           records: dict[str, str]) -> None:
    staff = Ctx(admin.db, actor(Role.OFFICE_STAFF, "staff1"))  # reads and prints, may not unmask
    for doc in ("judicial_confirmation", "application", "case_file"):
        if doc not in registry.DOCUMENTS:
            continue
        text = text_of(jobs.render(staff, doc, record_id=records["dispute"])[0])
        assert ID_NUMBER not in text, doc
    full = text_of(jobs.render(admin, "judicial_confirmation", record_id=records["dispute"])[0])
    assert ID_NUMBER in full


def test_masked_prints_record_no_unmask_event(grid_officer: Ctx, admin: Ctx, records: dict[str, str]) -> None:
    before = [r.action for r in audit.recent(admin, limit=500)].count("unmask")
    jobs.render(grid_officer, "risk_assignment", record_id=records["risk"])
    assert [r.action for r in audit.recent(admin, limit=500)].count("unmask") == before
    jobs.render(admin, "risk_assignment", record_id=records["risk"])
    assert [r.action for r in audit.recent(admin, limit=500)].count("unmask") == before + 1
