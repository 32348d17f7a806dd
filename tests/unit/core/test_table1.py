"""The paper's Table 1 (../shared/seeds/README.md, read correctly): modules built to its per-unit
quantities give back its Total column and its net revenue row.

The inputs are, per unit: the demolished area, the new area by use, the investment and the income.
The Total column and the net revenue row are *not* put in: they come out of the engine and are
compared with the paper's own figures.
"""

import pytest

from economic_layer_plugin.core.assumptions import Assumptions, ProjectUnit
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput

UNITS = ("1", "2", "3", "4")
# Paper, Table 1, per unit (m2; money in 10,000 CNY)
DEMOLISHED = {"1": 211072, "2": 54235, "3": 57541, "4": 59948}
NEW = {
    "office": {"1": 48151, "2": 2376, "3": 0, "4": 9391},
    "commercial": {"1": 0, "2": 30064, "3": 60416, "4": 50556},
    "residential": {"1": 15512, "2": 1836, "3": 16170, "4": 0},
    "apartment": {"1": 92195, "2": 17550, "3": 29820, "4": 34457},
    "underground": {"1": 291911, "2": 34276, "3": 76586, "4": 59947},
}
INVESTMENT = {"1": 779769, "2": 203783, "3": 246904, "4": 150553}
INCOME = {"1": 648766, "2": 146220, "3": 288835, "4": 57999}
# Paper, Table 1: the Total column and the net revenue row (outputs, not inputs)
PAPER_TOTAL = {
    "demolished_area": 382796, "office": 59918, "commercial": 141036, "residential": 33518,
    "apartment": 174022, "underground": 462720, "cost": 1381009, "revenue": 1141820, "net_profit": -239189,
}
PAPER_NET = {"1": -131003, "2": -57563, "3": 41931, "4": -92554}

DEMOLITION, COMPENSATION, CONSTRUCTION, APARTMENT_PRICE = 100, 10000, 3000, 15000
WAN = 10_000


def paper_modules():
    """Per unit: one demolished block, one added block per use, and a lump module carrying the rest of
    the investment and income (as other cost and other income)."""
    items = []
    fid = 0
    for unit in UNITS:
        fid += 1
        items.append(ModuleInput(fid, {"el_unit": unit, "el_action": "demolish", "el_use": "residential",
                                       "el_gfa": DEMOLISHED[unit], "el_demolition_rate": DEMOLITION,
                                       "el_compensation_rate": COMPENSATION, "el_households": 0}))
        built_cost = DEMOLISHED[unit] * (DEMOLITION + COMPENSATION)
        sales = 0
        for use, areas in NEW.items():
            if not areas[unit]:
                continue
            fid += 1
            selling = use == "apartment"
            items.append(ModuleInput(fid, {
                "el_unit": unit, "el_action": "add", "el_use": use, "el_gfa": areas[unit],
                "el_cost_rate": CONSTRUCTION, "el_sale_ratio": 1 if selling else 0, "el_lease_ratio": 0,
                "el_sale_price": APARTMENT_PRICE,
            }))
            built_cost += areas[unit] * CONSTRUCTION
            sales += areas[unit] * APARTMENT_PRICE if selling else 0
        fid += 1
        items.append(ModuleInput(fid, {
            "el_unit": unit, "el_action": "retain", "el_use": "public", "el_gfa": 0, "el_name": "unit lump sums",
            "el_other_cost": INVESTMENT[unit] * WAN - built_cost, "el_other_income": INCOME[unit] * WAN - sales,
        }))
    return items


@pytest.fixture(scope="module")
def model():
    # no soft costs, land premiums, sales costs or taxes: the investment is exactly what the modules say
    book = Assumptions(units=[ProjectUnit(code) for code in UNITS]).with_rates(
        soft_cost_ratio=0, sales_cost_ratio=0, sales_tax_ratio=0)
    for defaults in book.uses.values():
        defaults.land_premium = 0
    return EconomicModel.compute(paper_modules(), book)


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
