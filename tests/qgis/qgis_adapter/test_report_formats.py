"""The report's number formats and labels (issue #27): after-tax IRR in %, a passing height check with
its value, map labels only on modules with money, the default price book's banner."""

from __future__ import annotations

from dataclasses import replace

import pytest
from qgis.core import QgsMapLayerStyle, QgsPalLayerSettings, QgsProject, QgsVectorLayer

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.report_content import ReportContext, build_sections
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter import report_items
from economic_layer_plugin.qgis_adapter.sources import load_scheme

SAMPLE = f"{PLUGIN_DIR / 'sample' / 'zhongshan_third_road.gpkg'}|layername=final_plan"


@pytest.fixture(scope="module")
def sample_model():
    return load_scheme(SAMPLE)[1]


def _with(model, **changes) -> EconomicModel:
    return EconomicModel.compute(list(model.inputs.values()), replace(model.assumptions, **changes))


def test_the_after_tax_irr_is_in_percent_in_the_english_feasibility_table(sample_model):
    model = _with(sample_model, feasibility=replace(sample_model.assumptions.feasibility, enabled=True))
    irr = model.indicators()["project_irr"]
    assert irr is not None
    sections = {s.key: s for s in build_sections(ReportContext("final_plan", model, "en"))}
    row = next(r for r in sections["feasibility"].rows if r[0] == "Project IRR, after tax")
    # the rate as a percentage with one decimal, as the dock writes rates (e.g. -0.0213 -> "-2.1 %")
    assert row[1] == f"{irr * 100:.1f} %"
    assert all(cell.endswith(" %") or cell == "—" for cell in row[1:])


def test_a_passing_height_check_shows_the_tallest_standing_module(sample_model):
    units = [replace(unit, height_limit=150.0) if unit.code == "1" else unit for unit in sample_model.assumptions.units]
    model = _with(sample_model, units=units)
    check = next(c for c in model.checks() if c.key == "height" and c.unit == "1")
    assert check.state == "pass" and check.value is None  # the engine keeps heights above the limit only
    sections = {s.key: s for s in build_sections(ReportContext("final_plan", model, "en"))}
    row = next(r for r in sections["checks"].rows if r[0] == "Unit 1" and r[1] == check.title("en", short=True))
    # unit 1's tallest standing module: the new apartments, 36 floors x 3.3 m = 118.8 m (sample layer,
    # el_floors 36, no el_height; demolished and underground modules do not stand)
    assert row[2] == "118.8 m" and row[3] == "≤ 150.0 m"


def test_map_labels_only_on_modules_with_money(sample_model, monkeypatch):
    layer = QgsVectorLayer(SAMPLE, "final_plan", "ogr")
    from economic_layer_plugin.qgis_adapter.style import apply_style

    apply_style(layer, "en")
    QgsProject.instance().addMapLayer(layer)
    try:
        xml = report_items.label_overrides(layer, sample_model)[layer.id()]
        # 38 of the sample's 46 modules have money (cost or revenue not 0): labels stay, on those only
        copy = layer.clone()
        style = QgsMapLayerStyle(xml)
        style.writeToLayer(copy)
        assert copy.labelsEnabled()
        labeling = copy.labeling()
        settings = QgsPalLayerSettings(labeling.settings())  # a copy: chained temporaries crash sip
        properties = settings.dataDefinedProperties()
        assert properties.property(QgsPalLayerSettings.Property.Show).expressionString() == report_items.MONEY_SHOWN
        monkeypatch.setattr(report_items, "LABEL_LIMIT", 37)  # 38 with money: too many, no labels
        style = QgsMapLayerStyle(report_items.label_overrides(layer, sample_model)[layer.id()])
        style.writeToLayer(copy)
        assert not copy.labelsEnabled()
        assert layer.labelsEnabled()  # the layer itself is left as it is
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_scheme_priced_by_the_default_book_says_so_on_the_cover(sample_model):
    from economic_layer_plugin.core.assumptions import Assumptions
    from economic_layer_plugin.qgis_adapter.report_layout import build_report

    layer = QgsVectorLayer(SAMPLE, "final_plan", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        own = build_report(QgsProject.instance(), layer, sample_model, "en", "A4")
        assert own.report.itemById("el_report_default_book") is None  # the sample has its own book
        default = EconomicModel.compute(list(sample_model.inputs.values()), Assumptions())
        layouts = build_report(QgsProject.instance(), layer, default, "en", "A4")
        banner = layouts.report.itemById("el_report_default_book")
        assert banner is not None and "default price book" in banner.text()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
