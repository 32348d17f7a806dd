"""The price and cost book: defaults, JSON round trip, bad values named."""

import json

import pytest

from economic_layer_plugin.core.assumptions import Assumptions, AssumptionsError, ProjectUnit, RangeRule
from economic_layer_plugin.definitions import USES


def test_default_book_is_valid_and_covers_every_use():
    book = Assumptions()
    book.validate()
    assert set(book.uses) == set(USES)
    # the national limits of the 2021 notice
    t = book.thresholds
    assert (t.max_demolition_share, t.max_rebuild_ratio, t.min_resettlement_share, t.max_rent_growth) == (
        0.20, 2.0, 0.50, 0.05)
    assert "replace" in book.note


def test_round_trip_through_json_is_lossless():
    book = Assumptions(units=[ProjectUnit("1", "Unit one", 40000.0, 3.5, 100.0), ProjectUnit("B")])
    book.thresholds.range_rules.append(RangeRule("new_area_by_use.commercial", 60000, 80000, "project", "商业"))
    book.uses["office"].rent = 95.5
    book = book.with_rates(discount_rate=0.07, exit_enabled=True)
    text = book.to_json()
    again = Assumptions.from_json(text)
    assert again == book
    assert again.to_dict() == json.loads(text)
    assert Assumptions.from_dict(json.loads(json.dumps(book.to_dict()))) == book


@pytest.mark.parametrize("data, where", [
    ({"rates": {"discount_rate": "six"}}, "rates.discount_rate"),
    ({"rates": {"build_years": 0}}, "rates.build_years"),
    ({"rates": {"base_year": 2025.5}}, "rates.base_year"),
    ({"rates": {"operating_cost_ratio": 1.2}}, "rates.operating_cost_ratio"),
    ({"rates": {"speed": 1}}, "rates: unknown key"),
    ({"uses": {"casino": {}}}, "uses.casino"),
    ({"uses": {"office": {"rent": -1}}}, "uses.office.rent"),
    ({"uses": {"office": {"sale_ratio": {"add": 0.7}, "lease_ratio": {"add": 0.7}}}}, "uses.office"),
    ({"uses": {"office": {"sale_ratio": {"demolish": 0.1}}}}, "uses.office.sale_ratio.demolish"),
    ({"units": [{"code": "1"}, {"code": "1"}]}, "units[1].code"),
    ({"units": [{"name": "no code"}]}, "units[0]"),
    ({"units": [{"code": "1", "land_area": -5}]}, "units[0].land_area"),
    ({"thresholds": {"range_rules": [{"quantity": "new_area", "scope": "city"}]}}, "range_rules[0].scope"),
])
def test_bad_values_are_named(data, where):
    with pytest.raises(AssumptionsError, match=__import__("re").escape(where)):
        Assumptions.from_dict(data)


def test_invalid_json_is_reported():
    with pytest.raises(AssumptionsError, match="not valid JSON"):
        Assumptions.from_json("{rates: ")
