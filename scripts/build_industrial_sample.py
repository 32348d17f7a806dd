#!/usr/bin/env python3
"""Builds the illustrative industrial sample on real footprints.

    /usr/bin/python3 scripts/build_industrial_sample.py

writes ``economic_layer_plugin/sample/industrial_swellendam.gpkg`` (the committed file is this
script's output) and prints its evaluation. What it holds (economic_layer_plugin/sample/README.md):

- ``industrial_plots``: real OpenStreetMap building footprints of Swellendam, South Africa (from the
  QGIS Training Data copy in tests/data; OSM data (c) OpenStreetMap contributors, ODbL), the larger
  non-civic buildings, each taken as one enterprise plot;
- ``parks``: the outline (50 m around) of each group of plots, with an illustrative name and level;
- the four schemes made from the plots (by category and the paper's three county patterns).

**The enterprise figures are illustrative**: output, tax, employees and the yes/no fields are
drawn by a seeded random generator around the level thresholds so that every category occurs;
they describe no real enterprise. The parks and their levels are illustrative too.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="economic-layer-sample-"))
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SOURCE = ROOT / "tests" / "data" / "swellendam_training_data.gpkg"
OUT = ROOT / "economic_layer_plugin" / "sample" / "industrial_swellendam.gpkg"
METRIC = "EPSG:32734"  # WGS 84 / UTM 34S: for grouping and park outlines only
MIN_AREA = 600.0  # m2: the larger buildings
KINDS = {"yes", "shed", "greenhouse", "hangar", "farm", "roof", "garage"}  # not civic, not retail
LINK = 400.0  # m: plots this close belong to one group
NOTE = ("Illustrative sample: real OSM footprints (ODbL); the enterprise figures, parks and levels are "
        "illustrative and describe no real enterprise. 示意样例：真实 OSM 建筑轮廓；企业数据、园区与层级均为示意。")


def linked_groups(metric: list) -> list:
    """Single-linkage groups of plots within LINK metres (indices into ``metric``, the plots'
    geometries in metres), the largest in area first."""
    group_of = list(range(len(metric)))

    def root(i):
        while group_of[i] != i:
            group_of[i] = group_of[group_of[i]]
            i = group_of[i]
        return i

    for i in range(len(metric)):
        for j in range(i + 1, len(metric)):
            if metric[i].distance(metric[j]) <= LINK:
                group_of[root(i)] = root(j)
    groups: dict = {}
    for i in range(len(metric)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda members: -sum(metric[i].area() for i in members))


def main() -> int:
    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsDistanceArea,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsProject,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    app = QgsApplication([], False)
    app.initQgis()
    from economic_layer_plugin.core import industrial as ind
    from economic_layer_plugin.qgis_adapter import compat
    from economic_layer_plugin.qgis_adapter import industrial as adapter
    from economic_layer_plugin.qgis_adapter.gpkg import layer_source, open_writer

    source = QgsVectorLayer(f"{SOURCE}|layername=buildings", "buildings", "ogr")
    assert source.isValid(), SOURCE
    measure = QgsDistanceArea()
    measure.setSourceCrs(source.crs(), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")
    to_metric = QgsCoordinateTransform(source.crs(), QgsCoordinateReferenceSystem(METRIC), QgsProject.instance())
    to_source = QgsCoordinateTransform(QgsCoordinateReferenceSystem(METRIC), source.crs(), QgsProject.instance())
    chosen = []
    for feature in source.getFeatures():
        kind = feature["building"]
        if kind not in KINDS or measure.measureArea(feature.geometry()) < MIN_AREA:
            continue
        metric = QgsGeometry(feature.geometry())
        metric.transform(to_metric)
        chosen.append((feature, metric))
    chosen.sort(key=lambda item: item[0].id())
    ordered = linked_groups([metric for _, metric in chosen])
    parks = []  # (name, level, members)
    names_zh = ["示意产业基地", "示意产业社区甲", "示意产业社区乙",
                "示意产业组团甲", "示意产业组团乙", "示意产业组团丙"]
    levels = ["base", "community", "community", "block", "block", "block"]
    scattered = []
    for members in ordered:
        if len(members) >= 2 and len(parks) < len(names_zh):
            parks.append((names_zh[len(parks)], levels[len(parks)], members))
        else:
            scattered.extend(members)

    if OUT.exists():
        OUT.unlink()
    crs = source.crs()
    layer = adapter.create_industrial_layer(OUT, "industrial_plots", crs, "zh")
    rng = random.Random(20251121)
    features = []
    number = 0
    spec = {"base": (180, 650), "community": (90, 420), "block": (30, 260)}
    assignments = [(name, level, i) for name, level, members in parks for i in members]
    assignments += [(None, "block", i) for i in scattered]
    for park, level, i in assignments:
        number += 1
        feature, metric = chosen[i]
        land = measure.measureArea(feature.geometry())
        mu = land / ind.MU
        low, high = spec[level]
        output = round(mu * rng.uniform(low, high), 1)
        tax = round(output * rng.uniform(0.012, 0.06), 1)
        levels_text = feature["building:levels"]
        try:
            floors = max(1, int(str(levels_text)))
        except (TypeError, ValueError):
            floors = 1
        values = {
            "enterprise": f"示意企业 {number:02d}", "park": park, "level": level, "output": output, "tax": tax,
            "employees": max(1, int(output / rng.uniform(60, 120))),
            "fixed_assets": round(output * rng.uniform(0.4, 0.9), 1),
            "floor_area": round(land * floors, 1), "idle_area": round(land * rng.choice([0, 0, 0, 0.1, 0.25]), 1),
            "energy": round(output * rng.uniform(0.02, 0.09), 2),
            "water": round(output * rng.uniform(0.0005, 0.004), 3),
            "in_red_line": 0, "eia_passed": 1, "dominant_sector": int(rng.random() < 0.6),
            "high_tech": int(rng.random() < 0.25), "safety_passed": int(rng.random() > 0.12),
        }
        feature_out = QgsFeature(layer.fields())
        geometry = QgsGeometry(feature.geometry())
        geometry.convertToMultiType()
        feature_out.setGeometry(geometry)
        for key, value in values.items():
            feature_out[f"el_ind_{key}"] = value
        features.append(feature_out)
    # a few plots that show the first rules and a missing value (illustrative)
    scattered_indices = [k for k, (park, _, _) in enumerate(assignments) if park is None]
    features[scattered_indices[0]]["el_ind_in_red_line"] = 1
    features[scattered_indices[-1]]["el_ind_eia_passed"] = 0
    features[1]["el_ind_tax"] = None  # not reported: equity is not evaluated for this plot
    features[len(features) // 2]["el_ind_eia_passed"] = None
    provider = layer.dataProvider()
    assert provider.addFeatures(features)[0], provider.errors()
    layer.reload()
    evaluation = adapter.evaluate_layer(layer)
    adapter.write_categories(layer, evaluation, "zh")
    assert layer.commitChanges(), layer.commitErrors()

    fields = QgsFields()
    fields.append(QgsField("name", compat.STRING))
    fields.append(QgsField("level", compat.STRING))
    writer = open_writer(OUT, "parks", fields, QgsWkbTypes.MultiPolygon, crs)
    for name, level, members in parks:
        outline = QgsGeometry.unaryUnion([chosen[i][1] for i in members]).convexHull().buffer(50, 8)
        outline.transform(to_source)
        outline.convertToMultiType()
        park = QgsFeature(fields)
        park.setGeometry(outline)
        park.setAttributes([name, level])
        writer.addFeature(park)
    del writer
    assert QgsVectorLayer(layer_source(OUT, "parks"), "parks", "ogr").isValid()

    layer = QgsVectorLayer(layer_source(OUT, "industrial_plots"), "industrial_plots", "ogr")
    builds = adapter.build_all_schemes(layer, OUT, "zh", prefix="scheme")
    evaluation = adapter.evaluate_layer(layer)
    print(f"{OUT.name}: {len(evaluation.plots)} plots in {len(parks)} parks and {len(scattered)} scattered")
    print("categories:", evaluation.district.categories)
    for build in builds:
        print(f"  {build.layer.name()}: {build.layer.featureCount()} modules; relocations "
              f"{ {park: round(area) for park, (area, _, _) in build.relocations.items()} }")
    _, ogr = compat.osgeo()
    dataset = ogr.Open(str(OUT), update=1)
    dataset.ExecuteSQL("VACUUM")
    dataset = None
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
