"""The industrial Processing algorithms on the shipped sample: the same categories as the adapter."""

from __future__ import annotations

import json
import shutil

import pytest
from openpyxl import load_workbook
from qgis.core import QgsVectorLayer

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter import industrial as adapter
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer

SAMPLE = PLUGIN_DIR / "sample" / "industrial_swellendam.gpkg"


@pytest.fixture()
def provider(plugin_factory, qgis_processing):
    return plugin_factory().provider


def run(algorithm: str, parameters: dict) -> dict:
    import processing

    return processing.run(f"economic_layer:{algorithm}", parameters)


def test_evaluate_and_build(provider, tmp_path):
    copy = tmp_path / "sample.gpkg"
    shutil.copyfile(SAMPLE, copy)
    plots = QgsVectorLayer(f"{copy}|layername=industrial_plots", "plots", "ogr")
    result = run("evaluate_industrial_land", {"INPUT": plots, "OUTPUT": "memory:", "XLSX": str(tmp_path / "i.xlsx")})
    output = result["OUTPUT"]
    evaluation = adapter.evaluate_layer(plots)
    assert [f["category"] for f in output.getFeatures()] == [r.classification.category for r in evaluation.plots]
    report = json.loads(result["REPORT"])
    assert report["district"]["categories"] == evaluation.district.categories
    assert "Industrial" in load_workbook(tmp_path / "i.xlsx").sheetnames
    built = run("build_industrial_schemes", {"INPUT": plots, "PREFIX": "s", "OUTPUT": str(tmp_path / "s.gpkg")})
    sources = json.loads(built["LAYERS"])
    assert len(sources) == 4 and all(is_economic_layer(QgsVectorLayer(s, "s", "ogr")) for s in sources)


def test_refuses_a_layer_without_the_fields(provider):
    from qgis.core import QgsProcessingException

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "plain", "memory")
    with pytest.raises(QgsProcessingException, match="not an industrial layer"):
        run("evaluate_industrial_land", {"INPUT": layer, "OUTPUT": "memory:"})
