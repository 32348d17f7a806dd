#!/usr/bin/env python3
"""Benchmark of the calculation engine: full computation and one-module updates.

For 1,000, 10,000, 100,000 and 1,000,000 synthetic modules (a deterministic mix of actions and
uses), prints the time of a full computation (modules, units, project indicators and checks) and
the median and 95th-percentile time of one module update (replace one module, then read its unit's
and the project's indicators, as the dock does), with the feasibility stack (spec section 9) off and
on; with it on, reading the indicators computes the unit's and the project's taxes and financing.
Goals (issue 3): full computation of 100,000 modules in at most 2 s; one update in at most 0.5 ms.
Goals (issue 11): with the stack on, a full computation at most 1.3 times the stack-off time of the
same run (column on/off); one update at most 0.5 ms at the 95th percentile.
The machine may be shared: wall times then include waits for the CPU (an update that loses its time
slice takes ~4 ms). The CPU-time columns (process time, the work itself) and the on/off ratio, taken
on CPU time, best of --repeat alternating runs, are the fair comparison on a loaded machine.

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
from economic_layer_plugin.core.assumptions import Assumptions, FeasibilityRates, ProjectUnit
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.definitions import ACTIONS, USES


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
    parser.add_argument("--repeat", type=int, default=3, help="full computations per book (best kept)")
    args = parser.parse_args()
    units = [ProjectUnit(str(i), land_area=200_000, far_limit=4, height_limit=100) for i in range(1, 5)]
    books = {"off": Assumptions(units=units, feasibility=FeasibilityRates(enabled=False)),
             "on": Assumptions(units=units, feasibility=FeasibilityRates(enabled=True))}
    print(f"{'modules':>9} {'stack':>5} {'full_s':>8} {'full_cpu_s':>10} {'on/off':>7} {'update_p50_ms':>14} "
          f"{'update_p95_ms':>14} {'p95_cpu_ms':>11}")
    for n in args.sizes:
        items = synthetic(n)
        # full computations alternate off / on, best of --repeat each: the machine's load is shared
        best = {label: full_time(items, book) for label, book in books.items()}
        for _ in range(args.repeat - 1):
            for label, book in books.items():
                run = full_time(items, book)
                best[label] = (min(best[label][0], run[0]), min(best[label][1], run[1]))
        for label, book in books.items():
            p50, p95, p95_cpu = update_times(items, book, args.updates)
            ratio = f"{best['on'][1] / best['off'][1]:>7.2f}" if label == "on" else f"{'':>7}"
            wall, cpu = best[label]
            print(f"{n:>9} {label:>5} {wall:>8.3f} {cpu:>10.3f} {ratio} {p50:>14.3f} {p95:>14.3f} {p95_cpu:>11.3f}",
                  flush=True)
        del items
        gc.collect()


def full_time(items: list, book: Assumptions) -> tuple:
    """(wall, CPU) seconds of a full computation: modules, units, project indicators and checks."""
    gc.collect()
    start = time.perf_counter()
    start_cpu = time.process_time()
    model = EconomicModel.compute(items, book)
    model.indicators()
    for code in model.unit_codes():
        model.indicators(code)
    model.checks()
    full = (time.perf_counter() - start, time.process_time() - start_cpu)
    del model
    gc.collect()
    return full


def update_times(items: list, book: Assumptions, updates: int) -> tuple:
    """(p50, p95) in ms of one update: replace a module, read its unit's and the project's indicators."""
    n = len(items)
    model = EconomicModel.compute(items, book)
    model.indicators()
    rng = random.Random(2)
    times = []
    cpu = []
    for _ in range(updates):
        old = items[rng.randrange(n)]
        attributes = dict(old.attributes)
        attributes["el_floors"] = rng.randint(1, 30)
        changed = ModuleInput(old.fid, attributes, old.footprint_area)
        t0 = time.perf_counter()
        c0 = time.process_time()
        module = model.set(changed)
        model.indicators(getattr(module, "unit", None))
        model.indicators()  # with the stack on: the project's taxes and financing
        cpu.append((time.process_time() - c0) * 1000)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    cpu.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    p95_cpu = cpu[int(0.95 * (len(cpu) - 1))]
    del model
    gc.collect()
    return statistics.median(times), p95, p95_cpu


if __name__ == "__main__":
    main()
