"""Excel ledgers (read back with openpyxl), the report PDF, the CLI and the report settings over the fixture."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from guanlan_desk.cli import main
from guanlan_desk.domain.enums import Role
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.printing import monthly_report
from guanlan_desk.reports import ledgers, settings, statistics
from guanlan_desk.reports.period import Period, Scope
from guanlan_desk.reports.settings import ReportSettings
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import PermissionDenied
from guanlan_desk.store.engine import Database
from guanlan_desk.store.models import AuditEvent
from tests.conftest import ADMIN_PASSWORD, actor
from tests.reports.fixture import NAMES, seed

Q1 = Period.quarter(2026, 1)


@pytest.fixture
def office(office_db: Database) -> Ctx:
    ctx = Ctx(office_db, actor(Role.OFFICE_ADMIN, "admin"))
    seed(ctx)
    return ctx


def _exports(ctx: Ctx) -> list[AuditEvent]:
    with ctx.read() as session:
        rows = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "export").order_by(AuditEvent.seq)))
        session.expunge_all()
        return rows


def test_dispute_ledger_is_a_native_workbook_masked_by_default(office: Ctx, tmp_path: Path) -> None:
    result = ledgers.dispute_ledger(office, Q1, Scope(), tmp_path / "ledger.xlsx")
    assert result.rows == 12 and not result.unmasked
    ws = openpyxl.load_workbook(result.path)["矛盾纠纷台账"]
    assert ws["A1"].value == "矛盾纠纷排查化解台账（2026年第一季度）"
    header = [c.value for c in ws[3]]
    assert header[:4] == ["序号", "案号", "受理日期", "社区（网格）"] and "协议金额（元）" in header
    assert ws.freeze_panes == "A4"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$3:$3"  # the header repeats on every page
    first = [c.value for c in ws[4]]
    assert first[1] == "（2026）GC调字第G1号"
    assert isinstance(first[2], datetime) and first[2].date().isoformat() == "2026-01-05"
    assert ws.cell(4, 3).number_format == "yyyy-mm-dd"
    amount = header.index("协议金额（元）")
    assert first[amount] == 5000.0 and ws.cell(4, amount + 1).number_format == "#,##0.00"
    assert first[4] == "劳动争议纠纷（欠薪）"
    text = " ".join(str(c.value) for row in ws.iter_rows(min_row=4) for c in row if c.value)
    for name in NAMES:
        assert name not in text
    assert "张**" in text
    event = _exports(office)[-1]
    assert event.entity == "dispute_ledger" and event.detail["records"] == 12


def test_unmasked_ledger_needs_the_permission_and_is_audited_as_such(office: Ctx, tmp_path: Path) -> None:
    staff = Ctx(office.db, actor(Role.OFFICE_STAFF))
    with pytest.raises(PermissionDenied):
        ledgers.dispute_ledger(staff, Q1, Scope(), tmp_path / "x.xlsx", unmask=True)
    assert not (tmp_path / "x.xlsx").exists()
    mediator = Ctx(office.db, actor(Role.MEDIATOR))
    with pytest.raises(PermissionDenied):
        ledgers.risk_ledger(mediator, Q1, Scope(), tmp_path / "y.xlsx")  # no export permission
    result = ledgers.lcp_roster(office, Scope(("GC",)), tmp_path / "roster.xlsx", unmask=True)
    ws = openpyxl.load_workbook(result.path).active
    values = [c.value for c in ws[4]]
    assert "王P1明" in values and "13912345678" in values
    assert _exports(office)[-1].entity == "lcp_roster_unmasked"
    masked = ledgers.lcp_roster(office, Scope(("GC",)), tmp_path / "roster2.xlsx")
    values = [c.value for c in openpyxl.load_workbook(masked.path).active[4]]
    assert "王P1明" not in values and "139****5678" in values


def test_risk_ledger_colours_each_level(office: Ctx, tmp_path: Path) -> None:
    result = ledgers.risk_ledger(office, Q1, Scope(), tmp_path / "risks.xlsx")
    assert result.rows == 4  # R5 closed before the quarter
    ws = openpyxl.load_workbook(result.path).active
    header = [c.value for c in ws[3]]
    level = header.index("等级") + 1
    fills = {ws.cell(r, level).value: ws.cell(r, level).fill.fgColor.rgb for r in range(4, 8)}
    assert fills["红"].endswith("D7263D") and fills["橙"].endswith("F46036") and fills["黄"].endswith("E9B44C")
    phone = header.index("联系电话") + 1
    assert ws.cell(4, phone).value == "138****8000"


def test_statistics_workbook_matches_the_table(office: Ctx, tmp_path: Path) -> None:
    stats = statistics.compute(office, Q1, Scope())
    result = ledgers.statistics_workbook(office, stats, tmp_path / "stats.xlsx")
    wb = openpyxl.load_workbook(result.path)
    rows = {(r[1].strip() if r[1] else ""): r[2] for r in wb["统计表"].iter_rows(min_row=4, values_only=True)}
    assert rows["受理矛盾纠纷"] == 10 and rows["调解成功率"] == 50.0 and rows["协议涉及金额"] == 3.8
    matrix = {r[0]: r[1:] for r in wb["类型×来源"].iter_rows(min_row=4, values_only=True)}
    assert matrix["劳动争议纠纷"][:3] == (4, 40.0, 1) and matrix["合计"][0] == 10


def test_monthly_report_pdf_has_the_table_charts_and_highlights(office: Ctx, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    made = monthly_report.write_report(office, Q1, Scope(), out, ReportSettings(lcp_minimum=2))
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert made.pages == len(reader.pages) >= 2
    text = "".join(page.extract_text() for page in reader.pages)
    assert "观澜街道人民调解工作季报" in text
    assert "受理矛盾纠纷10宗" in text and "与上季度相比" in text
    assert "风险隐患等级" in text and "案件来源" in text  # chart captions
    fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts  # embedded faces only (no Helvetica: the cell font is the body face)
    with office.read() as session:
        assert session.scalars(select(AuditEvent.entity).where(AuditEvent.action == "print")).all()[-1] == "monthly_report"


def test_report_settings_are_validated_and_need_the_settings_permission(office: Ctx) -> None:
    assert settings.load(office) == ReportSettings()
    settings.save(office, ReportSettings(lcp_minimum=3, bundle_max_age_days=2))
    assert settings.load(office) == ReportSettings(3, 2)
    with pytest.raises(ValidationError):
        settings.save(office, ReportSettings(bundle_max_age_days=0))
    with pytest.raises(PermissionDenied):
        settings.save(Ctx(office.db, actor(Role.OFFICE_STAFF)), ReportSettings())


def test_cli_report_prints_figures_lists_records_and_writes_files(
        office: Ctx, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUANLAN_PASSWORD", ADMIN_PASSWORD)
    folder = str(office.db.data_dir)
    assert main(["report", "stats", "--data-dir", folder, "--period", "2026Q1"]) == 0
    out = capsys.readouterr().out
    assert "受理矛盾纠纷\t10 件\t[accepted]" in out and "调解成功率\t50.0%\t[success]" in out
    assert main(["report", "stats", "--data-dir", folder, "--period", "2026Q1", "--list", "prevent_criminal"]) == 0
    out = capsys.readouterr().out
    assert "（2026）GC调字第G2号" in out and "2 records under prevent_criminal" in out
    assert main(["report", "year-end", "--data-dir", folder, "--period", "2026"]) == 0
    out = capsys.readouterr().out
    assert "全年受理矛盾纠纷10宗" in out and "report stats --period 2026 --list accepted" in out
    assert main(["report", "ledger", "--kind", "disputes", "--data-dir", folder, "--period", "2026Q1",
                 "--out", str(tmp_path / "d.xlsx")]) == 0
    assert "12 rows" in capsys.readouterr().out
    assert main(["report", "pdf", "--data-dir", folder, "--period", "2026-02", "--out", str(tmp_path / "m.pdf")]) == 0
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["report", "overview", "--data-dir", folder]) == 0
    assert "last bundle: never" in capsys.readouterr().out
    assert main(["report", "stats", "--data-dir", folder, "--period", "2026-13"]) == 2
    assert "Unknown period" in capsys.readouterr().err
