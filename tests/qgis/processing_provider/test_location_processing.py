"""Processing: economic_layer:apply_location gives the hand-worked factors of
tests/qgis/qgis_adapter/test_location.py."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsVectorLayer

from tests.qgis.qgis_adapter.test_location import SQUARES_M, memory, scheme


@pytest.fixture()
def provider(plugin_factory, qgis_processing):
    return plugin_factory().provider


def test_apply_location(provider, tmp_path):
    import processing

    layer = scheme(tmp_path, "EPSG:4547", SQUARES_M)
    stations = memory("Point", "EPSG:4547", [("A站", "POINT(340 10)")])  # 320 m from M0, 300 m from M1's west edge
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"rules": [{"layer": "stations", "label": "地铁站", "uses": ["residential"],
                                            "bands": [[500, 8], [800, 4]]}]}), encoding="utf-8")
    result = processing.run("economic_layer:apply_location", {
        "INPUT": layer, "LOCATION": stations, "LAYER_NAME": "stations", "RULES": str(rules),
        "OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(tmp_path / "r.json")})
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    factors = {f["el_module_id"]: (f["loc_sale"], f["loc_reasons"]) for f in out.getFeatures()}
    # M0: 320 m, +8 %; M1 (x 1000..1020): 660 m from the station, +4 %
    assert factors["M0"][0] == pytest.approx(1.08) and "地铁站 320 m: +8 %" in factors["M0"][1]
    assert factors["M1"][0] == pytest.approx(1.04)
    # worth: (0.08 + 0.04) x 4,000 m2 x 0.9 x 18,000 yuan/m2 = 7,776,000 yuan
    assert result["LOCATION_INCOME"] == pytest.approx(7_776_000, abs=0.1)
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["project"]["location_income"] == pytest.approx(7_776_000, abs=0.1)


def test_a_layer_no_rule_names_is_refused(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    layer = scheme(tmp_path, "EPSG:4547", SQUARES_M)
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"rules": [{"layer": "parks", "bands": [[100, 5]]}]}), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="No location rule names the layer stations"):
        processing.run("economic_layer:apply_location", {
            "INPUT": layer, "LOCATION": memory("Point", "EPSG:4547", []), "LAYER_NAME": "stations",
            "RULES": str(rules), "OUTPUT": "TEMPORARY_OUTPUT"})
