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
from tests.unit.core.test_engine_properties import module_inputs, operations, replay
from tests.unit.paper_case import PAPER_NET, PAPER_TOTAL, paper_model

BOOK = Assumptions().with_rates(exit_enabled=False, operating_horizon=5)
#: the property tests run with every option of the stack at its default and switched the other way
OTHER_OPTIONS = replace(BOOK, feasibility=replace(
    BOOK.feasibility, exit_treatment="sale", interest_convention="year_end", rent_vat_rate=0.0, cit_loss_years=0,
    depreciation_years=3, lat_prepayment_rate=0.02, vat_level="unit", vat_compensation_deduction=False,
    lump_sum_income="subsidy", lat_cost_attribution="area", lat_resettlement_costs=False,
    unpaid_interest="capitalise"))


def _with_lump_sums(book: Assumptions) -> Assumptions:
    """The book with a lump-sum income and cost on units 1 and 2, so that their tax character counts."""
    from economic_layer_plugin.core.lumpsums import LumpSum
    book = replace(book, lump_sums=[LumpSum("1", 5_000_000, 2026, 2, "calibration", "income"),
                                    LumpSum("2", 3_000_000, 2025, 1, "calibration", "cost"),
                                    LumpSum("2", 8_000_000, 2027, 1, "calibration", "income")])
    return book


BOOKS = pytest.mark.parametrize("book", [BOOK, OTHER_OPTIONS, _with_lump_sums(BOOK), _with_lump_sums(OTHER_OPTIONS)],
                                ids=["defaults", "other_options", "defaults_lump_sums", "other_options_lump_sums"])


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
    # loan: 60 % of 96,700,000 = 58,020,000 drawn in 2025; mid-year convention (issue 26 item 4; was
    # interest on the opening balance only, 2,610,900 in all): 2025 58,020,000 / 2 x 4.5 % = 1,305,450
    # capitalised, balance 59,325,450; 2026 59,325,450 x 4.5 % = 2,669,645.25, repaid with the balance.
    # Finance cost 3,975,095.25; net 53,737,198.62 (year-end) - 1,364,195.25 = 52,373,003.37
    assert r["finance_cost"] == pytest.approx(3_975_095.25, abs=0.01)
    assert r["peak_debt"] == pytest.approx(59_325_450)
    assert r["net_profit_after_tax"] == pytest.approx(52_373_003.37, abs=0.05)
    equity = [-38_680_000, 200_000_000 - 9_082_568.81 - 1_089_908.26 - 17_996_724.77 - 18_782_699.54
              - 2_669_645.25 - 59_325_450]
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


@BOOKS
@settings(max_examples=100, deadline=None)
@given(ops=operations)
def test_incremental_equals_full_recompute_with_the_stack_on(book, ops):
    model = replay(ops, book, lambda m: [m.feasibility(code) for code in [None, *m.units]])
    full = EconomicModel.compute(model.inputs.values(), book)
    assert model.project.key() == full.project.key()
    assert model.feasibility() == full.feasibility()
    for code in full.units:
        assert model.units[code].key() == full.units[code].key()
    for code in full.unit_codes():  # units with lump sums only too
        assert model.feasibility(code) == full.feasibility(code)


@BOOKS
@settings(max_examples=100, deadline=None)
@given(items=st.lists(module_inputs, max_size=40, unique_by=lambda item: item.fid))
def test_units_add_up_and_net_is_revenue_minus_cost_with_the_stack_on(book, items):
    model = EconomicModel.compute(items, book)
    project = model.feasibility()
    # every unit of the project: with modules or with lump sums only (model.unit_codes())
    units = [model.feasibility(code) for code in model.unit_codes()]
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
    # gross rent 1,000 x 100 x 12 = 1,200,000 in 2026, 1,320,000 in 2027, VAT included (9 %): property
    # tax 12 % of the rent without VAT (issue 26 item 5; was 12 % of the gross rent, 144,000 + 158,400):
    # 1,200,000 / 1.09 x 12 % = 132,110.09; 1,320,000 / 1.09 x 12 % = 145,321.10
    assert r["property_tax"] == pytest.approx(132_110.09 + 145_321.10)
    assert model.stack("1").rows["property_tax"] == [0, 13_211_009, 14_532_110]
    # exit: last NOI 1,320,000 x (1 - 30 %) = 924,000 / 5 % = 18,480,000, in 2027: by default a valuation
    # shown beside the result, not income (issue 26 item 1; the row held it as income before)
    assert r["exit_value"] == pytest.approx(18_480_000)
    assert model.stack("1").rows["exit"] == [0, 0, 0]
    # rent VAT 9 %: 1,200,000 / 1.09 x 9 % = 99,082.57 and 108,990.83, less input VAT on the works
    # 5,000,000 / 1.09 x 9 % = 412,844.04 carried forward: nothing payable
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
    # = 5,550,000, all of it the held building's. Property tax on the rent without VAT:
    # 1,200,000 / 1.09 x 12 % = 132,110.09; rent VAT 99,082.57 a year is covered by the input VAT of
    # the works (412,844.04). Cash basis: -5,550,000 then 707,889.91 a year: never a profit, no tax.
    # Accrual: depreciation 5,550,000 / 20 = 277,500 a year from 2026; taxable 840,000 - 132,110.09
    # - 277,500 = 430,389.91 a year, tax 25 % = 107,597.48 (10,759,747.75 fen -> 10,759,748), 322,792.44
    # in all.
    model = held_office(3, exit_enabled=False)
    stack = model.stack("1")
    assert stack.rows["taxable_profit"] == [0, 43_038_991, 43_038_991, 43_038_991]
    assert stack.rows["corporate_income_tax"] == [0, 10_759_748, 10_759_748, 10_759_748]
    assert model.feasibility("1")["corporate_income_tax"] == pytest.approx(322_792.44)
    assert model.feasibility()["corporate_income_tax"] == pytest.approx(322_792.44)  # one unit: the project's


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


def held_office(horizon: int, **feasibility) -> EconomicModel:
    book = hand_book().with_rates(operating_horizon=horizon, rent_growth=0, operating_cost_ratio=0.3,
                                  exit_cap_rate=0.05)
    book.feasibility = replace(book.feasibility, **feasibility)
    book.uses["office"].land_premium = 0
    held = ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "office", "el_gfa": 1000,
                           "el_sale_ratio": 0, "el_lease_ratio": 1, "el_rent": 100, "el_occupancy": 1,
                           "el_cost_rate": 5000, "el_start_year": 2025, "el_build_years": 1})
    return EconomicModel.compute([held], book)


def test_exit_as_a_valuation_is_not_income_and_as_a_sale_bears_its_transfer_taxes():
    # An office of 1,000 m2 built in 2025 for 5,550,000 (works 5,000,000, preliminaries 150,000,
    # contingency 250,000, fee 150,000), leased 2026-2027 at 1,200,000 a year (VAT included), NOI
    # 840,000; exit value 840,000 / 5 % = 16,800,000 at the end of 2027.
    valuation = held_office(2).feasibility("1")
    # valuation (default): shown, not income: revenue is the two years' NOI only
    assert valuation["exit_value"] == pytest.approx(16_800_000)
    assert valuation["feasibility_revenue"] == pytest.approx(2 * 840_000)
    sale = held_office(2, exit_treatment="sale").feasibility("1")
    assert sale["feasibility_revenue"] == pytest.approx(2 * 840_000 + 16_800_000)
    # VAT: output on rent 1,200,000 / 1.09 x 9 % = 99,082.57 a year, on the exit 16,800,000 / 1.09 x 9 %
    # = 1,387,155.96; input 5,000,000 / 1.09 x 9 % = 412,844.04 in 2025 carried forward:
    # 2 x 99,082.57 + 1,387,155.96 - 412,844.04 = 1,172,477.06; surcharges 12 % = 140,697.25
    assert sale["vat"] == pytest.approx(1_172_477.06, abs=0.02)
    assert sale["surcharges"] == pytest.approx(140_697.25, abs=0.02)
    # LAT of the held assets sold: proceeds 16,800,000 - 1,387,155.96 = 15,412,844.04; deductions: their
    # cost 5,550,000 x (1 + 10 % + 20 %) = 7,215,000 + the exit's share of the surcharges (its output
    # VAT is 1,387,155.96 / 1,585,321.10 = 87.5 % of the output) 123,110.09 = 7,338,110.09;
    # appreciation 8,074,733.95 = 110.0 % -> band 3: x 50 % - deductions x 15 % = 2,936,650.46
    (lat,) = held_office(2, exit_treatment="sale").stack("1").lat
    assert lat["product_type"] == "held_assets_sale" and lat["band"] == 3
    assert lat["deductions"] == pytest.approx(7_338_110.09, abs=0.01)
    assert sale["land_appreciation_tax"] == pytest.approx(2_936_650.46, abs=0.02)
    # income tax: 2026 840,000 - property tax 1,200,000 / 1.09 x 12 % (132,110.09) - depreciation
    # 5,550,000 / 20 (277,500) = 430,389.91; 2027 the same + the exit 16,800,000 - the building's
    # book value 5,550,000 - 555,000 = 4,995,000 - VAT - surcharges - LAT = 7,985,565.14;
    # 25 % of 8,415,955.05 = 2,103,988.76
    assert sale["corporate_income_tax"] == pytest.approx(2_103_988.76, abs=0.05)
    assert valuation["land_appreciation_tax"] == 0 and valuation["vat"] == 0


def _hand_with(*extra, **feasibility) -> EconomicModel:
    book = hand_book()
    book.uses["residential"].land_premium = 4000
    book.feasibility = replace(book.feasibility, **feasibility)
    return EconomicModel.compute([HAND, *extra], book)


def test_compensation_paid_to_owners_is_deducted_from_the_vat_sales_amount():
    # 财税〔2016〕140号 art. 7. The hand unit plus a demolished building of 1,000 m2 compensated at
    # 10,000 yuan/m2 (10,000,000, no demolition cost). VAT 2026: (200,000,000 - premium 40,000,000
    # - compensation 10,000,000) / 1.09 x 9 % = 12,385,321.10 output, less the input VAT of 2025
    # 4,128,440.37 = 8,256,880.73 (without the deduction 9,082,568.81, as in the hand unit)
    demolished = ModuleInput(2, {"el_unit": "1", "el_action": "demolish", "el_use": "residential", "el_gfa": 1000,
                                 "el_demolition_rate": 0, "el_compensation_rate": 10000, "el_start_year": 2025})
    assert _hand_with(demolished).feasibility("1")["vat"] == pytest.approx(8_256_880.73, abs=0.01)
    off = _hand_with(demolished, vat_compensation_deduction=False).feasibility("1")
    assert off["vat"] == pytest.approx(9_082_568.81, abs=0.01)


def test_vat_at_project_level_pools_the_input_vat_of_every_unit():
    # Unit 1 is the hand unit (VAT of its own 9,082,568.81 in 2026). Unit 2 builds a 5,000 m2 facility
    # that is neither sold nor leased, works 3,000 yuan/m2 = 15,000,000 in 2025: input VAT
    # 15,000,000 / 1.09 x 9 % = 1,238,532.11 that unit 2 alone could never use. The project, one
    # taxpayer: 2026 output 160,000,000 / 1.09 x 9 % less the input of both units (50,000,000 +
    # 15,000,000) / 1.09 x 9 % = 95,000,000 / 1.09 x 9 % = 7,844,036.70; surcharges 12 % = 941,284.40
    facility = ModuleInput(2, {"el_unit": "2", "el_action": "add", "el_use": "residential", "el_gfa": 5000,
                               "el_sale_ratio": 0, "el_lease_ratio": 0, "el_cost_rate": 3000,
                               "el_start_year": 2025, "el_build_years": 1})
    model = _hand_with(facility)
    assert model.feasibility("1")["vat"] == pytest.approx(9_082_568.81, abs=0.01)  # each unit on its own
    assert model.feasibility("2")["vat"] == 0
    project = model.feasibility()
    assert project["vat"] == pytest.approx(7_844_036.70, abs=0.01)
    assert project["surcharges"] == pytest.approx(941_284.40, abs=0.01)
    # allocated back in proportion to what each unit would pay alone: all to unit 1, 0 to unit 2
    assert model.stack().vat_allocation == {"1": 784_403_670 + 94_128_440, "2": 0}
    # each unit a taxpayer of its own: the project's VAT is the sum of the units'
    by_unit = _hand_with(facility, vat_level="unit").feasibility()
    assert by_unit["vat"] == pytest.approx(9_082_568.81, abs=0.01)
    assert by_unit["surcharges"] == pytest.approx(1_089_908.26, abs=0.01)


def _hand_with_lump_sum(character: str) -> EconomicModel:
    from economic_layer_plugin.core.lumpsums import LumpSum
    book = hand_book()
    book.uses["residential"].land_premium = 4000
    book.feasibility = replace(book.feasibility, lump_sum_income=character)
    book.lump_sums.append(LumpSum("1", 10_000_000, 2026, label="calibration", kind="income"))
    return EconomicModel.compute([HAND], book)


def test_a_lump_sum_income_is_sales_income_by_default_or_a_subsidy():
    # The hand unit plus a lump-sum income of 10,000,000 in 2026.
    # As sales income (default): VAT 2026 (200,000,000 + 10,000,000 - 40,000,000) / 1.09 x 9 %
    # = 14,036,697.25 - input 4,128,440.37 = 9,908,256.88; surcharges 1,188,990.83. LAT (other
    # residential, 210,000,000 of sales): proceeds 210,000,000 - 14,036,697.25 = 195,963,302.75;
    # deductions 41,200,000 + 55,500,000 + 9,670,000 + 19,340,000 + 1,188,990.83 = 126,898,990.83;
    # appreciation 69,064,311.92 = 54.4 % -> band 2: x 40 % - deductions x 5 % = 21,280,775.23.
    # Income tax: 25 % x (210,000,000 - 96,700,000 - VAT - surcharges - LAT) = 20,230,494.27
    sales = _hand_with_lump_sum("sales").feasibility("1")
    assert sales["vat"] == pytest.approx(9_908_256.88, abs=0.01)
    assert sales["surcharges"] == pytest.approx(1_188_990.83, abs=0.01)
    assert sales["land_appreciation_tax"] == pytest.approx(21_280_775.23, abs=0.02)
    assert sales["corporate_income_tax"] == pytest.approx(20_230_494.27, abs=0.05)
    # government: premium 40,000,000 + deed tax 1,200,000 + fee 1,500,000 + the taxes
    assert sales["government_take"] == pytest.approx(
        42_700_000 + 9_908_256.88 + 1_188_990.83 + 21_280_775.23 + 20_230_494.27, abs=0.05)
    # As a subsidy: VAT and LAT as in the hand unit (9,082,568.81, 1,089,908.26, 17,996,724.77); income
    # tax 25 % x (210,000,000 - 96,700,000 - 9,082,568.81 - 1,089,908.26 - 17,996,724.77)
    # = 21,282,699.54; the government's take is net of the 10,000,000 it pays
    subsidy = _hand_with_lump_sum("subsidy").feasibility("1")
    assert subsidy["vat"] == pytest.approx(9_082_568.81, abs=0.01)
    assert subsidy["land_appreciation_tax"] == pytest.approx(17_996_724.77, abs=0.02)
    assert subsidy["corporate_income_tax"] == pytest.approx(21_282_699.54, abs=0.05)
    assert subsidy["government_take"] == pytest.approx(
        42_700_000 + 9_082_568.81 + 1_089_908.26 + 17_996_724.77 + 21_282_699.54 - 10_000_000, abs=0.05)


def _two_types(**feasibility) -> EconomicModel:
    """One unit built 2025-2026, sold 2027-2028: 10,000 m2 of ordinary housing (19,000 yuan/m2, works
    4,000, premium 3,000), 5,000 m2 of commercial (30,000, works 5,000, premium 5,000), 6,000 m2
    demolished (demolition 100, compensation 6,000); soft cost, sales costs and flat taxes 0."""
    book = Assumptions().with_rates(base_year=2025, build_years=2, sale_years=2, soft_cost_ratio=0,
                                    sales_cost_ratio=0, sales_tax_ratio=0, operating_horizon=0)
    book.feasibility = FeasibilityRates(ordinary_residential_price=20000, vat_compensation_deduction=False,
                                        **feasibility)
    book.uses["residential"].land_premium = 3000
    book.uses["commercial"].land_premium = 5000
    common = {"el_unit": "1", "el_action": "add", "el_sale_ratio": 1, "el_lease_ratio": 0, "el_start_year": 2025,
              "el_build_years": 2, "el_sale_years": 2}
    housing = ModuleInput(1, {**common, "el_use": "residential", "el_gfa": 10000, "el_sale_price": 19000,
                              "el_cost_rate": 4000})
    shops = ModuleInput(2, {**common, "el_use": "commercial", "el_gfa": 5000, "el_sale_price": 30000,
                            "el_cost_rate": 5000})
    demolished = ModuleInput(3, {"el_unit": "1", "el_action": "demolish", "el_use": "residential", "el_gfa": 6000,
                                 "el_demolition_rate": 100, "el_compensation_rate": 6000, "el_start_year": 2025})
    return EconomicModel.compute([housing, shops, demolished], book)


def test_lat_charges_direct_costs_to_their_own_product_type():
    # The tax adviser's hand scheme (issue 26 item 7). Direct: premium with its 3 % deed tax, works with
    # preliminaries 3 % and contingency 5 % (x 1.08); common: compensation 36,000,000 + demolition
    # 600,000 x 1.08 + municipal fee 15,000 m2 x 150 = 38,898,000, shared by floor area (2/3, 1/3).
    # Ordinary: land 30,000,000 x 1.03 = 30,900,000; development 40,000,000 x 1.08 + 25,932,000
    # = 69,132,000; ratio 34.7 % -> 13,677,987.78. Non-residential: land 25,750,000; development
    # 27,000,000 + 12,966,000 = 39,966,000; ratio 61.6 % -> 16,971,837.25. Total 30,649,825.03
    # (by floor area: 9,595,987.78 + 23,094,837.25 = 32,690,825.03)
    model = _two_types()
    ordinary, shops = model.stack("1").lat
    assert ordinary["land_cost"] == pytest.approx(30_900_000)
    assert ordinary["development_cost"] == pytest.approx(69_132_000)
    assert shops["land_cost"] == pytest.approx(25_750_000) and shops["development_cost"] == pytest.approx(39_966_000)
    assert ordinary["tax"] == pytest.approx(13_677_987.78, abs=0.01)
    assert shops["tax"] == pytest.approx(16_971_837.25, abs=0.01)
    assert model.feasibility("1")["land_appreciation_tax"] == pytest.approx(30_649_825.03, abs=0.02)
    by_area = _two_types(lat_cost_attribution="area").feasibility("1")
    assert by_area["land_appreciation_tax"] == pytest.approx(32_690_825.03, abs=0.02)


def _resettled(**feasibility) -> EconomicModel:
    from economic_layer_plugin.core.resettlement_rules import ResettlementAssumptions
    book = Assumptions().with_rates(base_year=2025, build_years=3, sale_years=1, soft_cost_ratio=0,
                                    sales_cost_ratio=0, sales_tax_ratio=0, operating_horizon=0)
    book.feasibility = FeasibilityRates(**feasibility)
    book.resettlement = ResettlementAssumptions(swap_ratio=1.2, moving_fee=2000, transition_fee=2500)
    old = ModuleInput(1, {"el_unit": "1", "el_action": "demolish", "el_use": "residential", "el_gfa": 6000,
                          "el_households": 60, "el_resettled_onsite": 30, "el_demolition_rate": 0,
                          "el_compensation_rate": 6000, "el_start_year": 2025})
    new = ModuleInput(2, {"el_unit": "1", "el_action": "add", "el_use": "residential", "el_gfa": 20000,
                          "el_sale_ratio": 0.9, "el_lease_ratio": 0, "el_sale_price": 18000, "el_cost_rate": 4500,
                          "el_start_year": 2025, "el_build_years": 3, "el_sale_years": 1})
    return EconomicModel.compute([old, new], book)


def test_lat_deducts_in_kind_flats_at_their_value_and_the_moving_and_transition_fees():
    # 国税函〔2010〕220号. 60 households of 100 m2, 30 in kind at a swap ratio of 1.2: 3,600 m2 of the
    # 18,000 m2 sold at 18,000 yuan/m2 handed over: 64,800,000 of sales forgone, valued without VAT
    # (as their deemed sale): 64,800,000 / 1.09 = 59,449,541.28, in place of their compensation at the rate
    # (30 x 100 x 6,000 = 18,000,000); moving 90 moves x 2,000 = 180,000; transition 30 x 36 months x
    # 2,500 = 2,700,000: +44,329,541.28 of compensation cost, a common cost, of which the sold share
    # 18,000 / 20,000 = 90 % is deducted: +39,896,587.16. Without the rule: works 90,000,000 x 1.08
    # x 0.9 + (compensation 36,000,000 + fee 3,000,000) x 0.9 = 122,580,000
    (off,) = _resettled(lat_resettlement_costs=False).stack("1").lat
    assert off["development_cost"] == pytest.approx(122_580_000)
    (on,) = _resettled().stack("1").lat
    assert on["development_cost"] == pytest.approx(122_580_000 + 39_896_587.16, abs=0.01)


def _cheap_housing(land_area: float, flat_size: float = 90.0) -> dict:
    from economic_layer_plugin.core.assumptions import ProjectUnit
    book = hand_book()
    book.uses["residential"].land_premium = 4000
    book.feasibility = replace(book.feasibility, ordinary_residential_price=15000, residential_flat_size=flat_size)
    book.units = [ProjectUnit("1", land_area=land_area)]
    cheap = ModuleInput(1, {**HAND.attributes, "el_sale_price": 14000})
    return EconomicModel.compute([cheap], book).feasibility("1")


def test_ordinary_housing_by_plot_ratio_flat_size_and_price():
    # 国办发〔2005〕26号. The hand unit selling at 14,000 yuan/m2 (under the 15,000 price criterion):
    # output VAT (140,000,000 - 40,000,000) / 1.09 x 9 % = 8,256,880.73, VAT 4,128,440.37, surcharges
    # 495,412.84; proceeds 131,743,119.27, deductions 41,200,000 + 55,500,000 + 9,670,000 + 19,340,000
    # + 495,412.84 = 126,205,412.84; appreciation 5,537,706.42 = 4.4 %: exempt if ordinary housing,
    # else 30 % = 1,661,311.93.
    # 10,000 m2 on 5,000 m2 of land: plot ratio 2.0 >= 1.0, flats of 90 m2 <= 120: ordinary, exempt
    assert _cheap_housing(5000)["land_appreciation_tax"] == 0
    # exactly 1.0 (10,000 m2 on 10,000 m2) still ordinary
    assert _cheap_housing(10000)["land_appreciation_tax"] == 0
    # plot ratio 10,000 / 10,001 < 1.0: not ordinary
    assert _cheap_housing(10001)["land_appreciation_tax"] == pytest.approx(1_661_311.93, abs=0.01)
    # flats of 120.01 m2 > 120: not ordinary
    assert _cheap_housing(5000, 120.01)["land_appreciation_tax"] == pytest.approx(1_661_311.93, abs=0.01)
    assert _cheap_housing(5000, 120)["land_appreciation_tax"] == 0
