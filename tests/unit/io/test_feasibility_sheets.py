"""The feasibility stack in the spreadsheet: the block under Table 1, the Taxes sheet (LAT step by
step), the Three parties sheet; with the stack off the workbook is the one it always was."""

from dataclasses import replace

import pytest
from openpyxl import load_workbook

from economic_layer_plugin.core.assumptions import FeasibilityRates
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.io.xlsx import export_workbook
from tests.unit.core.test_feasibility import HAND, hand_book
from tests.unit.paper_case import PAPER_TOTAL, paper_model


def rows_of(sheet):
    return [r for r in sheet.iter_rows(values_only=True)]


def test_stack_off_writes_the_paper_workbook_only(tmp_path):
    on = paper_model()
    off = EconomicModel.compute(on.inputs.values(),
                                replace(on.assumptions, feasibility=FeasibilityRates(enabled=False)))
    path = tmp_path / "off.xlsx"
    export_workbook([("plan", off)], path, "en")
    book = load_workbook(path, data_only=True)
    # no Taxes or Three parties sheet (Resettlement and Risk are not part of the stack)
    assert book.sheetnames == ["Table 1", "Indicators", "Modules", "Cash flow", "Checks", "Assumptions",
                               "Resettlement", "Risk"]
    table = rows_of(book["Table 1"])
    assert table[10][0] == "Net revenue (10,000 CNY)" and round(table[10][1]) == PAPER_TOTAL["net_profit"]
    assert all(row[0] is None for row in table[11:])  # nothing below the paper's rows


def test_block_taxes_and_three_parties_with_the_stack_on(tmp_path):
    book_ = hand_book()
    book_.uses["residential"].land_premium = 4000
    model = EconomicModel.compute([HAND], book_)
    path = tmp_path / "on.xlsx"
    export_workbook([("hand", model)], path, "en")
    book = load_workbook(path, data_only=True)
    table = rows_of(book["Table 1"])
    labels = [row[0] for row in table]
    net = labels.index("Net revenue (10,000 CNY)")
    assert labels[net + 1] == "Feasibility: taxes, fees, finance and exit value"
    block = {row[0]: row for row in table[net + 2:] if row[0]}
    # the unit worked by hand in tests/unit/core/test_feasibility.py, in 10,000 CNY
    assert block["Land appreciation tax (10,000 CNY)"][1] == pytest.approx(1799.672477, abs=1e-5)
    assert block["VAT (10,000 CNY)"][1] == pytest.approx(908.256881)
    # finance cost with the mid-year interest convention (issue 26 item 4; was 261.09 at year end):
    # 1,305,450 + 2,669,645.25 = 3,975,095.25 yuan; net 52,373,003.37 yuan (was 53,737,198.62)
    assert block["Finance cost (10,000 CNY)"][1] == pytest.approx(397.509525)
    assert block["Net profit after tax and finance (10,000 CNY)"][1] == pytest.approx(5237.300337, abs=1e-5)
    taxes = {row[0]: row for row in rows_of(book["Taxes"]) if row and row[0]}
    assert taxes["Item"][1] == "1 · Other residential"
    assert taxes["1 Proceeds excl. VAT (10,000 CNY)"][1] == pytest.approx(18678.899083, abs=1e-5)
    assert taxes["2 Deductions (10,000 CNY)"][1] == pytest.approx(12679.990826, abs=1e-5)
    assert taxes["Band"][1] == 1 and taxes["Rate"][1] == 0.3
    assert taxes["5 Tax = 3 x rate - 2 x factor (10,000 CNY)"][1] == pytest.approx(1799.672477, abs=1e-5)
    # the VAT allocation (one unit: all of the project's VAT 908.256881 + surcharges 108.990826) and
    # the options as the book sets them
    assert taxes["Share of the project's VAT and surcharges"][1] == pytest.approx(1017.247707, abs=1e-5)
    # a setting in words, not its key (issue #27: labels, not keys)
    assert taxes["VAT taxpayer (project or unit)"][1] == "the project (one taxpayer)"
    assert taxes["Interest convention (mid_year or year_end)"][1] == "mid-year"
    assert taxes["Transition months for cash households"][1] == 0
    parties = {row[0]: row for row in rows_of(book["Three parties"]) if row and row[0]}
    assert parties["Implementer (10,000 CNY)"][1] == pytest.approx(5237.300337, abs=1e-5)  # = net, above
    assert parties["Owners and residents (10,000 CNY)"][1] == 0


def test_chinese_taxes_sheet(tmp_path):
    book_ = hand_book()
    model = EconomicModel.compute([HAND], book_)
    path = tmp_path / "zh.xlsx"
    export_workbook([("手算", model)], path, "zh")
    book = load_workbook(path, data_only=True)
    labels = [row[0] for row in rows_of(book["Taxes"])]
    assert "2 扣除项目金额合计（万元）" in labels and "5 应纳税额 = 3 × 税率 - 2 × 速算扣除系数（万元）" in labels
    assert any(row[0] == "政府（万元）" for row in rows_of(book["Three parties"]))
    # the options' settings in Chinese words, never their keys (project, mid_year, valuation, equity ...)
    options = {row[0]: row[1] for row in rows_of(book["Taxes"]) if row and row[0] and len(row) > 1}
    assert options["增值税纳税主体（项目或单元）"] == "项目整体（一个纳税人）"
    assert options["计息方式（年中或年末）"] == "年中计息"
    assert options["期末资产价值（估值或出售）"] == "估值"
    assert options["无力支付的利息（股东投入或资本化）"] == "股东投入"
