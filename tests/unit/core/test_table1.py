"""The paper's Table 1 (read correctly: docs/model.md, "Table 1"): modules built to its per-unit
quantities give back its Total column and its net revenue row.

The inputs are, per unit: the demolished area, the new area by use, the investment and the income.
The Total column and the net revenue row are *not* put in: they come out of the engine and are
compared with the paper's own figures.
"""

import pytest


from tests.unit.paper_case import (  # noqa: F401
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


def test_paper_case_fails_the_rebuild_ratio_and_passes_demolition_share_without_existing_area(model):
    checks = {(c.key, c.unit): c for c in model.checks()}
    # new 871,214 m2 over demolished 382,796 m2 = 2.276 > 2
    rebuild = checks[("rebuild_ratio", None)]
    assert rebuild.state == "fail"
    assert rebuild.value == pytest.approx((59918 + 141036 + 33518 + 174022 + 462720) / 382796)
