"""The spreadsheet's "Risk" sheet: per scheme, the tornado (NPV and net profit with each driver at its low
and high value) with a bar chart, and the Monte Carlo figures (P10 / P50 / P90 of NPV, net profit and
funding gap, the probability of a loss) with a histogram of NPV. Money in 10,000 CNY.

Pure Python (openpyxl, numpy and the core): no QGIS import.
"""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.properties import PageSetupProperties

from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.risk import DRIVER_LABELS, components, monte_carlo, tornado

#: a scheme above this many modules gets a note instead (the split by driver recomputes it twice)
MAX_MODULES = 20_000
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")

TEXTS = {
    "title": ("Risk: {scheme} (money in 10,000 CNY)", "风险分析：{scheme}（金额单位：万元）"),
    "tornado": (
        "Tornado: NPV and net profit with one driver changed",
        "敏感性（龙卷风图）：单一因素变动时的净现值与净利润",
    ),
    "driver": ("Driver", "因素"),
    "low": ("Low", "低值"),
    "high": ("High", "高值"),
    "npv_low": ("NPV at low", "低值时净现值"),
    "npv_high": ("NPV at high", "高值时净现值"),
    "net_low": ("Net profit at low", "低值时净利润"),
    "net_high": ("Net profit at high", "高值时净利润"),
    "npv_low_delta": ("NPV change at low", "低值时净现值变化"),
    "npv_high_delta": ("NPV change at high", "高值时净现值变化"),
    "base": ("As planned", "基准"),
    "monte_carlo": (
        "Monte Carlo: {draws} draws, seed {seed}, triangular ranges",
        "蒙特卡洛模拟：{draws} 次抽样，随机种子 {seed}，三角分布",
    ),
    "figure": ("Figure", "指标"),
    "npv": ("NPV", "净现值"),
    "net_profit": ("Net profit", "净利润"),
    "funding_gap": ("Funding gap", "资金缺口"),
    "loss": ("Probability of a loss (net profit < 0)", "亏损概率（净利润 < 0）"),
    "range": ("Range (low, most likely, high)", "取值范围（低、最可能、高）"),
    "histogram": ("NPV from (10,000 CNY)", "净现值区间下限（万元）"),
    "count": ("Draws", "次数"),
    "chart_tornado": ("Tornado: NPV change from the plan (10,000 CNY)", "龙卷风图：净现值相对基准的变化（万元）"),
    "chart_histogram": ("Monte Carlo: NPV (10,000 CNY)", "蒙特卡洛：净现值分布（万元）"),
    "too_large": (
        "{count} modules: above {limit}; run `economic-layer risk` for this scheme.",
        "{count} 个模块，超过 {limit}；请用 `economic-layer risk` 计算该方案。",
    ),
}


def _t(key: str, language: str, **values) -> str:
    en, zh = TEXTS[key]
    return (zh if language == "zh" else en).format(**values)


def _cell(ws, value, **style):
    if isinstance(value, float):
        value += 0.0  # never -0.0
    cell = WriteOnlyCell(ws, value=value)
    for key, item in style.items():
        setattr(cell, key, item)
    return cell


def _wan(value):
    return None if value is None else round(value / WAN, 2)


def _money(ws, value):
    """A cell in 10,000 CNY, shown without decimals."""
    return _cell(ws, _wan(value), number_format="#,##0")


def write_risk_sheet(workbook, schemes: list, language: str = "en", draws: int = 10_000, seed: int = 1):
    """Appends the sheet "Risk" for ``schemes`` ([(name, EconomicModel)])."""
    ws = workbook.create_sheet("Risk")
    # printed landscape on one page wide (factor names and results side by side, the charts whole)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4 (openpyxl Worksheet.PAPERSIZE_A4)
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    for column, width in zip("ABCDEFGHIJ", (30, 12, 12, 16, 16, 16, 16, 16, 16, 4)):
        ws.column_dimensions[column].width = width
    row = 0
    charts = []
    for name, model in schemes:
        row += 1
        ws.append([_cell(ws, _t("title", language, scheme=name), font=TITLE)])
        if model.project.count > MAX_MODULES:
            row += 1
            ws.append([_cell(ws, _t("too_large", language, count=model.project.count, limit=MAX_MODULES))])
            row += 1
            ws.append([])
            continue
        parts = components(model)
        result = tornado(model, parts=parts)
        mc = monte_carlo(model, draws=draws, seed=seed, parts=parts)
        row += 1
        ws.append([_cell(ws, _t("tornado", language), font=BOLD)])
        row += 1
        ws.append(
            [
                _cell(ws, _t(key, language), font=BOLD, fill=HEADER_FILL)
                for key in ("driver", "low", "high", "npv_low", "npv_high", "net_low", "net_high", "npv_low_delta",
                            "npv_high_delta")
            ]
        )
        first = row + 1
        base_npv, base_net = result["base"]["npv"], result["base"]["net_profit"]
        for entry in result["rows"]:
            row += 1
            en, zh = DRIVER_LABELS[entry["driver"]]
            ws.append(
                [
                    zh if language == "zh" else en,
                    entry["low"],
                    entry["high"],
                    _money(ws, entry["npv_low"]),
                    _money(ws, entry["npv_high"]),
                    _money(ws, entry["net_low"]),
                    _money(ws, entry["net_high"]),
                    _money(ws, entry["npv_low"] - base_npv),  # the tornado's bars: around the plan, at 0
                    _money(ws, entry["npv_high"] - base_npv),
                ]
            )
        last = row
        row += 1
        ws.append(
            [
                _t("base", language),
                None,
                None,
                _money(ws, base_npv),
                _money(ws, base_npv),
                _money(ws, base_net),
                _money(ws, base_net),
            ]
        )
        chart = BarChart()
        chart.type = "bar"
        chart.title = _t("chart_tornado", language)
        chart.y_axis.title = _t("npv", language)
        data = Reference(ws, min_col=8, max_col=9, min_row=first - 1, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.overlap = 100  # low and high on one line each side of the plan: a tornado
        chart.gapWidth = 40
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        chart.x_axis.tickLblPos = "low"  # driver names beside the chart, not over the bars
        chart.height, chart.width = 7, 16
        charts.append((chart, f"K{first - 1}"))

        row += 1
        ws.append([])
        row += 1
        ws.append([_cell(ws, _t("monte_carlo", language, draws=mc.draws, seed=mc.seed), font=BOLD)])
        row += 1
        ws.append(
            [
                _cell(ws, _t(key, language), font=BOLD, fill=HEADER_FILL)
                if key
                else _cell(ws, label, font=BOLD, fill=HEADER_FILL)
                for key, label in (("figure", ""), ("", "P10"), ("", "P50"), ("", "P90"))
            ]
        )
        for key in ("npv", "net_profit", "funding_gap"):
            row += 1
            figures = getattr(mc, key)
            ws.append(
                [
                    _t(key, language),
                    _money(ws, figures["p10"]),
                    _money(ws, figures["p50"]),
                    _money(ws, figures["p90"]),
                ]
            )
        row += 1
        ws.append([_t("loss", language), _cell(ws, mc.probability_loss, number_format="0.0%")])
        row += 1
        ws.append([_cell(ws, _t("range", language), font=BOLD)])
        for driver, values in mc.ranges.items():
            row += 1
            en, zh = DRIVER_LABELS[driver]
            ws.append([zh if language == "zh" else en] + [v + 0.0 if isinstance(v, float) else v for v in values])
        row += 1
        ws.append(
            [
                _cell(ws, _t("histogram", language), font=BOLD, fill=HEADER_FILL),
                _cell(ws, _t("count", language), font=BOLD, fill=HEADER_FILL),
            ]
        )
        first_bin = row + 1
        for edge, count in zip(mc.histogram["edges"], mc.histogram["counts"]):
            row += 1
            ws.append([f"{edge / WAN:,.0f}", count])
        histogram = BarChart()
        histogram.type = "col"
        histogram.gapWidth = 10
        histogram.title = _t("chart_histogram", language)
        histogram.add_data(
            Reference(ws, min_col=2, min_row=first_bin - 1, max_row=row), titles_from_data=True
        )
        histogram.set_categories(Reference(ws, min_col=1, min_row=first_bin, max_row=row))
        histogram.legend = None
        histogram.height, histogram.width = 7, 16
        charts.append((histogram, f"I{first_bin - 1}"))
        row += 1
        ws.append([])
    for chart, anchor in charts:
        ws.add_chart(chart, anchor)
    return ws
