"""Property tests: incremental updates equal a full recompute; units add up to the project;
net profit is revenue minus cost everywhere."""

from hypothesis import given, settings
from hypothesis import strategies as st

from economic_layer_plugin.core.aggregate import Totals
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import FEN, ModuleInput
from economic_layer_plugin.definitions import ACTIONS, USES

BOOK = Assumptions().with_rates(exit_enabled=True, operating_horizon=5)

maybe = lambda strategy: st.one_of(st.none(), strategy)  # noqa: E731
ratio = st.floats(min_value=0, max_value=0.5)
attributes = st.fixed_dictionaries(
    {
        "el_unit": st.sampled_from(["1", "2", "3", "A"]),
        "el_action": st.sampled_from(ACTIONS + ("bogus",)),  # some modules are bad input
        "el_use": st.sampled_from(USES),
        "el_floors": maybe(st.integers(min_value=0, max_value=40)),
        "el_height": maybe(st.floats(min_value=1, max_value=150)),
        "el_gfa": maybe(st.floats(min_value=0, max_value=1e5)),
        "el_existing_gfa": maybe(st.floats(min_value=0, max_value=1e5)),
        "el_sale_ratio": maybe(ratio),
        "el_lease_ratio": maybe(ratio),
        "el_sale_price": maybe(st.floats(min_value=0, max_value=1e5)),
        "el_rent": maybe(st.floats(min_value=0, max_value=500)),
        "el_occupancy": maybe(st.floats(min_value=0, max_value=1)),
        "el_cost_rate": maybe(st.floats(min_value=0, max_value=2e4)),
        "el_demolition_rate": maybe(st.floats(min_value=0, max_value=2e3)),
        "el_compensation_rate": maybe(st.floats(min_value=0, max_value=3e4)),
        "el_acquisition_rate": maybe(st.floats(min_value=0, max_value=3e4)),
        "el_other_cost": maybe(st.floats(min_value=0, max_value=1e7)),
        "el_other_income": maybe(st.floats(min_value=0, max_value=1e7)),
        "el_start_year": maybe(st.integers(min_value=2025, max_value=2035)),
        "el_build_years": maybe(st.integers(min_value=1, max_value=6)),
        "el_sale_years": maybe(st.integers(min_value=1, max_value=6)),
        "el_households": maybe(st.integers(min_value=0, max_value=200)),
    }
)
module_inputs = st.builds(lambda fid, attrs, footprint: ModuleInput(fid, attrs, footprint),
                          st.integers(min_value=0, max_value=8), attributes,
                          maybe(st.floats(min_value=0, max_value=5000)))
operations = st.lists(st.one_of(st.tuples(st.just("set"), module_inputs),
                                st.tuples(st.just("remove"), st.integers(min_value=0, max_value=8))),
                      max_size=60)


def assert_same(incremental: EconomicModel, full: EconomicModel) -> None:
    assert incremental.project.key() == full.project.key()
    assert set(incremental.units) == set(full.units)
    for code in full.units:
        assert incremental.units[code].key() == full.units[code].key()
        assert incremental.indicators(code) == full.indicators(code)
    assert set(incremental.excluded) == set(full.excluded)
    assert incremental.indicators() == full.indicators()


def replay(ops, book, read) -> EconomicModel:
    """The model after the operations ("set", item) / ("remove", fid), with ``read(model)`` after each
    one, as the dock reads between edits: the caches must follow."""
    model = EconomicModel(book)
    for op, payload in ops:
        if op == "set":
            model.set(payload)
        else:
            model.remove(payload)
        read(model)
    return model


@settings(max_examples=200, deadline=None)
@given(operations)
def test_incremental_updates_equal_a_full_recompute(ops):
    model = replay(ops, BOOK, lambda m: [m.indicators(code) for code in [None, *m.units]])
    full = EconomicModel.compute(model.inputs.values(), BOOK)
    assert_same(model, full)


@settings(max_examples=200, deadline=None)
@given(st.lists(module_inputs, max_size=40, unique_by=lambda item: item.fid))
def test_units_add_up_to_the_project_and_net_is_revenue_minus_cost(items):
    model = EconomicModel.compute(items, BOOK)
    merged = Totals()
    for totals in model.units.values():
        merged.merge(totals)
    assert merged.key() == model.project.key()
    assert model.project.count + model.excluded_count == len(items)
    for scope in [None] + list(model.units):
        result = model.indicators(scope)
        totals = model.totals(scope)
        assert round(result["net_profit"] * FEN) == totals.revenue_fen - totals.cost_fen
        assert result["net_profit"] == (totals.revenue_fen - totals.cost_fen) / FEN
    for module in model.modules.values():
        one = Totals.of([module])
        assert one.revenue_fen - one.cost_fen == round((module.revenue - module.cost) * FEN)
    # table 1's columns add up to its total column
    table = model.table1()
    if len(table.columns) > 1:
        assert (table.iloc[:, 1:].sum(axis=1) - table.iloc[:, 0]).abs().max() < 1e-6
