"""The feasibility stack (core/feasibility.py, spec section 9): one unit worked by hand; the paper's
view unchanged with the stack off; the property tests with the stack on."""

from dataclasses import replace

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from economic_layer_plugin.core.assumptions import Assumptions, AssumptionsError, FeasibilityRates
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.feasibility import ADDITIVE_KEYS, FEASIBILITY_KEYS, FEN
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.core.tables import table1
from tests.unit.core.test_engine_properties import module_inputs, operations, replay
from tests.unit.paper_case import PAPER_NET, PAPER_TOTAL, paper_model

BOOK = Assumptions().with_rates(exit_enabled=False, operating_horizon=5)


def hand_book() -> Assumptions:
    book = Assumptions().with_rates(base_year=2025, build_years=1, sale_years=1, soft_cost_ratio=0,
                                    sales_cost_ratio=0, sales_tax_ratio=0, operating_horizon=0)
    book.feasibility = FeasibilityRates(ordinary_residential_price=15000)
    return book


HAND = ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "residential", "el_gfa": 10000,
                       "el_sale_ratio": 1, "el_lease_ratio": 0, "el_sale_price": 20000, "el_cost_rate": 5000,
                       "el_start_year": 2025, "el_build_years": 1, "el_sale_years": 1})


def test_one_unit_worked_by_hand():
    book = hand_book()
    book.uses["residential"].land_premium = 4000
    model = EconomicModel.compute([HAND], book)
    r = model.feasibility("1")
    # works 10,000 x 5,000 = 50,000,000; premium 10,000 x 4,000 = 40,000,000
    assert r["preliminaries"] == 1_500_000  # 3 % of hard cost
    assert r["contingency"] == 2_500_000  # 5 % of hard + soft (soft 0)
    assert r["municipal_fee"] == 1_500_000  # 150 x 10,000 m2 above ground
    assert r["deed_tax"] == 1_200_000  # 3 % of the premium
    # VAT, year 2026: (200,000,000 - 40,000,000) / 1.09 x 9 % = 13,211,009.17 output, less input VAT on
    # the works of 2025 carried forward 50,000,000 / 1.09 x 9 % = 4,128,440.37 -> 9,082,568.81
    assert r["vat"] == pytest.approx(9_082_568.81, abs=0.01)
    assert r["surcharges"] == pytest.approx(1_089_908.26, abs=0.01)  # 12 %
    # LAT (other residential: 20,000 > 15,000 yuan/m2): proceeds 200,000,000 - 13,211,009.17
    # = 186,788,990.83; deductions: land 41,200,000 + development 55,500,000 (works, preliminaries,
    # contingency, fee) + expenses 9,670,000 + surcharges 1,089,908.26 + developer 19,340,000
    # = 126,799,908.26; appreciation 59,989,082.57 = 47.3 % -> band 1: x 30 % = 17,996,724.77
    (lat,) = model.stack("1").lat
    assert lat["product_type"] == "other_residential"
    assert lat["proceeds"] == pytest.approx(186_788_990.83, abs=0.01)
    assert lat["deductions"] == pytest.approx(126_799_908.26, abs=0.01)
    assert lat["band"] == 1
    assert r["land_appreciation_tax"] == pytest.approx(17_996_724.77, abs=0.02)
    # CIT: 2025: -96,700,000 (90,000,000 + 4,000,000 + 2,700,000); 2026: 200,000,000 - VAT - surcharges
    # - LAT = 171,830,798.16; cumulative 75,130,798.16 x 25 % = 18,782,699.54
    assert r["corporate_income_tax"] == pytest.approx(18_782_699.54, abs=0.02)
    # loan: 60 % of 96,700,000 = 58,020,000 drawn in 2025; 2026 interest 4.5 % = 2,610,900, repaid
    assert r["finance_cost"] == pytest.approx(2_610_900, abs=0.01)
    assert r["peak_debt"] == pytest.approx(58_020_000)
    assert r["net_profit_after_tax"] == pytest.approx(53_737_198.62, abs=0.05)
    equity = [-38_680_000, 200_000_000 - 9_082_568.81 - 1_089_908.26 - 17_996_724.77 - 18_782_699.54
              - 2_610_900 - 58_020_000]
    assert r["equity_irr"] == pytest.approx(npf.irr(equity), abs=1e-9)
    assert r["government_take"] == pytest.approx(
        40_000_000 + 1_200_000 + 1_500_000 + 9_082_568.81 + 1_089_908.26 + 17_996_724.77 + 18_782_699.54, abs=0.05)
    assert r["owners_take"] == 0
    assert r["implementer_take"] == r["net_profit_after_tax"]
    assert model.indicators("1")["vat"] == r["vat"]  # merged into the indicators


def test_ordinary_residential_below_20_percent_is_exempt():
    book = hand_book()
    book.uses["residential"].land_premium = 4000
    cheap = ModuleInput(1, {**HAND.attributes, "el_sale_price": 15000})
    model = EconomicModel.compute([cheap], book)
    (lat,) = model.stack("1").lat
    assert lat["product_type"] == "ordinary_residential"
    assert 0 < lat["ratio"] <= 0.2 and lat["exempt"] and lat["tax"] == 0 and lat["band"] == 0


def test_stack_off_leaves_the_papers_view_unchanged():
    on = paper_model()
    off_book = replace(on.assumptions, feasibility=FeasibilityRates(enabled=False))
    off = EconomicModel.compute(on.inputs.values(), off_book)
    assert off.feasibility() == {} and off.stack() is None
    assert not set(FEASIBILITY_KEYS) & set(off.indicators())
    for key, value in off.indicators().items():
        assert on.indicators()[key] == value
    table = off.table1()
    assert round(table.iloc[6, 0]) == PAPER_TOTAL["cost"]
    assert [round(v) for v in table.iloc[8, 1:]] == [PAPER_NET[u] for u in "1234"]
    assert table.equals(on.table1())


def test_books_without_the_stack_load_with_it_off_and_round_trip():
    data = Assumptions().to_dict()
    assert Assumptions.from_dict(data) == Assumptions()
    del data["feasibility"]
    assert Assumptions.from_dict(data).feasibility.enabled is False
    data["feasibility"] = {"debt_share": 1.5}
    with pytest.raises(AssumptionsError, match="feasibility.debt_share"):
        Assumptions.from_dict(data)


@settings(max_examples=150, deadline=None)
@given(operations)
def test_incremental_equals_full_recompute_with_the_stack_on(ops):
    model = replay(ops, BOOK, lambda m: [m.feasibility(code) for code in [None, *m.units]])
    full = EconomicModel.compute(model.inputs.values(), BOOK)
    assert model.project.key() == full.project.key()
    assert model.feasibility() == full.feasibility()
    for code in full.units:
        assert model.units[code].key() == full.units[code].key()
        assert model.feasibility(code) == full.feasibility(code)


@settings(max_examples=150, deadline=None)
@given(st.lists(module_inputs, max_size=40, unique_by=lambda item: item.fid))
def test_units_add_up_and_net_is_revenue_minus_cost_with_the_stack_on(items):
    model = EconomicModel.compute(items, BOOK)
    project = model.feasibility()
    units = [model.feasibility(code) for code in model.units]
    for key in ADDITIVE_KEYS:
        assert round(project[key] * FEN) == sum(round(u[key] * FEN) for u in units), key
    for result in [project] + units:
        assert round(result["net_profit_after_tax"] * FEN) == (round(result["feasibility_revenue"] * FEN)
                                                               - round(result["feasibility_cost"] * FEN))
        assert set(FEASIBILITY_KEYS) <= set(result)


def test_held_asset_property_tax_exit_value_and_reit_yield_by_hand():
    book = hand_book().with_rates(operating_horizon=2, rent_growth=0.10, operating_cost_ratio=0.3,
                                  exit_cap_rate=0.05)
    book.uses["office"].land_premium = 0
    held = ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "office", "el_gfa": 1000,
                           "el_sale_ratio": 0, "el_lease_ratio": 1, "el_rent": 100, "el_occupancy": 1,
                           "el_cost_rate": 5000, "el_start_year": 2025, "el_build_years": 1})
    model = EconomicModel.compute([held], book)
    r = model.feasibility("1")
    # gross rent 1,000 x 100 x 12 = 1,200,000 in 2026, 1,320,000 in 2027: property tax 12 %
    assert r["property_tax"] == pytest.approx(144_000 + 158_400)
    assert model.stack("1").rows["property_tax"] == [0, 14_400_000, 15_840_000]
    # exit: last NOI 1,320,000 x (1 - 30 %) = 924,000 / 5 % = 18,480,000, in 2027
    assert r["exit_value"] == pytest.approx(18_480_000)
    assert model.stack("1").rows["exit"][2] == 1_848_000_000
    # REIT: NOI 840,000 / cost 5,000,000 + 3 % + 5 % + fee 150,000 = 5,550,000 -> 15.1 %
    assert r["reit_yield"] == pytest.approx(840_000 / 5_550_000)
    assert r["reit_ready"] is True
    assert r["vat"] == 0 and r["land_appreciation_tax"] == 0  # nothing sold


def test_a_retained_building_that_sells_carries_its_own_deductions():
    # a retained building of 1,000 m2 taken over at 10,000 yuan/m2 and sold at 12,000 yuan/m2: its area
    # is the developed area, so the acquisition is deducted (not a tax on the whole proceeds)
    book = hand_book()
    retained = ModuleInput(1, {"el_unit": "1", "el_action": "retain", "el_use": "office", "el_gfa": 1000,
                               "el_sale_ratio": 1, "el_lease_ratio": 0, "el_sale_price": 12000, "el_cost_rate": 0,
                               "el_acquisition_rate": 10000, "el_start_year": 2025})
    model = EconomicModel.compute([retained], book)
    (lat,) = model.stack("1").lat
    assert lat["area_share"] == 1
    # development cost 10,000,000 (acquisition); + 10 % + 20 % = 13,000,000 + surcharges
    assert lat["development_cost"] == pytest.approx(10_000_000)
    assert lat["deductions"] == pytest.approx(13_000_000 + lat["taxes"])
    assert model.feasibility("1")["acquisition"] == 10_000_000
    assert model.feasibility("1")["owners_take"] == 10_000_000


def test_a_bad_acquisition_rate_is_named():
    from economic_layer_plugin.core.module import Excluded, compute_module

    for raw in (-5, "abc"):
        item = ModuleInput(1, {"el_unit": "1", "el_action": "renovate", "el_use": "office", "el_gfa": 100,
                               "el_acquisition_rate": raw})
        result = compute_module(item, hand_book())
        assert isinstance(result, Excluded) and result.fields == ("el_acquisition_rate",)
    item = ModuleInput(1, {"el_unit": "1", "el_action": "renovate", "el_use": "office", "el_gfa": 100})
    module = compute_module(item, hand_book())
    assert module.acquisition_rate == 0 and module.is_default("el_acquisition_rate")


def test_income_tax_on_the_accrual_basis_depreciates_a_held_building():
    # 国税发〔2009〕31号 (accrual basis of property development) and 企业所得税法实施条例 art. 60 (buildings
    # depreciated over at least 20 years). An office of 1,000 m2 built in 2025 and leased 2026-2028:
    # rent 1,000 x 100 x 12 = 1,200,000 a year, NOI 70 % = 840,000, property tax 12 % = 144,000.
    # Cost 2025: works 5,000,000 + preliminaries 3 % 150,000 + contingency 5 % 250,000 + fee 150 x 1,000
    # = 5,550,000, all of it the held building's. Cash basis: -5,550,000 then 696,000 a year: never a
    # profit, no tax. Accrual: depreciation 5,550,000 / 20 = 277,500 a year from 2026; taxable
    # 696,000 - 277,500 = 418,500 a year, tax 25 % = 104,625 a year, 313,875 in all.
    book = hand_book().with_rates(operating_horizon=3, rent_growth=0, operating_cost_ratio=0.3)
    book.feasibility = replace(book.feasibility, exit_enabled=False)
    book.uses["office"].land_premium = 0
    held = ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "office", "el_gfa": 1000,
                           "el_sale_ratio": 0, "el_lease_ratio": 1, "el_rent": 100, "el_occupancy": 1,
                           "el_cost_rate": 5000, "el_start_year": 2025, "el_build_years": 1})
    model = EconomicModel.compute([held], book)
    stack = model.stack("1")
    assert stack.rows["taxable_profit"] == [0, 41_850_000, 41_850_000, 41_850_000]
    assert stack.rows["corporate_income_tax"] == [0, 10_462_500, 10_462_500, 10_462_500]
    assert model.feasibility("1")["corporate_income_tax"] == pytest.approx(313_875)
    assert model.feasibility()["corporate_income_tax"] == pytest.approx(313_875)  # one unit: the project's


def test_lat_prepayment_on_receipts_less_the_vat_prepaid():
    # 国家税务总局公告2016年第70号: prepayment base = receipts - VAT prepaid on them, the VAT prepaid being
    # receipts / (1 + 9 %) x 3 % (公告2016年第18号). Sales of 200,000,000 over 2026-2027, 100,000,000 a
    # year; prepayment rate 2 %: 2026: VAT prepaid 100,000,000 / 1.09 x 3 % = 2,752,293.58; base
    # 97,247,706.42; prepayment 1,944,954.13 (fen 194,495,413). The tax is unchanged: 2027 settles the rest.
    book = hand_book()
    book.uses["residential"].land_premium = 4000
    book.feasibility = replace(book.feasibility, lat_prepayment_rate=0.02)
    two_years = ModuleInput(1, {**HAND.attributes, "el_sale_years": 2})
    model = EconomicModel.compute([two_years], book)
    lat = model.stack("1").rows["land_appreciation_tax"]
    assert lat[1] == 194_495_413
    assert sum(lat) == round(model.feasibility("1")["land_appreciation_tax"] * FEN)
    assert lat[2] == sum(lat) - 194_495_413
