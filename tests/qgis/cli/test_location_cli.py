"""``economic-layer location``: a location layer and rules applied to a scheme from the command line."""

from __future__ import annotations

import json
import math
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry

from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer

CLI = Path(__file__).resolve().parents[2].parent / "scripts" / "economic-layer"
RULES = {"rules": [{"layer": "stations", "label": "地铁站", "uses": ["residential"], "price": "sale",
                    "bands": [[500, 8], [800, 4]], "source": "estimate"}]}


def run(*args):
    return subprocess.run(["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True, timeout=300)


@pytest.fixture()
def files(tmp_path):
    layer = create_economic_layer(tmp_path / "scheme.gpkg", "scheme", QgsCoordinateReferenceSystem("EPSG:4326"))
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((121.4 31.2, 121.4 31.2001, 121.4001 31.2001, 121.4001 31.2, "
                                            "121.4 31.2))"))
    for name, value in (("el_unit", "1"), ("el_action", "add"), ("el_use", "residential"), ("el_floors", 10),
                        ("el_module_id", "M1")):
        feature[name] = value
    assert layer.addFeature(feature)
    assert layer.commitChanges()
    stations = tmp_path / "stations.geojson"
    stations.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "东站"},
         "geometry": {"type": "Point", "coordinates": [121.4036, 31.20005]}}]}), encoding="utf-8")
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(RULES, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "scheme.gpkg", stations, rules


def test_location_json(files):
    scheme, stations, rules = files
    result = run("location", scheme, "--rules", rules, "--layer", f"stations={stations}", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    (module,) = report["modules"]
    # 0.0035 deg of longitude at 31.20005 N on WGS 84 (see tests/qgis/qgis_adapter/test_location.py): 333.6 m
    phi = math.radians(31.20005)
    metres = 0.0035 * math.pi / 180 * 6378137.0 / math.sqrt(1 - 0.00669438 * math.sin(phi) ** 2) * math.cos(phi)
    assert module["location_factor"] == {"sale": 1.08, "rent": 1.0}
    (reason,) = module["location_reasons"]
    assert reason["distance_m"] == pytest.approx(metres, abs=0.5) and reason["feature"] == "东站"
    assert reason["text"] == f"地铁站 {metres:.0f} m: +8 %"
    # what location is worth: 8 % of the book's sales, new area x 0.9 x 18,000 yuan/m2
    expected = 0.08 * module["new_area"] * 0.9 * 18000
    # (within 0.1 yuan: sums in fen and the area kept to 0.0001 m2)
    assert report["project"]["location_income"] == pytest.approx(expected, abs=0.1)
    assert report["units"]["1"]["location_income"] == pytest.approx(expected, abs=0.1)


def test_bad_rule_is_refused(files):
    scheme, stations, rules = files
    rules.write_text(json.dumps({"rules": [{**RULES["rules"][0], "uses": ["housing"]}]}), encoding="utf-8")
    result = run("location", scheme, "--rules", rules, "--layer", f"stations={stations}")
    assert result.returncode == 2
    assert "location.rules[0].uses: unknown use 'housing'" in result.stderr


def test_stored_rules_with_their_layer_in_the_geopackage_price_every_command(files):
    # the rules stored with the scheme and the stations beside it in its GeoPackage: `indicators` (and every
    # command, Processing, the report) applies them as `location` does, with no option
    import dataclasses

    from qgis.core import QgsVectorFileWriter, QgsVectorLayer

    from economic_layer_plugin.core.location import LocationAssumptions
    from economic_layer_plugin.qgis_adapter.gpkg import load_assumptions, save_assumptions

    scheme, stations, rules = files
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "stations"
    options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    source = QgsVectorLayer(str(stations), "stations", "ogr")
    from qgis.core import QgsProject

    error = QgsVectorFileWriter.writeAsVectorFormatV3(source, str(scheme), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    stored = load_assumptions(scheme, "scheme")
    save_assumptions(scheme, "scheme", dataclasses.replace(stored, location=LocationAssumptions.from_dict(RULES)))
    result = run("indicators", f"{scheme}|layername=scheme", "--json")
    assert result.returncode == 0, result.stderr
    (module,) = json.loads(result.stdout)["modules"]
    assert module["location_factor"] == {"sale": 1.08, "rent": 1.0}  # 334 m from the station: +8 %
