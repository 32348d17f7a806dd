"""The indicators of the economic model, one row each: the one place that says what an indicator is.

A row gives the key (as in ``EconomicModel.indicators()``, the JSON report, Processing's outputs and
the expression functions), its kind (how it is scaled and written: money in 10,000 CNY, a share in
%, years, m2 ...), its labels in English and Chinese, where it is shown (the dock's Project tab and
comparison, the report's indicator panels) and the documentation page that explains it. The dock,
the report, the workbook, Processing, the command line and the documentation test all read this
table: a new indicator is its computation in ``core/aggregate.py``, one row here and one test.

Pure Python, no QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass

from economic_layer_plugin.core.i18n import N_, is_chinese, translate

#: Kinds: how a value is scaled and written (core/formatting.py, io/xlsx.py).
MONEY = "money"  # yuan in the model; shown in 10,000 CNY
PERCENT = "percent"  # a share (0.05); shown as 5.0 %
YEARS = "years"
AREA = "area"  # m2
FACTOR = "factor"  # a plain number with two decimals
COUNT = "count"  # a whole number
BY_USE = "by_use"  # {use: m2}: no single cell
KINDS = (MONEY, PERCENT, YEARS, AREA, FACTOR, COUNT, BY_USE)


@dataclass(frozen=True)
class Indicator:
    key: str
    kind: str
    en: str  # the label with its unit, as tables and the report write it (N_: Chinese in the catalogue)
    dock: int = 0  # position in the dock's Project tab and comparison (1, 2, ...); 0: not shown there
    report: bool = False  # in the report's indicator panels (in dock order)
    doc: str = "docs/indicators.md"  # the page that explains it
    short_en: str = ""  # a shorter English label for the dock, where the table's is long

    @property
    def zh(self) -> str:
        return translate(self.en, "zh")

    def label(self, language: str, short: bool = False) -> str:
        if is_chinese(language):
            return self.zh
        return (short and self.short_en) or self.en


INDICATORS = (
    Indicator("cost", MONEY, N_("Cost (10,000 CNY)"), dock=1, report=True),
    Indicator("revenue", MONEY, N_("Revenue (10,000 CNY)"), dock=2, report=True),
    Indicator("net_profit", MONEY, N_("Net profit (10,000 CNY)"), dock=3, report=True),
    Indicator("margin", PERCENT, N_("Margin"), dock=4, report=True),
    Indicator("npv", MONEY, N_("NPV (10,000 CNY)"), dock=7, report=True),
    Indicator("irr", PERCENT, N_("IRR"), dock=8, report=True),
    Indicator("irr_roots", COUNT, N_("IRR: number of rates (more than 1: ambiguous)")),
    Indicator("mirr", PERCENT, N_("MIRR (modified IRR)"), dock=11, report=True, short_en="MIRR"),
    Indicator("payback", YEARS, N_("Payback (years)"), dock=5, report=True),
    Indicator("dynamic_payback", YEARS, N_("Dynamic payback (years)"), dock=6, report=True),
    Indicator("peak_funding", MONEY, N_("Peak funding (10,000 CNY)")),
    Indicator("funding_gap", MONEY, N_("Funding gap (10,000 CNY)"), dock=9, report=True),
    Indicator("subsidy_pv", MONEY, N_("Subsidy needed, present value (10,000 CNY)"),
              dock=10, short_en="Subsidy PV (10,000 CNY)"),
    Indicator("breakeven_price_factor", FACTOR, N_("Break-even price factor")),
    Indicator("existing_area", AREA, N_("Existing floor area (m2)")),
    Indicator("retained_area", AREA, N_("Retained floor area (m2)")),
    Indicator("renovated_area", AREA, N_("Renovated floor area (m2)")),
    Indicator("demolished_area", AREA, N_("Demolished floor area (m2)")),
    Indicator("new_area", AREA, N_("New floor area (m2)")),
    Indicator("new_area_by_use", BY_USE, N_("New floor area by use (m2)")),
    Indicator("saleable_area", AREA, N_("Saleable area (m2)")),
    Indicator("leasable_area", AREA, N_("Leasable area (m2)")),
)

BY_KEY = {indicator.key: indicator for indicator in INDICATORS}
#: Every indicator key, in the order of tables and exports.
INDICATOR_KEYS = tuple(indicator.key for indicator in INDICATORS)
#: The keys with one value per column (all but the by-use breakdown).
SCALAR_KEYS = tuple(indicator.key for indicator in INDICATORS if indicator.kind != BY_USE)
MONEY_KEYS = frozenset(indicator.key for indicator in INDICATORS if indicator.kind == MONEY)
#: The dock's Project tab and the comparison, in their order.
DOCK_KEYS = tuple(i.key for i in sorted((i for i in INDICATORS if i.dock), key=lambda i: i.dock))
#: The report's indicator panels, in the dock's order.
REPORT_KEYS = tuple(key for key in DOCK_KEYS if BY_KEY[key].report)


def kind(key: str) -> str:
    return BY_KEY[key].kind


def label(key: str, language: str, short: bool = False) -> str:
    """The label of an indicator in "zh" or "en" (``short``: the dock's shorter English label)."""
    return BY_KEY[key].label(language, short)
