"""The Table-1 spreadsheet: the paper's numbers cell by cell, live formulas with stored values,
LibreOffice's own recalculation, and text that stays text."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from economic_layer_plugin.io.xlsx import export_workbook
from tests.unit.paper_case import INCOME, INVESTMENT, PAPER_NET, PAPER_TOTAL, UNITS, paper_model

PAPER_ROWS = [  # the paper's Table 1: Total, then units 1-4 (m2; 10,000 CNY)
    [382796, 211072, 54235, 57541, 59948],
    [59918, 48151, 2376, 0, 9391],
    [141036, 0, 30064, 60416, 50556],
    [33518, 15512, 1836, 16170, 0],
    [174022, 92195, 17550, 29820, 34457],
    [462720, 291911, 34276, 76586, 59947],
    [PAPER_TOTAL["cost"]] + [INVESTMENT[u] for u in UNITS],
    [PAPER_TOTAL["revenue"]] + [INCOME[u] for u in UNITS],
    [PAPER_TOTAL["net_profit"]] + [PAPER_NET[u] for u in UNITS],
]
HOSTILE = {1: '=HYPERLINK("http://x","y")', 2: "+1+1", 3: "-2+3", 4: "@SUM(1,2)", 5: "=1+1"}


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "paper.xlsx"
    assert export_workbook([("final_plan", paper_model(HOSTILE)), ("variant", paper_model())], path, "en")
    return path


def table1_block(sheet) -> list:
    """The first block's nine rows: Total and units, as numbers."""
    rows = list(sheet.iter_rows(min_row=3, max_row=11, min_col=2, max_col=6, values_only=True))
    return [[round(v) for v in row] for row in rows]


def test_table1_sheet_equals_the_paper_cell_by_cell(workbook):
    sheet = load_workbook(workbook, data_only=True)["Table 1"]  # stored values, as a viewer shows them
    assert sheet["A2"].value == "Category" and [c.value for c in sheet[2][1:6]] == ["Total", "1", "2", "3", "4"]
    assert [sheet.cell(row=r, column=1).value for r in range(3, 12)] == [
        "Demolished building area (m2)", "New building: office (m2)", "New building: commercial (m2)",
        "New building: residential (m2)", "New building: apartment (m2)", "New building: underground (m2)",
        "Investment (10,000 CNY)", "Income (10,000 CNY)", "Net revenue (10,000 CNY)"]
    assert table1_block(sheet) == PAPER_ROWS


def test_total_column_and_net_row_are_formulas(workbook):
    sheet = load_workbook(workbook)["Table 1"]
    assert sheet["B3"].value == "=SUM(C3:F3)"
    assert sheet["B9"].value == "=SUM(C9:F9)"
    assert [sheet.cell(row=11, column=c).value for c in range(2, 7)] == [
        "=B10-B9", "=C10-C9", "=D10-D9", "=E10-E9", "=F10-F9"]
    assert sheet["C3"].number_format == "#,##0"
    # every formula has its value stored in the file
    with zipfile.ZipFile(workbook) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<v></v>" not in xml and "<v/>" not in xml
    # two schemes: per block 8 totals (=SUM) and 5 net revenues (income - investment)
    assert len(re.findall(r"</f><v>-?[0-9.e+-]+</v>", xml)) == 2 * (8 + 5)


def libreoffice_csv(source: Path, out: Path) -> list:
    """Table 1 as LibreOffice calculates and shows it (first sheet, as CSV)."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office, "LibreOffice is needed: make deps (libreoffice-calc-nogui)"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    with open(out / (source.stem + ".csv"), encoding="utf-8") as handle:
        return list(csv.reader(handle))


def as_number(text: str) -> int:
    return round(float(text.replace(",", "")))


def test_libreoffice_recalculating_gives_the_same_values(workbook, tmp_path):
    # a copy without the stored values: LibreOffice must calculate the formulas itself
    bare = tmp_path / "bare.xlsx"
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(bare, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("xl/worksheets/"):
                data = re.sub(rb"(</f>)<v>[^<]*</v>", rb"\1<v></v>", data)
            target.writestr(name, data)
    for source in (workbook, bare):
        rows = libreoffice_csv(source, tmp_path / source.stem)
        block = [[as_number(cell) for cell in row[1:6]] for row in rows[2:11]]
        assert block == PAPER_ROWS, source.name


def test_text_from_a_layer_stays_text(workbook):
    sheet = load_workbook(workbook)["Modules"]
    names = {row[3].value for row in sheet.iter_rows(min_row=2) if row[0].value == "final_plan"}
    assert set(HOSTILE.values()) <= names
    for row in sheet.iter_rows(min_row=2):
        if row[3].value in HOSTILE.values():
            assert row[3].data_type == "s"
    with zipfile.ZipFile(workbook) as archive:
        modules_xml = archive.read("xl/worksheets/sheet3.xml").decode()
    assert "HYPERLINK" not in re.sub(r"<is><t>[^<]*</t></is>", "", modules_xml)  # only inside text cells


def test_other_sheets(workbook):
    book = load_workbook(workbook, data_only=True)
    assert book.sheetnames == ["Table 1", "Indicators", "Modules", "Cash flow", "Checks", "Assumptions", "Comparison",
                              "Taxes", "Three parties", "Tax inputs",  # the feasibility stack (on by default)
                              "Resettlement", "Risk"]
    comparison = book["Comparison"]
    header = [c.value for c in comparison[1]]
    assert header[:3] == ["Indicator", "final_plan", "variant"]
    cost = next(r for r in comparison.iter_rows(values_only=True) if r[0] == "Cost (10,000 CNY)")
    assert round(cost[1]) == PAPER_TOTAL["cost"] and cost[3] == 0  # the same scheme twice: no difference
    rows = list(comparison.iter_rows(values_only=True))
    assert any(r[0] and str(r[0]).startswith("What changed from final_plan to variant") for r in rows)
    checks = [r for r in book["Checks"].iter_rows(min_row=2, values_only=True)]
    # the rebuild ratio says its basis: above ground (计容), 408,494 / 382,796 m2 = 1.07 <= 2 (spec section 6)
    assert any(r[2] == "New / demolished floor area (rebuild ratio): above-ground (计容) floor area"
               and r[5] == "pass" for r in checks)
    cash = list(book["Cash flow"].iter_rows(min_row=3, values_only=True))
    assert cash[0][0] == 2025
    indicators = {r[0]: r for r in book["Indicators"].iter_rows(values_only=True) if r and r[0]}
    assert round(indicators["Net profit (10,000 CNY)"][1]) == PAPER_TOTAL["net_profit"]
    with zipfile.ZipFile(workbook) as archive:  # openpyxl does not read charts back: look in the file
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
        assert len(charts) == 2 + 4  # investment against income per unit, one per scheme; tornado and histogram each
        assert "barChart>" in archive.read(charts[0]).decode()


def test_chinese_labels(tmp_path):
    path = tmp_path / "zh.xlsx"
    export_workbook([("最终方案", paper_model())], path, "zh")
    sheet = load_workbook(path, data_only=True)["Table 1"]
    assert sheet["A1"].value.startswith("表1 经济测算指标表：最终方案")
    assert sheet["B2"].value == "合计" and sheet["A11"].value == "净收益（万元）"


def test_cancel_writes_nothing(tmp_path):
    path = tmp_path / "cancelled.xlsx"
    assert not export_workbook([("s", paper_model())], path, cancelled=lambda: True)
    assert not path.exists()


def test_risk_sheet_has_the_tornado_and_monte_carlo_figures(tmp_path):
    from economic_layer_plugin.core.risk import monte_carlo, tornado

    model = paper_model()
    path = tmp_path / "risk.xlsx"
    export_workbook([("final", model)], path, "en")
    sheet = load_workbook(path)["Risk"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    expected = tornado(model)
    first = next(r for r in rows if r[0] == "Sale price")
    row = next(r for r in expected["rows"] if r["driver"] == "sale_price")
    assert first[3] == pytest.approx(row["npv_low"] / 10_000, abs=0.01)
    npv = next(r for r in rows if r[0] == "NPV")
    assert npv[2] == pytest.approx(monte_carlo(model).npv["p50"] / 10_000, abs=0.01)
    with zipfile.ZipFile(path) as archive:  # openpyxl does not read charts back: look in the file
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
        assert len(charts) == 1 + 2  # Table 1's, the tornado and the histogram
