"""The spreadsheet's Resettlement sheet: the ledger worked by hand (tests/unit/core/test_resettlement.py),
lump sums, and text that stays text."""

from __future__ import annotations

from openpyxl import load_workbook

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.lumpsums import add_lump_sum
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.core.resettlement_rules import ResettlementAssumptions
from economic_layer_plugin.io.xlsx import export_workbook


def module(fid, action, gfa, **extra):
    return ModuleInput(fid, {"el_unit": "1", "el_action": action, "el_use": "residential", "el_gfa": gfa, **extra})


def rows_of(sheet) -> dict:
    return {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row and row[0] is not None}


def test_resettlement_sheet(tmp_path):
    book = Assumptions()
    book.resettlement = ResettlementAssumptions(cap_per_household=90.0, moving_fee=2000.0, transition_fee=2500.0)
    add_lump_sum(book, "1", 1_500_000, 2026, 3, '=HYPERLINK("http://x","y")')
    model = EconomicModel.compute([
        module(1, "demolish", 1000, el_households=10, el_resettled_onsite=6, el_name="+1+1",
               el_module_id="M1"),
        module(2, "demolish", 600, el_households=12, el_resettled_onsite=4, el_start_year=2026),
        module(3, "add", 1000),
    ], book)
    path = tmp_path / "r.xlsx"
    assert export_workbook([("scheme", model)], path, "en")
    sheet = load_workbook(path)["Resettlement"]
    rows = rows_of(sheet)
    assert rows["Households moved"][:2] == (22, 22)
    assert rows["of which in kind (on site or nearby)"][:2] == (10, 10)
    assert rows["Floor area owed in kind (m2)"][:2] == (740, 740)  # 6 x 90 (capped) + 4 x 50
    # 10 in-kind households x 2 moves + 12 cash households x 1 move, x 2,000 yuan (issue 26 item 3; was 8.8)
    assert rows["Moving fees (10,000 CNY)"][0] == 6.4
    assert rows["Unit lump sums: cost (10,000 CNY)"][0] == 150
    assert rows["M1"][:7] == ("+1+1", "1", 10, 6, 4, 1000, 90)  # named "+1+1": text, not a formula
    assert rows["M1"][8] == "yes"  # the cap binds
    assert rows["1"][:4] == ('=HYPERLINK("http://x","y")', "cost", 150, 2026)
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == '=HYPERLINK("http://x","y")')
    assert cell.data_type == "s"
    zh = tmp_path / "zh.xlsx"
    assert export_workbook([("scheme", model)], zh, "zh")
    assert "搬迁户数" in rows_of(load_workbook(zh)["Resettlement"])


def test_a_unit_whose_financing_plot_cannot_be_found_leaves_the_workbook_whole(tmp_path):
    # a deficit a plot of cheap housing could only close at far more than the largest floor area a module may
    # have (core/schema.py: el_gfa at most 10,000,000 m2): the solver stops there; the workbook is written
    # all the same, and the unit's answer says why
    book = Assumptions()
    # at 12,000 yuan/m2 each m2 of the plot earns little above its cost: 14.7 million m2 would be needed
    # (core.balance's linear estimate from the margin far out), above the 10 million a module may have
    book.uses["residential"].sale_price = 12_000
    model = EconomicModel.compute([module(1, "demolish", 900_000), module(2, "add", 1000)], book)
    path = tmp_path / "r.xlsx"
    assert export_workbook([("scheme", model)], path, "en")
    answer = rows_of(load_workbook(path)["Resettlement"])["Answer"]
    assert answer[1].startswith("unit 1: not even 10,000,000 m2 of residential at 12,000 yuan/m2"), answer
    zh = tmp_path / "zh.xlsx"
    assert export_workbook([("scheme", model)], zh, "zh")
    assert rows_of(load_workbook(zh)["Resettlement"])["结论"][1].startswith("单元 1：即使 10,000,000 m2")
