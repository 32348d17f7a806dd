#!/usr/bin/env python3
"""Benchmark of the scheme report (issue 18): the sample's layouts made and its PDF written.

Prints, per run, the time to compute the sample's schemes, to make the two layouts (the report and
its atlas of units) and to write the PDF, with the PDF's pages and size.

    /usr/bin/python3 scripts/bench_report.py [--runs 3] [--language zh|en] [--page A3|A4]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--language", choices=("zh", "en"), default="zh")
    parser.add_argument("--page", choices=("A3", "A4"), default="A3")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="bench-report-"))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from economic_layer_plugin.definitions import PLUGIN_DIR
    from economic_layer_plugin.qgis_adapter.report_layout import build_report, export_pdf
    from economic_layer_plugin.qgis_adapter.report_source import open_report_source

    project_file = PLUGIN_DIR / "sample" / "zhongshan_third_road.qgz"
    with tempfile.TemporaryDirectory() as work:
        for run in range(1, args.runs + 1):
            start = time.perf_counter()
            source = open_report_source(str(project_file))
            computed = time.perf_counter()
            layouts = build_report(
                source.project, source.layer, source.model, args.language, args.page, source.schemes
            )
            built = time.perf_counter()
            pdf = Path(work) / f"report_{run}.pdf"
            error = export_pdf(layouts, str(pdf))
            written = time.perf_counter()
            if error:
                print(f"run {run}: {error}")
                break
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
            pages = next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")
            print(
                f"run {run}: read and compute {computed - start:.2f} s, layouts {built - computed:.2f} s, "
                f"PDF {written - built:.2f} s ({pages} pages, {pdf.stat().st_size / 1024:.0f} KB); "
                f"total {written - start:.2f} s",
                flush=True,
            )
    sys.stdout.flush()
    os._exit(0)  # QGIS 3.22 may crash in its own shutdown: the figures are printed


if __name__ == "__main__":
    main()
