"""E2E: the sample's report in the real desktop (tests/e2e/scripts/report.py): layouts in the project
and in the layout designer, no text item overlapping another or too small for its text, no table cut,
and the PDF with the dock's figures. The pages are kept in build/test-artifacts/e2e/report_page-*.png."""

from __future__ import annotations

from .conftest import assert_real_screenshot


def test_the_samples_report_in_the_desktop(run_in_qgis):
    result = run_in_qgis("report.py", timeout=240)
    assert result["steps_done"] == ["open_sample", "open_layouts", "look_designer", "measure", "export"]
    assert result["report_button_visible"]
    assert any("final_plan" in name for name in result["layouts"]) and len(result["layouts"]) == 2
    assert result["atlas_coverage"] == "project_units"
    assert result["designers"] == 1
    # the cover's labels, headers, section titles and notes, then 4 unit pages of 6 labels each
    assert result["labels_measured"] >= 10 + 4 * 6 and result["items_measured"] > 40
    assert result["export_error"] == ""
    assert result["pdf_pages"] == 3 + 4
    # the indicator panels (summary, indicators, comparison) have a row per report indicator of
    # core/indicators.py: the 9 of release 2 and MIRR beside IRR
    from economic_layer_plugin.core.indicators import REPORT_KEYS

    panel = len(REPORT_KEYS)
    assert panel == 10
    assert (
        result["cells_missing"] == [] and result["rows_checked"] == panel + 9 + panel + result["check_rows"] + panel
    )  # summary, Table 1 (9 rows), indicators, one row per check, comparison
    assert result["dock_cost"] == "1,381,009" and result["pdf_has_dock_cost"]
    assert_real_screenshot(result["screenshot_designer"])
    assert_real_screenshot(result["screenshot_main"])
