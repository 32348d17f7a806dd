"""Property tests of location value's fast path (issue 29): new distances set on a model
(EconomicModel.set_measures: modules located again from the figures they have, the sums moved by the
difference of the modules whose prices moved) give exactly the model a full recompute gives: every
total, every unit, the resettlement ledger, every indicator and every slot of every module.

Random schemes (every action and use, own prices or the book's, bad input, demolished modules with
households, resettlement housing) under random location rules, and random changes of distances: a few
modules (the sums moved by differences), most of a unit or all of them (the unit summed again), modules
leaving every layer's reach, fids not read yet; attribute edits in between, indicators read between
changes (the caches must follow)."""

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.location import LocationAssumptions, LocationRule, Measure
from economic_layer_plugin.core.module import Module, ModuleInput
from economic_layer_plugin.definitions import ACTIONS, USES

LAYERS = ("stations", "parks", "roads")
FIDS = 12

maybe = lambda strategy: st.one_of(st.none(), strategy)  # noqa: E731
ratio = st.floats(min_value=0, max_value=0.5)
attributes = st.fixed_dictionaries(
    {
        "el_unit": st.sampled_from(["1", "2", "A"]),
        "el_action": st.sampled_from(ACTIONS * 3 + ("bogus",)),  # now and then bad input
        "el_use": st.sampled_from(("residential", "residential", "apartment", "office", "commercial", "public")),
        "el_gfa": st.floats(min_value=1, max_value=1e5),
        "el_existing_gfa": maybe(st.floats(min_value=0, max_value=1e5)),
        "el_sale_ratio": maybe(ratio),
        "el_lease_ratio": maybe(ratio),
        # its own price (the factor stays off it) or the book's
        "el_sale_price": st.one_of(st.none(), st.none(), st.floats(min_value=0, max_value=1e5)),
        "el_rent": st.one_of(st.none(), st.none(), st.floats(min_value=0, max_value=500)),
        "el_occupancy": maybe(st.floats(min_value=0, max_value=1)),
        "el_start_year": maybe(st.integers(min_value=2025, max_value=2030)),
        "el_build_years": maybe(st.integers(min_value=1, max_value=4)),
        "el_sale_years": maybe(st.integers(min_value=1, max_value=4)),
        "el_households": maybe(st.integers(min_value=1, max_value=50)),
        "el_resettled_onsite": maybe(st.integers(min_value=0, max_value=1)),
    }
)
items = st.lists(st.builds(lambda fid, attrs, footprint: ModuleInput(fid, attrs, footprint),
                           st.integers(min_value=0, max_value=FIDS - 1), attributes,
                           st.floats(min_value=1, max_value=2000)),
                 min_size=3, max_size=FIDS, unique_by=lambda item: item.fid)
# per cent down to -100 (a price of 0: the module stops selling or leasing, its flows change length)
percent = st.sampled_from([-100.0, -40.0, -5.0, 0.0, 4.0, 8.0, 25.0])
rule = st.builds(
    lambda layer, uses, price, bands, inside: LocationRule(layer, layer, uses, price, bands, inside),
    st.sampled_from(LAYERS),
    st.one_of(st.just(()), st.lists(st.sampled_from(USES), min_size=1, max_size=3, unique=True).map(tuple)),
    st.sampled_from(["sale", "rent", "both"]),
    st.lists(percent, min_size=1, max_size=3).map(lambda ps: tuple((300.0 * (i + 1), p) for i, p in enumerate(ps))),
    maybe(percent),
)
rules = st.builds(lambda found, cap: LocationAssumptions(tuple(found), max_percent=cap, min_percent=-cap),
                  st.lists(rule, min_size=1, max_size=3), st.sampled_from([10.0, 30.0, 100.0]))
distance = st.one_of(st.sampled_from([0.0, 300.0, 600.0, 900.0]), st.floats(min_value=0, max_value=1200))
measures = maybe(st.dictionaries(st.sampled_from(LAYERS), st.builds(Measure, distance, st.sampled_from(["", "A"])),
                                 min_size=1, max_size=3))
changes = st.lists(st.one_of(
    st.dictionaries(st.integers(min_value=0, max_value=FIDS + 2), measures, max_size=4),  # a few, some not read
    st.builds(lambda value, fids: {fid: value for fid in fids}, measures,  # all or most at once, the same
              st.lists(st.integers(min_value=0, max_value=FIDS - 1), min_size=FIDS // 2, max_size=FIDS)),
    st.lists(measures, min_size=FIDS, max_size=FIDS).map(lambda values: dict(enumerate(values))),  # each its own
    st.tuples(st.integers(min_value=0, max_value=FIDS - 1), st.floats(min_value=0, max_value=5e4)),  # an edit
), min_size=1, max_size=8)


def book(location: LocationAssumptions, stack: bool) -> Assumptions:
    base = Assumptions().with_rates(exit_enabled=True, operating_horizon=6)
    if not stack:
        base = replace(base, feasibility=replace(base.feasibility, enabled=False))
    return replace(base, location=location)


def full_recompute(model: EconomicModel) -> EconomicModel:
    fresh = EconomicModel(model.assumptions)
    fresh.load(model.inputs.values())  # the inputs carry their distances
    return fresh


def assert_same(model: EconomicModel, full: EconomicModel) -> None:
    assert model.project.key() == full.project.key()
    assert set(model.units) == set(full.units)
    for code in full.units:
        assert model.units[code].key() == full.units[code].key()
    assert set(model.excluded) == set(full.excluded)
    assert set(model.modules) == set(full.modules)
    for fid, module in full.modules.items():
        mine = model.modules[fid]
        for name in Module.__slots__:
            assert getattr(mine, name) == getattr(module, name), (fid, name)
    for code in [None, *full.unit_codes()]:
        assert model.extras(code).values == full.extras(code).values
        assert model.indicators(code) == full.indicators(code)
        # a float summed over the modules in the model's order (an edit moves its module last): to the last digits
        assert model.location_income(code) == pytest.approx(full.location_income(code), rel=1e-12, abs=1e-6)
    assert model.totals().key() == full.totals().key()
    assert set(model.ledger.units) == set(full.ledger.units)
    for code, ledger in full.ledger.units.items():
        mine = model.ledger.units[code]
        assert _trim(mine.housing_sales) == _trim(ledger.housing_sales)
        assert _trim(mine.housing_sales_costs) == _trim(ledger.housing_sales_costs)


def _trim(row: list) -> list:
    row = list(row)
    while row and not row[-1]:
        row.pop()
    return row


@settings(max_examples=150, deadline=None)
@given(items, rules, changes, st.booleans())
def test_new_distances_equal_a_full_recompute(scheme, location, steps, stack):
    model = EconomicModel(book(location, stack))
    model.load(scheme)
    for step in steps:
        if isinstance(step, tuple):  # an attribute edit, its distances kept
            fid, gfa = step
            if fid in model.inputs:
                item = model.inputs[fid]
                model.set(ModuleInput(fid, {**item.attributes, "el_gfa": gfa}, item.footprint_area))
        else:
            before = {fid: model.measures.get(fid) for fid in step}
            changed = model.set_measures(step)
            assert sorted(changed) == sorted(fid for fid in step if fid in model.inputs and before[fid] != step[fid])
            assert all(model.measures.get(fid) == value for fid, value in step.items())
        [model.indicators(code) for code in [None, *model.unit_codes()]]  # the dock reads between changes
        assert_same(model, full_recompute(model))


def test_a_module_that_stops_selling_is_priced_again_in_full():
    # a rule of -100 % (cap -100 %): the residential module's book sale price 18,000 becomes 0, so it sells
    # nothing and its flows end at completion (build 2025-2027, no sale years): shorter than before
    location = LocationAssumptions((LocationRule("stations", "", ("residential",), "sale", ((500.0, -100.0),)),),
                                   max_percent=100.0, min_percent=-100.0)
    item = ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "residential", "el_gfa": 1000.0,
                           "el_sale_years": 3})
    model = EconomicModel(book(location, True))
    model.load([item, ModuleInput(2, {**item.attributes, "el_gfa": 2000.0})])
    before = len(model.modules[1].flows[0])
    model.set_measures({1: {"stations": Measure(100.0)}})
    assert model.modules[1].sale_price == 0.0 and len(model.modules[1].flows[0]) < before
    assert_same(model, full_recompute(model))
    model.set_measures({1: None})  # and back: it sells again
    assert len(model.modules[1].flows[0]) == before
    assert_same(model, full_recompute(model))
