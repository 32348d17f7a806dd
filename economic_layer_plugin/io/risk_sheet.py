"""The spreadsheet's "Risk" sheet: per scheme, the tornado (NPV and net profit with each driver at its low
and high value) with a bar chart, and the Monte Carlo figures (P10 / P50 / P90 of NPV, net profit and
funding gap, the probability of a loss) with a histogram of NPV. Money in 10,000 CNY.

Pure Python (openpyxl, numpy and the core): no QGIS import.
"""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.pagebreak import Break, PageBreak
from openpyxl.worksheet.properties import PageSetupProperties

from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.core.risk import DRIVER_NAMES, components, monte_carlo, tornado
from economic_layer_plugin.io.print_layout import LINE_HEIGHT

#: a scheme above this many modules gets a note instead (the split by driver recomputes it twice)
MAX_MODULES = 20_000
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")

TEXTS = {
    "title": N_("Risk: {scheme} (money in 10,000 CNY)"),
    "tornado": N_("Tornado: NPV and net profit with one driver changed"),
    "driver": N_("Driver"),
    "low": N_("Low"),
    "high": N_("High"),
    "npv_low": N_("NPV at low"),
    "npv_high": N_("NPV at high"),
    "net_low": N_("Net profit at low"),
    "net_high": N_("Net profit at high"),
    "npv_low_delta": N_("NPV change at low"),
    "npv_high_delta": N_("NPV change at high"),
    "base": N_("As planned"),
    "monte_carlo": N_("Monte Carlo: {draws} draws, seed {seed}, triangular ranges"),
    "figure": N_("Figure"),
    "npv": N_("NPV"),
    "net_profit": N_("Net profit"),
    "funding_gap": N_("Funding gap"),
    "loss": N_("Probability of a loss (net profit < 0)"),
    "range": N_("Range (low, most likely, high)"),
    "histogram": N_("NPV from (10,000 CNY)"),
    "count": N_("Draws"),
    "chart_tornado": N_("Tornado: NPV change from the plan (10,000 CNY)"),
    "tornado_axis": N_("NPV change from the plan's {base} (10,000 CNY)"),
    "chart_histogram": N_("Monte Carlo: NPV (10,000 CNY)"),
    "too_large": N_("{count} modules: above {limit}; run `economic-layer risk` for this scheme."),
}


def _t(key: str, language: str, **values) -> str:
    return translate(TEXTS[key], language).format(**values)


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
    # printed landscape on one page wide (factor names and results side by side, the charts whole, beside
    # the tables); each scheme on a page of its own
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4 (openpyxl Worksheet.PAPERSIZE_A4)
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    for column, width in zip("ABCDEFGHIJ", (30, 12, 12, 16, 16, 16, 16, 16, 16, 4)):
        ws.column_dimensions[column].width = width
    row = 0
    charts = []
    breaks = PageBreak()  # each scheme's block on a page of its own: its charts are never cut
    for name, model in schemes:
        if row:
            breaks.append(Break(id=row))
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
        # the headers wrap in two lines rather than run into each other ("NPV change at high" in bold is
        # wider than its column of 16)
        ws.row_dimensions[row].height = 2 * LINE_HEIGHT + 2
        ws.append(
            [
                _cell(ws, _t(key, language), font=BOLD, fill=HEADER_FILL, alignment=WRAP)
                for key in ("driver", "low", "high", "npv_low", "npv_high", "net_low", "net_high", "npv_low_delta",
                            "npv_high_delta")
            ]
        )
        first = row + 1
        base_npv, base_net = result["base"]["npv"], result["base"]["net_profit"]
        for entry in result["rows"]:
            row += 1
            ws.append(
                [
                    translate(DRIVER_NAMES[entry["driver"]], language),
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
        chart.y_axis.title = _t("tornado_axis", language, base=f"{base_npv / WAN:,.0f}")
        data = Reference(ws, min_col=8, max_col=9, min_row=first - 1, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.overlap = 100  # low and high on one line each side of the plan: a tornado
        chart.gapWidth = 40
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        chart.x_axis.tickLblPos = "low"  # driver names beside the chart, not over the bars
        chart.x_axis.scaling.orientation = "maxMin"  # the widest bar (the first row) on top: a tornado
        chart.y_axis.crosses = "max"  # the value axis stays below the bars
        chart.x_axis.tickLblSkip = 1  # every driver named
        chart.height, chart.width = 7.5, 16

        row += 1
        ws.append([])
        row += 1
        ws.append([_cell(ws, _t("monte_carlo", language, draws=mc.draws, seed=mc.seed), font=BOLD)])
        # beside the Monte Carlo figures (columns A-D), not right of the tornado's table: the page stays
        # as wide as the tables and prints near 100 %
        charts.append((chart, f"F{row}"))
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
            ws.append([translate(DRIVER_NAMES[driver], language)]
                      + [v + 0.0 if isinstance(v, float) else v for v in values])
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
        charts.append((histogram, f"D{first_bin + 1}"))  # beside the histogram's two columns
        row += 1
        ws.append([])
    for chart, anchor in charts:
        ws.add_chart(chart, anchor)
    if breaks.brk:
        ws.row_breaks = breaks
    return ws
