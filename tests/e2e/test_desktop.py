"""The plugin in the real QGIS desktop (Xvfb): enabled, dock open, reloads, install from ZIP."""

import subprocess
import sys

from .conftest import ROOT, assert_real_screenshot


def test_plugin_loads_with_menu_toolbar_and_dock_and_reloads_without_leaks(run_in_qgis):
    result = run_in_qgis("plugin_reload.py")
    assert result["active"]
    assert result["menu_title"] == "经济图层"
    assert "经济图层面板" in result["menu_actions"] and "帮助" in result["menu_actions"]
    assert result["toolbar_button"]
    assert result["dock_title"] == "经济图层"
    assert result["dock_visible"]
    x, y, width, height = result["dock_geometry"]
    assert width >= 200 and height >= 300
    assert_real_screenshot(result["screenshot"])

    unloaded = result["state_unloaded"]
    loaded = result["state_loaded"]
    assert len(loaded["menus"]) == len(unloaded["menus"]) + 1
    assert loaded["toolbar_actions"] == unloaded["toolbar_actions"] + 1
    assert loaded["docks"] == unloaded["docks"] + 1
    assert "economic_layer" in loaded["providers"] and "economic_layer" not in unloaded["providers"]
    # 20 reloads (Plugin Reloader style): exactly one plugin's worth of everything, and nothing after unload.
    assert result["active_after_reloads"]
    assert result["state_after_reloads"] == loaded
    assert result["state_after_final_unload"] == unloaded


def test_install_from_zip(run_in_qgis, tmp_path):
    built = subprocess.run([sys.executable, "scripts/package.py", "--zip", str(tmp_path / "dist")], cwd=ROOT,
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    (archive,) = (tmp_path / "dist").glob("*.zip")
    result = run_in_qgis("install_from_zip.py", install_plugin=False, env={"ECONOMIC_LAYER_E2E_ZIP": str(archive)})
    assert result["active_before"] is False
    assert result["active_after"] is True
    assert "/profiles/default/python/plugins/economic_layer_plugin/" in result["plugin_file"]
    assert result["dock"]
    assert_real_screenshot(result["screenshot"])


def test_editing_a_module_changes_the_dock(run_in_qgis):
    result = run_in_qgis("live_edit.py")
    assert "方案A" in result["header_before"] and "5 个模块" in result["header_before"]
    before, after = result["before"], result["after"]
    assert before["cost"] != after["cost"]  # retain -> demolish adds demolition and compensation
    assert float(after["cost"].replace(",", "")) > float(before["cost"].replace(",", ""))
    assert "编辑中" in result["header_after"]
    assert "服务式公寓" in result["card_title"]
    assert "未通过" in result["checks_summary"]
    for key in ("screenshot_before", "screenshot_after", "screenshot_card", "screenshot_checks"):
        assert_real_screenshot(result[key])
