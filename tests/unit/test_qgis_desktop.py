"""scripts/qgis_desktop.py ends what it started: on a timeout the whole process group (QGIS and Xvfb under
xvfb-run) is stopped, not only the first process; and scripts/demo.py says so in one line."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import qgis_desktop  # noqa: E402


def _alive(marker: str) -> list[str]:
    listed = subprocess.run(["ps", "-eo", "args="], capture_output=True, text=True, check=True).stdout
    return [line for line in listed.splitlines() if marker in line and "ps -eo" not in line]


def test_a_timeout_stops_the_whole_process_group(tmp_path):
    marker = f"economic-layer-test-{time.monotonic_ns()}"
    # a parent (xvfb-run) that started two children (Xvfb, QGIS) and waits for them
    command = ["bash", "-c", f"exec -a {marker}-parent bash -c '(exec -a {marker}-x sleep 300) & "
                             f"(exec -a {marker}-qgis sleep 300) & wait'"]
    start = time.monotonic()
    with pytest.raises(qgis_desktop.DesktopTimeout, match="did not finish within 1 s"):
        qgis_desktop.run_command(command, env={"PATH": "/usr/bin:/bin"}, timeout=1)
    assert time.monotonic() - start < 15
    assert _alive(marker) == []


def test_a_normal_run_returns_the_exit_code_and_output():
    result = qgis_desktop.run_command(["bash", "-c", "echo out; echo err >&2; exit 3"], env={"PATH": "/usr/bin:/bin"},
                                      timeout=30)
    assert (result.returncode, result.stdout, result.stderr) == (3, "out\n", "err\n")


def test_the_demo_says_in_one_line_that_it_timed_out(monkeypatch, capsys):
    import demo

    def hangs(*args, **kwargs):
        raise qgis_desktop.DesktopTimeout("QGIS did not finish within 120 s: it was stopped, with Xvfb")

    monkeypatch.setenv("HEADLESS", "1")
    monkeypatch.setattr(qgis_desktop, "run", hangs)
    assert demo.main() == 1
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "within 120 s" in err and "Traceback" not in err


def test_the_headless_profile_never_asks_about_temporary_layers(tmp_path, monkeypatch):
    captured = {}
    monkeypatch.setattr(qgis_desktop.package, "stage", lambda plugins: plugins / "economic_layer_plugin")
    monkeypatch.setattr(qgis_desktop, "write_settings", lambda ini, values: captured.update(values))
    qgis_desktop.prepare_profile(tmp_path, headless=True)
    assert captured["app/askToSaveMemoryLayers"] is False
    captured.clear()
    qgis_desktop.prepare_profile(tmp_path, headless=False)
    assert "app/askToSaveMemoryLayers" not in captured
