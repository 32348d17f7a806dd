"""Policy checks of spec section 6, worked by hand."""

import pytest

from economic_layer_plugin.core.assumptions import Assumptions, ProjectUnit, RangeRule
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput


def module(fid, action, gfa, unit="1", use="residential", **extra):
    return ModuleInput(fid, {"el_unit": unit, "el_action": action, "el_use": use, "el_gfa": gfa, **extra})


def by_key(model):
    return {(c.key, c.unit): c for c in model.checks()}


@pytest.fixture()
def book():
    return Assumptions(units=[ProjectUnit("1", land_area=10000, far_limit=2.0, height_limit=60)])


def test_demolition_share_and_rebuild_ratio(book):
    # existing 10,000 m2 of which 2,500 demolished (25 % > 20 %); 6,000 m2 new (ratio 2.4 > 2)
    items = [module(1, "retain", 7500), module(2, "demolish", 1500, el_households=10, el_resettled_onsite=6),
             module(3, "demolish", 1000, el_households=10, el_resettled_onsite=6),
             module(4, "add", 4000, use="office", el_floors=10), module(5, "add", 2000, use="office", el_floors=5)]
    model = EconomicModel.compute(items, book)
    checks = by_key(model)
    share = checks[("demolition_share", None)]
    assert (share.state, share.value, share.threshold) == ("fail", 0.25, 0.20)
    assert model.check_drivers(share) == [2, 3]  # the larger demolition first
    ratio = checks[("rebuild_ratio", None)]
    assert ratio.state == "fail" and ratio.value == pytest.approx(2.4)
    assert model.check_drivers(ratio) == [4, 5]
    settle = checks[("resettlement_share", None)]
    assert settle.state == "pass" and settle.value == pytest.approx(0.6)
    # FAR of unit 1: above ground after the scheme 7,500 + 6,000 = 13,500 over 10,000 m2 = 1.35
    far = checks[("floor_area_ratio", "1")]
    assert far.state == "pass" and far.value == pytest.approx(1.35)


def test_resettlement_share_fails_below_half_and_names_modules(book):
    items = [module(1, "demolish", 100, el_households=30, el_resettled_onsite=10),
             module(2, "demolish", 100, el_households=10, el_resettled_onsite=5)]
    model = EconomicModel.compute(items, book)
    check = by_key(model)[("resettlement_share", None)]
    assert check.state == "fail" and check.value == pytest.approx(15 / 40)
    assert model.check_drivers(check) == [1, 2]  # 20 households not resettled, then 5


def test_not_evaluated_when_data_is_missing(book):
    items = [module(1, "demolish", 100, el_households=30, el_resettled_onsite=20), module(2, "demolish", 100)]
    model = EconomicModel.compute(items, book)
    check = by_key(model)[("resettlement_share", None)]
    assert check.state == "not_evaluated" and check.missing == "households_missing" and check.missing_count == 1
    assert "1 demolished module(s) have no el_households" == check.missing_text("en")
    rebuild = by_key(model)[("rebuild_ratio", None)]
    assert (rebuild.state, rebuild.value) == ("pass", 0.0)  # nothing new over 200 m2 demolished
    empty = EconomicModel.compute([module(1, "add", 100)], book)
    assert by_key(empty)[("rebuild_ratio", None)].state == "not_evaluated"
    assert by_key(empty)[("demolition_share", None)].missing == "no_existing_area"


def test_rent_growth_limit(book):
    model = EconomicModel.compute([], book.with_rates(rent_growth=0.06))
    check = by_key(model)[("rent_growth", None)]
    assert (check.state, check.value, check.threshold) == ("fail", 0.06, 0.05)


def test_heights_against_the_unit_limit(book):
    # 25 floors x 3.3 m = 82.5 m > 60 m; an underground module is not a building height
    items = [module(1, "add", 100, use="office", el_floors=25), module(2, "add", 100, use="office", el_height=40),
             module(3, "add", 100, use="underground", el_floors=30)]
    model = EconomicModel.compute(items, book)
    check = by_key(model)[("height", "1")]
    assert check.state == "fail" and check.value == pytest.approx(82.5) and check.threshold == 60
    assert model.check_drivers(check) == [1]
    model.remove(1)
    assert by_key(model)[("height", "1")].state == "pass"


def test_far_fails_and_units_without_limits_are_not_evaluated(book):
    items = [module(1, "add", 25000, use="office", el_floors=10), module(2, "add", 100, unit="9", el_floors=1)]
    model = EconomicModel.compute(items, book)
    assert by_key(model)[("floor_area_ratio", "1")].state == "fail"
    assert by_key(model)[("floor_area_ratio", "1")].value == 2.5
    assert by_key(model)[("floor_area_ratio", "9")].missing == "no_land_area"
    assert by_key(model)[("height", "9")].missing == "no_height_limit"


def test_range_rule_on_new_commercial_floor_area(book):
    # the paper: commercial floor area between 60,000 and 80,000 m2
    book.thresholds.range_rules.append(RangeRule("new_area_by_use.commercial", 60000, 80000))
    model = EconomicModel.compute([module(1, "add", 50000, use="commercial", el_floors=5),
                                   module(2, "add", 40000, use="commercial", el_floors=5)], book)
    check = by_key(model)[("range", None)]
    assert (check.state, check.value, check.threshold) == ("fail", 90000, (60000, 80000))
    assert model.check_drivers(check) == [1, 2]
    model.remove(2)
    assert by_key(model)[("range", None)].state == "fail"  # 50,000 < 60,000
    model.set(module(2, "add", 20000, use="commercial", el_floors=5))
    assert by_key(model)[("range", None)].state == "pass"


def test_a_unit_the_scheme_does_not_declare_is_named_not_silently_a_new_unit():
    # units 1 and 2 declared; module 3 carries el_unit "9" (a typo for 2?): it is named, with its unit
    book = Assumptions(units=[ProjectUnit("1"), ProjectUnit("2")])
    items = [module(1, "add", 100, unit="1", el_module_id="A"), module(2, "add", 100, unit="2", el_module_id="B"),
             module(3, "add", 100, unit="9", el_module_id="C")]
    model = EconomicModel.compute(items, book)
    assert model.undeclared_units() == {"9": ["C"]}
    (line,) = model.unit_warnings()
    assert "'9'" in line and "C" in line and "1, 2" in line
    assert "“9”" in model.unit_warnings("zh")[0]
    # no units declared at all: every unit comes from el_unit, nothing to say
    assert EconomicModel.compute(items, Assumptions()).undeclared_units() == {}
