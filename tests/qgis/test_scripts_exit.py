"""Command-line scripts that start QGIS exit 0 when they did their job (QGIS 3.22 may crash in its own
shutdown; the scripts end the process themselves once their output is flushed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_live_edit_prints_its_figures_and_exits_0():
    result = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "bench_live_edit.py"), "--sizes", "1000",
                             "--edits", "20"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert "N=1000 read_s=" in result.stdout and " open_s=" in result.stdout and "edit_p95_ms=" in result.stdout


def test_build_sample_writes_the_sample_and_exits_0(tmp_path):
    """Run on a copy of the tree: the script writes into the plugin's sample folder of its own tree."""
    shutil.copytree(ROOT / "economic_layer_plugin", tmp_path / "economic_layer_plugin",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "build_sample.py", tmp_path / "scripts")
    shutil.copy(ROOT / "metadata.txt", tmp_path)
    for built in (tmp_path / "economic_layer_plugin" / "sample").iterdir():
        built.unlink()
    result = subprocess.run(["/usr/bin/python3", str(tmp_path / "scripts" / "build_sample.py")], capture_output=True,
                            text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert "wrote" in result.stdout
    for name in ("zhongshan_third_road.gpkg", "zhongshan_third_road.qgz"):
        assert (tmp_path / "economic_layer_plugin" / "sample" / name).stat().st_size > 1000
