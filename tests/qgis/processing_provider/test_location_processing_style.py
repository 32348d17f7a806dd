"""Processing: the output of economic_layer:apply_location, loaded into the project, is drawn in the graduated
location-factor style (qgis_adapter/style.py) with each located module's premium as its label."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProject

from tests.qgis.qgis_adapter.test_location import SQUARES_M, memory, scheme


@pytest.fixture()
def provider(plugin_factory, qgis_processing):
    return plugin_factory().provider


def test_the_loaded_output_has_the_location_style(provider, tmp_path):
    # what Processing does with an output it loads (processing.runAndLoadResults and the toolbox): the layer
    # goes to the project and its post-processor is called. Done here without runAndLoadResults, whose
    # QGIS 3.44 version hands iface.layerTreeView() to C++ (a stub in this headless tier)
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProcessingUtils,
    )

    layer = scheme(tmp_path, "EPSG:4547", SQUARES_M)
    stations = memory("Point", "EPSG:4547", [("A站", "POINT(340 10)")])
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"rules": [{"layer": "stations", "label": "地铁站", "uses": ["residential"],
                                            "bands": [[500, 8], [800, 4]]}]}), encoding="utf-8")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    result = processing.run("economic_layer:apply_location", {
        "INPUT": layer, "LOCATION": stations, "LAYER_NAME": "stations", "RULES": str(rules),
        "OUTPUT": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())},
        context=context, feedback=feedback)
    (layer_id, details), = context.layersToLoadOnCompletion().items()
    out = result["OUTPUT"]  # processing.run hands over the layer it made
    if isinstance(out, str):
        out = QgsProcessingUtils.mapLayerFromString(out, context)
    assert details.postProcessor() is not None
    details.postProcessor().postProcessLayer(out, context, feedback)
    renderer = out.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "loc_sale"
    assert out.labelsEnabled()


def test_without_loading_nothing_is_styled(provider, tmp_path):
    import processing

    layer = scheme(tmp_path, "EPSG:4547", SQUARES_M)
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"rules": [{"layer": "stations", "bands": [[500, 8]]}]}), encoding="utf-8")
    result = processing.run("economic_layer:apply_location", {
        "INPUT": layer, "LOCATION": memory("Point", "EPSG:4547", [("A站", "POINT(340 10)")]),
        "LAYER_NAME": "stations", "RULES": str(rules), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert not isinstance(result["OUTPUT"].renderer(), QgsGraduatedSymbolRenderer)
