"""The industrial layer in QGIS: land areas on the ellipsoid, per-mu and per-km2 figures by hand,
levels from a parks layer, categories written undoably, and schemes built from the plots."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsVectorLayer

from economic_layer_plugin.core import industrial as ind
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.qgis_adapter import industrial as adapter
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer
from economic_layer_plugin.qgis_adapter.reader import ModuleReader
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

UTM = QgsCoordinateReferenceSystem("EPSG:32651")  # metres
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")  # degrees


def add(layer, wkt, **values):
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    for key, value in values.items():
        feature[f"el_ind_{key}"] = value
    assert layer.addFeature(feature)


def rect(x, y, w, h):
    return f"POLYGON(({x} {y}, {x + w} {y}, {x + w} {y + h}, {x} {y + h}, {x} {y}))"


def test_per_mu_and_per_km2_in_metres(tmp_path):
    layer = adapter.create_industrial_layer(tmp_path / "m.gpkg", "plots", UTM)
    layer.startEditing()
    # 200 m x 100 m = 20,000 m2 = 20,000 / 666.667 = 30 mu = 0.02 km2
    add(layer, rect(500000, 3400000, 200, 100), output=9000.0, tax=300.0, floor_area=24000.0, employees=150)
    assert layer.commitChanges()
    (result,) = adapter.evaluate_layer(layer).plots
    assert result.plot.land_area == pytest.approx(20_000.0)
    values = result.indicators.values
    assert values["output_per_mu"] == pytest.approx(300.0)  # 9000 / 30
    assert values["tax_per_mu"] == pytest.approx(10.0)  # 300 / 30
    assert values["output_per_km2"] == pytest.approx(450_000.0)  # 9000 / 0.02
    assert values["tax_per_km2"] == pytest.approx(15_000.0)
    assert values["far"] == pytest.approx(1.2)  # 24,000 / 20,000
    assert values["employment_per_km2"] == pytest.approx(7500.0)  # 150 / 0.02


def test_per_mu_and_per_km2_in_degrees_on_the_ellipsoid(tmp_path):
    layer = adapter.create_industrial_layer(tmp_path / "d.gpkg", "plots", WGS84)
    layer.startEditing()
    # 0.01 deg x 0.01 deg at the equator on WGS 84 (a = 6,378,137 m, e2 = 0.00669438):
    # width a * 0.01 * pi / 180 = 1113.195 m; height a (1 - e2) * 0.01 * pi / 180 = 1105.743 m
    # (meridian radius at the equator); area 1,230,907 m2 = 1846.36 mu = 1.230907 km2.
    # In square degrees it would be 0.0001: the test fails if the area is not measured on the ellipsoid.
    add(layer, rect(0, 0, 0.01, 0.01), output=18463.6, tax=1230.907)
    assert layer.commitChanges()
    (result,) = adapter.evaluate_layer(layer).plots
    assert result.plot.land_area == pytest.approx(1_230_907, rel=1e-4)
    assert result.indicators.values["output_per_mu"] == pytest.approx(10.0, rel=1e-4)  # 18,463.6 / 1846.36
    assert result.indicators.values["tax_per_km2"] == pytest.approx(1000.0, rel=1e-4)  # 1230.907 / 1.230907


def _county(tmp_path):
    layer = adapter.create_industrial_layer(tmp_path / "county.gpkg", "plots", UTM)
    layer.startEditing()
    good = dict(in_red_line=0, eia_passed=1, dominant_sector=1, high_tech=0, safety_passed=1, floor_area=20000.0,
                output=9000.0, tax=300.0)
    # base park: 3 plots of 1 km x 1.5 km (4.5 km2 in all: a base by size)
    for i in range(3):
        add(layer, rect(500000 + i * 1000, 3400000, 1000, 1500), park="Base", enterprise=f"B{i}",
            **dict(good, output=900000.0, tax=30000.0))
    add(layer, rect(505000, 3400000, 200, 100), park="Cluster", enterprise="K", **dict(good, output=3000.0))
    add(layer, rect(520000, 3400000, 200, 100), enterprise="S", **dict(good, in_red_line=1))
    assert layer.commitChanges()
    return layer


def test_levels_suggested_from_a_parks_layer_and_written_undoably(tmp_path):
    layer = _county(tmp_path)
    parks = QgsVectorLayer("Polygon?crs=EPSG:32651&field=name:string&field=kind:string", "parks", "memory")
    feature = QgsFeature(parks.fields())
    feature.setGeometry(QgsGeometry.fromWkt(rect(499000, 3399000, 5000, 3000)))  # 15 km2: a base
    feature.setAttributes(["Base zone", None])
    small = QgsFeature(parks.fields())
    small.setGeometry(QgsGeometry.fromWkt(rect(504900, 3399900, 400, 300)))  # 0.12 km2, stated community
    small.setAttributes(["Cluster", "community"])
    parks.dataProvider().addFeatures([feature, small])
    suggestions = adapter.suggest_levels(layer, parks, "name", "kind")
    levels = {s.fid: (s.park, s.level) for s in suggestions}
    assert sorted(levels.values(), key=str) == sorted(
        [("Base zone", "base")] * 3 + [("Cluster", "community"), (None, "block")], key=str)
    assert adapter.apply_levels(layer, suggestions) == 5  # 5 levels; parks were set already
    assert {p.level for p in adapter.read_plots(layer)} == {"base", "community", "block"}
    layer.undoStack().undo()
    assert {p.level for p in adapter.read_plots(layer)} == {None}
    layer.rollBack()


def test_levels_by_park_size_without_a_parks_layer(tmp_path):
    layer = _county(tmp_path)
    levels = {s.park: s.level for s in adapter.suggest_levels(layer)}
    # Base: 3 x 1.5 km2 = 4.5 km2 > 4: base; Cluster 0.02 km2: block; no park: block
    assert levels == {"Base": "base", "Cluster": "block", None: "block"}


def test_categories_written_and_schemes_built(tmp_path):
    layer = _county(tmp_path)
    adapter.apply_levels(layer, adapter.suggest_levels(layer))
    assert layer.commitChanges()
    evaluation = adapter.evaluate_layer(layer)
    categories = {r.plot.get("enterprise"): r.classification.category for r in evaluation.plots}
    # K: 3000 / 30 mu = 100 per mu: not below the block threshold 100; S in a red line
    assert categories == {"B0": "efficient", "B1": "efficient", "B2": "efficient", "K": "efficient", "S": "green"}
    adapter.write_categories(layer, evaluation)
    assert sorted(f["el_ind_category"] for f in layer.getFeatures()) == ["efficient"] * 4 + ["green"]
    assert layer.commitChanges()

    builds = adapter.build_all_schemes(layer, tmp_path / "schemes.gpkg")
    assert [b.scheme for b in builds] == ["category", "large_concentration", "small_clustering",
                                          "small_clustering_moderate_park"]
    models = {}
    for build in builds:
        assert is_economic_layer(build.layer)
        models[build.scheme] = EconomicModel.compute(ModuleReader(build.layer).modules(), assumptions_of(build.layer))
    actions = {b.scheme: sorted(f["el_action"] for f in b.layer.getFeatures()) for b in builds}
    assert actions["category"] == ["demolish", "retain", "retain", "retain", "retain"]
    # large concentration: both blocks move into the base, and their 40,000 m2 are rebuilt there
    assert actions["large_concentration"] == ["add", "demolish", "demolish", "retain", "retain", "retain"]
    added = [f for f in builds[1].layer.getFeatures() if f["el_action"] == "add"]
    assert added[0]["el_gfa"] == 40000.0 and added[0]["el_module_id"] == "R-Base"
    # small clustering: only the scattered block S moves, into the nearest park with a base or community
    assert actions["small_clustering"] == ["add", "demolish", "retain", "retain", "retain", "retain"]
    # large concentration demolishes more (40,000 m2) than the category scheme (20,000 m2)
    assert models["large_concentration"].indicators()["demolished_area"] == pytest.approx(40000.0)
    assert models["category"].indicators()["demolished_area"] == pytest.approx(20000.0)


def test_stored_thresholds_are_read_back(tmp_path):
    layer = adapter.create_industrial_layer(tmp_path / "t.gpkg", "plots", UTM)
    changed = ind.IndustrialAssumptions.from_dict({"thresholds": {"block": {"output_per_mu": 50.0}}})
    assert adapter.store_assumptions(layer, changed)
    assert adapter.assumptions_of(layer).thresholds["block"].output_per_mu == 50.0
    assert adapter.is_industrial_layer(layer) and not is_economic_layer(layer)


def test_convert_keeps_attributes_and_names_enterprises(tmp_path):
    source = QgsVectorLayer("Polygon?crs=EPSG:32651&field=fid:integer&field=company:string&field=el_ind_tax:double",
                            "osm", "memory")
    feature = QgsFeature(source.fields())
    feature.setGeometry(QgsGeometry.fromWkt(rect(0, 0, 10, 10)))
    feature.setAttributes([7, "Acme", 12.5])
    source.dataProvider().addFeatures([feature])
    layer = adapter.convert_to_industrial(source, tmp_path / "c.gpkg", "plots", enterprise_field="company")
    (out,) = layer.getFeatures()
    assert out["src_fid"] == 7 and out["company"] == "Acme"
    assert out["el_ind_enterprise"] == "Acme" and out["el_ind_tax"] == 12.5
    assert adapter.is_industrial_layer(layer)
