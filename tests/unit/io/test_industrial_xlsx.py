"""The Industrial sheet: figures, categories and text written as text (never a formula)."""

import openpyxl
import pytest

from economic_layer_plugin.core import industrial as ind
from economic_layer_plugin.io.industrial_sheet import export_industrial_workbook

GOOD = {"el_ind_level": "community", "el_ind_in_red_line": 0, "el_ind_eia_passed": 1, "el_ind_output": 9000.0,
        "el_ind_dominant_sector": 1, "el_ind_high_tech": 0, "el_ind_tax": 300.0, "el_ind_safety_passed": 1,
        "el_ind_park": "P"}


def test_industrial_sheet(tmp_path):
    plots = [ind.read_plot(1, dict(GOOD, el_ind_enterprise="=HYPERLINK(\"x\")"), 20_000.0),  # 30 mu
             ind.read_plot(2, dict(GOOD, el_ind_enterprise="B", el_ind_output=3000.0), 20_000.0),
             ind.read_plot(3, dict(GOOD, el_ind_enterprise="C", el_ind_output="n/a"), 20_000.0)]
    path = tmp_path / "ind.xlsx"
    export_industrial_workbook(ind.evaluate(plots), path, "en", "test")
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Industrial"]
    rows = [[cell.value for cell in row] for row in ws.iter_rows()]
    district = next(r for r in rows if r[0] == "District")
    assert district[3] == 3 and district[4] == pytest.approx(90.0)  # 3 plots, 3 x 30 mu
    # output per mu of the district: (9000 + 3000) / 60 mu (plot 3's output is unreadable: left out) = 200
    assert district[5] == pytest.approx(200.0)
    ws = workbook["Industrial plots"]
    rows = [[cell.value for cell in row] for row in ws.iter_rows()]
    plot_rows = {r[0]: r for r in rows if r[0] in ("1", "2", "3") and r[5] is not None}
    assert plot_rows["1"][1] == '=HYPERLINK("x")'  # text, not a formula
    assert ws.cell(row=[i for i, r in enumerate(rows, 1) if r[0] == "1"][0], column=2).data_type == "s"
    assert plot_rows["2"][5] == "Efficiency-deficient" and "below" in plot_rows["2"][6]
    assert plot_rows["3"][5] == "Not evaluated" and "el_ind_output" in plot_rows["3"][6]
    assert any(r[0] and "'n/a'" in str(r[0]) for r in rows)  # the unreadable value is listed
