"""Sensitivity table and the schema's single definition of the fields."""

import re

import pytest

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.definitions import ACTIONS, USES


def test_sensitivity_of_the_fig4_module(book):
    model = EconomicModel.compute([ModuleInput(1, {"el_unit": "3", "el_action": "add", "el_use": "apartment",
                                                   "el_gfa": 16170, "el_sale_price": 18000})], book)
    table = model.sensitivity()
    assert len(table) == 12
    row = lambda variable, change: table[(table.variable == variable) & (table.change == change)].iloc[0]  # noqa
    base_net = (145_530_000 + 3_463_614 + 3_532_886.28) - 165_257_400
    # +10 % on sale prices: +14,553,000 sales, +1,164,240 sales costs and taxes
    assert row("sale_price", 0.1).net_profit == pytest.approx((base_net + 14_553_000 - 1_164_240) / 1e4)
    # -20 % on rents: operating income 6,996,500.28 x 0.8
    assert row("rent", -0.2).net_profit == pytest.approx((base_net - 0.2 * 6_996_500.28) / 1e4)
    # +20 % on costs other than sales costs: 153,615,000 x 0.2
    assert row("cost", 0.2).net_profit == pytest.approx((base_net - 0.2 * 153_615_000) / 1e4)
    # NPV with +10 % costs: the cost flow -109,147,500, -44,467,500 discounted at 6 %, times 0.1
    npv_base = model.indicators()["npv"]
    assert row("cost", 0.1).npv == pytest.approx((npv_base - 0.1 * (109_147_500 + 44_467_500 / 1.06)) / 1e4)


def test_schema_fields_are_complete_and_consistent():
    names = schema.FIELD_NAMES
    assert len(names) == len(set(names)) == 25
    assert all(re.fullmatch(r"el_[a-z_]+", name) for name in names)
    for spec in schema.FIELDS:
        assert spec.type in (schema.TEXT, schema.INTEGER, schema.REAL)
        assert spec.alias_en and re.search(r"[\u4e00-\u9fff]", spec.alias_zh), spec.name
        assert spec.help_en and spec.help_zh
        assert set(spec.actions) <= set(ACTIONS)
    assert schema.field("el_action").allowed == ACTIONS
    assert schema.field("el_use").allowed == USES
    assert schema.missing_fields(["el_name", "height_m"]) == [
        n for n in names if n not in ("el_name", "el_acquisition_rate")]
