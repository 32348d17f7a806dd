"""Location layers: distances from footprints measured by hand (metres and degrees), another CRS,
empty and invalid features reported and skipped, and the live model following a moved module and a
changed rule as a full recompute does."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.location import LocationAssumptions, LocationRule
from economic_layer_plugin.core.module import SALES
from economic_layer_plugin.qgis_adapter import location
from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer
from economic_layer_plugin.qgis_adapter.live import LiveModel
from economic_layer_plugin.qgis_adapter.reader import ModuleReader

STATION = LocationRule("stations", "地铁站", ("residential",), "sale", ((500.0, 8.0), (800.0, 4.0)))
PARK = LocationRule("parks", "公园", (), "both", ((100.0, 5.0),), inside=10.0)
RULES = LocationAssumptions(rules=(STATION, PARK))


def memory(kind: str, crs: str, rows) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs={crs}&field=name:string", "loc", "memory")
    features = []
    for name, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature["name"] = name
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def scheme(tmp_path, crs: str, squares) -> QgsVectorLayer:
    layer = create_economic_layer(tmp_path / "scheme.gpkg", "scheme", QgsCoordinateReferenceSystem(crs))
    layer.startEditing()
    for i, wkt in enumerate(squares):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature["el_unit"] = "1"
        feature["el_action"] = "add"
        feature["el_use"] = "residential"
        feature["el_floors"] = 10
        feature["el_module_id"] = f"M{i}"
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    return layer


# EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E): metres. Squares of 20 m x 20 m.
SQUARES_M = ["POLYGON((0 0, 0 20, 20 20, 20 0, 0 0))", "POLYGON((1000 0, 1000 20, 1020 20, 1020 0, 1000 0))"]


def test_distances_in_metres_by_hand(tmp_path):
    layer = scheme(tmp_path, "EPSG:4547", SQUARES_M)
    # stations: A 340 m east of x=20 (320 m from M0's east edge), B 3-4-5 from M1's corner (1020, 20):
    # (1020 + 300, 20 + 400) is 500 m away; an empty and an invalid (self-crossing) feature are skipped
    stations = memory("Point", "EPSG:4547", [("A站", "POINT(340 10)"), ("B站", "POINT(1320 420)"), ("空", None)])
    parks = memory("Polygon", "EPSG:4547", [("中山公园", "POLYGON((10 10, 10 60, 60 60, 60 10, 10 10))"),
                                           ("坏", "POLYGON((0 0, 10 10, 0 10, 10 0, 0 0))")])
    measurer = location.LocationMeasurer(layer, RULES, {"stations": stations, "parks": parks})
    assert any("feature 3 has no geometry" in p for p in measurer.problems)
    assert any("feature 2 has an invalid geometry" in p for p in measurer.problems)
    found = measurer.measure_layer()
    m0, m1 = sorted(found)
    assert found[m0]["stations"].distance == pytest.approx(320.0)
    assert found[m0]["stations"].feature == "A站"
    assert found[m0]["parks"].distance == 0.0  # overlaps the park: inside
    assert found[m1]["stations"].distance == pytest.approx(500.0)
    assert "parks" not in found[m1]  # 940 m from the park: beyond its 100 m
    model = EconomicModel(replace(Assumptions(), location=RULES))
    model.load(ModuleReader(layer).modules())
    assert location.apply(model, layer, {"stations": stations, "parks": parks})
    # M0: 8 % and 10 % inside the park: 1.08 * 1.10 = 1.188; M1: 500 m, still +8 %: 1.08
    assert model.modules[m0].location.sale == pytest.approx(1.188)
    assert model.modules[m1].location.sale == pytest.approx(1.08)
    assert [r.text() for r in model.modules[m0].location.reasons] == ["地铁站 320 m: +8 %", "公园 内: +10 %"]
    # sales of M0: 400 m2 x 10 floors x 0.9 x 18,000 x 1.188 = 76,982,400 yuan
    assert sum(model.modules[m0].flows[SALES]) == 7_698_240_000


def test_other_crs_and_degrees_on_the_ellipsoid(tmp_path):
    # the scheme in degrees (EPSG:4326): a square of 0.0001 deg at 31.2 N, 121.4 E; a station due east of
    # its east edge (121.4001) at the square's mid latitude, 0.0035 deg further.
    # By hand: along the parallel at phi = 31.20005 deg on WGS 84, one degree of longitude is
    # (pi / 180) * N * cos(phi) with N = a / sqrt(1 - e2 sin^2 phi).
    a, e2, phi = 6378137.0, 0.00669437999014, math.radians(31.20005)
    metres_per_degree = math.pi / 180 * a / math.sqrt(1 - e2 * math.sin(phi) ** 2) * math.cos(phi)
    expected = 0.0035 * metres_per_degree  # about 333.6 m
    layer = scheme(tmp_path, "EPSG:4326", ["POLYGON((121.4 31.2, 121.4 31.2001, 121.4001 31.2001, "
                                           "121.4001 31.2, 121.4 31.2))"])
    stations = memory("Point", "EPSG:4326", [("东站", "POINT(121.4036 31.20005)")])
    found = location.LocationMeasurer(layer, RULES, {"stations": stations}).measure_layer()
    (measures,) = found.values()
    assert measures["stations"].distance == pytest.approx(expected, abs=0.5)
    # the same station given in EPSG:3857 (another CRS): transformed, the same distance
    point = QgsGeometry.fromPointXY(QgsPointXY(121.4036, 31.20005))
    from qgis.core import QgsCoordinateTransform

    point.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                           QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance()))
    mercator = memory("Point", "EPSG:3857", [("东站", point.asWkt(6))])
    (again,) = location.LocationMeasurer(layer, RULES, {"stations": mercator}).measure_layer().values()
    assert again["stations"].distance == pytest.approx(expected, abs=0.5)


def test_missing_layer_is_a_problem(tmp_path):
    layer = scheme(tmp_path, "EPSG:4547", SQUARES_M)
    measurer = location.LocationMeasurer(layer, RULES, {})
    assert any(p.startswith("stations: no such location layer") for p in measurer.problems)
    assert set(measurer.measure_layer().values()) == {None}


def test_live_move_and_rule_change_equal_a_full_recompute(tmp_path):
    layer = scheme(tmp_path, "EPSG:4547", SQUARES_M)
    stations = memory("Point", "EPSG:4547", [("A站", "POINT(340 10)")])
    layers = {"stations": stations, "parks": memory("Polygon", "EPSG:4547", [])}
    assumptions = replace(Assumptions(), location=RULES)
    live = LiveModel(layer, assumptions)
    tracker = location.LiveLocation(live, layers)

    def full() -> EconomicModel:
        model = EconomicModel(live.model.assumptions)
        model.load(ModuleReader(layer).modules())
        location.apply(model, layer, layers)
        return model

    fid = sorted(live.model.modules)[0]
    assert live.model.modules[fid].location.sale == pytest.approx(1.08)
    # move M0 500 m west: its east edge at x = -480, 820 m from the station: beyond 800 m, no factor
    layer.startEditing()
    assert layer.changeGeometry(fid, QgsGeometry.fromWkt("POLYGON((-500 0, -500 20, -480 20, -480 0, -500 0))"))
    QCoreApplication.processEvents()
    assert not live.pending
    assert live.model.modules[fid].location is None
    assert live.model.project.key() == full().project.key()
    # move it back to 700 m (x = -360 .. -340 east edge -340: 680 m): +4 %
    assert layer.changeGeometry(fid, QgsGeometry.fromWkt("POLYGON((-360 0, -360 20, -340 20, -340 0, -360 0))"))
    QCoreApplication.processEvents()
    assert live.model.modules[fid].location.sale == pytest.approx(1.04)
    assert live.model.project.key() == full().project.key()
    # a rule changes: +4 % becomes +6 %
    tracker.set_assumptions(replace(assumptions, location=replace(
        RULES, rules=(replace(STATION, bands=((500.0, 8.0), (800.0, 6.0))), PARK))))
    assert live.model.modules[fid].location.sale == pytest.approx(1.06)
    assert live.model.project.key() == full().project.key()
    # the station itself moves next to M0 (a location layer edit)
    stations.startEditing()
    station_fid = next(stations.getFeatures()).id()
    assert stations.changeGeometry(station_fid, QgsGeometry.fromWkt("POINT(-330 10)"))  # 10 m: +8 %
    QCoreApplication.processEvents()
    assert live.model.modules[fid].location.sale == pytest.approx(1.08)
    assert live.model.project.key() == full().project.key()
    # the station deleted: no module is located any more
    assert stations.deleteFeature(station_fid)
    QCoreApplication.processEvents()
    assert all(m.location is None for m in live.model.modules.values())
    assert live.model.project.key() == full().project.key()
    # a module added and the edits committed (new feature ids): still a full recompute
    stations.rollBack()  # the station back at (340, 10)
    QCoreApplication.processEvents()
    added = QgsFeature(layer.fields())
    added.setGeometry(QgsGeometry.fromWkt("POLYGON((400 0, 400 20, 420 20, 420 0, 400 0))"))  # 60 m away
    for key, value in (("el_unit", "1"), ("el_action", "add"), ("el_use", "residential"), ("el_floors", 10)):
        added[key] = value
    assert layer.addFeature(added)
    QCoreApplication.processEvents()
    assert layer.commitChanges(), layer.commitErrors()
    QCoreApplication.processEvents()
    assert not live.pending
    located = sorted(round(m.location.sale, 4) for m in live.model.modules.values() if m.location is not None)
    # M0 at 680 m and M1 at 660 m (+6 % after the rule change), the new module at 60 m (+8 %)
    assert located == [1.06, 1.06, 1.08]
    assert live.model.project.key() == full().project.key()
    tracker.disconnect()
    live.disconnect_layer()


def test_rules_are_stored_with_the_scheme(tmp_path):
    from economic_layer_plugin.qgis_adapter import gpkg

    layer = scheme(tmp_path, "EPSG:4547", SQUARES_M)
    assumptions = replace(Assumptions(), location=RULES)
    gpkg.save_assumptions(tmp_path / "scheme.gpkg", layer.name(), assumptions)
    stored = gpkg.load_assumptions(tmp_path / "scheme.gpkg", layer.name())
    assert stored.location == RULES and stored.location.rules[1].inside == 10.0
