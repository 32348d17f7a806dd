"""The sample's fourth scheme, final_plan_location: the final plan with the metro-station and park rules of
docs/location.md on the illustrative ``stations`` and ``parks`` layers. Distances measured by hand on the
site's grid (scripts/build_sample.py lays the site out in grid metres, then turns it by 28 degrees about
its centre: a rigid motion, so distances on the grid are distances on the map).

The grid (build_sample.Site.cells): unit 1 is x 0-350, y 0-200, 12 plots in 5 columns of 70 m and 3 rows
of 66.667 m, each plot 6 m inside its cell; a new building fills 90 % of its plot about the plot's centre.

- 1-N-residential, plot 9 (row 1, column 4): cell x 280-350, y 66.667-133.333; plot x 286-344,
  y 72.667-127.333 (58 x 54.667); footprint 52.2 x 49.2: x 288.9-341.1, y 75.4-124.6.
  Station A at (300, -60): x within the footprint, so 75.4 + 60 = 135.4 m: +6 % (up to 500 m).
  Park x 430-530, y 230-300: dx = 430 - 341.1 = 88.9, dy = 230 - 124.6 = 105.4,
  sqrt(88.9^2 + 105.4^2) = sqrt(7903.21 + 11109.16) = 137.886 m: +5 % (up to 300 m).
  Factor 1.06 x 1.05 = 1.113.
- 1-N-apartment, plot 10 (row 2, column 0): plot x 6-64, y 139.333-194; footprint x 8.9-61.1,
  y 142.067-191.267. Station A: dx = 300 - 61.1 = 238.9, dy = 142.067 + 60 = 202.067,
  sqrt(57073.21 + 40830.9) = 312.896 m: +6 %. Park: dx = 430 - 61.1 = 368.9 m alone is beyond 300 m.
  Factor 1.06.
- 2-N-residential (unit 2: x 350-500, 3 columns of 50 m, 4 rows of 50 m), plot 9 (row 3, column 0):
  plot x 356-394, y 156-194; footprint x 357.9-392.1, y 157.9-192.1. Park: dx = dy = 37.9,
  37.9 x sqrt(2) = 53.599 m: +5 %. Station A: dx = 57.9, dy = 217.9, sqrt(3352.41 + 47480.41) = 225.461 m.
"""

from __future__ import annotations

import math

import pytest
from qgis.core import NULL, QgsVectorLayer

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter import location
from economic_layer_plugin.qgis_adapter.reader import ModuleReader
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"
HAND = {  # module id: {layer: metres}
    "1-N-residential": {"stations": 135.4, "parks": math.hypot(88.9, 105.4)},
    "1-N-apartment": {"stations": math.hypot(238.9, 202.0667)},
    "2-N-residential": {"parks": 37.9 * math.sqrt(2), "stations": math.hypot(57.9, 217.9)},
}


def _layer(name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{SAMPLE}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def _located():
    layer = _layer("final_plan_location")
    model = EconomicModel.compute(ModuleReader(layer).modules(), assumptions_of(layer))
    assert location.apply(model, layer) == []  # stations and parks found in the scheme's own GeoPackage
    ids = {feature.id(): feature["el_module_id"] for feature in layer.getFeatures()}
    return layer, model, {module_id: fid for fid, module_id in ids.items()}


def test_the_rules_are_the_docs_examples_with_their_sources():
    rules = assumptions_of(_layer("final_plan_location")).location
    by_layer = {rule.layer: rule for rule in rules.rules}
    assert set(by_layer) == {"stations", "parks"}
    assert by_layer["stations"].bands == ((500.0, 6.0), (1000.0, 3.0))  # docs/location.md: +6 % / +3 %
    assert by_layer["parks"].bands == ((300.0, 5.0),)  # docs/location.md: +5 % to 300 m
    assert "Wen" in by_layer["stations"].source and "Jim & Chen (2006)" in by_layer["parks"].source
    assert not assumptions_of(_layer("final_plan")).location.enabled  # the three others have none


def test_distances_and_factors_measured_by_hand():
    _layer_, model, fid_of = _located()
    for module_id, distances in HAND.items():
        measured = {name: measure.distance for name, measure in model.measures[fid_of[module_id]].items()}
        for name, metres in distances.items():
            assert measured[name] == pytest.approx(metres, abs=0.01), (module_id, name)
    factor = {module_id: model.modules[fid_of[module_id]].location.sale for module_id in HAND}
    assert factor["1-N-residential"] == pytest.approx(1.06 * 1.05)
    assert factor["1-N-apartment"] == pytest.approx(1.06)
    assert factor["2-N-residential"] == pytest.approx(1.06 * 1.05)
    assert model.modules[fid_of["1-N-apartment"]].location.notes("zh") == ["地铁站 313 m: +6 %"]
    # the Fig. 4 serviced apartments keep their own price: 18,000 yuan/m2, and the reasons say so
    serviced = model.modules[fid_of["3-S1"]]
    assert serviced.sale_price == 18000 and "el_sale_price" in serviced.location.own
    # offices, shops and the underground have no rule; sale price as the price book's
    office = model.modules[fid_of["1-N-office"]]
    assert office.location is None


def test_location_is_worth_income_in_every_unit_and_the_costs_follow_the_sales_only():
    _layer_, model, _ids = _located()
    final = EconomicModel.compute(ModuleReader(_layer("final_plan")).modules(), assumptions_of(_layer("final_plan")))
    for code in model.unit_codes():
        worth = model.location_income(code)
        assert worth > 0, code
        # the located revenue is the final plan's plus what location is worth, to the yuan
        revenue = sum(m.revenue for m in model.modules.values() if m.unit == code)
        before = sum(m.revenue for m in final.modules.values() if m.unit == code)
        assert revenue == pytest.approx(before + worth, abs=1.0)


def test_the_factor_layer_holds_the_schemes_factors():
    layer, model, fid_of = _located()
    factors = {f["el_module_id"]: f["loc_sale"] for f in _layer("final_plan_location_factor").getFeatures()}
    assert factors["1-N-residential"] == pytest.approx(1.113)
    assert factors["1-N-office"] == 1.0  # no rule: no adjustment
    assert factors["3-S1"] == 1.0  # its own price wins: the map does not show a premium it does not carry
    assert factors["1-D1"] in (None, NULL)  # demolished: nothing to sell
    assert _layer("stations").featureCount() == 2 and _layer("parks").featureCount() == 1
