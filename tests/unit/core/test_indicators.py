"""The indicator table (core/indicators.py) is complete and drives every place that writes indicators."""

import pytest

from economic_layer_plugin.core import formatting, indicators
from economic_layer_plugin.core.aggregate import Totals
from economic_layer_plugin.core.aggregate import indicators as compute_indicators


def test_every_computed_indicator_has_one_row_and_every_row_is_computed():
    computed = set(compute_indicators(Totals(), 0.05))
    assert computed == set(indicators.INDICATOR_KEYS)
    assert len(indicators.INDICATOR_KEYS) == len(set(indicators.INDICATOR_KEYS))


@pytest.mark.parametrize("row", indicators.INDICATORS, ids=lambda row: row.key)
def test_a_row_has_a_kind_both_labels_and_a_page(row):
    assert row.kind in indicators.KINDS
    assert row.en and row.zh and row.en != row.zh
    assert row.doc.startswith("docs/") and row.doc.endswith(".md")
    if row.kind == indicators.MONEY:  # money is shown in 10,000 CNY and says so
        assert "10,000 CNY" in row.en and "万元" in row.zh


def test_kinds_decide_how_a_value_is_written():
    # by hand: 12,345,678 yuan = 1,234.5678 万元 -> "1,235"; 0.0512 -> "5.1 %"; 7.25 years -> "7.2"
    # (Python rounds half to even on the binary value 7.25: "7.2")
    assert formatting.indicator("npv", 12_345_678) == "1,235"
    assert formatting.indicator("mirr", 0.0512) == "5.1 %"
    assert formatting.indicator("irr", -0.0311) == "-3.1 %"
    assert formatting.indicator("payback", 7.25) == "7.2"
    assert formatting.indicator("irr_roots", 2) == "2"
    assert formatting.indicator("breakeven_price_factor", 1.2345) == "1.23"
    assert formatting.indicator("existing_area", 70358.4) == "70,358"
    assert formatting.indicator("npv", None) == formatting.NONE


def test_dock_and_report_keys_come_from_the_table():
    assert indicators.DOCK_KEYS[:3] == ("cost", "revenue", "net_profit")
    assert set(indicators.REPORT_KEYS) <= set(indicators.DOCK_KEYS)
    assert "mirr" in indicators.REPORT_KEYS  # beside IRR, which can be ambiguous
    assert indicators.label("subsidy_pv", "en", short=True) == "Subsidy PV (10,000 CNY)"
    assert indicators.label("subsidy_pv", "zh") == "所需补贴现值（万元）"
