"""A Processing error names the layer (not only its file) and is printed once (issue 10, defect 6)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SWELLENDAM = ROOT / "tests" / "data" / "swellendam_training_data.gpkg"
BUILDINGS = f"{SWELLENDAM}|layername=buildings"
#: the layer "buildings" of the file: QGIS alone would call it "swellendam_training_data"
NAMED = "buildings (swellendam_training_data.gpkg)"


@pytest.fixture()
def provider(plugin_factory, qgis_processing):
    return plugin_factory().provider


@pytest.mark.parametrize("algorithm, parameters", [
    ("compute_indicators", {"INPUT": BUILDINGS, "OUTPUT": "memory:"}),
    ("check_policy_limits", {"INPUT": BUILDINGS}),
    ("export_table1", {"INPUT": [BUILDINGS], "OUTPUT": "/tmp/never_written.xlsx"}),
    ("compare_schemes", {"INPUT": [BUILDINGS, BUILDINGS], "OUTPUT": "memory:"}),
])
def test_the_message_names_the_layer_of_the_file(provider, algorithm, parameters):
    import processing
    from qgis.core import QgsProcessingException

    message = None
    try:
        processing.run(f"economic_layer:{algorithm}", parameters)
    except QgsProcessingException as error:
        message = str(error)  # only the text: a kept traceback holds QGIS objects past QGIS's exit (crash)
    assert message is not None
    assert NAMED in message
    assert "not an economic layer" in message or "不是经济图层" in message


def test_qgis_process_prints_the_error_once_and_fails(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    import qgis_desktop

    profiles = tmp_path / "profiles"
    qgis_desktop.prepare_profile(profiles)
    env = qgis_desktop.qgis_env(profiles, {"QT_QPA_PLATFORM": "offscreen"})
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profiles)
    result = subprocess.run(["/usr/bin/qgis_process.bin", "run", "economic_layer:compute_indicators",
                             f"--INPUT={BUILDINGS}", f"--OUTPUT={tmp_path / 'out.gpkg'}"],
                            capture_output=True, text=True, env=env, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert output.count(NAMED) == 1, output
    assert not (tmp_path / "out.gpkg").exists()


def test_the_readme_runs_qgis_process_headless(tmp_path):
    """Defect 7: the README's qgis_process example says QT_QPA_PLATFORM=offscreen and qgis_process.bin,
    and works as written (run here without a display, on a copy of the sample)."""
    import re
    import shlex
    import shutil

    from economic_layer_plugin.definitions import PLUGIN_DIR

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```sh\n(.*?)```", readme, re.S) if "qgis_process" in b]
    assert blocks, "the README has no qgis_process example"
    command = blocks[0].replace("\\\n", " ").strip()
    assert command.startswith("QT_QPA_PLATFORM=offscreen /usr/bin/qgis_process.bin run economic_layer:")
    assert "needs /usr/bin/qgis_process.bin" in readme or "call `/usr/bin/qgis_process.bin`" in readme

    sys.path.insert(0, str(ROOT / "scripts"))
    import qgis_desktop

    profiles = tmp_path / "profiles"
    qgis_desktop.prepare_profile(profiles)
    env = qgis_desktop.qgis_env(profiles, {})
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profiles)
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the README's own setting must be enough
    shutil.copy(PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg", tmp_path / "scheme.gpkg")
    words = shlex.split(command)
    assignment, program = words[0], words[1:]
    key, value = assignment.split("=", 1)
    env[key] = value
    result = subprocess.run(program, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (tmp_path / "report.json").exists()
