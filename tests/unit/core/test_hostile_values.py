"""Hostile attribute values: every one leaves its module out with a reason naming the field and the
value (never an exception, never read as 0 or as empty), and no NaN or infinity reaches a total."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import (
    Excluded,
    Module,
    ModuleInput,
    compute_module,
    duplicate_module_ids,
    duplicate_warnings,
)
from economic_layer_plugin.core.schema import FIELDS

BASE = {"el_unit": "1", "el_action": "add", "el_use": "apartment", "el_gfa": 1000}
DEMOLISH = {"el_unit": "1", "el_action": "demolish", "el_use": "residential", "el_gfa": 1000}


def compute(book, base=BASE, footprint=None, **attributes):
    return compute_module(ModuleInput(1, {**base, **attributes}, footprint), book)


# (field, value, words of the reason): the ranges are core/schema.py's, written out here by hand
HOSTILE = [
    ("el_gfa", 1e308, "el_gfa is above 10000000: 1e+308"),  # overflowed round(m2 * 10,000) before
    ("el_gfa", -1e308, "el_gfa is negative: -1e+308"),
    ("el_gfa", 1e7 + 1, "el_gfa is above 10000000: 10000001"),
    ("el_gfa", -5, "el_gfa is negative: -5"),
    ("el_gfa", math.inf, "el_gfa is not a finite number: inf"),
    ("el_gfa", -math.inf, "el_gfa is not a finite number: -inf"),
    ("el_gfa", "Infinity", "el_gfa is not a finite number: 'Infinity'"),
    ("el_gfa", "NaN", "el_gfa is not a finite number: 'NaN'"),
    ("el_gfa", "1e999", "el_gfa is not a finite number: '1e999'"),
    ("el_gfa", "lots", "el_gfa is not a number: 'lots'"),
    ("el_gfa", b"\x00\x01blob", "el_gfa is not a number: '<6 bytes>'"),
    ("el_gfa", True, "el_gfa is not a number: True"),
    ("el_other_income", 1e308, "el_other_income is above 1000000000000: 1e+308"),
    ("el_other_cost", 1e308, "el_other_cost is above 1000000000000: 1e+308"),
    ("el_other_cost", 10 ** 400, "el_other_cost is above 1000000000000"),
    ("el_existing_gfa", -1e308, "el_existing_gfa is negative"),
    ("el_floors", 100_000, "el_floors is above 200: 100000"),
    ("el_floors", 1e308, "el_floors is above 200: 1e+308"),  # reached int() unchecked before
    ("el_floors", "1e308", "el_floors is above 200: '1e308'"),
    ("el_floors", 2.5, "el_floors must be a whole number: 2.5"),
    ("el_height", 1e5, "el_height is above 1000: 100000"),
    ("el_sale_price", 1e6 + 1, "el_sale_price is above 1000000"),
    ("el_rent", 1e308, "el_rent is above 100000"),
    ("el_cost_rate", "Infinity", "el_cost_rate is not a finite number"),
    ("el_occupancy", 1e308, "el_occupancy must be between 0 and 1"),
    ("el_start_year", 1e308, "el_start_year is above 2200"),
    ("el_build_years", -1e308, "el_build_years is below 1"),
    ("el_sale_years", 1e308, "el_sale_years is above 50"),
]


@pytest.mark.parametrize("field, value, reason", HOSTILE, ids=[f"{f}={v!r}"[:40] for f, v, _ in HOSTILE])
def test_a_hostile_value_leaves_the_module_out_naming_field_and_value(book, field, value, reason):
    result = compute(book, **{field: value})
    assert isinstance(result, Excluded), result
    assert field in result.fields
    assert reason in result.message("en")
    assert "is 0" not in result.message("en")  # "lots" was reported as "el_gfa is 0"


@pytest.mark.parametrize("field, value", [("el_households", 1e308), ("el_resettled_onsite", "lots"),
                                          ("el_demolition_rate", 1e308), ("el_compensation_rate", "Infinity")])
def test_a_hostile_value_of_a_demolished_module(book, field, value):
    result = compute(book, base=DEMOLISH, **{field: value})
    assert isinstance(result, Excluded) and field in result.fields


def test_a_huge_footprint_times_floors_is_above_the_floor_area_bound(book):
    # 1e6 m2 footprint x 20 floors = 2e7 m2 > 1e7 m2
    result = compute(book, base={**BASE, "el_gfa": None}, footprint=1e6, el_floors=20)
    assert isinstance(result, Excluded) and "el_gfa is above 10000000" in result.message("en")
    result = compute(book, base={**BASE, "el_gfa": None}, footprint=math.inf, el_floors=2)
    assert isinstance(result, Excluded) and "el_gfa" in result.fields


def test_the_largest_values_in_range_compute_to_finite_totals(book):
    # every bound at once: 1e7 m2 sold at 1e6 yuan/m2 is 1e13 yuan, an exact integer in fen (1e15)
    m = compute(book, el_gfa=1e7, el_existing_gfa=1e7, el_sale_price=1e6, el_rent=1e5, el_cost_rate=1e6,
                el_other_cost=1e12, el_other_income=1e12, el_floors=200, el_height=1000, el_sale_years=50,
                el_build_years=50)
    assert isinstance(m, Module)
    model = EconomicModel.compute([ModuleInput(1, {**BASE, "el_gfa": 1e7, "el_sale_price": 1e6,
                                                   "el_other_income": 1e12}, None)], book)
    values = model.indicators()
    for key, value in values.items():
        if isinstance(value, float):
            assert math.isfinite(value), key


def test_every_numeric_field_has_a_finite_range():
    for spec in FIELDS:
        if spec.is_numeric:
            assert spec.minimum is not None and spec.maximum is not None, spec.name
            assert math.isfinite(spec.minimum) and math.isfinite(spec.maximum), spec.name


NUMERIC = [spec.name for spec in FIELDS if spec.is_numeric]
HOSTILE_VALUES = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(min_value=-10 ** 30, max_value=10 ** 30),
    st.text(max_size=12), st.binary(max_size=12), st.sampled_from(["Infinity", "-inf", "nan", "1e308", "lots"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(NUMERIC), HOSTILE_VALUES, max_size=6),
       st.sampled_from([BASE, DEMOLISH, {**BASE, "el_action": "retain"}]))
def test_no_hostile_value_raises_or_makes_a_non_finite_total(book, values, base):
    model = EconomicModel.compute([ModuleInput(1, {**base, **values}, 500.0)], book)
    for value in model.indicators().values():
        if isinstance(value, float):
            assert math.isfinite(value) or value != value and not model.modules  # no module: a ratio is NaN
    for excluded in model.excluded.values():
        assert excluded.problems and all(p.field for p in excluded.problems)


def test_duplicate_module_ids_are_named(book):
    items = [ModuleInput(fid, {**BASE, "el_module_id": mid}, None) for fid, mid in ((1, "A"), (2, "B"), (3, "A"))]
    results = [compute_module(item, book) for item in items]
    assert duplicate_module_ids(results) == {"A": [1, 3]}
    assert duplicate_warnings(results) == [
        "module id 'A' is used by 2 modules: features 1, 3 (a module id must be unique within the scheme)"]
    assert "模块编号“A”重复" in duplicate_warnings(results, "zh")[0]
