"""The plugin in the real QGIS desktop (Xvfb): enabled, dock open, reloads, install from ZIP."""

import shutil
import subprocess
import sys

import pytest

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


def test_convert_command_on_real_buildings_in_degrees(run_in_qgis, tmp_path):
    source = tmp_path / "swellendam.gpkg"
    shutil.copy(ROOT / "tests" / "data" / "swellendam_training_data.gpkg", source)
    result = run_in_qgis("convert_swellendam.py", env={"ECONOMIC_LAYER_E2E_SOURCE": str(source)})
    assert "不是经济图层" in result["plain_message"] and result["convert_button"]
    assert result["active_layer"] == "buildings_el" and result["crs"] == "EPSG:4326"
    assert result["modules"] + result["excluded"] == 4708
    # the three unreadable levels were reported per feature at conversion, and left empty
    reported = [m for m in result["log"] if "building:levels" in m]
    assert len(reported) == 3 and any("'brick'" in m for m in reported) and any("'1i'" in m for m in reported)
    # modules without floors (304 empty + 3 unreadable levels) are left out, naming el_floors
    assert result["excluded_floors"] == 307
    # areas on the ellipsoid: m2, not square degrees (about 4,400 buildings of tens to hundreds of m2)
    assert 200_000 < result["existing_area"] < 5_000_000
    assert result["excluded_rows"] > 0
    assert_real_screenshot(result["screenshot"])


def test_the_sample_opens_from_the_menu_with_the_final_plan_in_the_dock(run_in_qgis):
    result = run_in_qgis("open_sample.py")
    assert result["menu_text"] == "打开中山三路示例"
    assert result["group"] and result["visible"] == {"final_plan": True, "initial_plan": False,
                                                         "final_plan_feasibility": False,
                                                         "final_plan_location": False}
    assert "/economic_layer/sample/zhongshan_third_road.qgz" in result["project_file"]  # a copy, not the plugin's
    assert result["renderer"] == "categorizedSymbol" and result["labels"]
    assert "final_plan" in result["header"]
    # the paper's Table 1, total column, in 10,000 CNY
    figures = result["figures"]
    assert (figures["cost"], figures["revenue"], figures["net_profit"]) == ("1,381,009", "1,141,820", "-239,189")
    assert_real_screenshot(result["screenshot"])
    # the export, as a background task in the real desktop
    assert result["xlsx_written"]
    from openpyxl import load_workbook

    sheet = load_workbook(result["xlsx"], data_only=True)["Table 1"]
    assert sheet["B2"].value == "合计" and round(sheet["B11"].value) == -239_189


def test_toggling_the_samples_schemes_switches_the_dock(run_in_qgis):
    result = run_in_qgis("toggle_schemes.py")
    assert "final_plan" in result["final_header"] and result["final_cost"] == "1,381,009"
    assert result["visible_after_toggle"] == {"final_plan": False, "initial_plan": True,
                                              "final_plan_feasibility": False, "final_plan_location": False}
    assert "initial_plan" in result["initial_header"] and result["active_layer"] == "initial_plan"
    assert result["initial_cost"] != result["final_cost"]
    assert {"scheme: final_plan", "scheme: initial_plan"} <= set(result["themes"])
    assert result["baseline"] == "final_plan"
    assert "final_plan" in result["changes_title"] and result["changes_rows"] > 0
    for key in ("screenshot_final", "screenshot_initial", "screenshot_compare"):
        assert_real_screenshot(result[key])


def test_resettlement_tab_follows_an_edit(run_in_qgis):
    result = run_in_qgis("resettlement_tab.py")
    assert result["table_columns"] == 5  # Total and the four units
    assert "单元 1" in result["answer_before"]  # units 1, 2 and 4 of the sample lose money
    rows = result["rows"]
    # 300 + 150 households moved in unit 3 (column 3), 200 + 60 of them in kind
    assert rows["搬迁户数"][3] == "450" and rows["其中产权调换（就地就近）"][3] == "260"
    assert rows["搬迁户数"][0] == "450"
    assert rows["产权调换应安置面积（m2）"][3] not in ("0", "—")
    assert "编辑中" in result["header"]
    # 5,000 (10,000 CNY) typed in the editor, applied, next to the sample's calibration of unit 1 (docs/sample.md)
    assert result["calibration_cost"] > 0
    assert result["lump_sum_cost"] == pytest.approx(result["calibration_cost"] + 50_000_000)
    assert "已应用" in result["assumptions_status"]
    for key in ("screenshot_before", "screenshot_after", "screenshot_assumptions"):
        assert_real_screenshot(result[key])
def test_the_industrial_sample_shows_its_categories_and_schemes(run_in_qgis):
    result = run_in_qgis("industrial_sample.py")
    assert result["errors"] == [], result["errors"]
    assert result["page_is_industrial"] and result["plots_rows"] == 83
    assert result["first_category"] in ("高效", "Efficient")
    assert result["group_rows"] == 11
    assert result["scheme_page"] == 1 and "scheme_concentration" in result["scheme_header"]
    assert sum(1 for name in result["compare_columns"] if name.startswith("scheme_")) >= 4
def test_optimise_and_risk_in_the_desktop(run_in_qgis):
    result = run_in_qgis("optimise_risk.py", timeout=240)
    assert "P50" in result["risk_summary"] and result["tornado_rows"] == 6
    assert "最优" in result["report"] or "optimal" in result["report"]
    assert "优化" in result["active_layer"] and result["changes_rows"] > 0
    for key in ("screenshot_risk", "screenshot_compare"):
        assert_real_screenshot(result[key])
    assert_real_screenshot(result["screenshot_dialog"], min_width=500, min_height=500)
    # after the feasibility stack: the project NPV after tax, with the estimate against the exact figure
    assert result["stacked_key"] == "project_npv"
    assert "线性近似估计" in result["stacked_report"] or "Linear estimate" in result["stacked_report"]
    assert_real_screenshot(result["screenshot_stacked"], min_width=500, min_height=500)
