#!/usr/bin/env python3
"""``make demo``: opens QGIS with the plugin enabled, in a profile of its own under build/demo, and the
Zhongshan Third Road sample (a copy in build/demo/sample).

With a screen, QGIS stays open for you. ``HEADLESS=1 make demo`` runs the same start-up under Xvfb,
writes its output files into build/demo/output and says where. ``LOCALE=en make demo`` for English.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import qgis_desktop  # noqa: E402

DEMO = ROOT / "build" / "demo"
PROFILES = DEMO / "profiles"
OUTPUT = DEMO / "output"
STARTUP = ROOT / "scripts" / "demo_startup.py"


def main() -> int:
    headless = os.environ.get("HEADLESS", "") not in ("", "0")
    locale = os.environ.get("LOCALE", "zh-Hans")
    if not headless and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("No screen here: run `HEADLESS=1 make demo` to do the demo under Xvfb.", file=sys.stderr)
        return 2
    OUTPUT.mkdir(parents=True, exist_ok=True)
    report = OUTPUT / "demo_report.json"
    if report.exists():
        report.unlink()
    extra = {"ECONOMIC_LAYER_DEMO_SAMPLE": str(DEMO / "sample")}
    if headless:
        extra["ECONOMIC_LAYER_DEMO_OUTPUT"] = str(OUTPUT)
    print(f"QGIS profile of the demo: {qgis_desktop.profile_dir(PROFILES)}")
    result = qgis_desktop.run(PROFILES, STARTUP, headless, extra, timeout=600 if headless else None,
                              locale=locale)
    if not headless:
        return result.returncode
    if not report.exists():
        print(result.stdout[-4000:], result.stderr[-4000:], sep="\n", file=sys.stderr)
        print("The demo wrote no report: QGIS did not run the start-up script.", file=sys.stderr)
        return 1
    summary = json.loads(report.read_text(encoding="utf-8"))
    print(f"Demo output in {OUTPUT}:")
    for name in summary.get("files", []):
        print(f"  {OUTPUT / name}")
    for problem in summary.get("problems", []):
        print(f"  problem: {problem}", file=sys.stderr)
    return 1 if summary.get("problems") else 0


if __name__ == "__main__":
    sys.exit(main())
