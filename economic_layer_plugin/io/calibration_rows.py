"""The "Table 1" sheet's calibration rows: under a scheme's Table 1, where some of its units' cost or
income is calibration (unit lump sums labelled 校准 / Calibration: core/calibration.py), two rows of
their own say how much, per unit, in 10,000 CNY. The Table 1 rows above them stay as they are.

Pure Python (openpyxl): no QGIS import.
"""

from __future__ import annotations

from economic_layer_plugin.core.calibration import calibration_values
from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.io.cells import number_cell, text_cell

ROWS = (
    ("calibration_cost", N_("of which calibration: investment (unit lump sums)")),
    ("calibration_income", N_("of which calibration: income (unit lump sums)")),
)


def write_calibration_rows(ws, model, units: list, language: str) -> int:
    """Appends the calibration rows (Total, then the units) when there is any; returns how many rows."""
    from openpyxl.styles import Font


    total = calibration_values(model.assumptions)
    if not any(total.values()):
        return 0
    columns = [total] + [calibration_values(model.assumptions, code) for code in units]
    italic = Font(italic=True)
    for key, text in ROWS:
        ws.append([text_cell(ws, translate(text, language), font=italic)]
                  + [number_cell(ws, values[key] / WAN, font=italic) for values in columns])
    return len(ROWS)
