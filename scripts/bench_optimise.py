#!/usr/bin/python3
"""Benchmark of the optimiser and the Monte Carlo run on real footprints.

Standing modules are the buildings of tests/data (Swellendam, then Shanghai, then Swellendam again
shifted 2 km east where more are needed); a few hundred new blocks are drawn over groups of them
(a building's footprint grown by 15 m, so that each covers one to several standing buildings).
Four project units (by longitude), with FAR and height limits; the national limits. Prints, per
size: modules, variables, constraints, overlap pairs, the time to find the overlaps (QGIS geometry),
to compute the candidates and build the program, to solve it, the status and the gap, and the time
of the explanations (binding limits re-solved one step relaxed); then 10,000 Monte Carlo draws.
Then the whole optimiser (core.optimise.optimise, without the explanations) before the feasibility
stack and after it, printed beside one solve's time of the same run: its time, the rounds of
linearisation, the exact objective of the scheme it chose, whether it is proven optimal or the best
found, and what the local search after the rounds did (moves, gain, time, whether it finished).
Goals (issue 14): 10,000 modules solved to optimality in under 30 s; 10,000 draws in under 2 s.

    /usr/bin/python3 scripts/bench_optimise.py [--sizes 1000 10000] [--new 100 300] [--explain]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data"


def footprints(n: int) -> list:
    """n real footprints (QgsGeometry, EPSG:4326) with a floor count where the data has one."""
    from qgis.core import QgsVectorLayer

    out = []
    sources = [
        (DATA / "swellendam_training_data.gpkg", "building:levels", None, 0.0),
        (DATA / "shanghai_lujiazui_osm_buildings.gpkg", None, "height_m", 0.0),
        (DATA / "swellendam_training_data.gpkg", "building:levels", None, 0.02),
        (DATA / "shanghai_lujiazui_osm_buildings.gpkg", None, "height_m", 0.02),
    ]
    for path, levels, height, shift in sources:
        layer = QgsVectorLayer(f"{path}|layername=buildings", "b", "ogr")
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if geometry.isEmpty() or not geometry.isGeosValid():
                continue
            if shift:
                geometry.translate(shift, 0)
            floors = None
            try:
                if levels:
                    floors = int(float(feature[levels]))
                elif height and feature[height] not in (None, "") and float(feature[height]) > 0:
                    floors = max(1, round(float(feature[height]) / 3.3))
            except (TypeError, ValueError):
                floors = None
            out.append((geometry, floors))
            if len(out) >= n:
                return out
    return out


def scheme_layer(n: int, new: int, seed: int = 1):
    """A memory economic layer of n modules: n - new standing buildings and ``new`` new blocks."""
    from qgis.core import QgsFeature, QgsVectorLayer

    from economic_layer_plugin.qgis_adapter.fields import economic_fields

    rng = random.Random(seed)
    standing = footprints(n - new)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", f"bench_{n}", "memory")
    provider = layer.dataProvider()
    provider.addAttributes(list(economic_fields("en")))
    layer.updateFields()
    fields = layer.fields()
    xs = sorted(g.centroid().asPoint().x() for g, _ in standing)
    cuts = [xs[len(xs) * k // 4] for k in (1, 2, 3)]

    def unit_of(geometry) -> str:
        x = geometry.centroid().asPoint().x()
        return str(1 + sum(x >= c for c in cuts))

    features = []
    for i, (geometry, floors) in enumerate(standing):
        f = QgsFeature(fields)
        f.setGeometry(geometry)
        use = rng.choice(["residential", "residential", "commercial", "office", "industrial"])
        households = rng.randint(2, 30) if use == "residential" else 0
        f["el_module_id"] = f"B{i}"
        f["el_unit"] = unit_of(geometry)
        f["el_action"] = rng.choice(["retain", "retain", "renovate", "demolish"])
        f["el_use"] = use
        f["el_floors"] = floors or rng.randint(1, 6)
        f["el_households"] = households
        f["el_resettled_onsite"] = rng.randint(0, households)
        features.append(f)
    for j in range(new):
        base, _ = standing[rng.randrange(len(standing))]
        block = base.buffer(0.00015, 4)  # about 15 m
        f = QgsFeature(fields)
        f.setGeometry(block)
        f["el_module_id"] = f"N{j}"
        f["el_unit"] = unit_of(block)
        f["el_action"] = "add"
        f["el_use"] = rng.choice(["apartment", "commercial", "office", "residential"])
        f["el_floors"] = rng.randint(4, 30)
        f["el_sale_price"] = rng.uniform(12000, 40000)
        features.append(f)
    provider.addFeatures(features)
    return layer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--new", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--explain", action="store_true", help="also time the binding-limit re-solves")
    parser.add_argument("--draws", type=int, default=10_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="bench-optimise-"))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from economic_layer_plugin.core.assumptions import Assumptions, ProjectUnit
    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.core.optimise import OptimiseOptions, Program, binding, optimise
    from economic_layer_plugin.core.risk import components, monte_carlo
    from economic_layer_plugin.qgis_adapter.optimise import overlap_pairs
    from economic_layer_plugin.qgis_adapter.reader import ModuleReader

    print(
        f"{'modules':>8} {'new':>5} {'vars':>7} {'rows':>7} {'pairs':>6} {'overlap_s':>9} {'build_s':>8} "
        f"{'solve_s':>8} {'status':>18} {'gap':>9} {'objective_wan':>14} {'explain_s':>9} {'mc_s':>6} "
        f"{'pre_s':>6} {'pre_rounds':>10} {'pre_obj_wan':>12} {'stack_s':>7} {'stack_rounds':>12} "
        f"{'stack_obj_wan':>14}",
        flush=True,
    )
    for n, new in zip(args.sizes, args.new + args.new[-1:] * len(args.sizes)):
        layer = scheme_layer(n, new)
        items = list(ModuleReader(layer).modules())
        gfa = {}
        for item in items:
            gfa.setdefault(item.attributes["el_unit"], 0.0)
            gfa[item.attributes["el_unit"]] += (item.footprint_area or 0) * (
                item.attributes["el_floors"] or 1
            )
        book = Assumptions(
            units=[
                ProjectUnit(code, land_area=round(total / 1.2), far_limit=1.5, height_limit=700)
                for code, total in sorted(gfa.items())
            ]
        )
        model = EconomicModel.compute(items, book)
        t0 = time.perf_counter()
        pairs = overlap_pairs(layer, model)
        t_overlap = time.perf_counter() - t0
        options = OptimiseOptions(overlaps=tuple(pairs), time_limit=300)
        t0 = time.perf_counter()
        program = Program(model, options)
        program.build()
        t_build = time.perf_counter() - t0
        status, x, value, gap, seconds, _ = program.solve()
        t_explain = float("nan")
        if args.explain and x is not None:
            t0 = time.perf_counter()
            binding(program, x)
            t_explain = time.perf_counter() - t0
        t0 = time.perf_counter()
        parts = components(model)
        t0 = time.perf_counter()
        monte_carlo(model, draws=args.draws, parts=parts)
        t_mc = time.perf_counter() - t0
        variables, rows = program.size
        whole = []
        for after_stack in (False, True):
            t0, c0 = time.perf_counter(), time.process_time()
            run = optimise(
                model,
                OptimiseOptions(overlaps=tuple(pairs), time_limit=300, explain=False, after_stack=after_stack),
            )
            whole.append((time.perf_counter() - t0, len(run.rounds), (run.objective_after or 0.0) / 1e4,
                          run.local_search, run.optimality, run.status, time.process_time() - c0))
        print(
            f"{n:>8} {new:>5} {variables:>7} {rows:>7} {len(pairs):>6} {t_overlap:>9.2f} {t_build:>8.2f} "
            f"{seconds:>8.2f} {status:>18} {gap if gap is not None else float('nan'):>9.2e} "
            f"{(value or 0) / 1e4:>14,.0f} {t_explain:>9.2f} {t_mc:>6.3f} "
            f"{whole[0][0]:>6.1f} {whole[0][1]:>10} {whole[0][2]:>12,.0f} "
            f"{whole[1][0]:>7.1f} {whole[1][1]:>12} {whole[1][2]:>14,.0f}",
            flush=True,
        )
        for label, (_, _, _, search, optimality, status, cpu) in zip(("before the stack", "after the stack"), whole):
            print(
                f"    {label}: {status}, {optimality}; {cpu:.1f} s of CPU (a busy machine: the wall time above is "
                f"longer); local search {search.get('moves', 0)} moves, "
                f"+{search.get('gain', 0.0) / 1e4:,.1f} 万元 in {search.get('seconds', 0.0):.1f} s"
                f"{'' if search.get('complete') else ' (stopped at its time limit)'}",
                flush=True,
            )
    del app


if __name__ == "__main__":
    main()
