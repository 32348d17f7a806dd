"""The resettlement ledger of spec section 10, worked by hand (numbers in the comments)."""

import pytest

from economic_layer_plugin.core.assumptions import Assumptions, AssumptionsError
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.core.resettlement_rules import ResettlementAssumptions


def module(fid, action, gfa, unit="1", use="residential", **extra):
    return ModuleInput(fid, {"el_unit": unit, "el_action": action, "el_use": use, "el_gfa": gfa, **extra})


def checks_of(model):
    return {(c.key, c.unit): c for c in model.checks()}


@pytest.fixture()
def rules():
    # cap 90 m2 per household; moving 2,000 yuan per move; transition 2,500 yuan per month
    return ResettlementAssumptions(swap_ratio=1.0, cap_per_household=90.0, moving_fee=2000.0, transition_fee=2500.0)


def two_demolitions(book, rules, new_housing_gfa):
    book.resettlement = rules
    items = [
        # 1,000 m2, 10 households (100 m2 each), 6 in kind, moving out in 2025 (period 0)
        module(1, "demolish", 1000, el_households=10, el_resettled_onsite=6, el_start_year=2025),
        # 600 m2, 12 households (50 m2 each), 4 in kind, moving out in 2026 (period 1)
        module(2, "demolish", 600, el_households=12, el_resettled_onsite=4, el_start_year=2026),
        # new housing from 2025, 2 build years: complete in period 2 (2027); 90 % sold, over 2027-2028
        module(3, "add", new_housing_gfa, el_start_year=2025),
    ]
    return EconomicModel.compute(items, book)


def test_ledger_by_hand(book, rules):
    model = two_demolitions(book, rules, 1000)
    rows = {row.fid: row for row in model.ledger.rows("1")}
    # module 1: 100 m2 per household x swap 1.0 = 100 m2, capped at 90 (the cap binds): 6 x 90 = 540 m2
    assert rows[1].cap_binds and rows[1].owed_per_household == 90 * 10_000 and rows[1].area_owed == 540 * 10_000
    # module 2: 50 m2 per household, below the cap: 4 x 50 = 200 m2
    assert not rows[2].cap_binds and rows[2].area_owed == 200 * 10_000
    values = model.indicators("1")
    assert values["households_moved"] == 22
    assert values["households_in_kind"] == 10
    assert values["households_cash"] == 12
    assert values["resettlement_area_owed"] == 740.0
    # saleable new housing: 1,000 x 0.9 = 900 m2, all of it available; 740 taken out of sale
    assert values["resettlement_area_available"] == 900.0
    assert values["resettlement_area_taken"] == 740.0
    assert values["resettlement_area_shortfall"] == 0.0
    # compensation 15,000 yuan/m2: module 1 1,000 m2 = 15,000,000, module 2 600 m2 = 9,000,000 (in the modules'
    # costs already). Paid in kind instead of cash: module 1 6 x 90 m2 swapped = 540 m2 x 15,000 = 8,100,000
    # (the 10 m2 above the cap of each in-kind household stay paid in cash); module 2 4 x 50 x 15,000 = 3,000,000
    assert values["compensation_in_kind"] == 11_100_000.0
    assert values["compensation_cash"] == 24_000_000.0 - 11_100_000.0
    # moving (issue 26 item 3: was two moves for all 22, 88,000): the 10 in-kind households move twice,
    # the 12 paid in cash once: (10 x 2 + 12) x 2,000 = 64,000
    assert values["moving_fees"] == 64_000.0
    # transition until completion in 2027, in-kind households only (was all: 960,000): module 1
    # 6 households x 24 months x 2,500 = 360,000; module 2 4 x 12 x 2,500 = 120,000
    assert values["transition_fees"] == 480_000.0
    # sales given away: 740 m2 x 18,000 yuan/m2 = 13,320,000
    assert values["resettlement_revenue_forgone"] == 13_320_000.0


def test_the_ledger_joins_the_unit_flows_by_hand(book, rules):
    model = two_demolitions(book, rules, 1000)
    raw = model.units["1"]
    full = model.totals("1")
    delta_cost = [a - b for a, b in zip(full.flows[0], raw.flows[0])]
    # (issue 26 item 3: transition and the second move for in-kind households only)
    # period 0: first move of module 1 (10 x 2,000) + transition 6 x 12 x 2,500 - 8,100,000 paid in kind
    # period 1: transition of module 1 180,000 + module 2's first move 24,000 + transition 4 x 12 x 2,500
    #           (120,000) - 3,000,000 paid in kind; period 2: second moves (6 + 4) x 2,000
    assert delta_cost[:3] == [-7_900_000_00, -2_676_000_00, 20_000_00]
    assert all(v == 0 for v in delta_cost[3:])
    # sales: 8,100,000 a year in 2027 and 2028 (900 m2 x 18,000 / 2); 740/900 of each given away: 6,660,000
    delta_sales = [a - b for a, b in zip(full.flows[1], raw.flows[1])]
    assert delta_sales == [0, 0, -6_660_000_00, -6_660_000_00]
    # sales costs and taxes (3 % + 5 %) fall with them: 13,320,000 x 8 % = 1,065,600
    assert sum(raw.flows[2]) - sum(full.flows[2]) == 1_065_600_00
    # net profit: + 10,556,000 of cost (11,100,000 - 64,000 - 480,000) + 1,065,600 - 13,320,000 = -1,698,400
    raw_net = (raw.revenue_fen - raw.cost_fen) / 100
    assert model.indicators("1")["net_profit"] == pytest.approx(raw_net - 1_698_400, abs=0.005)
    # the project is the sum of its units
    assert model.indicators()["net_profit"] == model.indicators("1")["net_profit"]
    assert model.indicators()["resettlement_area_owed"] == 740.0
    # the saleable area falls by the area given: 900 - 740
    assert model.indicators("1")["saleable_area"] == pytest.approx(160.0)


def test_capacity_check_fails_then_passes(book, rules):
    # 700 m2 of new housing: 630 m2 saleable for 740 m2 owed: 110 m2 short
    model = two_demolitions(book, rules, 700)
    check = checks_of(model)[("resettlement_capacity", "1")]
    assert check.state == "fail"
    assert (check.value, check.threshold, check.details["shortfall"]) == (740.0, 630.0, 110.0)
    assert model.check_drivers(check) == [1, 2]  # 540 m2 owed, then 200
    assert model.indicators("1")["resettlement_area_taken"] == 630.0
    # more housing (one edit, incremental): 1,000 m2, 900 saleable: passes
    model.set(module(3, "add", 1000, el_start_year=2025))
    check = checks_of(model)[("resettlement_capacity", "1")]
    assert check.state == "pass" and check.threshold == 900.0
    assert model.check_drivers(check) == []


def test_swap_ratio_per_unit_and_no_cap(book):
    book.resettlement = ResettlementAssumptions(swap_ratio=1.0, unit_swap_ratios={"2": 1.2})
    model = EconomicModel.compute([module(1, "demolish", 1000, el_households=10, el_resettled_onsite=6),
                                   module(2, "demolish", 1000, unit="2", el_households=10, el_resettled_onsite=6)],
                                  book)
    assert model.indicators("1")["resettlement_area_owed"] == 600.0  # 6 x 100 x 1.0
    assert model.indicators("2")["resettlement_area_owed"] == 720.0  # 6 x 100 x 1.2
    # nothing to hold it: both fail, the whole area short
    assert checks_of(model)[("resettlement_capacity", "2")].details["shortfall"] == 720.0


def test_the_fifty_percent_check_comes_from_the_ledger(book, rules):
    model = two_demolitions(book, rules, 1000)
    check = checks_of(model)[("resettlement_share", "1")]
    assert check.state == "fail" and check.value == pytest.approx(10 / 22)  # 10 in kind of 22 moved
    model.set(module(2, "demolish", 600, el_households=12, el_resettled_onsite=12, el_start_year=2026))
    check = checks_of(model)[("resettlement_share", None)]
    assert check.state == "pass" and check.value == pytest.approx(18 / 22)


def test_no_households_no_ledger(book):
    model = EconomicModel.compute([module(1, "demolish", 1000), module(2, "add", 500)], book)
    assert model.indicators("1")["moving_fees"] == 0.0
    check = checks_of(model)[("resettlement_capacity", "1")]
    assert check.state == "not_evaluated" and check.missing == "households_missing"
    assert model.totals("1").key() == model.units["1"].key()


def test_resettlement_assumptions_round_trip_and_bad_values():
    book = Assumptions()
    book.resettlement = ResettlementAssumptions(1.1, 240.0, 3000.0, 2000.0, {"2": 1.3})
    assert Assumptions.from_json(book.to_json()) == book
    old = book.to_dict()
    del old["resettlement"], old["lump_sums"]  # a file written before: defaults
    assert Assumptions.from_dict(old).resettlement == ResettlementAssumptions()
    bad = book.to_dict()
    bad["resettlement"]["swap_ratio"] = 0
    with pytest.raises(AssumptionsError, match="resettlement.swap_ratio"):
        Assumptions.from_dict(bad)
    bad["resettlement"] = {"moving_fee": -1}
    with pytest.raises(AssumptionsError, match="resettlement.moving_fee"):
        Assumptions.from_dict(bad)


def test_cash_households_get_the_transition_months_a_local_rule_gives(book, rules):
    # resettlement.cash_transition_months 3: the 12 cash households (4 + 8) get 3 months each at 2,500
    # = 90,000 in their move-out year, on top of the in-kind households' 480,000
    from dataclasses import replace as replaced

    model = two_demolitions(book, replaced(rules, cash_transition_months=3), 1000)
    assert model.indicators("1")["transition_fees"] == 480_000.0 + 90_000.0
