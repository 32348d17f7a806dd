"""The indicator conventions of spec sections 5, 6 and 8 (issue 11, "Conventions to fix"), worked by
hand or against numpy-financial: payback of a scheme ending negative, IRR roots, MIRR, subsidy_pv,
the break-even factor, zero-area modules, the rebuild-ratio basis, and no -0.0 anywhere."""

import json
import math
import re
import zipfile
from dataclasses import replace

import numpy_financial as npf
import pytest

from economic_layer_plugin.core import formatting
from economic_layer_plugin.core.aggregate import Totals, indicators
from economic_layer_plugin.core.assumptions import Assumptions, AssumptionsError
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.indicators import BY_KEY as INDICATOR_LABELS
from economic_layer_plugin.core.indicators import INDICATOR_KEYS, MONEY_KEYS
from economic_layer_plugin.core.module import Excluded, ModuleInput
from economic_layer_plugin.core.report import scheme_report
from economic_layer_plugin.io.xlsx import export_workbook


def totals_of(**components) -> Totals:
    """A Totals with flows given in yuan per period: cost, sales, sales_costs, operating, other."""
    totals = Totals()
    flows = [[], [], [], [], []]
    names = ("cost", "sales", "sales_costs", "operating", "other")
    for index, name in enumerate(names):
        flows[index] = [round(v * 100) for v in components.get(name, [])]
    length = max(len(f) for f in flows)
    totals.flows = tuple(f + [0] * (length - len(f)) for f in flows)
    return totals


def assert_no_negative_zero(values: dict) -> None:
    for key, value in values.items():
        if isinstance(value, float) and value == 0:
            assert math.copysign(1.0, value) > 0, key


# indicators -------------------------------------------------------------------------------------------
def test_new_keys_are_indicators_with_labels():
    for key in ("irr_roots", "mirr", "subsidy_pv"):
        assert key in INDICATOR_KEYS and key in INDICATOR_LABELS
    assert "subsidy_pv" in MONEY_KEYS


def test_a_phased_scheme_ending_negative():
    # net flow -10,000, +15,000, -8,000, +1,000 yuan: cumulative -10,000, +5,000, -3,000, -2,000
    totals = totals_of(cost=[10000, 0, 8000, 0], sales=[0, 15000, 0, 1000])
    result = indicators(totals, 0.06)
    flow = [-10000, 15000, -8000, 1000]
    assert result["net_profit"] == -2000
    assert result["payback"] is None  # the old rule said 0 + 10,000 / 15,000 = 0.67 years
    assert result["dynamic_payback"] is None
    assert result["funding_gap"] == 2000  # static: max(0, -net profit)
    # NPV -10,000 + 15,000/1.06 - 8,000/1.06^2 + 1,000/1.06^3 = -2,129.41 -> subsidy_pv 2,129.41
    assert result["npv"] == pytest.approx(npf.npv(0.06, flow), abs=1e-6)
    assert result["subsidy_pv"] == pytest.approx(-npf.npv(0.06, flow), abs=1e-6)
    assert result["subsidy_pv"] == pytest.approx(2129.41, abs=0.01)
    assert result["mirr"] == pytest.approx(npf.mirr(flow, 0.06, 0.06), rel=1e-12)
    # -10,000 + 15,000 x - 8,000 x^2 + 1,000 x^3, x = 1 / (1 + r): three sign changes; numpy-financial
    # finds the rate closest to 0
    assert result["irr"] == pytest.approx(npf.irr(flow), abs=1e-9)
    assert result["irr_roots"] >= 1


def test_subsidy_pv_is_zero_when_npv_is_positive_and_payback_is_the_last_crossing():
    # net -100, +150, -80, +50: cumulative -100, +50, -30, +20 -> (3 - 1) + 30 / 50 = 2.6
    totals = totals_of(cost=[100, 0, 80, 0], sales=[0, 150, 0, 50])
    result = indicators(totals, 0.0)
    assert result["payback"] == pytest.approx(2.6)
    assert result["subsidy_pv"] == 0.0 and result["funding_gap"] == 0.0
    assert result["npv"] == pytest.approx(20)


def test_irr_roots_counts_two_rates():
    # -100, +230, -132: NPV 0 at 10 % and 20 % (hand check: -100 + 230/1.1 - 132/1.21 = 0)
    result = indicators(totals_of(cost=[100, 0, 132], sales=[0, 230]), 0.06)
    assert result["irr"] == pytest.approx(0.10, abs=1e-12)
    assert result["irr_roots"] == 2
    one = indicators(totals_of(cost=[100], sales=[0, 121]), 0.06)  # -100 + 121 / (1 + r) = 0: r = 21 %
    assert one["irr"] == pytest.approx(0.21, abs=1e-12)
    assert one["irr_roots"] == 1
    none = indicators(totals_of(cost=[100, 50]), 0.06)
    assert (none["irr"], none["irr_roots"], none["mirr"]) == (None, 0, None)


def test_breakeven_factor_is_none_when_only_a_negative_factor_would_balance():
    # other income 1,000 against cost 500: profitable without selling anything; sales 100 more.
    # k x 100 + 500 = 0 needs k = -5: no factor >= 0 balances the scheme
    result = indicators(totals_of(cost=[500], sales=[0, 100], other=[0, 1000]), 0.06)
    assert result["breakeven_price_factor"] is None
    # cost 500, sales 1,000: k x 1,000 - 500 = 0 at k = 0.5
    assert indicators(totals_of(cost=[500], sales=[0, 1000]), 0.06)["breakeven_price_factor"] == 0.5
    # sales 100 with sales costs 150 (linked -50) and nothing fixed: k = -0 / -50 is 0, shown as 0.0
    zero = indicators(totals_of(sales=[100], sales_costs=[150]), 0.06)["breakeven_price_factor"]
    assert zero == 0.0 and math.copysign(1.0, zero) > 0


def test_no_negative_zero_in_indicators():
    for totals in (Totals(), totals_of(cost=[100], sales=[0, 100]), totals_of(other=[10])):
        result = indicators(totals, 0.06)
        assert_no_negative_zero(result)
    # peak funding of a flow that is never negative is 0.0, not -0.0
    assert math.copysign(1.0, indicators(totals_of(other=[10]), 0.06)["peak_funding"]) > 0


# zero-area modules (spec section 8) ---------------------------------------------------------------------
def compute_one(**attributes):
    model = EconomicModel.compute([ModuleInput(1, {"el_unit": "1", **attributes}, 100.0)], Assumptions())
    return model.excluded.get(1) or model.modules[1]


def test_a_module_with_floor_area_zero_is_left_out_with_a_reason():
    item = compute_one(el_action="add", el_use="office", el_gfa=0)
    assert isinstance(item, Excluded) and item.fields == ("el_gfa",)
    assert item.message("en") == "el_gfa is 0: the module has no floor area"
    assert "没有建筑面积" in item.message("zh")
    # floors 0 on a footprint: the floor area is 0 too, and el_floors is named
    floors = compute_one(el_action="renovate", el_use="office", el_floors=0)
    assert isinstance(floors, Excluded) and floors.fields == ("el_floors",)
    # a demolished module with no standing floor area
    gone = compute_one(el_action="demolish", el_use="residential", el_gfa=500, el_existing_gfa=0)
    assert isinstance(gone, Excluded) and gone.fields == ("el_existing_gfa",)


def test_zero_area_is_kept_where_it_is_meaningful():
    # a demolished building: floor area after the scheme 0, 500 m2 standing today
    demolished = compute_one(el_action="demolish", el_use="residential", el_gfa=0, el_existing_gfa=500)
    assert not isinstance(demolished, Excluded) and demolished.area("demolished_area") == 500
    # a module that carries only lump sums (until unit-level lump sums exist, spec section 10)
    lump = compute_one(el_action="retain", el_use="public", el_gfa=0, el_other_cost=1000)
    assert not isinstance(lump, Excluded) and lump.cost == 1000


# the rebuild ratio's basis (spec section 6) ------------------------------------------------------------
def block(fid, action, use, gfa):
    return ModuleInput(fid, {"el_unit": "1", "el_action": action, "el_use": use, "el_gfa": gfa})


def rebuild_model(underground: bool = False):
    items = [block(1, "demolish", "residential", 1000), block(2, "demolish", "underground", 200),
             block(3, "add", "office", 1500), block(4, "add", "underground", 1000)]
    book = Assumptions()
    book.thresholds = replace(book.thresholds, rebuild_ratio_underground=underground)
    return EconomicModel.compute(items, book)


def test_rebuild_ratio_above_ground_by_default():
    model = rebuild_model()
    check = next(c for c in model.checks() if c.key == "rebuild_ratio" and c.scope == "project")
    # above ground: 1,500 new office over 1,000 demolished residential = 1.5 <= 2
    assert (check.state, check.value, check.details["basis"]) == ("pass", 1.5, "above_ground")
    assert check.title("en") == "New / demolished floor area (rebuild ratio): above-ground (计容) floor area"
    assert check.title("zh", short=True) == "拆建比（计容）"


def test_rebuild_ratio_with_underground_switched_in():
    model = rebuild_model(underground=True)
    check = next(c for c in model.checks() if c.key == "rebuild_ratio" and c.scope == "project")
    # 2,500 new over 1,200 demolished = 2.083 > 2
    assert check.state == "fail" and check.value == pytest.approx(2500 / 1200)
    assert check.details["basis"] == "all"
    assert check.title("en", short=True) == "Rebuild ratio (incl. underground)"
    assert model.check_drivers(check) == [3, 4]
    report = scheme_report("s", model)
    row = next(r for r in report["checks"] if r["check"] == "rebuild_ratio" and r["scope"] == "project")
    assert row["basis"] == "all"


def test_rebuild_ratio_drivers_above_ground_leave_underground_modules_out():
    items = [block(1, "demolish", "residential", 500), block(2, "add", "underground", 5000),
             block(3, "add", "office", 1500)]
    model = EconomicModel.compute(items, Assumptions())
    check = next(c for c in model.checks() if c.key == "rebuild_ratio" and c.scope == "project")
    assert check.state == "fail" and check.value == 3.0  # 1,500 / 500 above ground
    assert model.check_drivers(check) == [3]  # the underground module does not drive it


def test_rebuild_ratio_with_only_underground_demolished_is_not_evaluated_and_says_why():
    items = [block(1, "demolish", "underground", 200), block(2, "add", "office", 300)]
    model = EconomicModel.compute(items, Assumptions())
    check = next(c for c in model.checks() if c.key == "rebuild_ratio" and c.scope == "project")
    assert check.state == "not_evaluated"
    assert check.missing_text("en") == "nothing above ground is demolished"


def test_the_basis_is_an_assumption_that_round_trips_and_is_validated():
    book = Assumptions()
    assert book.thresholds.rebuild_ratio_underground is False
    book.thresholds.rebuild_ratio_underground = True
    assert Assumptions.from_json(book.to_json()).thresholds.rebuild_ratio_underground is True
    book.thresholds.rebuild_ratio_underground = "yes"
    with pytest.raises(AssumptionsError, match="thresholds.rebuild_ratio_underground"):
        book.validate()


# -0.0 in outputs ---------------------------------------------------------------------------------------
def small_loss_model():
    # a retained module with an upkeep cost of 10 yuan: its net in 10,000 CNY rounds to -0.00
    items = [ModuleInput(1, {"el_unit": "1", "el_action": "retain", "el_use": "public", "el_gfa": 100,
                             "el_other_cost": 10, "el_module_id": "A"}),
             ModuleInput(2, {"el_unit": "1", "el_action": "retain", "el_use": "public", "el_gfa": 100,
                             "el_module_id": "B"})]
    return EconomicModel.compute(items, Assumptions())


def test_json_report_has_no_negative_zero():
    # module B never spends: its peak funding is 0 (it was -0.0: -min(0.0, ...))
    report = scheme_report("s", small_loss_model())
    text = json.dumps(report)
    assert "peak_funding" in text and not re.search(r"-0\.0(?![0-9])", text)
    for entry in report["modules"]:
        assert_no_negative_zero(entry)


def test_spreadsheet_has_no_negative_zero(tmp_path):
    path = tmp_path / "s.xlsx"
    assert export_workbook([("s", small_loss_model())], path, "en")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert not re.search(r"<v>-0(\.0*)?(E[+-]?\d+)?</v>", xml), name


def test_dock_formatting_never_shows_minus_zero():
    assert formatting.money(-1.0) == "0"
    assert formatting.percent(-0.00001) == "0.0 %"
    assert formatting.number(-0.001) == "0.00"
    assert formatting.years(-0.0) == "0.0"
    assert formatting.percent(-0.01) == "-1.0 %"  # a real negative keeps its sign
    assert formatting.indicator("irr_roots", 2) == "2"
    assert formatting.indicator("mirr", 0.1261) == "12.6 %"
    assert formatting.indicator("subsidy_pv", 123_456_789) == "12,346"
