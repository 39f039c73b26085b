"""Several documents as one PDF for the preview; prints registered per record; the pending follow-up record."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from guanlan_desk.printing import bundle
from guanlan_desk.printing.bundle import Choice
from guanlan_desk.services import audit, disputes
from guanlan_desk.services.context import Ctx
from tests.printing.cases import IN_NO_FONT, ONLY_IN_KAI, TODAY, mediating, new_case, settled


def text_of(pdf: bytes) -> str:
    return "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")


def test_chosen_documents_render_as_one_pdf_and_notices_follow_the_ticked_parties(mediator: Ctx) -> None:
    dispute_id = mediating(mediator)
    before = audit.actions_for(mediator, dispute_id).count("unmask")
    prepared = bundle.prepare(mediator, "dispute", dispute_id, [
        Choice("notice_to_attend", parties=("张三",)), Choice("session_record"), Choice("application", blank=True)])
    assert audit.actions_for(mediator, dispute_id).count("unmask") == before + 1  # one reading for all documents
    assert prepared.documents == 3 and prepared.record_ids == (dispute_id,) and not prepared.issues
    result = bundle.render(prepared)
    assert result is not None and result.pages >= 3
    text = text_of(result.pdf)
    assert "张三：" in text and "深圳市观澜精密五金有限公司：" not in text  # the company gets no notice
    assert "人民调解记录" in text and "人民调解申请书" in text
    assert audit.actions_for(mediator, dispute_id)[-1] == "unmask"  # reading for the preview, not a print yet


def test_stopping_the_render_gives_nothing(mediator: Ctx) -> None:
    prepared = bundle.prepare(mediator, "dispute", mediating(mediator), [Choice("notice_to_attend")])
    assert bundle.render(prepared, lambda done, total: done < 1) is None


def test_a_character_in_no_font_leaves_only_that_document_out(mediator: Ctx) -> None:
    dispute_id = new_case(mediator, f"王{IN_NO_FONT}").id
    prepared = bundle.prepare(mediator, "dispute", dispute_id, [Choice("application"), Choice("application", blank=True)])
    assert f"王{IN_NO_FONT}" in {i.value for i in prepared.blocking if i.field.endswith("name")}
    printable = bundle.without_blocking(prepared)
    assert printable.documents == 1 and not printable.blocking  # the blank form is still there
    result = bundle.render(printable)
    assert result is not None and IN_NO_FONT not in text_of(result.pdf)


def test_a_fallback_character_is_reported_but_prints(mediator: Ctx) -> None:
    dispute_id = new_case(mediator, f"李{ONLY_IN_KAI}明").id
    prepared = bundle.prepare(mediator, "dispute", dispute_id, [Choice("application")])
    assert prepared.issues and not prepared.blocking and prepared.issues[0].face == "GL-Kai"
    result = bundle.render(prepared)
    assert result is not None and f"李{ONLY_IN_KAI}明" in text_of(result.pdf)


def test_the_pending_follow_up_is_filled_from_the_record(mediator: Ctx) -> None:
    dispute_id = settled(mediator, due_in=3)
    visit = bundle.pending_follow_up(mediator, dispute_id, TODAY + timedelta(days=3))
    assert visit.visited == ("张三", "深圳市观澜精密五金有限公司") and visit.visited_on is None
    assert visit.agreement_number == "（2026）观城调字第0001号" and visit.visitor == "陈志强"
    assert "劳动争议纠纷" in visit.reason and not visit.situation


def test_a_batch_print_is_registered_on_every_case(mediator: Ctx, admin: Ctx) -> None:
    ids = [settled(mediator, name, due_in=2) for name in ("张三", "李四")]
    due = [(d.dispute_id, d.due_on) for d in disputes.due_follow_ups(mediator, TODAY + timedelta(days=7))]
    prepared = bundle.prepare_follow_ups(mediator, due)
    assert prepared is not None and prepared.documents == 2
    result = bundle.render(prepared)
    assert result is not None
    digest = bundle.register_output(admin, result, "HP LaserJet", copies=2)
    for dispute_id in ids:
        event = audit.recent(admin, entity_id=dispute_id, limit=1)[0]
        assert event.action == "print" and digest in str(event.detail) and "HP LaserJet" in str(event.detail)
    assert bundle.prepare_follow_ups(mediator, due, lambda done, total: False) is None
