#!/usr/bin/env python3
"""Benchmark of the Table-1 spreadsheet export (issue 6): 1,000, 10,000 and 100,000 modules.

Prints per size the time to write the workbook (all sheets, one scheme) from computed modules.
Goal: at most 20 s at 100,000 modules.

    /usr/bin/python3 scripts/bench_export.py [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from bench_engine import synthetic  # noqa: E402

from economic_layer_plugin.core.assumptions import Assumptions, ProjectUnit  # noqa: E402
from economic_layer_plugin.core.engine import EconomicModel  # noqa: E402
from economic_layer_plugin.io.xlsx import export_workbook  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    book = Assumptions(units=[ProjectUnit(str(i), land_area=200_000, far_limit=4, height_limit=100)
                              for i in range(1, 5)])
    with tempfile.TemporaryDirectory() as work:
        for n in args.sizes:
            model = EconomicModel.compute(synthetic(n), book)
            path = Path(work) / f"export_{n}.xlsx"
            start = time.perf_counter()
            export_workbook([("scheme", model)], path, "zh")
            seconds = time.perf_counter() - start
            print(f"N={n} export_s={seconds:.2f} size_mb={path.stat().st_size / 1e6:.1f}", flush=True)


if __name__ == "__main__":
    main()
