"""Property tests: the resettlement ledger and the unit extra flows, updated one module at a time,
equal a full recompute exactly; the solve for balance leaves the model as it was."""

from hypothesis import given, settings
from hypothesis import strategies as st

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.balance import solve_balance
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.lumpsums import add_lump_sum
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.core.resettlement_rules import ResettlementAssumptions
from tests.unit.core.test_engine_properties import replay

BOOK = Assumptions().with_rates(operating_horizon=3)
BOOK.resettlement = ResettlementAssumptions(swap_ratio=1.1, cap_per_household=80.0, unit_swap_ratios={"2": 1.3})
add_lump_sum(BOOK, "1", 1_234_567.89, 2027, spread_years=3)
add_lump_sum(BOOK, "A", 7_654_321, 2026, kind="income")

maybe = lambda strategy: st.one_of(st.none(), strategy)  # noqa: E731


@st.composite
def module_input(draw):
    households = draw(maybe(st.integers(min_value=0, max_value=60)))
    attributes = {
        "el_unit": draw(st.sampled_from(["1", "2", "A"])),
        "el_action": draw(st.sampled_from(["demolish", "demolish", "add", "retain", "bogus"])),
        "el_use": draw(st.sampled_from(["residential", "residential", "office"])),
        "el_gfa": draw(maybe(st.floats(min_value=0, max_value=5e4))),
        "el_sale_ratio": draw(maybe(st.floats(min_value=0, max_value=1))),
        "el_lease_ratio": 0.0,
        "el_start_year": draw(maybe(st.integers(min_value=2025, max_value=2032))),
        "el_build_years": draw(maybe(st.integers(min_value=1, max_value=5))),
        "el_households": households,
        "el_resettled_onsite": draw(st.integers(min_value=0, max_value=households)) if households else None,
    }
    return ModuleInput(draw(st.integers(min_value=0, max_value=8)), attributes, None)


operations = st.lists(st.one_of(st.tuples(st.just("set"), module_input()),
                                st.tuples(st.just("remove"), st.integers(min_value=0, max_value=8))),
                      max_size=50)


def state(model: EconomicModel):
    return (model.ledger.key(), model.unit_codes(),
            {code: (model.totals(code).key(), model.indicators(code)) for code in model.unit_codes()},
            model.totals().key(), model.indicators(),
            [(c.key, c.unit, c.state, c.value, c.threshold, c.details) for c in model.checks()])


@settings(max_examples=200, deadline=None)
@given(operations)
def test_incremental_ledger_equals_a_full_recompute(ops):
    model = replay(ops, BOOK, lambda m: [m.indicators(code) for code in [None, *m.unit_codes()]])
    full = EconomicModel.compute(model.inputs.values(), BOOK)
    assert state(model) == state(full)


@settings(max_examples=50, deadline=None)
@given(st.lists(module_input(), max_size=12, unique_by=lambda item: item.fid))
def test_solving_leaves_the_model_as_it_was(items):
    model = EconomicModel.compute(items, BOOK)
    before = state(model)
    for code in model.unit_codes():
        solve_balance(model, code)
    assert state(model) == before
