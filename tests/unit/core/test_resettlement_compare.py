"""Scheme comparison with resettlement ledgers and lump sums: the parts (modules, then one row per unit
for its ledger and lump sums) still add up to the difference of the totals."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.compare import module_changes
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.lumpsums import add_lump_sum
from economic_layer_plugin.core.module import ModuleInput


@st.composite
def attributes(draw):
    households = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=40)))
    return {
        "el_module_id": draw(st.sampled_from(["A", "B", "C", "D", "E"])),
        "el_unit": draw(st.sampled_from(["1", "2"])),
        "el_action": draw(st.sampled_from(["demolish", "add", "retain"])),
        "el_use": draw(st.sampled_from(["residential", "office"])),
        "el_gfa": draw(st.one_of(st.none(), st.floats(min_value=0, max_value=1e5))),
        "el_households": households,
        "el_resettled_onsite": draw(st.integers(min_value=0, max_value=households)) if households else None,
    }


schemes = st.lists(attributes(), max_size=10)
lumps = st.lists(st.tuples(st.sampled_from(["1", "2", "3"]), st.integers(min_value=0, max_value=10 ** 8),
                           st.integers(min_value=2025, max_value=2030)), max_size=3)


def book_with(items) -> Assumptions:
    book = Assumptions()
    for unit, amount, year in items:
        add_lump_sum(book, unit, amount, year, 2)
    return book


@settings(max_examples=150, deadline=None)
@given(schemes, schemes, lumps, lumps)
def test_the_parts_add_up_with_ledgers_and_lump_sums(first, second, lumps_first, lumps_second):
    base = EconomicModel.compute([ModuleInput(i, a, 400.0) for i, a in enumerate(first)], book_with(lumps_first))
    other = EconomicModel.compute([ModuleInput(i, a, 400.0) for i, a in enumerate(second)], book_with(lumps_second))
    changes = module_changes(base, other)
    net = other.indicators()["net_profit"] - base.indicators()["net_profit"]
    assert round(sum(c.net_profit for c in changes) * 100) == round(net * 100)  # to the fen
    npv = other.indicators()["npv"] - base.indicators()["npv"]
    assert sum(c.npv for c in changes) == pytest.approx(npv, abs=1e-3 + 1e-9 * abs(npv))


def test_a_lump_sum_is_its_units_row():
    base = EconomicModel.compute([], Assumptions())
    other = EconomicModel.compute([], book_with([("2", 3_000_000, 2026)]))
    (change,) = module_changes(base, other)
    assert change.module_id == "unit 2: resettlement and lump sums" and change.net_profit == -3_000_000
    assert change.base_fids == () == change.other_fids


def test_a_units_row_is_not_counted_as_a_module_and_speaks_chinese():
    from economic_layer_plugin.core.compare import counts

    base = EconomicModel.compute([], Assumptions())
    other = EconomicModel.compute([], book_with([("2", 3_000_000, 2026)]))
    changes = module_changes(base, other)
    assert counts(changes) == (0, 1)  # no module changed; one unit row
    (change,) = changes
    assert change.unit == "2"
    assert change.label("zh") == "单元 2：安置与专项收支" and change.fields_label("zh") == "安置、专项收支"
    assert change.label("en") == "unit 2: resettlement and lump sums"
