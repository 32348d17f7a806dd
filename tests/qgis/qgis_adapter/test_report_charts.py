"""The report's charts (qgis_adapter/report_charts.py): round ticks, a bar per value, embeddable SVG."""

from __future__ import annotations

import re

from economic_layer_plugin.qgis_adapter.report_charts import chart_svg, nice_ticks, svg_bytes_to_path


def test_ticks_are_round_and_cover_the_values_and_zero():
    # the sample's Table 1 spans -239,189 .. 1,381,009 (10,000 CNY): steps of 500,000 (by hand)
    assert nice_ticks(-239_189, 1_381_009) == [-500_000, 0, 500_000, 1_000_000, 1_500_000]
    assert nice_ticks(0, 7) == [0, 2, 4, 6, 8]
    assert nice_ticks(-3, -1) == [-3, -2, -1, 0]  # zero is always on the axis


def test_bars_draw_one_rectangle_per_value_and_one_per_legend_entry():
    chart = {
        "type": "bars",
        "categories": ["1", "2", "3"],
        "series": [("Investment", "#5b9bd5", [10, 20, 30]), ("Income", "#66bb6a", [5, -5, 0])],
    }
    svg = chart_svg(chart, 100, 60, "DejaVu Sans").decode()
    assert svg.startswith("<?xml") and "<svg" in svg
    # three bars and a legend swatch per series
    assert svg.count('fill="#5b9bd5"') == 3 + 1 and svg.count('fill="#66bb6a"') == 3 + 1
    assert re.search(r">\s*Investment\s*<", svg) and re.search(r">\s*Income\s*<", svg)


def test_cashflow_and_tornado_are_drawn():
    cashflow = {
        "type": "cashflow",
        "categories": ["2025", "2026"],
        "series": [("Net", "#5b9bd5", [-10.0, 4.0]), ("Cumulative", "#c62828", [-10.0, -6.0])],
    }
    svg = chart_svg(cashflow, 120, 60, "DejaVu Sans").decode()
    assert "<polyline" in svg and svg.count('fill="#ef9a9a"') == 1  # the negative year
    tornado = {
        "type": "tornado",
        "base": -100.0,
        "labels": ("-20 %", "+20 %"),
        "bars": [("Sale prices", -150.0, -50.0), ("Costs", 20.0, -220.0)],
    }
    svg = chart_svg(tornado, 120, 60, "DejaVu Sans").decode()
    assert "Sale prices" in svg and "Costs" in svg
    assert svg_bytes_to_path(b"<svg/>") == "base64:PHN2Zy8+"
