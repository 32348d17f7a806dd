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
    en: str  # the label with its unit, as tables and the report write it
    zh: str
    dock: int = 0  # position in the dock's Project tab and comparison (1, 2, ...); 0: not shown there
    report: bool = False  # in the report's indicator panels (in dock order)
    doc: str = "docs/indicators.md"  # the page that explains it
    short_en: str = ""  # a shorter English label for the dock, where the table's is long

    def label(self, language: str, short: bool = False) -> str:
        if language == "zh":
            return self.zh
        return (short and self.short_en) or self.en


INDICATORS = (
    Indicator("cost", MONEY, "Cost (10,000 CNY)", "总成本（万元）", dock=1, report=True),
    Indicator("revenue", MONEY, "Revenue (10,000 CNY)", "总收入（万元）", dock=2, report=True),
    Indicator("net_profit", MONEY, "Net profit (10,000 CNY)", "净利润（万元）", dock=3, report=True),
    Indicator("margin", PERCENT, "Margin", "净利润率", dock=4, report=True),
    Indicator("npv", MONEY, "NPV (10,000 CNY)", "净现值（万元）", dock=7, report=True),
    Indicator("irr", PERCENT, "IRR", "内部收益率", dock=8, report=True),
    Indicator("irr_roots", COUNT, "IRR: number of rates (more than 1: ambiguous)",
              "内部收益率个数（多于 1 个即不唯一）"),
    Indicator("mirr", PERCENT, "MIRR (modified IRR)", "修正内部收益率", dock=11, report=True, short_en="MIRR"),
    Indicator("payback", YEARS, "Payback (years)", "静态回收期（年）", dock=5, report=True),
    Indicator("dynamic_payback", YEARS, "Dynamic payback (years)", "动态回收期（年）", dock=6, report=True),
    Indicator("peak_funding", MONEY, "Peak funding (10,000 CNY)", "资金峰值（万元）"),
    Indicator("funding_gap", MONEY, "Funding gap (10,000 CNY)", "资金缺口（万元）", dock=9, report=True),
    Indicator("subsidy_pv", MONEY, "Subsidy needed, present value (10,000 CNY)", "所需补贴现值（万元）",
              dock=10, short_en="Subsidy PV (10,000 CNY)"),
    Indicator("breakeven_price_factor", FACTOR, "Break-even price factor", "盈亏平衡价格系数"),
    Indicator("existing_area", AREA, "Existing floor area (m2)", "现状建筑面积（平方米）"),
    Indicator("retained_area", AREA, "Retained floor area (m2)", "保留建筑面积（平方米）"),
    Indicator("renovated_area", AREA, "Renovated floor area (m2)", "改造建筑面积（平方米）"),
    Indicator("demolished_area", AREA, "Demolished floor area (m2)", "拆除建筑面积（平方米）"),
    Indicator("new_area", AREA, "New floor area (m2)", "新建建筑面积（平方米）"),
    Indicator("new_area_by_use", BY_USE, "New floor area by use (m2)", "分用途新建建筑面积（平方米）"),
    Indicator("saleable_area", AREA, "Saleable area (m2)", "可售面积（平方米）"),
    Indicator("leasable_area", AREA, "Leasable area (m2)", "可租面积（平方米）"),
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
