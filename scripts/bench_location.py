#!/usr/bin/env python3
"""Benchmark of location value (issue 29): factors for many modules against many location features,
and moving one module beside the plain edit, in the same run.

Builds a memory scheme of N square modules (20 m x 20 m, 30 m apart, EPSG:4547, metres) and M
location points (stations, at random over the same extent), with one rule (residential sale +8 %
within 500 m, +4 % to 800 m), then prints:

    N=<n> M=<m> measure_s=<..> factors_s=<..> total_s=<..> located=<share>
    move_p50_ms=<..> move_p95_ms=<..> plain_p50_ms=<..> plain_p95_ms=<..>

- measure_s: every module's distance to its nearest station within reach, from the footprint
  (LocationMeasurer.measure_layer: a whole scheme at once with numpy, qgis_adapter/location_fast.py);
- factors_s: the distances given to the engine until the project's totals hold them
  (EconomicModel.set_measures: each module located again from the figures it has, the sums moved by
  the modules whose prices moved);
- total_s = measure_s + factors_s; goal: at most 2 s for 100,000 modules and 1,000 features;
- located: the share of modules within reach of a station. The stations lie at random over the scheme's
  extent, about 11 per km2 (denser than a metro, as dense as bus stops in a city centre): every module
  is within 800 m (located=1.00), so every module's price moves: the engine's worst case (where most
  modules are beyond every rule's reach their prices do not move and cost nothing to sum);
- a move: one module's footprint moved at random, measured again (one footprint: the spatial index and
  GEOS) and set in the engine, until
  the project's totals hold the new figures; the plain edit: the same module set again with another
  floor area and its distances kept (what every attribute edit costs). Goal: move p95 at most 10 ms.

    /usr/bin/python3 scripts/bench_location.py [--modules 100000] [--features 1000] [--moves 300]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", type=int, default=100_000)
    parser.add_argument("--features", type=int, default=1_000)
    parser.add_argument("--moves", type=int, default=300)
    args = parser.parse_args()

    from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from economic_layer_plugin.core.assumptions import Assumptions
    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.core.location import LocationAssumptions, LocationRule
    from economic_layer_plugin.core.module import ModuleInput
    from economic_layer_plugin.qgis_adapter.location import LocationMeasurer

    rng = random.Random(29)
    side = int(args.modules ** 0.5) + 1
    scheme = QgsVectorLayer("Polygon?crs=EPSG:4547", "scheme", "memory")
    features, items = [], []
    for i in range(args.modules):
        x, y = 500_000 + (i % side) * 30.0, 3_000_000 + (i // side) * 30.0
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(_rect(x, y)))
        features.append(feature)
    scheme.dataProvider().addFeatures(features)
    fids = [f.id() for f in scheme.getFeatures()]
    for fid in fids:
        items.append(ModuleInput(fid, {"el_unit": str(fid % 10), "el_action": "add", "el_use": "residential",
                                       "el_gfa": 4000.0}, 400.0))
    stations = QgsVectorLayer("Point?crs=EPSG:4547&field=name:string", "stations", "memory")
    extent = side * 30.0
    points = []
    for i in range(args.features):
        feature = QgsFeature(stations.fields())
        feature.setAttributes([f"站{i}"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500_000 + rng.uniform(0, extent),
                                                               3_000_000 + rng.uniform(0, extent))))
        points.append(feature)
    stations.dataProvider().addFeatures(points)
    rules = LocationAssumptions(rules=(LocationRule("stations", "地铁站", ("residential",), "sale",
                                                    ((500.0, 8.0), (800.0, 4.0))),))
    model = EconomicModel(replace(Assumptions(), location=rules))
    model.load(items)

    start = time.perf_counter()
    measurer = LocationMeasurer(scheme, rules, {"stations": stations})
    measures = measurer.measure_layer()
    measure_s = time.perf_counter() - start
    start = time.perf_counter()
    model.set_measures(measures)
    model.totals()
    factors_s = time.perf_counter() - start
    located = sum(1 for m in model.modules.values() if m.location is not None) / max(1, len(model.modules))
    print(f"N={args.modules} M={args.features} measure_s={measure_s:.2f} factors_s={factors_s:.2f} "
          f"total_s={measure_s + factors_s:.2f} located={located:.2f}")

    move, plain = [], []
    for _ in range(args.moves):
        fid = rng.choice(fids)
        item = model.inputs[fid]
        x, y = 500_000 + rng.uniform(0, extent), 3_000_000 + rng.uniform(0, extent)
        geometry = QgsGeometry.fromRect(_rect(x, y))
        start = time.perf_counter()
        model.set(item, measurer.measure(geometry))
        model.totals()
        move.append(time.perf_counter() - start)
        edited = ModuleInput(fid, {**item.attributes, "el_gfa": rng.uniform(1000, 8000)}, item.footprint_area)
        start = time.perf_counter()
        model.set(edited)
        model.totals()
        plain.append(time.perf_counter() - start)
    print(f"move_p50_ms={_ms(move, 50):.2f} move_p95_ms={_ms(move, 95):.2f} "
          f"plain_p50_ms={_ms(plain, 50):.2f} plain_p95_ms={_ms(plain, 95):.2f}")
    del app
    return 0


def _rect(x: float, y: float):
    from qgis.core import QgsRectangle

    return QgsRectangle(x, y, x + 20.0, y + 20.0)


def _ms(samples: list, percent: int) -> float:
    return statistics.quantiles(samples, n=100)[percent - 1] * 1000 if len(samples) > 1 else samples[0] * 1000


if __name__ == "__main__":
    sys.exit(main())
