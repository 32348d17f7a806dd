"""The industrial workbook (core.industrial: Table 2's indicators and Figure 3's categories): the sheets
"Industrial" and "Industrial plots". Pure Python (openpyxl)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.io.cells import BOLD, DECIMAL, HEADER_FILL, NUMBER, PERCENT, TITLE, number_cell, text_cell

INDUSTRIAL_LABELS = {
    "title": N_("Industrial land performance: {name} (money in 10,000 CNY, land in mu; 1 mu = 666.67 m2)"),
    "levels": N_("District and levels"), "parks": N_("Parks"), "enterprises": N_("Enterprises"),
    "plots": N_("Plots: category and reason (Figure 3: first match wins)"),
    "scope": N_("Scope"), "name": N_("Name"), "level": N_("Level"), "plots_n": N_("Plots"),
    "land": N_("Land (mu)"), "thr_output": N_("Output threshold (per mu)"),
    "thr_tax": N_("Tax threshold (per mu)"), "vs": N_("{indicator} / district"),
    "feature": N_("Feature"), "enterprise": N_("Enterprise"), "park": N_("Park"),
    "category": N_("Category"), "reason": N_("Reason"), "strategy": N_("Strategy"),
    "count": N_("Plots"), "chart_categories": N_("Plots per category"),
    "chart_parks": N_("Output per mu by park (10,000 CNY)"),
    "district": N_("District"), "park_scope": N_("Park"), "enterprise_scope": N_("Enterprise"),
    "level_scope": N_("Level"), "unknown": N_("level not known"),
    "problems": N_("Values that could not be used"),
}


def _ind(key: str, language: str, **values) -> str:
    return translate(INDUSTRIAL_LABELS[key], language).format(**values)


def _indicator_format(key: str) -> str:
    if key in ("idle_rate", "high_tech_share"):
        return PERCENT
    if key in ("far", "energy_per_output", "water_per_output"):
        return "0.0000"
    return DECIMAL if key in ("output_per_mu", "tax_per_mu") else NUMBER


def industrial_sheet(workbook, evaluation, language: str = "en", name: str = "") -> None:
    """Appends the sheets "Industrial" (the district and levels with the level thresholds, parks and
    enterprises against the district, two charts) and "Industrial plots" (each plot's category,
    reason and strategy)."""
    from economic_layer_plugin.core import industrial as ind

    ws = workbook.create_sheet("Industrial")
    ws.page_setup.orientation = "landscape"  # printed: the columns on one page wide
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    lang = language
    keys = ind.INDICATOR_KEYS
    widths = [16, 28, 16, 8, 12] + [14] * len(keys) + [14, 14] + [12] * 2
    for index, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(index + 1)].width = width
    from openpyxl.styles import Alignment

    header_style = {"font": BOLD, "fill": HEADER_FILL, "alignment": Alignment(wrap_text=True, vertical="top")}
    row = 0

    def headers(extra_before=(), extra_after=()):
        cells = [text_cell(ws, text, **header_style) for text in extra_before]
        cells += [text_cell(ws, f"{ind.indicator_label(k, lang)}"
                            + (f" ({ind.indicator_unit(k)})" if ind.indicator_unit(k) else ""),
                            **header_style) for k in keys]
        cells += [text_cell(ws, text, **header_style) for text in extra_after]
        ws.append(cells)

    def values(group):
        return [None if group.values[k] is None else number_cell(ws, group.values[k], _indicator_format(k))
                for k in keys]

    def scope_label(group):
        return _ind({"district": "district", "park": "park_scope", "enterprise": "enterprise_scope",
                     "level": "level_scope"}[group.scope], lang)

    ws.append([text_cell(ws, _ind("title", lang, name=name), font=TITLE)])
    row += 1
    ws.append([text_cell(ws, _ind("levels", lang), font=BOLD)])
    row += 1
    headers((_ind("scope", lang), _ind("name", lang), _ind("level", lang), _ind("plots_n", lang), _ind("land", lang)),
            (_ind("thr_output", lang), _ind("thr_tax", lang)))
    row += 1
    for group in [evaluation.district] + list(evaluation.levels):
        label_name = (_ind("district", lang) if group.scope == "district" else
                      ind.level_label(group.level, lang) if group.level else _ind("unknown", lang))
        limits = group.thresholds
        ws.append([text_cell(ws, scope_label(group)), text_cell(ws, label_name),
                   text_cell(ws, ind.level_label(group.level, lang) if group.level else ""), group.plots,
                   number_cell(ws, group.land_mu, DECIMAL)] + values(group)
                  + ([number_cell(ws, limits.output_per_mu, DECIMAL), number_cell(ws, limits.tax_per_mu, DECIMAL)]
                     if limits else [None, None]))
        row += 1
    for title_key, groups in (("parks", evaluation.parks), ("enterprises", evaluation.enterprises)):
        ws.append([])
        ws.append([text_cell(ws, _ind(title_key, lang), font=BOLD)])
        row += 2
        headers((_ind("scope", lang), _ind("name", lang), _ind("level", lang), _ind("plots_n", lang),
                 _ind("land", lang)),
                (_ind("vs", lang, indicator=ind.indicator_label("output_per_mu", lang)),
                 _ind("vs", lang, indicator=ind.indicator_label("tax_per_mu", lang))))
        row += 1
        if title_key == "parks":
            parks_first = row + 1
        for group in groups:
            vs = [None if group.vs_district.get(k) is None else number_cell(ws, group.vs_district[k], PERCENT)
                  for k in ("output_per_mu", "tax_per_mu")]
            ws.append([text_cell(ws, scope_label(group)), text_cell(ws, group.name),
                       text_cell(ws, ind.level_label(group.level, lang) if group.level else ""), group.plots,
                       number_cell(ws, group.land_mu, DECIMAL)] + values(group) + vs)
            row += 1
        if title_key == "parks":
            parks_last = row
    # category counts for the chart
    ws.append([])
    ws.append([text_cell(ws, _ind("category", lang), **header_style),
               text_cell(ws, _ind("count", lang), **header_style)])
    row += 2
    first = row + 1
    for category in ind.CATEGORIES:
        ws.append([text_cell(ws, ind.category_label(category, lang)), evaluation.district.categories.get(category, 0)])
        row += 1
    chart = BarChart()
    chart.type = "bar"
    chart.title = _ind("chart_categories", lang)
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=first - 1, max_row=row), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=row))
    chart.height, chart.width = 7, 14
    ws.add_chart(chart, f"D{first - 1}")
    if evaluation.parks:
        parks_chart = BarChart()
        parks_chart.type = "bar"
        parks_chart.title = _ind("chart_parks", lang)
        parks_chart.legend = None
        column = 6 + keys.index("output_per_mu")
        parks_chart.add_data(Reference(ws, min_col=column, min_row=parks_first, max_row=parks_last))
        parks_chart.set_categories(Reference(ws, min_col=2, min_row=parks_first, max_row=parks_last))
        parks_chart.height, parks_chart.width = 7, 14
        ws.add_chart(parks_chart, f"L{first - 1}")
    _industrial_plots_sheet(workbook, evaluation, lang, header_style)


def _industrial_plots_sheet(workbook, evaluation, lang: str, header_style: dict) -> None:
    """The sheet "Industrial plots": each plot's category, reason and strategy, and what could not be read."""
    from economic_layer_plugin.core import industrial as ind

    ws = workbook.create_sheet("Industrial plots")
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    for index, width in enumerate((8, 24, 18, 14, 10, 16, 64, 48, 12, 12)):
        ws.column_dimensions[get_column_letter(index + 1)].width = width
    ws.append([text_cell(ws, _ind("plots", lang), font=TITLE)])
    ws.append([text_cell(ws, _ind(key, lang), **header_style) for key in
               ("feature", "enterprise", "park", "level", "land", "category", "reason", "strategy")]
              + [text_cell(ws, ind.indicator_label(k, lang), **header_style) for k in ("output_per_mu", "tax_per_mu")])
    for result in evaluation.plots:
        plot, classification = result.plot, result.classification
        fill = PatternFill("solid", fgColor=INDUSTRIAL_FILLS[classification.category])
        ws.append([text_cell(ws, plot.fid), text_cell(ws, plot.get("enterprise")), text_cell(ws, plot.park),
                   text_cell(ws, ind.level_label(plot.level, lang) if plot.level else ""),
                   None if plot.land_area is None else number_cell(ws, plot.land_area / ind.MU, DECIMAL),
                   text_cell(ws, ind.category_label(classification.category, lang), fill=fill),
                   text_cell(ws, classification.reason(lang)),
                   text_cell(ws, ind.strategy(classification.category, lang))]
                  + [None if result.indicators.values[k] is None
                     else number_cell(ws, result.indicators.values[k], DECIMAL)
                     for k in ("output_per_mu", "tax_per_mu")])
    problems = evaluation.problems(lang)
    if problems:
        ws.append([])
        ws.append([text_cell(ws, _ind("problems", lang), font=BOLD)])
        for message in problems:
            ws.append([text_cell(ws, message)])


#: light fills of the categories (the layer's style, lighter)
INDUSTRIAL_FILLS = {"green": "DCEDC8", "efficiency": "FFE0B2", "quality": "E1BEE7", "equity": "FFF9C4",
                    "safety": "FFCDD2", "efficient": "BBDEFB", "not_evaluated": "EEEEEE"}


def export_industrial_workbook(evaluation, path, language: str = "en", name: str = "") -> None:
    """Writes a workbook with the sheets "Industrial" and "Industrial plots" to ``path`` (replacing it)."""
    workbook = Workbook(write_only=True)
    industrial_sheet(workbook, evaluation, language, name)
    with tempfile.TemporaryDirectory() as work:
        draft = Path(work) / "draft.xlsx"
        workbook.save(draft)
        shutil.move(str(draft), str(path))
