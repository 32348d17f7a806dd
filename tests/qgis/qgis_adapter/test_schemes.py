"""Schemes: duplicate, edit, compare, toggle in the layer panel, rename, delete (on a copy of the sample)."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import QCoreApplication

from economic_layer_plugin.core.compare import module_changes
from economic_layer_plugin.qgis_adapter import compat, schemes
from economic_layer_plugin.qgis_adapter.gpkg import load_assumptions


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def choose_baseline(panel, name: str) -> None:
    """As the user picks a baseline in the comparison's list."""
    index = panel.baseline.findText(name)
    assert index >= 0, name
    panel.baseline.setCurrentIndex(index)
    panel.baseline.activated.emit(index)


@pytest.fixture()
def sample(open_sample):
    return open_sample.plugin, open_sample.project, open_sample.gpkg


def test_duplicate_edit_and_compare(sample):
    plugin, project, gpkg = sample
    final = project.mapLayersByName("final_plan")[0]
    variant = plugin.scheme_commands.duplicate("variant")
    settle()
    assert [layer.name() for layer in schemes.schemes()] == [
        "final_plan", "variant", "final_plan_feasibility", "final_plan_location", "initial_plan"]
    group = schemes.scheme_group()
    assert group.findLayer(variant.id()).isVisible() and not group.findLayer(final.id()).isVisible()
    assert plugin.dock.layer is variant
    ids = lambda layer: sorted(f["el_module_id"] for f in layer.getFeatures())  # noqa: E731
    assert ids(variant) == ids(final)
    assert load_assumptions(gpkg, "variant") == load_assumptions(gpkg, "final_plan")
    assert variant.renderer().classAttribute() == final.renderer().classAttribute()
    # edit the variant: keep a block instead of demolishing it
    target = next(f for f in variant.getFeatures() if f["el_action"] == "demolish")
    variant.startEditing()
    variant.changeAttributeValue(target.id(), variant.fields().indexOf("el_action"), "retain")
    settle()
    base, other = plugin.models.get(final).model, plugin.models.get(variant).model
    changes = module_changes(base, other)
    assert [(c.module_id, c.status) for c in changes] == [(target["el_module_id"], "edited")]
    delta = other.indicators()["net_profit"] - base.indicators()["net_profit"]
    assert sum(c.net_profit for c in changes) == pytest.approx(delta, abs=0.01)
    assert delta > 0  # no compensation to pay for a block kept
    # the dock's comparison shows it; clicking selects the module in the variant
    plugin.dock.tabs.setCurrentWidget(plugin.dock.compare)
    panel = plugin.dock.compare
    choose_baseline(panel, "final_plan")  # the variant against the scheme it was made from
    assert panel.baseline.currentText() == "final_plan"
    assert panel.changes.rowCount() == 1 and target["el_module_id"] in panel.changes.item(0, 0).text()
    panel.changes.cellClicked.emit(0, 0)
    assert variant.selectedFeatureIds() == [target.id()]


def test_toggling_a_scheme_switches_the_dock_and_themes_follow(sample):
    plugin, project, _ = sample
    group = schemes.scheme_group()
    initial = project.mapLayersByName("initial_plan")[0]
    group.findLayer(initial.id()).setItemVisibilityChecked(True)
    settle()
    assert plugin.dock.layer is initial
    assert "initial_plan" in plugin.dock.header.text()
    themes = project.mapThemeCollection().mapThemes()
    assert {"scheme: final_plan", "scheme: initial_plan"} <= set(themes)
    record = project.mapThemeCollection().mapThemeState("scheme: final_plan")
    shown = {r.layer().name() for r in record.layerRecords()}
    assert "final_plan" in shown and "initial_plan" not in shown and "red_line" in shown


def test_rename_and_delete(sample):
    plugin, project, gpkg = sample
    variant = plugin.scheme_commands.duplicate("variant")
    plugin.scheme_commands.rename("variant_b")
    assert variant.name() == "variant_b"
    assert "scheme: variant_b" in project.mapThemeCollection().mapThemes()
    assert "scheme: variant" not in project.mapThemeCollection().mapThemes()
    assert plugin.scheme_commands.delete(confirm=False)
    settle()
    assert [layer.name() for layer in schemes.schemes()] == [
        "final_plan", "final_plan_feasibility", "final_plan_location", "initial_plan"]
    _, ogr = compat.osgeo()
    dataset = ogr.Open(str(gpkg))
    tables = {dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())}
    assert "variant" not in tables and {"final_plan", "initial_plan"} <= tables
    assert load_assumptions(gpkg, "variant") is None
    assert load_assumptions(gpkg, "final_plan") is not None
    assert plugin.dock.layer is not None and plugin.dock.layer.name() == "final_plan"
    assert "scheme: variant_b" not in project.mapThemeCollection().mapThemes()


def test_the_default_baseline_is_the_initial_plan_and_a_choice_is_kept(sample):
    plugin, project, _ = sample
    panel = plugin.dock.compare
    plugin.dock.tabs.setCurrentWidget(panel)
    settle()
    # the sample's Schemes group, top to bottom: final_plan (shown), final_plan_feasibility,
    # final_plan_location, initial_plan;
    # the baseline is the initial plan, at its bottom (it was the feasibility scheme, the first one not shown)
    assert plugin.dock.layer.name() == "final_plan"
    assert [panel.baseline.itemText(i) for i in range(panel.baseline.count())] == [
        "final_plan", "final_plan_feasibility", "final_plan_location", "initial_plan"]
    assert panel.baseline.currentText() == "initial_plan"
    headers = [panel.table.horizontalHeaderItem(i).text() for i in range(panel.table.columnCount())]
    assert headers == ["final_plan", "final_plan_feasibility", "final_plan_location", "initial_plan",
                       "Δ final_plan", "Δ final_plan_feasibility", "Δ final_plan_location"]
    # showing another scheme keeps the initial plan as baseline
    group = schemes.scheme_group()
    feasibility = project.mapLayersByName("final_plan_feasibility")[0]
    group.findLayer(feasibility.id()).setItemVisibilityChecked(True)
    settle()
    assert plugin.dock.layer is feasibility and panel.baseline.currentText() == "initial_plan"
    # the initial plan shown: against the first other scheme (a scheme against itself shows no change)
    initial = project.mapLayersByName("initial_plan")[0]
    group.findLayer(initial.id()).setItemVisibilityChecked(True)
    settle()
    assert plugin.dock.layer is initial and panel.baseline.currentText() == "final_plan"
    assert panel.changes.rowCount() > 0
    # the user's choice is kept while the tab lives, whichever scheme the dock shows
    choose_baseline(panel, "final_plan")
    final = project.mapLayersByName("final_plan")[0]
    group.findLayer(final.id()).setItemVisibilityChecked(True)
    settle()
    plugin.dock.tabs.setCurrentWidget(plugin.dock.compare)
    settle()
    assert plugin.dock.layer is final and panel.baseline.currentText() == "final_plan"


def test_the_duplicate_scheme_error_is_short_and_in_the_planners_language(sample):
    from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError
    from economic_layer_plugin.toolbelt.i18n import PluginTranslator

    plugin, project, gpkg = sample
    final = project.mapLayersByName("final_plan")[0]
    assumptions = plugin.models.get(final).model.assumptions
    with pytest.raises(GeoPackageError) as english:
        schemes.duplicate(final, "initial_plan", assumptions)
    # short enough for the message bar (no path: it was cut off there); the path is in the details (the log)
    assert str(english.value) == "A scheme named initial_plan exists already: choose another name."
    assert str(gpkg) in english.value.details and str(gpkg) not in str(english.value)
    translator = PluginTranslator()
    assert translator.install("zh_CN")
    try:
        with pytest.raises(GeoPackageError) as chinese:
            schemes.duplicate(final, "initial_plan", assumptions)
    finally:
        translator.remove()
    assert str(chinese.value) == "已有名为 initial_plan 的方案：请另取名称。"
