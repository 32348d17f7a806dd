"""The fast path of location distances (qgis_adapter/location_fast.py, numpy) against the straightforward
one (LocationMeasurer.measure: spatial index and GEOS, one footprint at a time) on random layers:
rotated rectangles, triangles, polygons with holes and multipolygons; points, multipoints, points inside
footprints, in holes, on edges, and several at one place (ties go to the smallest feature id). Same
nearest feature, same distance, same factor and reasons."""

from __future__ import annotations

import math
import random

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from economic_layer_plugin.core.location import LocationAssumptions, LocationRule, Measure, factor
from economic_layer_plugin.qgis_adapter import location, location_fast

RULES = LocationAssumptions(rules=(LocationRule("stations", "地铁站", ("residential",), "sale",
                                                ((150.0, 8.0), (400.0, 4.0)), inside=12.0),
                                   LocationRule("schools", "学校", (), "both", ((250.0, 5.0),))))


def _polygon(rng: random.Random, x: float, y: float) -> str:
    kind = rng.randrange(4)
    w, h, angle = rng.uniform(5, 60), rng.uniform(5, 60), rng.uniform(0, math.pi)

    def ring(cx, cy, w, h):
        corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2), (-w / 2, -h / 2)]
        return ", ".join(f"{cx + a * math.cos(angle) - b * math.sin(angle)!r} "
                         f"{cy + a * math.sin(angle) + b * math.cos(angle)!r}" for a, b in corners)

    if kind == 0:
        return f"POLYGON(({ring(x, y, w, h)}))"
    if kind == 1:  # a triangle
        return f"POLYGON(({x} {y}, {x + w} {y}, {x + w / 3} {y + h}, {x} {y}))"
    if kind == 2:  # a courtyard block: a hole
        return f"POLYGON(({ring(x, y, w + 20, h + 20)}), ({ring(x, y, w, h)}))"
    return f"MULTIPOLYGON((({ring(x, y, w, h)})), (({ring(x + 90, y + 10, h, w)})))"


def _layers(seed: int, modules: int, stations: int, multi: bool):
    rng = random.Random(seed)
    scheme = QgsVectorLayer("MultiPolygon?crs=EPSG:4547" if multi else "Polygon?crs=EPSG:4547", "scheme", "memory")
    features, centres = [], []
    for _ in range(modules):
        x, y = rng.uniform(0, 3000), rng.uniform(0, 3000)
        wkt = _polygon(rng, x, y)
        if not multi and wkt.startswith("MULTI"):
            wkt = f"POLYGON(({x} {y}, {x + 30} {y}, {x + 30} {y + 30}, {x} {y + 30}, {x} {y}))"
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
        centres.append((x, y))
    features.append(QgsFeature())  # a module without geometry: no distance
    assert scheme.dataProvider().addFeatures(features)
    point_layer = QgsVectorLayer("MultiPoint?crs=EPSG:4547&field=name:string", "stations", "memory")
    points = []
    for i in range(stations):
        feature = QgsFeature(point_layer.fields())
        feature.setAttributes([f"站{i}"])
        roll = rng.random()
        if roll < 0.15:  # inside a footprint (or in its hole)
            x, y = rng.choice(centres)
            wkt = f"MULTIPOINT(({x + rng.uniform(-3, 3)} {y + rng.uniform(-3, 3)}))"
        elif roll < 0.25 and points:  # at the place of an earlier one: a tie
            wkt = points[-1].geometry().asWkt(17)
        elif roll < 0.35:
            wkt = (f"MULTIPOINT(({rng.uniform(0, 3000)} {rng.uniform(0, 3000)}), "
                   f"({rng.uniform(0, 3000)} {rng.uniform(0, 3000)}))")
        else:
            wkt = f"MULTIPOINT(({rng.uniform(0, 3000)} {rng.uniform(0, 3000)}))"
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        points.append(feature)
    assert point_layer.dataProvider().addFeatures(points)
    schools = QgsVectorLayer("Point?crs=EPSG:4547&field=name:string", "schools", "memory")
    rows = []
    for i in range(max(1, stations // 4)):
        feature = QgsFeature(schools.fields())
        feature.setAttributes([f"校{i}"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(rng.uniform(0, 3000), rng.uniform(0, 3000))))
        rows.append(feature)
    assert schools.dataProvider().addFeatures(rows)
    return scheme, {"stations": point_layer, "schools": schools}


@pytest.mark.parametrize(("seed", "modules", "stations", "multi"),
                         [(1, 400, 60, True), (2, 1500, 200, True), (3, 800, 5, False), (4, 300, 400, True)])
def test_fast_path_equals_the_straightforward_one(seed, modules, stations, multi):
    scheme, layers = _layers(seed, modules, stations, multi)
    measurer = location.LocationMeasurer(scheme, RULES, layers)
    assert measurer._points("stations") is not None and measurer._points("schools") is not None
    fast = measurer.measure_layer()
    slow = {feature.id(): measurer.measure(feature.geometry()) for feature in scheme.getFeatures()}
    assert fast.keys() == slow.keys()
    located = 0
    for fid, expected in slow.items():
        assert fast[fid] == expected, fid  # same feature, same distance
        for use in ("residential", "office"):
            assert factor(use, fast[fid], RULES) == factor(use, expected, RULES)
        located += expected is not None
    assert located > modules // 10  # the layers are near enough to matter
    inside = [m for m in slow.values() if m and "stations" in m and m["stations"].distance == 0]
    assert inside or stations < 50  # some points lie inside footprints: distance 0, the inside per cent


def test_fast_path_is_taken_and_declines_what_it_cannot_read():
    scheme, layers = _layers(5, 200, 40, True)
    geometries = [feature.geometry() for feature in scheme.getFeatures()]
    shapes = location_fast.footprints(geometries)
    assert shapes is not None and len(shapes.index) == 200  # the empty one left out
    curved = geometries + [QgsGeometry.fromWkt("CURVEPOLYGON(CIRCULARSTRING(0 0, 10 10, 20 0, 10 -10, 0 0))")]
    assert location_fast.footprints(curved) is None  # the caller measures one at a time


def test_lines_and_small_schemes_go_the_straightforward_way():
    scheme, layers = _layers(6, 30, 10, True)
    road = QgsVectorLayer("LineString?crs=EPSG:4547&field=name:string", "stations", "memory")
    feature = QgsFeature(road.fields())
    feature.setAttributes(["快速路"])
    feature.setGeometry(QgsGeometry.fromWkt("LINESTRING(0 1500, 3000 1500)"))
    road.dataProvider().addFeatures([feature])
    measurer = location.LocationMeasurer(scheme, RULES, {**layers, "stations": road})
    assert measurer._points("stations") is None
    fast = measurer.measure_layer()
    assert fast == {f.id(): measurer.measure(f.geometry()) for f in scheme.getFeatures()}


def test_straightforward_path_measures_exact_distances_not_boxes():
    """With libspatialindex 2.1 (Debian 13's QGIS 3.40) QgsSpatialIndex.nearestNeighbor ranks by bounding
    boxes only: a multipoint or a line whose box covers the footprint must not win over a nearer feature."""
    scheme = QgsVectorLayer("Polygon?crs=EPSG:4547", "scheme", "memory")
    module = QgsFeature()
    module.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"))
    assert scheme.dataProvider().addFeatures([module])
    layers = {"stations": QgsVectorLayer("MultiPoint?crs=EPSG:4547&field=name:string", "stations", "memory"),
              "schools": QgsVectorLayer("LineString?crs=EPSG:4547&field=name:string", "schools", "memory")}
    for name, rows in (("stations", (("far", "MULTIPOINT((-1000 -1000), (1000 1000))"),
                                     ("near", "MULTIPOINT((30 5))"))),
                       ("schools", (("boulevard", "LINESTRING(-1000 1300, 1300 -1000)"),
                                    ("lane", "LINESTRING(-5 -50, 15 -50)")))):
        features = []
        for label, wkt in rows:
            feature = QgsFeature(layers[name].fields())
            feature.setAttributes([label])
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
            features.append(feature)
        assert layers[name].dataProvider().addFeatures(features)
    measurer = location.LocationMeasurer(scheme, RULES, layers)
    geometry = next(scheme.getFeatures()).geometry()
    assert measurer.measure(geometry) == {"stations": Measure(20.0, "near"), "schools": Measure(50.0, "lane")}
