"""The paper's Table 1 (read correctly: docs/model.md, "Table 1"): modules built to its per-unit
quantities give back its Total column and its net revenue row.

The inputs are, per unit: the demolished area, the new area by use, the investment and the income.
The Total column and the net revenue row are *not* put in: they come out of the engine and are
compared with the paper's own figures.
"""

from dataclasses import replace

import pytest

from tests.unit.paper_case import (
    DEMOLISHED,
    INCOME,
    INVESTMENT,
    NEW,
    PAPER_NET,
    PAPER_TOTAL,
    UNITS,
    WAN,
    paper_model,
)


@pytest.fixture(scope="module")
def model():
    return paper_model()


def test_every_input_module_is_used(model):
    assert model.excluded_count == 0


def test_table1_layout(model):
    table = model.table1("en")
    assert list(table.columns) == ["Total", "1", "2", "3", "4"]
    assert table.attrs["rows"] == [
        "demolished_area", "new_area_by_use.office", "new_area_by_use.commercial",
        "new_area_by_use.residential", "new_area_by_use.apartment", "new_area_by_use.underground",
        "cost", "revenue", "net_profit",
    ]
    assert list(table.index) == [
        "Demolished building area (m2)", "New building: office (m2)", "New building: commercial (m2)",
        "New building: residential (m2)", "New building: apartment (m2)", "New building: underground (m2)",
        "Investment (10,000 CNY)", "Income (10,000 CNY)", "Net revenue (10,000 CNY)",
    ]
    zh = model.table1("zh")
    assert list(zh.columns)[0] == "合计"
    assert list(zh.index)[0] == "拆除建筑面积（平方米）" and list(zh.index)[-1] == "净收益（万元）"


def test_table1_total_column_equals_the_paper(model):
    total = model.table1("en")["Total"].round().astype(int).tolist()
    assert total == [PAPER_TOTAL[k] for k in ("demolished_area", "office", "commercial", "residential",
                                                 "apartment", "underground", "cost", "revenue", "net_profit")]


def test_table1_net_revenue_row_equals_the_paper(model):
    net = model.table1("en").loc["Net revenue (10,000 CNY)"]
    assert [round(net[unit]) for unit in UNITS] == [PAPER_NET[u] for u in UNITS]
    assert round(net["Total"]) == PAPER_TOTAL["net_profit"]


def test_table1_unit_columns_equal_the_inputs_to_the_yuan(model):
    for unit in UNITS:
        result = model.indicators(unit)
        assert result["cost"] == INVESTMENT[unit] * WAN
        assert result["revenue"] == INCOME[unit] * WAN
        assert result["demolished_area"] == DEMOLISHED[unit]
        for use, areas in NEW.items():
            assert result["new_area_by_use"].get(use, 0) == areas[unit]


def test_paper_case_rebuild_ratio_passes_above_ground_and_fails_with_underground():
    # Spec section 6: by default the rebuild ratio counts above-ground (计容) floor area on both sides.
    # New above ground: office 59,918 + commercial 141,036 + residential 33,518 + apartment 174,022
    # = 408,494 m2 over 382,796 m2 demolished (all above ground: residential) = 1.067 <= 2: pass
    model = paper_model()
    checks = {(c.key, c.unit): c for c in model.checks()}
    rebuild = checks[("rebuild_ratio", None)]
    assert (rebuild.state, rebuild.details["basis"]) == ("pass", "above_ground")
    assert rebuild.value == pytest.approx((59918 + 141036 + 33518 + 174022) / 382796)
    assert "above-ground" in rebuild.title("en") and "计容" in rebuild.title("zh")
    # with underground switched in, the 462,720 m2 underground count too: 871,214 / 382,796 = 2.276 > 2
    model.set_assumptions(replace(model.assumptions, thresholds=replace(model.assumptions.thresholds,
                                                                        rebuild_ratio_underground=True)))
    rebuild = {(c.key, c.unit): c for c in model.checks()}[("rebuild_ratio", None)]
    assert (rebuild.state, rebuild.details["basis"]) == ("fail", "all")
    assert rebuild.value == pytest.approx((59918 + 141036 + 33518 + 174022 + 462720) / 382796)
    assert "underground" in rebuild.title("en") and "含地下" in rebuild.title("zh")
