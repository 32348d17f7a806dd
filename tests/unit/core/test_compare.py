"""Scheme comparison: what changed, and that the parts add up to the difference of the totals."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.compare import module_changes
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput


def item(fid, module_id, action="add", use="apartment", gfa=1000, **extra):
    return ModuleInput(fid, {"el_module_id": module_id, "el_unit": "1", "el_action": action, "el_use": use,
                             "el_gfa": gfa, **extra})


def test_added_removed_edited_unchanged(book):
    base = EconomicModel.compute([item(1, "A"), item(2, "B"), item(3, "C", gfa=500)], book)
    other = EconomicModel.compute([item(10, "A"), item(11, "C", gfa=800), item(12, "D", action="demolish",
                                                                            use="residential")], book)
    changes = {c.module_id: c for c in module_changes(base, other)}
    assert set(changes) == {"B", "C", "D"}  # A is unchanged
    assert changes["B"].status == "removed" and changes["B"].base_fids == (2,) and changes["B"].other_fids == ()
    assert changes["D"].status == "added" and changes["D"].other_fids == (12,)
    assert changes["C"].status == "edited" and changes["C"].fields == ("el_gfa",)
    # hand check: B removed takes away its own net profit
    assert changes["B"].net_profit == pytest.approx(-(base.modules[2].revenue - base.modules[2].cost))


def test_largest_change_first_and_shares():
    book = Assumptions()
    base = EconomicModel.compute([item(1, "A", gfa=100), item(2, "B", gfa=100)], book)
    other = EconomicModel.compute([item(1, "A", gfa=200), item(2, "B", gfa=1000)], book)
    changes = module_changes(base, other)
    assert [c.module_id for c in changes] == ["B", "A"]
    assert sum(c.net_share for c in changes) == pytest.approx(1.0)
    assert sum(c.npv_share for c in changes) == pytest.approx(1.0)
    assert changes[0].net_share == pytest.approx(900 / 1000, rel=1e-6)  # linear in floor area


attributes = st.fixed_dictionaries({
    "el_module_id": st.sampled_from(["A", "B", "C", "D", "E"]),
    "el_unit": st.sampled_from(["1", "2"]),
    "el_action": st.sampled_from(["retain", "renovate", "demolish", "add", "bogus"]),
    "el_use": st.sampled_from(["office", "apartment", "commercial"]),
    "el_gfa": st.one_of(st.none(), st.floats(min_value=0, max_value=1e5)),
    "el_sale_price": st.one_of(st.none(), st.floats(min_value=0, max_value=5e4)),
})
schemes = st.lists(attributes, max_size=12)


@settings(max_examples=150, deadline=None)
@given(schemes, schemes)
def test_the_parts_add_up_to_the_difference_of_the_totals(first, second):
    book = Assumptions()
    base = EconomicModel.compute([ModuleInput(i, a, 400.0) for i, a in enumerate(first)], book)
    other = EconomicModel.compute([ModuleInput(i, a, 400.0) for i, a in enumerate(second)], book)
    changes = module_changes(base, other)
    net = other.indicators()["net_profit"] - base.indicators()["net_profit"]
    assert round(sum(c.net_profit for c in changes) * 100) == round(net * 100)  # to the fen
    npv = other.indicators()["npv"] - base.indicators()["npv"]
    assert sum(c.npv for c in changes) == pytest.approx(npv, abs=1e-3 + 1e-9 * abs(npv))
