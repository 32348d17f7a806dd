"""The shipped Zhongshan Third Road sample, read through the plugin: the paper's Table 1 cell by cell
(final plan) and the Fig. 3 totals (initial plan)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.reader import ModuleReader
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"
PROJECT = PLUGIN_DIR / "sample" / "zhongshan_third_road.qgz"
# The paper's Table 1, read correctly (docs/model.md, "Table 1"): m2 and 10,000 CNY
PAPER_TABLE1 = [
    ("Demolished building area (m2)", [382796, 211072, 54235, 57541, 59948]),
    ("New building: office (m2)", [59918, 48151, 2376, 0, 9391]),
    ("New building: commercial (m2)", [141036, 0, 30064, 60416, 50556]),
    ("New building: residential (m2)", [33518, 15512, 1836, 16170, 0]),
    ("New building: apartment (m2)", [174022, 92195, 17550, 29820, 34457]),
    ("New building: underground (m2)", [462720, 291911, 34276, 76586, 59947]),
    ("Investment (10,000 CNY)", [1381009, 779769, 203783, 246904, 150553]),
    ("Income (10,000 CNY)", [1141820, 648766, 146220, 288835, 57999]),
    ("Net revenue (10,000 CNY)", [-239189, -131003, -57563, 41931, -92554]),
]
# The paper's Fig. 3, m2
PAPER_FIG3 = {"retained_area": 144698, "renovated_area": 131322, "demolished_area": 419539, "new_area": 434063}


def scheme(name: str) -> EconomicModel:
    layer = QgsVectorLayer(f"{SAMPLE}|layername={name}", name, "ogr")
    assert layer.isValid()
    return EconomicModel.compute(ModuleReader(layer).modules(), assumptions_of(layer))


def test_final_plan_gives_the_papers_table1_cell_by_cell():
    model = scheme("final_plan")
    assert model.excluded_count == 0
    table = model.table1("en")
    assert list(table.columns) == ["Total", "1", "2", "3", "4"]
    assert [(label, [round(v) for v in table.loc[label]]) for label in table.index] == PAPER_TABLE1


def test_final_plan_money_is_exact_to_the_yuan():
    model = scheme("final_plan")
    for code, investment, income in (("1", 779769, 648766), ("2", 203783, 146220), ("3", 246904, 288835),
                                     ("4", 150553, 57999)):
        assert model.indicators(code)["cost"] == investment * 10_000
        assert model.indicators(code)["revenue"] == income * 10_000


def test_final_plan_holds_the_fig4_serviced_apartments():
    model = scheme("final_plan")
    (apartments,) = [m for m in model.modules.values() if m.name == "服务式公寓"]
    assert (apartments.action, apartments.use, apartments.unit) == ("add", "apartment", "3")
    assert apartments.gfa == 16170 and apartments.saleable_area == 8085 and apartments.sale_price == 18000


def test_initial_plan_gives_the_fig3_totals():
    model = scheme("initial_plan")
    assert model.excluded_count == 0
    result = model.indicators()
    assert {key: round(result[key]) for key in PAPER_FIG3} == PAPER_FIG3


def test_checks_say_what_the_papers_numbers_imply():
    initial = {(c.key, c.unit): c for c in scheme("initial_plan").checks()}
    share = initial[("demolition_share", None)]
    # 419,539 / (144,698 + 131,322 + 419,539) = 60.3 % of the existing floor area, limit 20 %
    assert share.state == "fail" and share.value == pytest.approx(419539 / 695559)
    final = {(c.key, c.unit): c for c in scheme("final_plan").checks()}
    # rebuild ratio, above ground (计容) by default (spec section 6): office 59,918 + commercial 141,036 +
    # residential 33,518 + apartment 174,022 = 408,494 m2 over 382,796 m2 demolished = 1.07 <= 2;
    # counting the 462,720 m2 underground too, 871,214 / 382,796 = 2.28 > 2
    rebuild = final[("rebuild_ratio", None)]
    assert rebuild.state == "pass" and rebuild.value == pytest.approx(408494 / 382796)
    assert rebuild.details["basis"] == "above_ground"
    model = scheme("final_plan")
    model.set_assumptions(replace(model.assumptions, thresholds=replace(model.assumptions.thresholds,
                                                                        rebuild_ratio_underground=True)))
    rebuild = {(c.key, c.unit): c for c in model.checks()}[("rebuild_ratio", None)]
    assert rebuild.state == "fail" and rebuild.value == pytest.approx(871214 / 382796)
    assert final[("resettlement_share", None)].state == "not_evaluated"  # the paper gives no households


def test_project_has_the_schemes_in_a_mutually_exclusive_group():
    project = QgsProject()
    assert project.read(str(PROJECT))
    group = project.layerTreeRoot().findGroup("方案 Schemes")
    assert group is not None and group.isMutuallyExclusive()
    layers = {node.layer().name(): node for node in group.findLayers()}
    assert set(layers) == {"final_plan", "initial_plan", "final_plan_feasibility", "final_plan_location"}
    assert layers["final_plan"].isVisible() and not layers["initial_plan"].isVisible()
    assert not layers["final_plan_feasibility"].isVisible() and not layers["final_plan_location"].isVisible()
    assert all(node.layer().isValid() for node in group.findLayers())  # relative paths resolve
    assert project.crs().authid() == "EPSG:4545"
    red_line = project.mapLayersByName("red_line")[0]
    # about 240 mu (160,000 m2)
    assert sum(f.geometry().area() for f in red_line.getFeatures()) == pytest.approx(160000, rel=0.01)
    assert "not surveyed" in layers["final_plan"].layer().metadata().abstract()


# One plan evolving (issue 13) ---------------------------------------------------------------------
def test_compare_shows_the_plan_evolving_and_its_parts_add_up():
    from economic_layer_plugin.core.compare import ADDED, EDITED, REMOVED, module_changes
    from economic_layer_plugin.core.module import FEN

    initial, final = scheme("initial_plan"), scheme("final_plan")
    changes = module_changes(initial, final)
    modules = [c for c in changes if c.base_fids or c.other_fids]  # not the units' lump-sum lines
    status = {s: [c for c in modules if c.status == s] for s in (ADDED, REMOVED, EDITED)}
    assert len(status[ADDED]) + len(status[REMOVED]) < len(status[EDITED])
    # the four buildings Fig. 3 demolishes and Table 1 keeps: 419,539 - 382,796 = 36,743 m2
    reactioned = [c for c in status[EDITED] if "el_action" in c.fields]
    assert len(reactioned) == 4
    assert sum(initial.modules[c.base_fids[0]].existing_gfa for c in reactioned) == 419539 - 382796
    assert all(final.modules[c.other_fids[0]].action == "retain" for c in reactioned)
    assert [c.name for c in status[ADDED]] == ["服务式公寓"]  # the paper's Fig. 4 module
    # parts add up: net profit to the fen; the paper's net revenue -239,189 for the final plan
    assert round(sum(c.net_profit for c in changes) * FEN) == round(
        (final.indicators()["net_profit"] - initial.indicators()["net_profit"]) * FEN)
    assert final.indicators()["net_profit"] == -239189 * 10_000
    assert sum(c.net_share for c in changes) == pytest.approx(1)
    assert sum(c.npv for c in changes) == pytest.approx(final.indicators()["npv"] - initial.indicators()["npv"])


def test_calibration_is_unit_lump_sums_over_the_works_and_the_sales():
    import copy

    from economic_layer_plugin.core.calibration import calibration_values, is_calibration
    from economic_layer_plugin.core.module import COST, OTHER_INCOME

    model = scheme("final_plan")
    # no calibration modules any more: every module has a floor area and no other cost or income
    assert not [m for m in model.modules.values() if "校准" in (m.name or "") or m.other_cost or m.other_income]
    lumps = model.assumptions.lump_sums
    assert lumps and all(is_calibration(item) for item in lumps)
    rates = model.assumptions.rates
    without = copy.deepcopy(model.assumptions)
    without.lump_sums = []
    bare = EconomicModel.compute(ModuleReader(QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "f", "ogr")).modules(),
                                 without)
    for code, investment, income in (("1", 779769, 648766), ("2", 203783, 146220), ("3", 246904, 288835),
                                     ("4", 150553, 57999)):
        (cost_item,) = [i for i in lumps if i.unit == code and i.kind == "cost"]
        (income_item,) = [i for i in lumps if i.unit == code and i.kind == "income"]
        # costs over the works: base year 2025 and the 3 build years; income over the 3 sale years from 2028
        assert (cost_item.year, cost_item.spread_years) == (rates.base_year, rates.build_years) == (2025, 3)
        assert (income_item.year, income_item.spread_years) == (2028, rates.sale_years) == (2028, 3)
        # the modules' own figures plus the calibration give the paper's Table 1
        assert bare.indicators(code)["cost"] + cost_item.amount == investment * 10_000
        assert bare.indicators(code)["revenue"] + income_item.amount == income * 10_000
        assert calibration_values(model.assumptions, code) == {"calibration_cost": cost_item.amount,
                                                               "calibration_income": income_item.amount}
        # year by year: the unit's flows minus the modules' are a third of each sum in its years
        with_flows, bare_flows = model.totals(code).flows, bare.totals(code).flows
        cost_delta = [a - b for a, b in zip(with_flows[COST], bare_flows[COST] + [0] * 50)]
        income_delta = [a - b for a, b in zip(with_flows[OTHER_INCOME], bare_flows[OTHER_INCOME] + [0] * 50)]
        third_cost, third_income = round(cost_item.amount * 100) / 3, round(income_item.amount * 100) / 3
        assert [d for d in cost_delta if d] == [pytest.approx(third_cost, abs=1)] * 3
        assert [i for i, d in enumerate(cost_delta) if d] == [0, 1, 2]
        assert [d for d in income_delta if d] == [pytest.approx(third_income, abs=1)] * 3
        assert [i for i, d in enumerate(income_delta) if d] == [3, 4, 5]
    # the initial plan carries no calibration
    assert not scheme("initial_plan").assumptions.lump_sums


def test_the_same_buildings_keep_their_ids_in_both_plans():
    initial, final = scheme("initial_plan"), scheme("final_plan")
    existing = {m.module_id: m.existing_gfa for m in initial.modules.values() if m.action != "add"}
    assert existing == {m.module_id: m.existing_gfa for m in final.modules.values() if m.action != "add"}
    assert sum(existing.values()) == 144698 + 131322 + 419539  # the paper's Fig. 3 existing floor area


def test_the_panel_shows_the_calibration_per_unit_in_rows_of_its_own(plugin_factory):
    from qgis.PyQt.QtCore import QCoreApplication

    from economic_layer_plugin.core import formatting

    layer = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        plugin = plugin_factory()
        plugin.dock.set_layer(layer)
        plugin.dock.tabs.setCurrentWidget(plugin.dock.resettlement)
        for _ in range(3):
            QCoreApplication.processEvents()
        table = plugin.dock.resettlement.table
        rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
        lumps = assumptions_of(layer).lump_sums
        for column, code in enumerate(("1", "2", "3", "4"), start=1):
            (cost,) = [i.amount for i in lumps if i.unit == code and i.kind == "cost"]
            (income,) = [i.amount for i in lumps if i.unit == code and i.kind == "income"]
            cost_row = rows.index("of which calibration: cost (10,000 CNY)")
            income_row = rows.index("of which calibration: income (10,000 CNY)")
            assert table.item(cost_row, column).text() == formatting.money(cost)
            assert table.item(income_row, column).text() == formatting.money(income)
        # unit 1: about half its income (of the paper's 648,766, 10,000 CNY) is calibration (docs/sample.md)
        (unit1_income,) = [i.amount for i in lumps if i.unit == "1" and i.kind == "income"]
        assert 0.45 < unit1_income / (648766 * 10_000) < 0.55
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_table1_is_the_papers_with_the_feasibility_stack_off_and_on():
    from dataclasses import replace

    from economic_layer_plugin.core.assumptions import FeasibilityRates

    model = scheme("final_plan")
    assert model.assumptions.feasibility.enabled is False  # the sample's book predates the stack
    for enabled in (False, True):
        book = replace(model.assumptions, feasibility=FeasibilityRates(enabled=enabled))
        other = EconomicModel.compute(model.inputs.values(), book)
        table = other.table1("en")
        assert [(label, [round(v) for v in table.loc[label]]) for label in table.index] == PAPER_TABLE1
        assert ("land_appreciation_tax" in other.indicators()) is enabled


# Two views of the same plan (issue 13) ----------------------------------------------------------
def test_the_feasibility_view_is_the_final_plan_with_the_stack_on_and_households():
    final, feasible = scheme("final_plan"), scheme("final_plan_feasibility")
    assert final.assumptions.feasibility.enabled is False  # the paper's pre-tax view
    assert feasible.assumptions.feasibility.enabled is True
    assert feasible.excluded_count == 0
    # the same plan: the same modules under the same ids, the same calibration
    assert sorted(m.module_id for m in final.modules.values()) == sorted(m.module_id for m in feasible.modules.values())
    assert feasible.assumptions.lump_sums == final.assumptions.lump_sums
    table = feasible.table1("en")
    for label, expected in PAPER_TABLE1[:6]:  # the areas of Table 1 stay the paper's
        assert [round(v) for v in table.loc[label]] == expected
    # households: the estimate of one per 60 m2 of demolished floor area, block by block
    demolished = [m for m in feasible.modules.values() if m.action == "demolish"]
    assert all(m.households == round(m.existing_gfa / 60) for m in demolished)
    assert abs(sum(m.households for m in demolished) - 382796 / 60) < len(demolished)  # about 6,380
    result = feasible.indicators()
    # in kind as many as the new saleable housing holds: no shortfall, far below the paper's 50 % rule
    assert result["resettlement_area_shortfall"] == 0
    assert 0 < result["households_in_kind"] / result["households_moved"] < 0.5
    checks = {(c.key, c.unit): c for c in feasible.checks()}
    assert checks[("resettlement_share", None)].state == "fail"
    # taxes, financing and exit value are there, and not in the paper's view
    for key in ("land_appreciation_tax", "finance_cost", "exit_value", "net_profit_after_tax", "project_npv"):
        assert key in result and key not in final.indicators()
    assert result["finance_cost"] > 0 and result["exit_value"] > 0


def test_docs_state_the_calibration_the_sample_holds():
    """docs/sample.md's calibration table is the sample's (rebuilding the sample with another price book
    must update the page)."""
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "sample.md").read_text(encoding="utf-8")
    lumps = scheme("final_plan").assumptions.lump_sums
    for code, mark, investment, income in (("1", "①", 779769, 648766), ("2", "②", 203783, 146220),
                                           ("3", "③", 246904, 288835), ("4", "④", 150553, 57999)):
        row = next(line for line in text.splitlines() if line.startswith(f"| {mark} |"))
        numbers = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?= \(|\s*\|)", row)]
        cost_lump, income_lump = (round(i.amount / 10_000) for kind in ("cost", "income")
                                  for i in lumps if i.unit == code and i.kind == kind)
        assert numbers == [investment, cost_lump, income, income_lump], row
