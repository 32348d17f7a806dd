"""One module's economics, worked by hand (spec sections 3 and 4), and bad input (section 8)."""

import math

import pytest

from economic_layer_plugin.core.aggregate import Totals, indicators
from economic_layer_plugin.core.module import Excluded, Module, ModuleInput, compute_module


def compute(book, footprint=None, fid=1, **attributes):
    return compute_module(ModuleInput(fid, attributes, footprint), book)


def fig4_apartment(book):
    # the paper's Fig. 4 module: 16,170 m2, half of it saleable at 18,000 yuan/m2
    return compute(book, el_unit="3", el_action="add", el_use="apartment", el_gfa=16170, el_sale_price=18000)


def test_added_apartment_quantities_cost_and_income(book):
    m = fig4_apartment(book)
    assert isinstance(m, Module)
    assert m.saleable_area == 8085 and m.leasable_area == 8085
    # works 16,170 x 5,000 = 80,850,000; soft 10 % = 8,085,000; land premium 16,170 x 4,000 = 64,680,000
    # sales 8,085 x 18,000 = 145,530,000; sales costs and taxes 8 % = 11,642,400
    assert m.cost == 80_850_000 + 8_085_000 + 64_680_000 + 11_642_400
    # operating: 8,085 x 60 x 12 x 0.85 x (1 - 0.3) = 3,463,614 in the first year, x 1.02 in the second
    assert m.revenue == pytest.approx(145_530_000 + 3_463_614 + 3_532_886.28, abs=0.005)


def test_added_apartment_cash_flow_by_period(book):
    m = fig4_apartment(book)
    # works and soft costs over build years 0-1; land premium in the start year;
    # sales and operating income from completion (period 2) over 2 years
    assert m.cashflow() == pytest.approx([
        -(88_935_000 / 2 + 64_680_000),
        -88_935_000 / 2,
        72_765_000 - 5_821_200 + 3_463_614,
        72_765_000 - 5_821_200 + 3_532_886.28,
    ], abs=0.005)
    assert m.completion_year == 2027


def test_the_module_s_own_sale_years_win_over_the_book_s(book):
    m = compute(book, el_unit="3", el_action="add", el_use="apartment", el_gfa=16170, el_sale_price=18000,
                el_sale_years=4)
    # sales 145,530,000 and their costs 11,642,400 over 4 years from completion (period 2), not the book's 2
    assert m.cashflow() == pytest.approx([
        -(88_935_000 / 2 + 64_680_000),
        -88_935_000 / 2,
        36_382_500 - 2_910_600 + 3_463_614,
        36_382_500 - 2_910_600 + 3_532_886.28,
        36_382_500 - 2_910_600,
        36_382_500 - 2_910_600,
    ], abs=0.005)
    assert "el_sale_years" not in m.defaulted


def test_module_indicators(book):
    m = fig4_apartment(book)
    result = indicators(Totals.of([m]), 0.06)
    revenue = 145_530_000 + 3_463_614 + 3_532_886.28
    cost = 165_257_400
    assert result["net_profit"] == pytest.approx(revenue - cost, abs=0.005)
    assert result["margin"] == pytest.approx((revenue - cost) / revenue)
    assert result["funding_gap"] == pytest.approx(cost - revenue, abs=0.005)
    assert result["payback"] is None  # the cumulative flow never comes back to zero
    flow = [-153_615_000 + 44_467_500, -44_467_500, 70_407_414, 70_476_686.28]
    assert result["npv"] == pytest.approx(sum(v / 1.06**t for t, v in enumerate(flow)), abs=0.01)
    assert result["peak_funding"] == pytest.approx(153_615_000)
    # factor k on prices and rents with zero net profit: k x (145,530,000 - 11,642,400 + 6,996,500.28) = 153,615,000
    assert result["breakeven_price_factor"] == pytest.approx(153_615_000 / 140_884_100.28)
    assert result["new_area_by_use"] == {"apartment": 16170}


def test_defaults_are_marked_and_set_values_win(book):
    m = fig4_apartment(book)
    assert m.is_default("el_cost_rate") and m.cost_rate == 5000
    assert m.is_default("el_sale_ratio") and m.is_default("el_rent")
    assert not m.is_default("el_sale_price") and not m.is_default("el_gfa")
    own = compute(book, el_unit="3", el_action="add", el_use="apartment", el_gfa=1000, el_cost_rate=3000,
                  el_sale_ratio=1, el_lease_ratio=0)
    assert own.cost_rate == 3000 and not own.is_default("el_cost_rate")
    # 1,000 x 3,000 x 1.1 + 1,000 x 4,000 + 1,000 x 18,000 x 0.08
    assert own.cost == 3_300_000 + 4_000_000 + 1_440_000


def test_demolished_module_from_footprint_and_floors(book):
    m = compute(book, footprint=500, el_unit="1", el_action="demolish", el_use="residential", el_floors=6,
                el_households=40, el_resettled_onsite=10)
    assert m.gfa == 3000 and m.is_default("el_gfa") and m.existing_gfa == 3000
    assert m.area("demolished_area") == 3000 and m.area("existing_area") == 3000
    # demolition 3,000 x 80 = 240,000 + 10 % soft; compensation 3,000 x 15,000 = 45,000,000 in the start year
    assert m.cost == 240_000 + 24_000 + 45_000_000
    assert m.revenue == 0
    assert m.cashflow() == [-(132_000 + 45_000_000), -132_000]
    assert m.height == 18.0 and m.is_default("el_height")


def test_floors_derived_from_height_and_marked(book):
    # 33 m / 3.0 m storeys = 11 floors; 11 x 100 m2 footprint = 1,100 m2
    m = compute(book, footprint=100, el_unit="1", el_action="retain", el_use="office", el_height=33)
    assert (m.floors, m.gfa) == (11, 1100)
    assert m.is_default("el_floors") and m.is_default("el_gfa") and not m.is_default("el_height")
    own = compute(book, footprint=100, el_unit="1", el_action="retain", el_use="office", el_height=33, el_floors=9)
    assert own.gfa == 900 and not own.is_default("el_floors")


def test_demolished_module_sale_fields_are_ignored(book):
    m = compute(book, el_unit="1", el_action="demolish", el_use="residential", el_gfa=100, el_sale_price="abc",
                el_other_income=5000)
    assert isinstance(m, Module)
    assert m.revenue == 5000 and m.saleable_area == 0


def test_retained_module_earns_from_its_start_year(book):
    m = compute(book, el_unit="1", el_action="retain", el_use="office", el_gfa=1000, el_lease_ratio=0.5)
    # 500 m2 x 80 x 12 x 0.75 x 0.7 = 252,000, then x 1.02
    assert m.cashflow()[:2] == pytest.approx([252_000, 257_040])
    assert m.cost == 0 and m.area("retained_area") == 1000 and m.area("new_area") == 0


def test_retained_module_earns_nothing_by_default(book):
    m = compute(book, el_unit="1", el_action="retain", el_use="office", el_gfa=1000)
    assert m.revenue == 0 and m.cost == 0


def test_renovated_module(book):
    m = compute(book, footprint=500, el_unit="1", el_action="renovate", el_use="office", el_floors=4)
    # 2,000 m2 x 2,500 = 5,000,000 + 10 % over 2 years; 1,800 m2 leased from period 2
    assert m.cost == 5_500_000
    assert m.cashflow() == pytest.approx([-2_750_000, -2_750_000, 907_200, 925_344])
    assert m.area("renovated_area") == 2000


def test_exit_value_at_the_end_of_the_horizon(book):
    book = book.with_rates(exit_enabled=True, exit_cap_rate=0.05)
    m = compute(book, el_unit="1", el_action="retain", el_use="office", el_gfa=1000, el_lease_ratio=0.5)
    assert m.cashflow() == pytest.approx([252_000, 257_040 + 257_040 / 0.05])


def test_start_year_shifts_the_flow(book):
    m = compute(book, el_unit="1", el_action="renovate", el_use="office", el_gfa=2000, el_start_year=2027)
    assert m.cashflow()[:2] == [0, 0]
    assert m.cashflow()[2] == -2_750_000


def test_cost_spread_keeps_the_total_to_the_fen(book):
    m = compute(book, el_unit="1", el_action="renovate", el_use="office", el_gfa=1, el_cost_rate=1,
                el_build_years=3, el_lease_ratio=0)
    # 1.10 yuan over 3 years: 0.37 + 0.37 + 0.36
    assert m.cashflow() == pytest.approx([-0.37, -0.37, -0.36])
    assert m.cost == 1.10


def test_chinese_labels_and_case_are_understood(book):
    m = compute(book, el_unit=1.0, el_action="新增", el_use="公寓", el_gfa=100)
    assert (m.action, m.use, m.unit) == ("add", "apartment", "1")
    assert compute(book, el_unit="1", el_action="Add", el_use="Apartment", el_gfa=100).action == "add"


BAD = [
    ({"el_floors": "brick"}, "el_floors", "not_a_number"),
    ({"el_floors": "1i"}, "el_floors", "not_a_number"),
    ({"el_floors": -3}, "el_floors", "negative"),
    ({"el_floors": 2.5}, "el_floors", "not_whole"),
    ({"el_floors": True}, "el_floors", "not_a_number"),
    ({"el_gfa": float("inf")}, "el_gfa", "not_finite"),
    ({"el_gfa": -100}, "el_gfa", "negative"),
    ({"el_sale_ratio": 1.5}, "el_sale_ratio", "ratio_range"),
    ({"el_occupancy": -0.1}, "el_occupancy", "ratio_range"),
    ({"el_sale_ratio": 0.6, "el_lease_ratio": 0.6}, "el_lease_ratio", "ratios_sum"),
    ({"el_sale_ratio": 0.8}, "el_lease_ratio", "ratios_sum"),  # with the default lease ratio 0.5
    ({"el_action": "build"}, "el_action", "unknown_value"),
    ({"el_action": None}, "el_action", "empty"),
    ({"el_use": "  "}, "el_use", "empty"),
    ({"el_use": "casino"}, "el_use", "unknown_value"),
    ({"el_unit": ""}, "el_unit", "empty"),
    ({"el_start_year": 2020}, "el_start_year", "before_base_year"),
    ({"el_build_years": 0}, "el_build_years", "below_minimum"),
    ({"el_gfa": None, "el_floors": None}, "el_floors", "no_floor_area"),
    ({"el_rent": "sixty"}, "el_rent", "not_a_number"),
]


@pytest.mark.parametrize("changes, field, code", BAD, ids=[f"{f}:{c}:{i}" for i, (_, f, c) in enumerate(BAD)])
def test_bad_input_is_excluded_with_the_field_named(book, changes, field, code):
    attributes = {"el_unit": "1", "el_action": "add", "el_use": "apartment", "el_floors": 5, "el_gfa": 1000}
    attributes.update(changes)
    result = compute_module(ModuleInput(42, attributes, 200.0), book)
    assert isinstance(result, Excluded)
    assert (field, code) in [(p.field, p.code) for p in result.problems]
    assert field in result.message("en")
    assert result.fid == 42


def test_no_area_and_invalid_geometry(book):
    base = {"el_unit": "1", "el_action": "add", "el_use": "apartment", "el_floors": 5}
    no_area = compute_module(ModuleInput(1, base, 0.0), book)
    assert [p.code for p in no_area.problems] == ["no_area"]
    invalid = compute_module(ModuleInput(2, base, None, "Self-intersection at 3 4"), book)
    assert [p.code for p in invalid.problems] == ["invalid_geometry"]
    assert "Self-intersection" in invalid.message("en")


def test_resettled_above_households_is_bad_input(book):
    result = compute(book, el_unit="1", el_action="demolish", el_use="residential", el_gfa=100, el_households=5,
                     el_resettled_onsite=8)
    assert isinstance(result, Excluded)
    assert result.problems[0].field == "el_resettled_onsite"


def test_every_problem_is_listed_and_messages_are_chinese_too(book):
    result = compute(book, footprint=100, el_unit="", el_action="add", el_use="apartment", el_floors="brick",
                     el_rent=-5)
    assert set(result.fields) == {"el_unit", "el_floors", "el_rent"}
    text = result.message("zh")
    assert "层数（el_floors）不是数字" in text and "项目单元" in text and "租金" in text


def test_nan_counts_as_empty(book):
    m = compute(book, el_unit="1", el_action="add", el_use="apartment", el_gfa=100, el_rent=math.nan)
    assert isinstance(m, Module) and m.is_default("el_rent")


def test_flows_are_tuples_the_garbage_collector_leaves_alone(book):
    """A module's flows hold no lists: once seen, Python's collector never walks them again (a
    city-sized scheme keeps millions of them), and a component that is all zero is one shared tuple."""
    import gc

    from economic_layer_plugin.core.module import OTHER_INCOME, SALES

    sold = fig4_apartment(book)
    kept = compute(book, el_unit="1", el_action="retain", el_use="office", el_gfa=1000, el_lease_ratio=0.5)
    gc.collect()  # the components are let go by the first walk, the tuple that holds them by the next
    gc.collect()
    assert not gc.is_tracked(sold.flows) and not gc.is_tracked(kept.flows)
    assert kept.flows[SALES] == (0,) * len(kept.flows[SALES])
    assert sold.flows[OTHER_INCOME] is compute(book, el_unit="3", el_action="add", el_use="apartment",
                                                el_gfa=100).flows[OTHER_INCOME]
