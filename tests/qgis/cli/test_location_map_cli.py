"""``economic-layer location-map``: the location factors of any scheme as a layer in graduated colours."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from economic_layer_plugin.definitions import PLUGIN_DIR

CLI = Path(__file__).resolve().parents[2].parent / "scripts" / "economic-layer"
SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def run(*args):
    return subprocess.run(["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True, timeout=300)


def test_the_samples_location_scheme_as_a_map(tmp_path):
    source = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE, source)
    out = tmp_path / "out.gpkg"
    result = run("location-map", f"{source}|layername=final_plan_location", "-o", out)
    assert result.returncode == 0, result.stderr
    # what location is worth: docs/sample.md's table, 15,949 (10,000 CNY)
    assert "46 modules" in result.stdout and "15,949" in result.stdout
    layer = QgsVectorLayer(f"{out}|layername=final_plan_location_factor", "factors", "ogr")
    assert layer.isValid() and layer.featureCount() == 46
    assert layer.renderer().type() == "graduatedSymbol"  # its default style, from the GeoPackage
    factors = {f["el_module_id"]: f["loc_sale"] for f in layer.getFeatures()}
    assert factors["1-N-residential"] == pytest.approx(1.06 * 1.05)  # test_sample_location.py, by hand
    assert factors["1-N-apartment"] == pytest.approx(1.06)


def test_a_scheme_without_rules_is_refused_and_other_rules_can_be_given(tmp_path):
    source = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE, source)
    result = run("location-map", f"{source}|layername=final_plan", "-o", tmp_path / "out.gpkg")
    assert result.returncode != 0 and "final_plan: no location rules" in result.stderr
    rules = tmp_path / "rules.json"
    rules.write_text('{"rules": [{"layer": "parks", "label": "公园", "uses": [], "price": "sale", '
                     '"bands": [[300, 5]]}]}', encoding="utf-8")
    result = run("location-map", f"{source}|layername=final_plan", "-o", tmp_path / "out.gpkg", "--rules", rules,
                 "--name", "parks_only")
    assert result.returncode == 0, result.stderr
    layer = QgsVectorLayer(f"{tmp_path / 'out.gpkg'}|layername=parks_only", "parks", "ogr")
    factors = {f["el_module_id"]: f["loc_sale"] for f in layer.getFeatures()}
    # the park alone, every use: unit 2's new housing is 54 m from it, unit 1's apartments 369 m or more
    assert factors["2-N-residential"] == pytest.approx(1.05) and factors["1-N-apartment"] == 1.0
