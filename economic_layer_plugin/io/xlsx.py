"""The Table-1 spreadsheet (openpyxl): the economics of one or more schemes for clients and governments.

Sheets: "Table 1" (spec section 7: Total, then one column per unit; money in 10,000 CNY, areas in
m2), "Indicators", "Modules", "Cash flow", "Checks", "Assumptions", with several schemes
"Comparison", "Resettlement" (io/resettlement_sheet.py) and "Risk" (io/risk_sheet.py); a chart of
investment against income per unit.

- The Total column and the net revenue row are live formulas (``=SUM(...)``, income minus
  investment), and their values are stored too (openpyxl alone writes formulas without values, so
  a viewer that does not recalculate would show blanks): :func:`_store_formula_values`.
- Text from a layer is written as text: a module named ``=HYPERLINK(...)`` or ``+1+1`` stays that
  text (:func:`io.cells.text_cell`), never a formula.

Pure Python (openpyxl and the core engine): no QGIS import.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Callable

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from economic_layer_plugin.core import indicators
from economic_layer_plugin.core.compare import differences, module_changes
from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.i18n import N_, tr, translate
from economic_layer_plugin.definitions import ACTION_LABELS, USE_LABELS
from economic_layer_plugin.io import feasibility_sheets, tax_detail_sheet
from economic_layer_plugin.io.calibration_rows import write_calibration_rows
from economic_layer_plugin.io.cells import (
    BOLD,
    DECIMAL,
    HEADER_FILL,
    NUMBER,
    PERCENT,
    TITLE,
    formula_cell,
    number_cell,
    plain_text,
    text_cell,
)
from economic_layer_plugin.io.print_layout import PrintedSheet, caption_lines
from economic_layer_plugin.io.sheet_labels import (
    SHARE_CHECKS,
    SHARE_KEYS,
    assumption_label,
    defaults_text,
    range_rule_text,
    ratios_text,
)

LABELS = {
    "scheme": N_("Scheme"),
    "category": N_("Category"),
    "table1_title": N_("Table 1. Economic calculation indicators: {scheme} (money in 10,000 CNY, areas in m2)"),
    "chart": N_("Investment and income per unit: {scheme} (10,000 CNY)"),
    "investment": N_("Investment"),
    "income": N_("Income"),
    "indicator": N_("Indicator"),
    "total": N_("Total"),
    "unit": N_("Unit"),
    "year": N_("Year"),
    "project": N_("Project"),
    "state": N_("State"),
    "value": N_("Value"),
    "limit": N_("Limit"),
    "scope": N_("Scope"),
    "check": N_("Check"),
    "note": N_("Note"),
    "modules": N_("Modules behind a failure"),
    "left_out": N_("Left out of the totals"),
    "reason": N_("Reason"),
    "defaults": N_("Values from defaults"),
    "difference": N_("Difference to {baseline}"),
    "cash_title": N_("Net cash flow per year (10,000 CNY)"),
    "key": N_("Key"),
    "changes": N_("What changed from {base} to {scheme} (largest first)"),
    "module": N_("Module id"),
    "name": N_("Name"),
    "change": N_("Change"),
    "delta_net": N_("Net profit difference (10,000 CNY)"),
    "share": N_("Share of the difference"),
    "delta_npv": N_("NPV difference (10,000 CNY)"),
    "npv_share": N_("Share of the NPV difference"),
    "fields": N_("Fields changed"),
    "rates": N_("Project rates"),
    "thresholds": N_("Policy limits"),
    "units": N_("Project units"),
    "book": N_("Price book (defaults per use)"),
}
#: the default book's note (core.assumptions.Assumptions.note, the same text): the Assumptions sheet
#: shows it in the workbook's language; a note a planner wrote is shown as written
DEFAULT_NOTE = N_("Default book: orders of magnitude for a core district of a large Chinese city (2025); "
                  "replace with local figures.")
#: the notes of the plugin's own sample (scripts/build_sample.py writes them into its GeoPackage, the same
#: text): shown in the workbook's language like the default note
SAMPLE_NOTES = (
    N_("Zhongshan Third Road sample: the developers' illustrative price book for a core district of Chongqing; "
       "each unit's calibration lump sums (labelled 校准) reconcile with the paper's Table 1."),
    N_("Zhongshan Third Road sample, feasibility view: the final plan with taxes, financing and exit value (the "
       "feasibility stack at its defaults) and an estimate of the households moved (60 m2 of demolished floor "
       "area each; in kind as many as the new housing holds)."),
    N_("Zhongshan Third Road sample, location view: the final plan with location rules for the metro stations "
       "and the park (docs/location.md's examples and sources) on the illustrative layers stations and parks "
       "(not the real stations and park)."),
)
#: up to this many modules the Modules sheet wraps its long text (to be printed whole); above, it runs over
PRINTED_MODULES = 5000
#: the Modules sheet's location columns (docs/location.md), where a scheme has location rules
LOCATION_COLUMNS = (
    ("location_sale", N_("Location factor, sale")),
    ("location_rent", N_("Location factor, rent")),
    ("location_reasons", N_("Location reasons")),
)
MODULE_COLUMNS = (
    ("fid", N_("Feature")), ("module_id", N_("Module id")), ("name", N_("Name")),
    ("unit", N_("Unit")), ("action", N_("Action")), ("use", N_("Use")),
    ("floors", N_("Floors")), ("gfa", N_("Floor area (m2)")),
    ("existing_gfa", N_("Existing floor area (m2)")),
    ("saleable_area", N_("Saleable area (m2)")),
    ("leasable_area", N_("Leasable area (m2)")),
    ("sale_price", N_("Sale price (yuan/m2)")),
    ("rent", N_("Rent (yuan/m2/month)")),
    ("cost_rate", N_("Cost rate (yuan/m2)")),
    ("other_cost", N_("Other cost (yuan)")), ("other_income", N_("Other income (yuan)")),
    ("start_year", N_("Start year")), ("completion_year", N_("Completion year")),
    ("cost", N_("Module cost (10,000 CNY)")), ("revenue", N_("Module revenue (10,000 CNY)")),
    ("net_profit", N_("Net profit (10,000 CNY)")), ("defaults", N_("Values from defaults")),
)


def label(key: str, language: str, **values) -> str:
    return translate(LABELS[key], language).format(**values)


class Exporter:
    """Writes the workbook; ``progress(share)`` is called as it goes, ``cancelled()`` may stop it."""

    def __init__(self, schemes: list, language: str = "en",
                 progress: Callable[[float], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        if not schemes:
            raise ValueError("no scheme to export")
        self.schemes = schemes  # [(name, EconomicModel)]
        self.language = language
        self.progress = progress or (lambda share: None)
        self.cancelled = cancelled or (lambda: False)
        self.formula_values: dict = {}  # sheet title -> {cell reference: value}
        self._open_sheets: list = []  # PrintedSheets not yet written (print_layout)

    # --------------------------------------------------------------------------------------
    def write(self, path) -> bool:
        """Writes ``path`` (replacing it); False if cancelled (nothing is written then)."""
        path = Path(path)
        workbook = Workbook(write_only=True)
        steps = [self._table1, self._indicators, self._modules, self._cash_flow, self._checks, self._assumptions]
        if len(self.schemes) > 1:
            steps.append(self._comparison)
        steps += feasibility_sheets.sheet_steps(self)  # Taxes, Three parties (feasibility stack on)
        steps += tax_detail_sheet.sheet_steps(self)  # Tax inputs (feasibility stack on)
        steps.append(self._resettlement)
        steps.append(self._risk)
        for index, step in enumerate(steps):
            if self.cancelled():
                return False
            step(workbook)
            self._finish_sheets()
            self.progress((index + 1) / (len(steps) + 1))
        with tempfile.TemporaryDirectory() as work:
            draft = Path(work) / "draft.xlsx"
            workbook.save(draft)
            _store_formula_values(draft, self.formula_values)
            if self.cancelled():
                return False
            shutil.move(str(draft), str(path))
        self.progress(1.0)
        return True

    def _sheet(self, workbook, title: str):
        """A new sheet, printed landscape, fitted to the page's width, its columns as wide as their
        content (io/print_layout.py); written when its step is done."""
        self.formula_values[title] = {}
        sheet = PrintedSheet(workbook.create_sheet(title), self.formula_values[title])
        self._open_sheets.append(sheet)
        return sheet

    def _finish_sheets(self) -> None:
        for sheet in self._open_sheets:
            sheet.finish()
        self._open_sheets = []

    # Table 1 -------------------------------------------------------------------------------
    def _table1(self, workbook) -> None:
        ws = self._sheet(workbook, "Table 1")
        values = self.formula_values["Table 1"]
        lang = self.language
        row = 0
        chart_blocks = []
        table_ends = []  # the last row of each scheme's table: a page ends there
        # write-only sheets take column widths before their first row
        most_units = max(len(model.unit_codes()) for _, model in self.schemes)
        for index, width in enumerate([30, 12] + [12] * most_units):
            ws.column_dimensions[get_column_letter(index + 1)].width = width
        for name, model in self.schemes:
            table = model.table1(lang)
            units = table.attrs["units"]
            row += 1
            ws.append([text_cell(ws, label("table1_title", lang, scheme=name), font=TITLE)])
            row += 1
            header = [text_cell(ws, label("category", lang), font=BOLD, fill=HEADER_FILL)]
            header.append(text_cell(ws, table.columns[0], font=BOLD, fill=HEADER_FILL))
            for code in units:
                spec = model.assumptions.unit(code)
                title = f"{code} {spec.name}".strip() if spec is not None else code
                header.append(text_cell(ws, title, font=BOLD, fill=HEADER_FILL))
            ws.append(header)
            first_unit, last_unit = get_column_letter(3), get_column_letter(2 + len(units))
            rows = {}
            for key, (row_label, line) in zip(table.attrs["rows"], table.iterrows()):
                row += 1
                rows[key] = row
                cells = [text_cell(ws, row_label, font=BOLD if key == "net_profit" else None)]
                unit_values = [float(v) for v in line.iloc[1:]]
                if key == "net_profit":
                    for column in range(2, 3 + len(units)):
                        letter = get_column_letter(column)
                        formula = f"={letter}{rows['revenue']}-{letter}{rows['cost']}"
                        cells.append(formula_cell(ws, formula, font=BOLD))
                        values[f"{letter}{row}"] = float(line.iloc[column - 2])
                elif units:
                    cells.append(formula_cell(ws, f"=SUM({first_unit}{row}:{last_unit}{row})"))
                    values[f"B{row}"] = float(line.iloc[0])
                    cells += [number_cell(ws, value) for value in unit_values]
                else:
                    cells.append(number_cell(ws, float(line.iloc[0])))
                ws.append(cells)
            row += write_calibration_rows(ws, model, units, lang)  # additive: only where there is calibration
            row += feasibility_sheets.table1_block(ws, model, lang)  # below the paper's rows
            chart_blocks.append((name, rows, len(units)))
            table_ends.append(row)
            ws.append([])
            row += 1
        anchor_row = row + 2
        chart_pages = 0
        for name, rows, count in chart_blocks:
            if not count:
                continue
            chart = BarChart()
            chart.type = "col"
            chart.title = label("chart", lang, scheme=name)
            chart.y_axis.title = tr("10,000 CNY", lang)
            chart.y_axis.numFmt = NUMBER
            for key in ("cost", "revenue"):
                data = Reference(ws, min_col=3, max_col=2 + count, min_row=rows[key], max_row=rows[key])
                chart.add_data(data, from_rows=True, titles_from_data=False)
            chart.series[0].tx = None
            chart.series[1].tx = None
            from openpyxl.chart.series import SeriesLabel

            chart.series[0].tx = SeriesLabel(v=label("investment", lang))
            chart.series[1].tx = SeriesLabel(v=label("income", lang))
            categories = Reference(ws, min_col=3, max_col=2 + count, min_row=rows["demolished_area"] - 1,
                                   max_row=rows["demolished_area"] - 1)
            chart.set_categories(categories)
            chart.height, chart.width = 8, 16
            if chart_pages:
                table_ends.append(anchor_row - 2)  # one chart per page
            chart_pages += 1
            ws.add_chart(chart, f"A{anchor_row}")
            anchor_row += 18
        # each scheme's Table 1 on one landscape page of its own, the charts on the pages after
        last_column = get_column_letter(2 + most_units)
        last_row = anchor_row if any(count for _, _, count in chart_blocks) else row
        ws.print_setup(fit_width=1, fit_height=0, title_columns="A:A", print_area=f"A1:{last_column}{last_row}",
                       breaks_after=table_ends)

    # Indicators ----------------------------------------------------------------------------
    def _indicators(self, workbook) -> None:
        ws = self._sheet(workbook, "Indicators")
        lang = self.language
        keys = indicators.SCALAR_KEYS
        ws.column_dimensions["A"].width = 36
        for name, model in self.schemes:
            codes = model.unit_codes()
            ws.append([text_cell(ws, f"{label('scheme', lang)}: {name}", font=TITLE)])
            ws.append([text_cell(ws, label("indicator", lang), font=BOLD, fill=HEADER_FILL),
                       text_cell(ws, label("total", lang), font=BOLD, fill=HEADER_FILL)]
                      + [text_cell(ws, code, font=BOLD, fill=HEADER_FILL) for code in codes])
            columns = [model.indicators()] + [model.indicators(code) for code in codes]
            for key in keys:
                cells = [text_cell(ws, indicators.label(key, lang))]
                for values in columns:
                    cells.append(_indicator_cell(ws, key, values[key]))
                ws.append(cells)
            feasibility_sheets.indicator_rows(ws, model, lang)
            ws.append([])

    # Modules -------------------------------------------------------------------------------
    def _modules(self, workbook) -> None:
        ws = self._sheet(workbook, "Modules")
        lang = self.language
        for column, width in enumerate((8, 12, 24, 8, 10, 12), start=1):
            ws.column_dimensions[get_column_letter(column)].width = width
        header = [text_cell(ws, label("scheme", lang), font=BOLD, fill=HEADER_FILL)]
        header += [text_cell(ws, translate(text, lang), font=BOLD, fill=HEADER_FILL) for _, text in MODULE_COLUMNS]
        # location value (docs/location.md): three more columns, only where a scheme has location rules
        located = any(model.assumptions.location.rules for _, model in self.schemes)
        if located:
            header += [text_cell(ws, translate(text, lang), font=BOLD, fill=HEADER_FILL)
                       for _, text in LOCATION_COLUMNS]
        header.append(text_cell(ws, label("left_out", lang), font=BOLD, fill=HEADER_FILL))
        ws.append(header)
        # the module id and name repeated on every page across (the scheme too would leave little room)
        # long text (the fields from defaults, the location reasons) wraps in a list one would print; a list
        # of many thousand modules is read on screen, and wrapping every row would slow its export
        rows = sum(len(model.modules) + len(model.excluded) for _, model in self.schemes)
        ws.print_setup(title_rows="1:1", title_columns="C:D", fit_width=2, wrap=rows <= PRINTED_MODULES)
        count = 0
        for name, model in self.schemes:
            for module in model.modules.values():
                count += 1
                if count % 5000 == 0 and self.cancelled():
                    return
                extra = self._location_cells(ws, module) if located else []
                ws.append([text_cell(ws, name)] + self._module_cells(ws, module) + extra + [None])
            for excluded in model.excluded.values():
                row = [text_cell(ws, name), text_cell(ws, excluded.fid), text_cell(ws, excluded.module_id),
                       text_cell(ws, excluded.name),
                       text_cell(ws, excluded.unit)]
                row += [None] * (len(MODULE_COLUMNS) - 4 + (len(LOCATION_COLUMNS) if located else 0))
                row.append(text_cell(ws, excluded.message(lang)))
                ws.append(row)

    def _location_cells(self, ws, m) -> list:
        """A module's location factors (sale, rent) and reasons; 1.0 and empty where no rule applies."""
        found = getattr(m, "location", None)
        if found is None:
            return [1.0, 1.0, None]
        joiner = "；" if self.language == "zh" else "; "
        return [round(found.sale, 4), round(found.rent, 4), plain_text(ws, joiner.join(found.notes(self.language)))]

    def _module_cells(self, ws, m) -> list:
        """Plain values (100,000 modules make millions of cells: styled cells would triple the time),
        rounded for reading; text is still never a formula (:func:`io.cells.plain_text`)."""
        lang = self.language
        cost, revenue = m.cost, m.revenue
        return [
            plain_text(ws, m.fid), plain_text(ws, m.module_id), plain_text(ws, m.name), plain_text(ws, m.unit),
            ACTION_LABELS[m.action][lang], USE_LABELS[m.use][lang], m.floors,
            round(m.gfa, 1) + 0.0, round(m.existing_gfa, 1) + 0.0, round(m.saleable_area, 1) + 0.0,
            round(m.leasable_area, 1) + 0.0, round(m.sale_price, 2) + 0.0, round(m.rent, 2) + 0.0,
            round(m.cost_rate, 2) + 0.0, round(m.other_cost, 2) + 0.0,
            round(m.other_income, 2) + 0.0, m.start_year, m.completion_year,
            # + 0.0: a rounded small loss (round(-0.001, 2)) would be -0.0
            round(cost / WAN, 2) + 0.0, round(revenue / WAN, 2) + 0.0, round((revenue - cost) / WAN, 2) + 0.0,
            defaults_text(m.defaulted, lang),
        ]

    # Cash flow -----------------------------------------------------------------------------
    def _cash_flow(self, workbook) -> None:
        ws = self._sheet(workbook, "Cash flow")
        lang = self.language
        for name, model in self.schemes:
            codes = model.unit_codes()
            base = model.assumptions.rates.base_year
            flows = [model.totals().cashflow()] + [model.totals(code).cashflow() for code in codes]
            length = max((len(f) for f in flows), default=0)
            ws.append([text_cell(ws, f"{label('scheme', lang)}: {name} · {label('cash_title', lang)}", font=TITLE)])
            ws.append([text_cell(ws, label("year", lang), font=BOLD, fill=HEADER_FILL),
                       text_cell(ws, label("total", lang), font=BOLD, fill=HEADER_FILL)]
                      + [text_cell(ws, code, font=BOLD, fill=HEADER_FILL) for code in codes])
            for t in range(length):
                ws.append([number_cell(ws, base + t, "0")]
                          + [number_cell(ws, (f[t] if t < len(f) else 0.0) / WAN, DECIMAL) for f in flows])
            ws.append([])

    # Checks --------------------------------------------------------------------------------
    def _checks(self, workbook) -> None:
        ws = self._sheet(workbook, "Checks")
        lang = self.language
        ws.append([text_cell(ws, label(key, lang), font=BOLD, fill=HEADER_FILL) for key in
                   ("scheme", "scope", "check", "value", "limit", "state", "note", "modules")])
        ws.print_setup(title_rows="1:1", max_width=32)  # long titles and module lists wrap: one page across
        for name, model in self.schemes:
            for check in model.checks():
                scope = label("project", lang) if check.scope == "project" else f"{label('unit', lang)} {check.unit}"
                drivers = model.check_drivers(check)
                ids = [model.modules[fid].module_id for fid in drivers[:50]]
                more = f" (+{len(drivers) - 50})" if len(drivers) > 50 else ""
                threshold = check.threshold
                if isinstance(threshold, tuple):
                    threshold = " – ".join("" if v is None else f"{v:,.0f}" for v in threshold)
                number_format = PERCENT if check.key in SHARE_CHECKS else DECIMAL
                ws.append([
                    text_cell(ws, name), text_cell(ws, scope), text_cell(ws, check.title(lang)),
                    number_cell(ws, check.value, number_format) if check.value is not None else None,
                    text_cell(ws, threshold) if isinstance(threshold, str) else
                    (number_cell(ws, threshold, number_format) if threshold is not None else None),
                    text_cell(ws, check.state_label(lang)), text_cell(ws, check.missing_text(lang)),
                    text_cell(ws, ", ".join(ids) + more),
                ])

    # Assumptions ---------------------------------------------------------------------------
    def _assumptions(self, workbook) -> None:
        ws = self._sheet(workbook, "Assumptions")
        lang = self.language

        def key_cell(key):
            return text_cell(ws, assumption_label(key, lang))

        def value_cell(key, value):
            return _assumption_cell(ws, key, value, lang)

        for name, model in self.schemes:
            data = model.assumptions.to_dict()
            ws.append([text_cell(ws, f"{label('scheme', lang)}: {name}", font=TITLE)])
            # the default note in Chinese, a planner's as is; in lines that stay on the page
            for line in caption_lines(translate(data["note"], lang)):
                ws.append([text_cell(ws, line)])
            for section in ("rates", "thresholds"):
                ws.append([text_cell(ws, label(section, lang), font=BOLD, fill=HEADER_FILL)])
                for key, value in data[section].items():
                    if key == "range_rules":
                        if value:
                            ws.append([None, text_cell(ws, assumption_label("minimum", lang), font=BOLD),
                                       text_cell(ws, assumption_label("maximum", lang), font=BOLD)])
                        for rule in value:
                            ws.append([text_cell(ws, range_rule_text(rule, lang)),
                                       number_cell(ws, rule["minimum"]) if rule["minimum"] is not None else None,
                                       number_cell(ws, rule["maximum"]) if rule["maximum"] is not None else None])
                        continue
                    ws.append([key_cell(key), value_cell(key, value)])
            ws.append([text_cell(ws, label("units", lang), font=BOLD, fill=HEADER_FILL)])
            unit_keys = ("code", "name", "land_area", "far_limit", "height_limit")
            if data["units"]:
                ws.append([text_cell(ws, assumption_label(k, lang), font=BOLD, fill=HEADER_FILL) for k in unit_keys])
            for unit in data["units"]:
                ws.append([text_cell(ws, unit["code"]), text_cell(ws, unit["name"])]
                          + [number_cell(ws, unit[k], NUMBER if k == "land_area" else "General")
                             if unit[k] is not None else None for k in ("land_area", "far_limit", "height_limit")])
            ws.append([text_cell(ws, label("book", lang), font=BOLD, fill=HEADER_FILL)])
            fields = [k for k in next(iter(data["uses"].values())) if k not in ("sale_ratio", "lease_ratio")]
            ws.append([text_cell(ws, assumption_label(k, lang), font=BOLD, fill=HEADER_FILL)
                       for k in ["use"] + fields + ["sale_ratio", "lease_ratio"]])
            for use, values in data["uses"].items():
                ws.append([text_cell(ws, USE_LABELS[use][lang])] + [value_cell(k, values[k]) for k in fields]
                          + [text_cell(ws, ratios_text(values["sale_ratio"], lang)),
                             text_cell(ws, ratios_text(values["lease_ratio"], lang))])
            ws.append([])

    # Resettlement --------------------------------------------------------------------------
    def _resettlement(self, workbook) -> None:
        from economic_layer_plugin.io.resettlement_sheet import write_resettlement_sheet

        write_resettlement_sheet(self, workbook)

    # Comparison ----------------------------------------------------------------------------
    def _risk(self, workbook) -> None:
        from economic_layer_plugin.io.risk_sheet import write_risk_sheet  # tornado and Monte Carlo

        write_risk_sheet(workbook, self.schemes, self.language)

    def _comparison(self, workbook) -> None:
        ws = self._sheet(workbook, "Comparison")
        lang = self.language
        ws.column_dimensions["A"].width = 36
        ws.print_setup(max_width=40)  # the fields changed wrap: the comparison on one page across
        baseline = self.schemes[0][0]
        names = [name for name, _ in self.schemes]
        header = [text_cell(ws, label("indicator", lang), font=BOLD, fill=HEADER_FILL)]
        header += [text_cell(ws, name, font=BOLD, fill=HEADER_FILL) for name in names]
        header += [text_cell(ws, f"{name}: {label('difference', lang, baseline=baseline)}", font=BOLD, fill=HEADER_FILL)
                   for name in names[1:]]
        ws.append(header)
        results = [model.indicators() for _, model in self.schemes]
        for key in indicators.SCALAR_KEYS:
            cells = [text_cell(ws, indicators.label(key, lang))]
            values = [r[key] for r in results]
            cells += [_indicator_cell(ws, key, value) for value in values]
            cells += [_indicator_cell(ws, key, delta) for delta in differences(values, 0)[1:]]
            ws.append(cells)
        for name, model in self.schemes[1:]:
            changes = module_changes(self.schemes[0][1], model)
            ws.append([])
            ws.append([text_cell(ws, label("changes", lang, base=baseline, scheme=name), font=TITLE)])
            ws.append([text_cell(ws, label(key, lang), font=BOLD, fill=HEADER_FILL) for key in
                       ("module", "name", "change", "delta_net", "share", "delta_npv", "npv_share", "fields")])
            for change in changes:
                name = change.label(lang) if change.unit is not None else change.name
                ws.append([plain_text(ws, change.label(lang)), plain_text(ws, name),
                           change.status_label(lang), number_cell(ws, change.net_profit / WAN, DECIMAL),
                           number_cell(ws, change.net_share, PERCENT) if change.net_share is not None else None,
                           number_cell(ws, change.npv / WAN, DECIMAL),
                           number_cell(ws, change.npv_share, PERCENT) if change.npv_share is not None else None,
                           # a module's fields by their labels (as the Modules sheet's defaults), not keys
                           change.fields_label(lang) if change.unit is not None
                           else defaults_text(change.fields, lang)])


#: The display format of each kind of indicator (core/indicators.py); the cell keeps the full value.
KIND_FORMATS = {
    indicators.MONEY: NUMBER, indicators.PERCENT: PERCENT, indicators.YEARS: DECIMAL,
    indicators.FACTOR: DECIMAL, indicators.AREA: NUMBER, indicators.COUNT: NUMBER,
}


def _indicator_cell(ws, key: str, value):
    if value is None:
        return None
    kind = indicators.kind(key)
    return number_cell(ws, value / WAN if kind == indicators.MONEY else value, KIND_FORMATS[kind])


_FORMULA_CELL = re.compile(r'(<c r="([A-Z]+[0-9]+)"[^>]*><f>[^<]*</f>)<v\s*/?>(?:</v>)?')


def _store_formula_values(path: Path, values: dict) -> None:
    """Writes the value of every formula cell into the file (``<v>``), as a spreadsheet program
    would after calculating: readers that do not recalculate then show the same numbers."""
    with zipfile.ZipFile(path) as source:
        names = source.namelist()
        contents = {name: source.read(name) for name in names}
        workbook = contents["xl/workbook.xml"].decode("utf-8")
    titles = re.findall(r'<sheet [^>]*name="([^"]+)"', workbook)
    for number, title in enumerate(titles, start=1):
        sheet_values = values.get(_unescape(title))
        name = f"xl/worksheets/sheet{number}.xml"
        if not sheet_values or name not in contents:
            continue
        xml = contents[name].decode("utf-8")

        def fill(match, sheet_values=sheet_values):
            value = sheet_values.get(match.group(2))
            return match.group(0) if value is None else f"{match.group(1)}<v>{repr(float(value))}</v>"

        contents[name] = _FORMULA_CELL.sub(fill, xml).encode("utf-8")
    temporary = path.with_suffix(".tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            target.writestr(name, contents[name])
    temporary.replace(path)


def _unescape(text: str) -> str:
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def export_workbook(schemes: list, path, language: str = "en", progress=None, cancelled=None) -> bool:
    """Writes the Table-1 workbook of ``schemes`` ([(name, EconomicModel)]) to ``path``."""
    return Exporter(schemes, language, progress, cancelled).write(path)


def _assumption_cell(ws, key: str, value, lang: str):
    """The cell of one assumption's value: yes/no, a share in percent, a year, or a number."""
    if isinstance(value, bool):
        return text_cell(ws, assumption_label("yes" if value else "no", lang))
    if value is None:
        return None
    if key in SHARE_KEYS:
        return number_cell(ws, value, PERCENT)
    if key.endswith("year") or key.endswith("years") or key == "operating_horizon":
        return number_cell(ws, value, "0")
    return number_cell(ws, value, "General" if key == "storey_height" else NUMBER)
