"""Calibration (core/calibration.py): lump sums labelled 校准 / Calibration, counted per unit, in rows of
their own under Table 1 and in the Resettlement sheet; the Table 1 rows above stay as they are."""

from __future__ import annotations

from openpyxl import load_workbook

from economic_layer_plugin.core.assumptions import Assumptions, ProjectUnit
from economic_layer_plugin.core.calibration import calibration_values, is_calibration
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.lumpsums import INCOME_KIND, LumpSum, add_lump_sum
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.io.xlsx import export_workbook


def test_is_calibration_by_label():
    assert is_calibration(LumpSum("1", 1, 2025, label="校准：论文表1"))
    assert is_calibration(LumpSum("1", 1, 2025, label="  Calibration to Table 1"))
    assert not is_calibration(LumpSum("1", 1, 2025, label="public works (not a calibration)"))
    assert not is_calibration(LumpSum("1", 1, 2025, label=""))


def model_with_calibration() -> EconomicModel:
    book = Assumptions(units=[ProjectUnit("1"), ProjectUnit("2")])
    add_lump_sum(book, "1", 3_000_000, 2025, 3, "校准：投资")  # 300 (10,000 CNY)
    add_lump_sum(book, "1", 1_200_000.5, 2028, 3, "校准：收入", INCOME_KIND)  # 120.00005
    add_lump_sum(book, "2", 500_000, 2026, 1, "public works")  # not a calibration
    add_lump_sum(book, "2", 100_000, 2026, 1, "Calibration", INCOME_KIND)  # 10
    items = [ModuleInput(i, {"el_unit": u, "el_action": "add", "el_use": "office", "el_gfa": 1000})
             for i, u in ((1, "1"), (2, "2"))]
    return EconomicModel.compute(items, book)


def test_calibration_values_per_unit_and_project():
    book = model_with_calibration().assumptions
    assert calibration_values(book, "1") == {"calibration_cost": 3_000_000, "calibration_income": 1_200_000.5}
    assert calibration_values(book, "2") == {"calibration_cost": 0, "calibration_income": 100_000}
    assert calibration_values(book) == {"calibration_cost": 3_000_000, "calibration_income": 1_300_000.5}


def rows_of(sheet) -> dict:
    return {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row and row[0] is not None}


def test_table1_sheet_has_calibration_rows_of_their_own(tmp_path):
    model = model_with_calibration()
    path = tmp_path / "c.xlsx"
    assert export_workbook([("scheme", model)], path, "en")
    workbook = load_workbook(path)
    rows = rows_of(workbook["Table 1"])
    labels = list(rows)
    # after the Table 1 rows (net revenue last), in 10,000 CNY: Total, unit 1, unit 2
    assert labels.index("of which calibration: investment (unit lump sums)") == labels.index(
        "Net revenue (10,000 CNY)") + 1
    assert rows["of which calibration: investment (unit lump sums)"] == (300, 300, 0)
    assert rows["of which calibration: income (unit lump sums)"] == (130.00005, 120.00005, 10)
    resettlement = rows_of(workbook["Resettlement"])
    assert resettlement["Unit lump sums: cost (10,000 CNY)"][:3] == (350, 300, 50)
    assert resettlement["of which calibration: cost (10,000 CNY)"][:3] == (300, 300, 0)
    zh = tmp_path / "zh.xlsx"
    assert export_workbook([("scheme", model)], zh, "zh")
    assert rows_of(load_workbook(zh)["Table 1"])["其中校准投资（单元专项支出）"] == (300, 300, 0)


def test_no_calibration_no_rows(tmp_path):
    model = EconomicModel.compute([ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "office",
                                                   "el_gfa": 10})], Assumptions())
    path = tmp_path / "n.xlsx"
    assert export_workbook([("scheme", model)], path, "en")
    assert not [label for label in rows_of(load_workbook(path)["Table 1"]) if "calibration" in str(label)]
