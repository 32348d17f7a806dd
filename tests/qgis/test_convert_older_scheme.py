"""Converting an older scheme (one without a field added later, el_households say) keeps every value
its el_ fields hold: action, use, floor area, unit and module id are not replaced by the defaults."""

from __future__ import annotations

import shutil

from osgeo import gdal
from qgis.core import QgsVectorLayer

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.convert import convert_layer
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def test_an_older_scheme_keeps_its_values_when_converted(tmp_path, qgis_app):
    older = tmp_path / "older.gpkg"
    shutil.copy(SAMPLE, older)
    dataset = gdal.OpenEx(str(older), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("ALTER TABLE final_plan DROP COLUMN el_households")
    dataset = None
    source = QgsVectorLayer(f"{older}|layername=final_plan", "final_plan", "ogr")
    assert source.isValid() and not is_economic_layer(source)
    layer, report = convert_layer(source, tmp_path / "converted.gpkg", "final_plan")
    first = next(f for f in layer.getFeatures() if f["el_module_id"] == "1-D1")
    # the sample's module 1-D1: demolish / residential / 70,358 m2 in unit 1 (sqlite3 on the sample)
    assert (first["el_action"], first["el_use"], first["el_gfa"], first["el_unit"]) == (
        "demolish", "residential", 70358.0, "1")
    assert report.kept_values > 46 * 4 and "values of the source's el_ fields kept" in report.summary()
    assert is_economic_layer(layer) and layer.featureCount() == 46


def test_the_command_line_names_the_missing_field_of_an_older_scheme(tmp_path):
    import subprocess
    from pathlib import Path

    older = tmp_path / "older.gpkg"
    shutil.copy(SAMPLE, older)
    dataset = gdal.OpenEx(str(older), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("ALTER TABLE final_plan DROP COLUMN el_households")
    dataset = None
    cli = Path(__file__).resolve().parents[2] / "scripts" / "economic-layer"
    result = subprocess.run(["/usr/bin/python3", str(cli), "indicators", f"{older}|layername=final_plan", "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    assert "older version: it lacks el_households" in result.stderr
