#!/usr/bin/env python3
"""Benchmark of the calculation engine: full computation and one-module updates.

For 1,000, 10,000, 100,000 and 1,000,000 synthetic modules (a deterministic mix of actions and
uses), prints the time of a full computation (modules, units, project indicators and checks) and
the median and 95th-percentile time of one module update (replace one module, then read its unit's
and the project's indicators, as the dock does).
Goals (issue 3): full computation of 100,000 modules in at most 2 s; one update in at most 0.5 ms.

    /usr/bin/python3 scripts/bench_engine.py [--sizes 1000 10000] [--updates 2000]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from economic_layer_plugin.core.assumptions import Assumptions, ProjectUnit  # noqa: E402
from economic_layer_plugin.core.engine import EconomicModel  # noqa: E402
from economic_layer_plugin.core.module import ModuleInput  # noqa: E402
from economic_layer_plugin.definitions import ACTIONS, USES  # noqa: E402


def synthetic(n: int, seed: int = 1) -> list:
    rng = random.Random(seed)
    items = []
    for fid in range(n):
        action = ACTIONS[fid % 4]
        attributes = {
            "el_module_id": f"M{fid}",
            "el_unit": str(1 + fid % 4),
            "el_action": action,
            "el_use": USES[rng.randrange(len(USES))],
            "el_floors": rng.randint(1, 30),
        }
        if action == "demolish":
            attributes["el_households"] = rng.randint(0, 50)
        if fid % 10 == 0:
            attributes["el_sale_price"] = rng.uniform(8000, 30000)
        items.append(ModuleInput(fid, attributes, rng.uniform(100, 3000)))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--updates", type=int, default=2_000)
    args = parser.parse_args()
    book = Assumptions(units=[ProjectUnit(str(i), land_area=200_000, far_limit=4, height_limit=100)
                              for i in range(1, 5)])
    print(f"{'modules':>9} {'full_s':>8} {'update_p50_ms':>14} {'update_p95_ms':>14}")
    for n in args.sizes:
        items = synthetic(n)
        gc.collect()
        start = time.perf_counter()
        model = EconomicModel.compute(items, book)
        model.indicators()
        for code in model.unit_codes():
            model.indicators(code)
        model.checks()
        full = time.perf_counter() - start

        rng = random.Random(2)
        times = []
        for _ in range(args.updates):
            old = items[rng.randrange(n)]
            attributes = dict(old.attributes)
            attributes["el_floors"] = rng.randint(1, 30)
            changed = ModuleInput(old.fid, attributes, old.footprint_area)
            t0 = time.perf_counter()
            module = model.set(changed)
            model.indicators(getattr(module, "unit", None))
            model.indicators()
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"{n:>9} {full:>8.3f} {statistics.median(times):>14.3f} {p95:>14.3f}", flush=True)
        del model, items
        gc.collect()


if __name__ == "__main__":
    main()
