"""Table frames (pandas) of the economic model: Table 1 (spec section 7), indicators, sensitivity.

Money in 10,000 CNY (万元), areas in m2. Pure Python and pandas.
"""

from __future__ import annotations

import pandas as pd

from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.i18n import N_, is_chinese, translate
from economic_layer_plugin.core.indicators import BY_KEY, MONEY_KEYS, SCALAR_KEYS
from economic_layer_plugin.definitions import TABLE1_USES, USE_LABELS, USES

TOTAL_LABEL = N_("Total")
TABLE1_LABELS = {
    "demolished_area": N_("Demolished building area (m2)"),
    "new_area": N_("New building: {use} (m2)"),
    "cost": N_("Investment (10,000 CNY)"),
    "revenue": N_("Income (10,000 CNY)"),
    "net_profit": N_("Net revenue (10,000 CNY)"),
}


def _label(text: str, language: str) -> str:
    return translate(text, language)


def table1_rows(project: dict) -> list:
    """Row keys of Table 1: the fixed uses, then other uses that have new floor area (spec section 7)."""
    extra = [use for use in USES if use not in TABLE1_USES and project["new_area_by_use"].get(use)]
    return (["demolished_area"] + [f"new_area_by_use.{use}" for use in TABLE1_USES + tuple(extra)]
            + ["cost", "revenue", "net_profit"])


def table1(project: dict, units: dict, language: str = "en") -> pd.DataFrame:
    """Table 1: Total, then one column per unit (in the order of ``units``).

    ``project`` and each value of ``units`` are indicator dicts (``aggregate.indicators``).
    The frame's index holds the row labels; ``frame.attrs["rows"]`` the row keys and
    ``frame.attrs["units"]`` the unit codes.
    """
    columns = [("total", project)] + list(units.items())
    rows = table1_rows(project)
    data = []
    labels = []
    for row in rows:
        if row.startswith("new_area_by_use."):
            use = row.split(".", 1)[1]
            use_name = USE_LABELS[use]["zh"] if is_chinese(language) else USE_LABELS[use]["en"].lower()
            labels.append(_label(TABLE1_LABELS["new_area"], language).format(use=use_name))
            data.append([values["new_area_by_use"].get(use, 0.0) for _, values in columns])
        else:
            labels.append(_label(TABLE1_LABELS[row], language))
            scale = WAN if row in MONEY_KEYS else 1.0
            data.append([values[row] / scale for _, values in columns])
    header = [translate(TOTAL_LABEL, language)] + [str(code) for code in units]
    frame = pd.DataFrame(data, index=labels, columns=header)
    frame.attrs["rows"] = rows
    frame.attrs["units"] = [str(code) for code in units]
    return frame


def indicators_frame(project: dict, units: dict, language: str = "en") -> pd.DataFrame:
    """Every scalar indicator: rows are indicators, columns Total then units. Money in 10,000 CNY."""
    keys = list(SCALAR_KEYS)
    columns = [project] + list(units.values())
    data = []
    for key in keys:
        scale = WAN if key in MONEY_KEYS else 1.0
        data.append([None if values[key] is None else values[key] / scale for values in columns])
    header = [translate(TOTAL_LABEL, language)] + [str(code) for code in units]
    frame = pd.DataFrame(data, index=[BY_KEY[key].label(language) for key in keys], columns=header)
    frame.attrs["rows"] = keys
    return frame


def sensitivity_frame(rows: list) -> pd.DataFrame:
    """The sensitivity rows (``aggregate.sensitivity``) as a frame, money in 10,000 CNY."""
    frame = pd.DataFrame(rows, columns=["variable", "change", "net_profit", "npv"])
    frame["net_profit"] = frame["net_profit"] / WAN
    frame["npv"] = frame["npv"] / WAN
    return frame
