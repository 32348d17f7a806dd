"""E2E tier: the real QGIS desktop under Xvfb, with a profile of its own in a temporary folder.

Each test runs a script inside QGIS (``qgis --code``); the script writes a JSON result and quits.
Screenshots are kept in build/test-artifacts/e2e for people to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = Path(__file__).resolve().parent / "scripts"
ARTIFACTS = ROOT / "build" / "test-artifacts" / "e2e"
sys.path.insert(0, str(ROOT / "scripts"))
import qgis_desktop  # noqa: E402


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture()
def run_in_qgis(tmp_path, artifacts):
    """Runs ``tests/e2e/scripts/<name>`` in the real desktop and returns what it reported."""
    if shutil.which("qgis") is None or shutil.which("xvfb-run") is None:
        pytest.fail("qgis and xvfb-run are needed: run `make deps`")

    def run(name: str, install_plugin: bool = True, locale: str = "zh-Hans", env: dict | None = None,
            timeout: float = 120) -> dict:
        profiles = tmp_path / "profiles"
        result_file = tmp_path / "result.json"
        if install_plugin:
            qgis_desktop.prepare_profile(profiles, locale)
        else:
            ini = qgis_desktop.profile_dir(profiles) / "QGIS" / "QGIS3.ini"
            settings = {k: v for k, v in qgis_desktop.PROFILE_SETTINGS.items() if not k.startswith("PythonPlugins")}
            qgis_desktop.write_settings(ini, {**settings, "locale/userLocale": locale})
        extra = {
            "ECONOMIC_LAYER_E2E_RESULT": str(result_file),
            "ECONOMIC_LAYER_E2E_ARTIFACTS": str(artifacts),
            "ECONOMIC_LAYER_E2E_SCRIPTS": str(SCRIPTS),
            "ECONOMIC_LAYER_E2E_WORK": str(tmp_path),
            **(env or {}),
        }
        try:  # in a process group of its own: a timeout stops QGIS and Xvfb too
            completed = qgis_desktop.run_command(
                qgis_desktop.qgis_command(profiles, SCRIPTS / name, headless=True),
                env=qgis_desktop.qgis_env(profiles, extra),
                timeout=timeout,
            )
        except qgis_desktop.DesktopTimeout as error:
            pytest.fail(f"{name}: {error}")
        if not result_file.exists():
            pytest.fail(
                f"QGIS wrote no result (exit {completed.returncode}).\n"
                f"stdout:\n{completed.stdout[-3000:]}\nstderr:\n{completed.stderr[-3000:]}"
            )
        result = json.loads(result_file.read_text(encoding="utf-8"))
        assert not result.get("errors"), "\n".join(result["errors"])
        return result

    return run


def assert_real_screenshot(path: Path, min_width: int = 1000, min_height: int = 600) -> None:
    """The file is a real picture of the QGIS window: large, and not one flat colour."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    assert image.width() >= min_width and image.height() >= min_height, (image.width(), image.height())
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, f"{path} has only {len(colours)} colours: not a picture of a window"
