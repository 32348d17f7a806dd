"""The sample project carries one map theme per scheme in the .qgz itself (issue 10): a planner who
opens it in QGIS without the plugin sees them too."""

from __future__ import annotations

import shutil
import zipfile

from qgis.core import QgsProject

from economic_layer_plugin.definitions import PLUGIN_DIR

SAMPLE = PLUGIN_DIR / "sample"


def test_the_qgz_file_holds_the_themes():
    with zipfile.ZipFile(SAMPLE / "zhongshan_third_road.qgz") as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".qgs")]
        text = archive.read(name).decode("utf-8")
    assert '<visibility-preset name="scheme: final_plan"' in text
    assert '<visibility-preset name="scheme: initial_plan"' in text


def test_qgis_without_the_plugin_finds_one_theme_per_scheme(tmp_path):
    from economic_layer_plugin.qgis_adapter import expressions

    assert not expressions.registered()  # the plugin is not loaded: QGIS reads the themes from the file alone
    for name in ("zhongshan_third_road.gpkg", "zhongshan_third_road.qgz"):
        shutil.copy(SAMPLE / name, tmp_path / name)
    project = QgsProject.instance()
    try:
        assert project.read(str(tmp_path / "zhongshan_third_road.qgz"))
        themes = project.mapThemeCollection()
        assert sorted(themes.mapThemes()) == ["scheme: final_plan", "scheme: final_plan_feasibility",
                                              "scheme: final_plan_location", "scheme: initial_plan",
                                              "区位系数 location factor: final_plan_location"]
        by_name = {layer.name(): layer for layer in project.mapLayers().values()}
        for scheme, other in (("final_plan", "initial_plan"), ("initial_plan", "final_plan"),
                              ("final_plan_feasibility", "final_plan"), ("final_plan_location", "final_plan")):
            visible = {layer.name() for layer in themes.mapThemeVisibleLayers(f"scheme: {scheme}")}
            assert visible == {scheme, "red_line", "project_units"}, visible
            assert by_name[other].name() not in visible
        # applying a theme shows its scheme alone in the schemes group
        root, model = project.layerTreeRoot(), None
        from qgis.core import QgsLayerTreeModel

        model = QgsLayerTreeModel(root)
        themes.applyTheme("scheme: initial_plan", root, model)
        assert root.findLayer(by_name["initial_plan"].id()).isVisible()
        assert not root.findLayer(by_name["final_plan"].id()).isVisible()
        # the location theme: the illustrative stations and park and the factors in graduated colours
        visible = {layer.name() for layer in themes.mapThemeVisibleLayers(
            "区位系数 location factor: final_plan_location")}
        assert visible == {"red_line", "project_units", "stations", "parks", "final_plan_location_factor"}
        assert by_name["final_plan_location_factor"].renderer().type() == "graduatedSymbol"
    finally:
        project.clear()
