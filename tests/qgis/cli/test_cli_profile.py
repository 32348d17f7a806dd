"""The command line starts QGIS in a profile of its own and removes it when it ends."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from economic_layer_plugin.definitions import PLUGIN_DIR

CLI = Path(__file__).resolve().parents[3] / "scripts" / "economic-layer"
SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def test_the_temporary_profile_is_removed(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QGIS_CUSTOM_CONFIG_PATH"}
    env["TMPDIR"] = str(tmp_path)
    for args in (["indicators", f"{SAMPLE}|layername=final_plan", "--json"], ["indicators", tmp_path / "none.gpkg"]):
        result = subprocess.run(["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True,
                                timeout=300, env=env)
        assert result.returncode in (0, 2), result.stderr
        assert not list(tmp_path.glob("economic-layer-*")), "the command left its QGIS profile behind"
