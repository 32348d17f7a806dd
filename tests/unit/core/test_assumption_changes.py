"""A change of the assumptions recomputes from the modules already read and gives exactly the model a
fresh full computation gives, whether it changes the modules (the price book, the rates they read) or
only what is computed from their sums (discount rate, limits, units, the stack's rates, resettlement
rules, lump sums), in which case the modules are kept."""

from dataclasses import fields, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from economic_layer_plugin.core.assumptions import Assumptions, PolicyThresholds, ProjectRates, ProjectUnit
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.lumpsums import add_lump_sum
from economic_layer_plugin.core.module import (
    DEFAULT_RATES,
    PARSE_RATES,
    Excluded,
    Module,
    ModuleInput,
    compute_module,
    reprice,
)
from tests.unit.core.test_engine_properties import BOOK, module_inputs


def change(book: Assumptions, kind: str, value: float) -> Assumptions:
    if kind in RATE_CHANGES:
        return change_rates(book, kind, value)
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
    if kind == "ratios":  # commercial's default lease ratio: with a module's own sale ratio, above 1 or not
        uses = dict(book.uses)
        uses["commercial"] = replace(uses["commercial"], sale_ratio={"add": 0.2, "renovate": 0.1},
                                     lease_ratio={"add": 0.8 * value, "renovate": 0.9 * value})
        return replace(book, uses=uses)
    if kind == "ordinary_price":  # the stack's line between ordinary and other housing (a module's tax base)
        return replace(book, feasibility=replace(book.feasibility, ordinary_residential_price=40_000 * value))
    if kind == "stack_on":
        return replace(book, feasibility=replace(book.feasibility, enabled=True))
    if kind == "money_and_units":  # modules priced again, and the height limits they are checked against
        return change(change(book, "money_rates", value), "units", value)
    if kind == "prices_and_more":  # two uses' prices, with units, resettlement rules and a lump sum at once
        uses = dict(book.uses)
        uses["residential"] = replace(uses["residential"], sale_price=8_000 + 20_000 * value,
                                      compensation_rate=5_000 + 10_000 * value)
        uses["commercial"] = replace(uses["commercial"], construction_rate=3_000 + 5_000 * value,
                                     sale_ratio={"add": value}, lease_ratio={"add": 1 - value})
        book = change(change(change(book, "units", value), "resettlement", value), "lump_sum", value)
        return replace(book, uses=uses)
    raise AssertionError(kind)


#: the kinds that change project rates only (change_rates)
RATE_CHANGES = ("rates", "money_rates", "default_years", "parse_rates")


def change_rates(book: Assumptions, kind: str, value: float) -> Assumptions:
    if kind == "rates":
        return book.with_rates(soft_cost_ratio=value / 5, rent_growth=value / 20)
    if kind == "money_rates":  # every project rate that prices a module without changing what it reads
        return book.with_rates(soft_cost_ratio=value / 4, sales_cost_ratio=value / 10, sales_tax_ratio=value / 8,
                               operating_cost_ratio=value, operating_horizon=1 + int(30 * value),
                               rent_growth=value / 10, exit_enabled=value > 0.5, exit_cap_rate=0.02 + value / 10)
    if kind == "default_years":  # the default build and sale years: modules priced again, not read again
        return book.with_rates(build_years=1 + int(5 * value), sale_years=1 + int(5 * (1 - value)))
    if kind == "parse_rates":  # the rates that fill defaults and derive floors: every module read again
        return book.with_rates(storey_height=2.5 + 2 * value, build_years=1 + int(5 * value),
                               sale_years=1 + int(5 * value), base_year=2024 + int(3 * value))
    raise AssertionError(kind)


KINDS = ["discount", "limits", "units", "stack", "stack_off", "resettlement", "lump_sum", "price_book", "rates",
         "prices_and_more", "money_rates", "ordinary_price", "stack_on", "money_and_units", "default_years",
         "parse_rates", "ratios"]


def snapshot(model: EconomicModel) -> tuple:
    units = model.unit_codes()
    return (
        model.project.key(),
        {code: model.totals(code).key() for code in units},
        {code: model.indicators(code) for code in units},
        model.indicators(),
        [(c.key, c.scope, c.unit, c.state, c.value) for c in model.checks()],
        list(model.excluded),
        # every module, all it holds, in the order of the inputs
        [tuple(getattr(m, name) for name in Module.__slots__) for m in model.modules.values()],
        [(e.fid, e.problems) for e in model.excluded.values()],
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


@pytest.mark.parametrize("kind", ["price_book", "money_rates"])
def test_a_price_change_with_new_height_limits_checks_the_modules_it_keeps(kind):
    """The office price (or every pricing rate) changes and unit 1's height limit falls from 100 m to
    50 m at once: the residential block (60 m, not read again) now breaks the limit, as a fresh
    computation says."""
    from economic_layer_plugin.core.checks import FAIL

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
                   kind, 0.5)
    kept = model.modules[2]
    model.set_assumptions(lower)
    if kind == "price_book":
        assert model.modules[2] is kept  # residential: not computed again
    else:
        assert model.modules[2].areas is kept.areas  # priced again, not read again
    assert [c.unit for c in model.checks() if c.key == "height" and c.state == FAIL] == ["1"]
    assert snapshot(model) == snapshot(EconomicModel.compute(items, lower))


def test_a_module_the_price_book_lets_in_again_is_checked_and_counted():
    """The 60 m block sells half its floor area; commercial's default lease ratio rises to 0.72 (1.22 in
    all: the block is left out, ratios_sum), then falls to 0.24: the block is in the totals again, and
    over unit 1's 50 m height limit, as a fresh computation says."""
    from economic_layer_plugin.core.checks import FAIL

    items = [
        ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "commercial", "el_gfa": 9000,
                        "el_height": 60, "el_sale_ratio": 0.5}, 500.0),
        ModuleInput(2, {"el_unit": "1", "el_action": "add", "el_use": "office", "el_gfa": 5000,
                        "el_height": 30}, 500.0),
    ]
    book = change(replace(BOOK, units=[ProjectUnit("1", land_area=10000, far_limit=5.0, height_limit=50)]),
                  "ratios", 0.3)
    model = EconomicModel.compute(items, book)
    over = lambda: [c.unit for c in model.checks() if c.key == "height" and c.state == FAIL]  # noqa: E731
    assert over() == ["1"]
    for value, excluded, failing in ((0.9, [1], []), (0.3, [], ["1"])):
        book = change(book, "ratios", value)
        model.set_assumptions(book)
        assert list(model.excluded) == excluded and over() == failing
        assert snapshot(model) == snapshot(EconomicModel.compute(items, book))


def test_a_rate_that_prices_modules_prices_them_again_without_reading_them():
    """The soft cost ratio: every module is new (its money changes), but what it read of its layer
    (its areas, its defaults) is the same object, and an excluded module stays as it was."""
    from tests.unit.paper_case import paper_model

    model = paper_model()
    model.set(ModuleInput("bad", {"el_unit": "1", "el_action": "add", "el_use": "office"}, None))
    before, excluded = dict(model.modules), model.excluded["bad"]
    book = model.assumptions.with_rates(soft_cost_ratio=model.assumptions.rates.soft_cost_ratio + 0.05)
    model.set_assumptions(book)
    assert all(model.modules[fid] is not module and model.modules[fid].areas is module.areas
               and model.modules[fid].defaulted is module.defaulted for fid, module in before.items())
    assert model.excluded["bad"] is excluded
    assert snapshot(model) == snapshot(EconomicModel.compute(model.inputs.values(), book))


PRICING_RATES = {  # every project rate that only prices a module, with another value
    "operating_horizon": 7, "operating_cost_ratio": 0.45, "rent_growth": 0.04, "soft_cost_ratio": 0.2,
    "sales_cost_ratio": 0.05, "sales_tax_ratio": 0.09, "exit_enabled": True, "exit_cap_rate": 0.07,
}
DEFAULTS = {"build_years": 5, "sale_years": 6}  # the rates that only fill a default (DEFAULT_RATES)


def test_the_list_of_rates_a_module_reads_before_pricing_is_complete():
    """Each project rate is the discount rate (sums only), one of PARSE_RATES, one of DEFAULT_RATES or
    one that only prices a module: a new project rate must be put in one of them (this test fails
    until it is)."""
    names = {f.name for f in fields(ProjectRates)}
    assert names == {"discount_rate", *PARSE_RATES, *DEFAULT_RATES, *PRICING_RATES}
    assert set(DEFAULTS) == set(DEFAULT_RATES)
    assert len(names) == 1 + len(PARSE_RATES) + len(DEFAULT_RATES) + len(PRICING_RATES)


@settings(max_examples=200, deadline=None)
@given(module_inputs, st.sampled_from(sorted(PRICING_RATES) + sorted(DEFAULTS)))
def test_a_rate_that_only_prices_a_module_leaves_what_it_read(item, name):
    """Changing one pricing rate changes a module's flows and stack bases only (a default rate, the
    years it took by default too), and reprice() gives exactly the module a fresh computation gives."""
    old_book = BOOK
    new_book = BOOK.with_rates(**{name: {**PRICING_RATES, **DEFAULTS}[name]})
    old, new = compute_module(item, old_book), compute_module(item, new_book)
    assert type(old) is type(new)
    if isinstance(old, Excluded):
        assert old.problems == new.problems
        return
    money = {"flows", "bases", "completion_year", "build_years", "sale_years"} if name in DEFAULTS else {"flows",
                                                                                                         "bases"}
    assert [getattr(old, s) for s in Module.__slots__ if s not in money] == \
        [getattr(new, s) for s in Module.__slots__ if s not in money]
    again = reprice(old, new_book)
    assert [getattr(again, s) for s in Module.__slots__] == [getattr(new, s) for s in Module.__slots__]
