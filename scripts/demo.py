#!/usr/bin/env python3
"""``make demo``: opens QGIS with the plugin enabled, in a profile of its own under build/demo, and the
Zhongshan Third Road sample (a copy in build/demo/sample).

With a screen, QGIS stays open for you. ``HEADLESS=1 make demo`` runs the same start-up under Xvfb,
writes its output files into build/demo/output, says where, and quits: exit 0 when it worked. It cannot
hang: QGIS is never left waiting for an answer (see demo_startup.py), and after TIMEOUT_S seconds QGIS
and Xvfb are stopped, with a one-line message. ``LOCALE=en make demo`` for English.
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
TIMEOUT_S = 120
#: The exit code demo_startup.py gives QGIS when QGIS asked a question on its way out.
ASKED_AT_EXIT = 75


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
    try:
        result = qgis_desktop.run(PROFILES, STARTUP, headless, extra, timeout=TIMEOUT_S if headless else None,
                                  locale=locale)
    except qgis_desktop.DesktopTimeout as timeout:
        print(f"The demo failed: {timeout}.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("The demo was interrupted: QGIS was stopped.", file=sys.stderr)
        return 130
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
    problems = list(summary.get("problems", []))
    if result.returncode == ASKED_AT_EXIT:
        asked = [line for line in result.stderr.splitlines() if "QGIS asked" in line]
        problems.append(asked[-1] if asked else "QGIS asked a question at exit")
    for problem in problems:
        print(f"  problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
