#!/usr/bin/env python3
"""Benchmark of the resettlement ledger and the solve for balance (docs/resettlement.md).

For synthetic schemes of 1,000 to 100,000 modules (bench_engine's mix, with households resettled in
kind on a share of the demolished modules and lump sums on every unit), prints the time of a full
computation, of one module update with the unit's ledger and indicators read as the dock does
(median and 95th percentile), and of the solve for balance of every unit (what the Resettlement tab
does on each refresh). Goal (issue 12): the panel's answer in under a second.

    /usr/bin/python3 scripts/bench_balance.py [--sizes 1000 10000 100000] [--updates 500]
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_engine import synthetic

from economic_layer_plugin.core.assumptions import Assumptions, ProjectUnit
from economic_layer_plugin.core.balance import solve_balance
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.lumpsums import add_lump_sum
from economic_layer_plugin.core.module import ModuleInput


def with_in_kind(items: list) -> list:
    rng = random.Random(2)
    result = []
    for item in items:
        households = item.attributes.get("el_households")
        if households:
            attributes = dict(item.attributes, el_resettled_onsite=rng.randint(0, households))
            item = ModuleInput(item.fid, attributes, item.footprint_area)
        result.append(item)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--updates", type=int, default=500)
    args = parser.parse_args()
    book = Assumptions(units=[ProjectUnit(str(i), land_area=200_000, far_limit=4, height_limit=100)
                              for i in range(1, 5)])
    for code in range(1, 5):
        add_lump_sum(book, str(code), 5_000_000, 2027, 3, "public works")
    print(f"{'modules':>9} {'full_s':>8} {'update_p50_ms':>14} {'update_p95_ms':>14} {'solve_all_units_s':>18} "
          f"{'evaluations':>12}")
    for n in args.sizes:
        items = with_in_kind(synthetic(n))
        gc.collect()
        started = time.perf_counter()
        model = EconomicModel.compute(items, book)
        model.indicators()
        for code in model.unit_codes():
            model.indicators(code)
        model.checks()
        full = time.perf_counter() - started
        rng = random.Random(3)
        times = []
        for _ in range(args.updates):
            item = items[rng.randrange(n)]
            attributes = dict(item.attributes, el_floors=rng.randint(1, 30))
            started = time.perf_counter()
            module = model.set(ModuleInput(item.fid, attributes, item.footprint_area))
            model.indicators(getattr(module, "unit", "1"))
            model.indicators()
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        started = time.perf_counter()
        evaluations = 0
        for code in model.unit_codes():
            evaluations += solve_balance(model, code).evaluations
        solve = time.perf_counter() - started
        print(f"{n:>9} {full:>8.3f} {statistics.median(times):>14.3f} {times[int(0.95 * len(times))]:>14.3f} "
              f"{solve:>18.3f} {evaluations:>12}")


if __name__ == "__main__":
    main()
