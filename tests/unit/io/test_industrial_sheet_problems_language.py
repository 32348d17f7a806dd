"""The Industrial sheet lists the values it could not use in the workbook's language (io/industrial_sheet.py)."""

from __future__ import annotations

import openpyxl

from economic_layer_plugin.core import industrial as ind
from economic_layer_plugin.io.industrial_sheet import export_industrial_workbook


def test_the_chinese_workbook_lists_its_problems_in_chinese(tmp_path):
    # feature 7: a land area of 0 (not a usable plot); the Chinese sentence is the catalogue's
    # (tests/unit/core/test_industrial_problems_language.py)
    evaluation = ind.evaluate([ind.read_plot(7, {"el_ind_level": "community"}, 0.0)])
    path = tmp_path / "ind.xlsx"
    export_industrial_workbook(evaluation, path, "zh", "test")
    cells = [cell.value for ws in openpyxl.load_workbook(path) for row in ws.iter_rows() for cell in row
             if isinstance(cell.value, str)]
    assert "要素 7：没有用地面积（用地面积为 0），不计入各项地均指标" in cells
    assert not any("no land area" in cell for cell in cells)
