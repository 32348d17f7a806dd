"""The shipped Zhongshan Third Road sample, read through the plugin: the paper's Table 1 cell by cell
(final plan) and the Fig. 3 totals (initial plan)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.reader import ModuleReader
from economic_layer_plugin.qgis_adapter.registry import assumptions_of

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
    assert set(layers) == {"final_plan", "initial_plan"}
    assert layers["final_plan"].isVisible() and not layers["initial_plan"].isVisible()
    assert all(node.layer().isValid() for node in group.findLayers())  # relative paths resolve
    assert project.crs().authid() == "EPSG:4545"
    red_line = project.mapLayersByName("red_line")[0]
    # about 240 mu (160,000 m2)
    assert sum(f.geometry().area() for f in red_line.getFeatures()) == pytest.approx(160000, rel=0.01)
    assert "not surveyed" in layers["final_plan"].layer().metadata().abstract()


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
