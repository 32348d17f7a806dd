"""The feasibility stack in the real desktop: switched on in the editor, seen in the dock."""

from pathlib import Path

from .conftest import assert_real_screenshot


def test_feasibility_stack_in_the_dock(run_in_qgis):
    result = run_in_qgis("feasibility_dock.py", timeout=180)
    assert result["enabled"] is True
    project = result["project"]
    assert project["taxes"] > 0 and project["finance_cost"] > 0
    assert project["cost"] == 1_381_009 * 10_000  # the paper's investment row stays what it was
    assert "税费合计（万元）" in result["rows"] and "财务费用（万元）" in result["rows"]
    assert result["parties_visible"]
    assert "成本构成（万元）" in "".join(result["card"])
    for key in ("screenshot_project", "screenshot_module", "screenshot_editor"):
        assert_real_screenshot(Path(result[key]))
