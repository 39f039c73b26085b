"""Disputes in the states the print tests need, created through the services."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from guanlan_desk.domain.enums import AgreementKind, SessionKind
from guanlan_desk.services import dispute_steps, disputes, notices
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps import AgreementInput, SessionInput
from guanlan_desk.services.notices import NoticeInput
from tests.services.test_disputes_core import TODAY, new_case

__all__ = ["IN_NO_FONT", "ONLY_IN_KAI", "TODAY", "WHEN", "mediating", "new_case", "settled"]

WHEN = datetime(2026, 3, 10, 1, 30, tzinfo=timezone.utc)
ONLY_IN_KAI = "\U0002000b"  # 𠀋: the body face lacks it, LXGW WenKai has it (prints in the fallback face)
IN_NO_FONT = "\U0002a6d6"  # 𪛖: none of the bundled print faces has it


def mediating(ctx: Ctx, a: str = "张三", b: str = "深圳市观澜精密五金有限公司") -> str:
    ref = new_case(ctx, a, b)
    dispute_steps.accept_dispute(ctx, ref.id)
    for p in disputes.get_dispute(ctx, ref.id).parties:
        notices.issue_notice(ctx, ref.id, NoticeInput(p.party_id, WHEN, "观城社区微调解室", contact_person="陈志强",
                                                      contact_phone="13800138000"))
    dispute_steps.add_session(ctx, ref.id, SessionInput(SessionKind.MEDIATION, WHEN, place="微调解室",
                                                        content="双方陈述了欠薪经过", recorder="李秀梅"))
    return ref.id


def settled(ctx: Ctx, a: str = "张三", *, due_in: int | None = None) -> str:
    dispute_id = mediating(ctx, a)
    dispute_steps.record_agreement(ctx, dispute_id, AgreementInput(
        AgreementKind.WRITTEN, terms="一、被申请人于2026年3月20日前支付申请人工资12000元；\n二、双方再无其他争议。",
        facts="双方因拖欠工资发生纠纷", signed_by_all_on=TODAY, sealed_on=TODAY))
    if due_in is not None:
        dispute_steps.schedule_follow_up(ctx, dispute_id, due_on=TODAY + timedelta(days=due_in))
    return dispute_id
