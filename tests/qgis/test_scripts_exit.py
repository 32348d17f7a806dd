"""Command-line scripts that start QGIS exit 0 when they did their job (QGIS 3.22 may crash in its own
shutdown; the scripts end the process themselves once their output is flushed)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_live_edit_prints_its_figures_and_exits_0():
    result = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "bench_live_edit.py"), "--sizes", "1000",
                             "--edits", "20"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert "N=1000 open_s=" in result.stdout and "edit_p95_ms=" in result.stdout
