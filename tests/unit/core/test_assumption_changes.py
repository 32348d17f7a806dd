"""A change of the assumptions recomputes from the modules already read and gives exactly the model a
fresh full computation gives, whether it changes the modules (the price book, the rates they read) or
only what is computed from their sums (discount rate, limits, units, the stack's rates, resettlement
rules, lump sums), in which case the modules are kept."""

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from economic_layer_plugin.core.assumptions import Assumptions, PolicyThresholds, ProjectUnit
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.lumpsums import add_lump_sum
from tests.unit.core.test_engine_properties import BOOK, module_inputs


def change(book: Assumptions, kind: str, value: float) -> Assumptions:
    if kind == "discount":
        return book.with_rates(discount_rate=value / 10)
    if kind == "limits":
        return replace(book, thresholds=PolicyThresholds(max_demolition_share=value / 10, max_rebuild_ratio=1 + value))
    if kind == "units":
        return replace(book, units=[ProjectUnit(code="1", land_area=1000 + 1000 * value, far_limit=2.0,
                                                height_limit=10 + 50 * value)])
    if kind == "stack":
        return replace(book, feasibility=replace(book.feasibility, vat_rate=value / 10, debt_share=value / 2))
    if kind == "stack_off":
        return replace(book, feasibility=replace(book.feasibility, enabled=False))
    if kind == "resettlement":
        return replace(book, resettlement=replace(book.resettlement, swap_ratio=0.5 + value,
                                                  transition_fee=1000 * value))
    if kind == "lump_sum":
        book = replace(book, lump_sums=list(book.lump_sums))
        add_lump_sum(book, "2", 1e6 * value, book.rates.base_year + 2, 2, "public works", "cost")
        return book
    if kind == "price_book":
        uses = dict(book.uses)
        uses["office"] = replace(uses["office"], sale_price=10_000 + 30_000 * value)
        return replace(book, uses=uses)
    if kind == "rates":
        return book.with_rates(soft_cost_ratio=value / 5, rent_growth=value / 20)
    if kind == "prices_and_more":  # two uses' prices, with units, resettlement rules and a lump sum at once
        uses = dict(book.uses)
        uses["residential"] = replace(uses["residential"], sale_price=8_000 + 20_000 * value,
                                      compensation_rate=5_000 + 10_000 * value)
        uses["commercial"] = replace(uses["commercial"], construction_rate=3_000 + 5_000 * value,
                                     sale_ratio={"add": value}, lease_ratio={"add": 1 - value})
        book = change(change(change(book, "units", value), "resettlement", value), "lump_sum", value)
        return replace(book, uses=uses)
    raise AssertionError(kind)


KINDS = ["discount", "limits", "units", "stack", "stack_off", "resettlement", "lump_sum", "price_book", "rates",
         "prices_and_more"]


def snapshot(model: EconomicModel) -> tuple:
    units = model.unit_codes()
    return (
        model.project.key(),
        {code: model.totals(code).key() for code in units},
        {code: model.indicators(code) for code in units},
        model.indicators(),
        [(c.key, c.scope, c.unit, c.state, c.value) for c in model.checks()],
        list(model.excluded),
        # every module's figures, in the order of the inputs
        [(m.fid, m.use, m.action, m.flows, m.areas, m.bases, m.defaulted) for m in model.modules.values()],
        [(code, [row.fid for row in ledger.rows.values()]) for code, ledger in model.ledger.units.items()],
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(module_inputs, max_size=30, unique_by=lambda item: item.fid),
       st.lists(st.tuples(st.sampled_from(KINDS), st.floats(min_value=0.05, max_value=0.95)), min_size=1, max_size=4))
def test_an_assumption_change_equals_a_fresh_computation(items, changes):
    model = EconomicModel.compute(items, BOOK)
    model.indicators()
    book = BOOK
    for kind, value in changes:
        book = change(book, kind, value)
        model.set_assumptions(book)
        assert snapshot(model) == snapshot(EconomicModel.compute(items, book)), kind


def test_the_modules_are_kept_when_only_sums_depend_on_the_change():
    from tests.unit.paper_case import paper_model

    model = paper_model()
    before = dict(model.modules)
    model.set_assumptions(change(model.assumptions, "discount", 0.5))
    assert all(model.modules[fid] is module for fid, module in before.items())
    model.set_assumptions(change(model.assumptions, "price_book", 0.5))
    # only the office modules are computed again (a module reads the price book of its own use)
    offices = {fid for fid, module in before.items() if module.use == "office"}
    assert offices and len(offices) < len(before)
    assert all((model.modules[fid] is module) == (fid not in offices) for fid, module in before.items())


def test_a_price_change_with_new_height_limits_checks_the_modules_it_keeps():
    """The office price changes and unit 1's height limit falls from 100 m to 50 m at once: the
    residential block (60 m, not computed again) now breaks the limit, as a fresh computation says."""
    from economic_layer_plugin.core.checks import FAIL
    from economic_layer_plugin.core.module import ModuleInput

    items = [
        ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "office", "el_gfa": 5000,
                        "el_height": 30}, 500.0),
        ModuleInput(2, {"el_unit": "1", "el_action": "add", "el_use": "residential", "el_gfa": 9000,
                        "el_height": 60}, 500.0),
    ]
    book = replace(BOOK, units=[ProjectUnit("1", land_area=10000, far_limit=5.0, height_limit=100)])
    model = EconomicModel.compute(items, book)
    assert not [c for c in model.checks() if c.key == "height" and c.state == FAIL]
    lower = change(replace(book, units=[ProjectUnit("1", land_area=10000, far_limit=5.0, height_limit=50)]),
                   "price_book", 0.5)
    kept = model.modules[2]
    model.set_assumptions(lower)
    assert model.modules[2] is kept  # residential: not computed again
    assert [c.unit for c in model.checks() if c.key == "height" and c.state == FAIL] == ["1"]
    assert snapshot(model) == snapshot(EconomicModel.compute(items, lower))
