"""The "Tax inputs" sheet (io/tax_detail_sheet.py): written only with the feasibility stack on; the inputs
and yearly rows of the unit worked by hand in tests/unit/core/test_feasibility.py."""

from dataclasses import replace

import pytest
from openpyxl import load_workbook

from economic_layer_plugin.core.assumptions import FeasibilityRates
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.io.xlsx import export_workbook
from tests.unit.core.test_feasibility import HAND, hand_book


def hand_model(enabled: bool = True) -> EconomicModel:
    book = hand_book()
    book.uses["residential"].land_premium = 4000
    if not enabled:
        book = replace(book, feasibility=FeasibilityRates(enabled=False))
    return EconomicModel.compute([HAND], book)


def test_the_hand_units_inputs_and_years(tmp_path):
    path = tmp_path / "on.xlsx"
    export_workbook([("hand", hand_model())], path, "en")
    book = load_workbook(path, data_only=True)
    assert book.sheetnames.index("Tax inputs") == book.sheetnames.index("Three parties") + 1
    rows = [r for r in book["Tax inputs"].iter_rows(values_only=True) if r and r[0]]
    unit = {r[0]: r[1] for r in rows}
    years = {r[0]: r[1:] for r in rows}
    # 10,000 m2 of housing at 4,000 yuan/m2 of premium and 5,000 of works (10,000 CNY)
    assert unit["Land premium"] == 4000 and unit["Works (construction, renovation, upkeep)"] == 5000
    assert unit["Deed tax"] == 120  # 3 %
    assert unit["Preliminaries"] == 150 and unit["Contingency"] == 250 and unit["Municipal infrastructure fee"] == 150
    assert unit["Developed floor area (m2)"] == 10000
    assert unit["other residential: sold floor area (m2)"] == 10000  # 20,000 yuan/m2 > 15,000: not ordinary
    assert unit["other residential: sales of its modules incl. VAT and in-kind flats"] == 20000
    assert unit["Lump-sum incomes taxed as"] == "sales income"
    # the years 2025 (works) and 2026 (sales), worked by hand in test_feasibility: output VAT
    # 160,000,000 / 1.09 x 9 % = 13,211,009.17, input 50,000,000 / 1.09 x 9 % = 4,128,440.37
    assert years["Hard cost (works + demolition) incl. VAT"][:2] == (5000, 0)
    assert years["VAT sales amount: sales received incl. VAT + lump-sum incomes taxed as sales"][:2] == (0, 20000)
    assert years["Output VAT (sales, rent, exit)"][1] == pytest.approx(1321.100917, abs=1e-6)
    assert years["Input VAT"][0] == pytest.approx(412.844037, abs=1e-6)
    assert sum(years["VAT payable, the unit on its own"][:2]) == pytest.approx(908.256881, abs=1e-6)
    assert years["Land appreciation tax"][1] == pytest.approx(1799.672477, abs=1e-6)
    # income tax, accrual basis: nothing held, so the whole development cost, premium 40,000,000 + works
    # 50,000,000 + preliminaries 1,500,000 + contingency 2,500,000 + fee 1,500,000 + deed tax 1,200,000
    # = 96,700,000, is matched to the one sales year 2026; taxable 200,000,000 - 96,700,000 - VAT
    # 9,082,568.81 - surcharges 1,089,908.26 - LAT 17,996,724.77 = 75,130,798.16
    matched = years["Development cost matched to the year and depreciation (accrual basis)"]
    assert matched[:2] == (0, 9670)
    assert years["Taxable profit"][:2] == (0, pytest.approx(7513.079816, abs=1e-6))
    assert unit["Leasable floor area, held and depreciated (m2)"] == 0
    assert unit["Years of straight-line depreciation of held buildings"] == 20


def test_housing_short_of_the_ordinary_criteria_is_shown_as_taxed(tmp_path):
    """12,000 yuan/m2 is within the ordinary price (15,000), but flats of 130 m2 exceed the 120 m2 of
    国办发〔2005〕26号: the stack taxes the housing as other residential, and the sheet shows it so (an
    auditor reading "ordinary residential" would grant an exemption the code does not)."""
    book = hand_book()
    book.uses["residential"].land_premium = 4000
    book = replace(book, feasibility=replace(book.feasibility, residential_flat_size=130))
    module = ModuleInput(1, {**HAND.attributes, "el_sale_price": 12000})
    model = EconomicModel.compute([module], book)
    assert [row["product_type"] for row in model.stack("1").lat] == ["other_residential"]
    path = tmp_path / "flats.xlsx"
    export_workbook([("hand", model)], path, "en")
    rows = [r for r in load_workbook(path, data_only=True)["Tax inputs"].iter_rows(values_only=True) if r and r[0]]
    unit = {r[0]: r[1] for r in rows}
    assert unit["Housing meets the ordinary-housing criteria"] == "no"
    assert unit["ordinary residential: sold floor area (m2)"] == 0
    assert unit["ordinary residential: sales of its modules incl. VAT and in-kind flats"] == 0
    assert unit["ordinary residential: land premium of its modules"] == 0
    # 10,000 m2 sold at 12,000 yuan/m2 = 120,000,000 yuan; premium 10,000 m2 x 4,000 yuan/m2 (10,000 CNY)
    assert unit["other residential: sold floor area (m2)"] == 10000
    assert unit["other residential: sales of its modules incl. VAT and in-kind flats"] == 12000
    assert unit["other residential: land premium of its modules"] == 4000
    assert unit["other residential: developed floor area of its modules (m2)"] == 10000


def test_no_sheet_with_the_stack_off(tmp_path):
    path = tmp_path / "off.xlsx"
    export_workbook([("hand", hand_model(enabled=False))], path, "en")
    assert "Tax inputs" not in load_workbook(path).sheetnames
