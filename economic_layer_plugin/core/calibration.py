"""Calibration: the part of a unit's cost and income that is there to match a published total. Pure Python.

A calibration is carried by unit-level lump sums (core/lumpsums.py) whose label begins with
``校准`` or ``Calibration`` (any case): e.g. the Zhongshan Third Road sample's lump sums that bring
each unit to the paper's Table 1 (docs/sample.md). They count in every indicator like any lump sum;
:func:`calibration_values` says how much of a unit's (or the project's) cost and income they are,
so that the panel and the spreadsheet can show it in rows of their own.
"""

from __future__ import annotations

from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.core.lumpsums import COST_KIND

#: the beginnings of a calibration's label: the catalogue's Chinese word, and the English one
PREFIXES = (translate(N_("Calibration"), "zh"), "calibration")
KEYS = ("calibration_cost", "calibration_income")


def is_calibration(item) -> bool:
    """Whether a lump sum is a calibration (its label begins with 校准 or Calibration)."""
    label = (item.label or "").strip().lower()
    return label.startswith(PREFIXES)


def calibration_values(assumptions, unit: str | None = None) -> dict:
    """{"calibration_cost", "calibration_income"} in yuan of ``unit`` (the project where None)."""
    cost = income = 0
    for item in assumptions.lump_sums:
        if not is_calibration(item) or (unit is not None and item.unit != unit):
            continue
        fen = round(item.amount * 100)
        if item.kind == COST_KIND:
            cost += fen
        else:
            income += fen
    return {"calibration_cost": cost / 100, "calibration_income": income / 100}
