"""Unit-level lump sums (years, spread, NPV against numpy-financial) and solve for balance."""

import numpy_financial as npf
import pytest

from economic_layer_plugin.core.assumptions import Assumptions, AssumptionsError
from economic_layer_plugin.core.balance import BALANCED, IMPOSSIBLE, SOLVED, solve_balance, trial_input
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.lumpsums import LumpSum, add_lump_sum
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.core.resettlement_rules import ResettlementAssumptions


def module(fid, action, gfa, unit="1", use="residential", **extra):
    return ModuleInput(fid, {"el_unit": unit, "el_action": action, "el_use": use, "el_gfa": gfa, **extra})


def test_lump_sums_land_in_their_years(book):
    # base year 2025: 3,000,000 of cost from 2026 over 3 years; 1,000,000 of income in 2025; unit 2 has none
    add_lump_sum(book, "1", 3_000_000, 2026, spread_years=3, label="public works")
    add_lump_sum(book, "1", 1_000_000, 2025, label="subsidy", kind="income")
    add_lump_sum(book, "9", 500_000, 2030, label="a unit with no modules")
    model = EconomicModel.compute([module(1, "demolish", 100, el_households=0),
                                   module(2, "demolish", 100, unit="2", el_households=0)], book)
    raw = model.units["1"].cashflow()
    flow = model.totals("1").cashflow()
    expected = [1_000_000, -1_000_000, -1_000_000, -1_000_000]
    assert [round(a - (raw[t] if t < len(raw) else 0), 2) for t, a in enumerate(flow)] == expected
    assert model.indicators("1")["lump_sum_cost"] == 3_000_000.0
    assert model.indicators("1")["lump_sum_income"] == 1_000_000.0
    assert model.indicators("2")["lump_sum_cost"] == 0.0
    # NPV at 6 %: numpy-financial on the same yearly flow (period 0 undiscounted)
    assert model.indicators("1")["npv"] == pytest.approx(npf.npv(0.06, flow), abs=1e-6)
    assert npf.npv(0.06, expected) == pytest.approx(1e6 - 1e6 / 1.06 - 1e6 / 1.06 ** 2 - 1e6 / 1.06 ** 3)
    # unit 9 has only its lump sum: a unit of its own, in the project's total
    assert "9" in model.unit_codes()
    assert model.totals("9").cashflow() == [0, 0, 0, 0, 0, -500_000]
    assert model.indicators()["cost"] == pytest.approx(sum(model.indicators(c)["cost"] for c in model.unit_codes()))


def test_spread_parts_add_up_to_the_fen():
    item = LumpSum("1", 1_000_000, 2025, 3)
    assert item.parts_fen(2025) == [(0, 33_333_334), (1, 33_333_333), (2, 33_333_333)]


def test_lump_sums_round_trip_and_bad_input():
    book = Assumptions()
    add_lump_sum(book, "1", 100, 2026, 2, "x", "income")
    assert Assumptions.from_json(book.to_json()) == book
    data = book.to_dict()
    data["lump_sums"][0]["year"] = 2020
    with pytest.raises(AssumptionsError, match=r"lump_sums\[0\].year"):
        Assumptions.from_dict(data)
    data["lump_sums"][0] = {"unit": "1", "amount": 5, "year": 2026, "kind": "gift"}
    with pytest.raises(AssumptionsError, match=r"lump_sums\[0\].kind"):
        Assumptions.from_dict(data)
    with pytest.raises(AssumptionsError, match=r"lump_sums\[0\].amount"):
        Assumptions.from_dict({"lump_sums": [{"unit": "1", "amount": "lots", "year": 2026}]})


def losing_unit(book):
    # unit 1 demolishes 2,000 m2 (15,000 + 80 yuan/m2 of compensation and demolition) and builds nothing
    return EconomicModel.compute([module(1, "demolish", 2000, el_households=20, el_resettled_onsite=0)], book)


@pytest.mark.parametrize("use,price", [("residential", None), ("office", 30_000.0)])
def test_solved_area_put_back_as_a_module_balances_the_unit(book, use, price):
    model = losing_unit(book)
    before = model.indicators("1")["net_profit"]
    assert before < 0
    result = solve_balance(model, "1", use, price)
    assert result.status == SOLVED and result.area > 0
    assert result.subsidy == pytest.approx(-before)
    assert model.indicators("1")["net_profit"] == before  # the model is restored
    # put it back as a real module (a new full recompute): net profit 0 within 1 yuan
    items = list(model.inputs.values()) + [module(99, "add", result.area, use=use, el_sale_ratio=1.0,
                                                  el_lease_ratio=0.0,
                                                  el_sale_price=price or book.uses[use].sale_price)]
    balanced = EconomicModel.compute(items, book)
    assert abs(balanced.indicators("1")["net_profit"]) <= 1.0


def test_linear_case_by_hand(book):
    # without ledger money (no fees), residential at 18,000 yuan/m2: per m2 sold, 18,000 x (1 - 3 % - 5 %)
    # = 16,560 in, 4,500 x 1.1 (soft costs 10 %) = 4,950 + 5,000 premium out: 6,610 yuan per m2.
    book.resettlement = ResettlementAssumptions(moving_fee=0, transition_fee=0)
    model = losing_unit(book)
    # loss: 2,000 x 15,000 + 2,000 x 80 x 1.1 = 30,176,000 -> 30,176,000 / 6,610 = 4,565.2042 m2
    assert model.indicators("1")["net_profit"] == pytest.approx(-30_176_000)
    result = solve_balance(model, "1")
    assert result.margin_per_m2 == pytest.approx(6610, abs=0.01)
    assert result.area == pytest.approx(30_176_000 / 6610, abs=1e-3)


def test_where_each_m2_loses_money_it_says_so(book):
    model = losing_unit(book)
    result = solve_balance(model, "1", "residential", 5000.0)  # 5,000 x 0.92 < 4,950 + 5,000
    assert result.status == IMPOSSIBLE and result.area is None
    assert result.margin_per_m2 == pytest.approx(5000 * 0.92 - 4950 - 5000, abs=0.01)
    assert "loses" in result.message("en")


def test_a_balanced_unit_needs_nothing(book):
    model = EconomicModel.compute([module(1, "add", 1000)], book)
    result = solve_balance(model, "1")
    assert result.status == BALANCED and result.area == 0.0 and result.subsidy == 0.0


def test_residential_plot_also_houses_the_in_kind_households(book):
    # 20 households in kind on 2,000 m2 and no housing: the plot must first hold 2,000 m2 given away
    model = EconomicModel.compute([module(1, "demolish", 2000, el_households=20, el_resettled_onsite=20)], book)
    result = solve_balance(model, "1")
    assert result.status == SOLVED
    trial = trial_input("1", "residential", book.uses["residential"].sale_price, result.area)
    balanced = EconomicModel.compute(list(model.inputs.values()) + [trial], book)
    assert abs(balanced.indicators("1")["net_profit"]) <= 1.0
    assert balanced.indicators("1")["resettlement_area_shortfall"] == 0.0


def test_a_large_shortfall_is_housed_first_then_the_plot_sells(book):
    # 2,000 households in kind on 2,000,000 m2: a residential plot gives its first 2,000,000 m2 away (each m2
    # loses money there), then sells: the answer exists beyond the shortfall
    model = EconomicModel.compute([module(1, "demolish", 2_000_000, el_households=2000, el_resettled_onsite=2000)],
                                  book)
    result = solve_balance(model, "1")
    assert result.status == SOLVED and result.area > 2_000_000
    assert result.margin_per_m2 == pytest.approx(6610, abs=0.01)
    trial = trial_input("1", "residential", book.uses["residential"].sale_price, result.area)
    balanced = EconomicModel.compute(list(model.inputs.values()) + [trial], book)
    assert abs(balanced.indicators("1")["net_profit"]) <= 1.0


def test_solve_for_npv_balance(book):
    model = losing_unit(book)
    result = solve_balance(model, "1", key="npv")
    assert result.status == SOLVED
    trial = trial_input("1", "residential", book.uses["residential"].sale_price, result.area)
    balanced = EconomicModel.compute(list(model.inputs.values()) + [trial], book)
    assert abs(balanced.indicators("1")["npv"]) <= 1.0
    # later sales than costs: balancing the NPV takes more area than balancing net profit
    assert result.area > solve_balance(model, "1").area
    assert "present value" in result.message("en")
