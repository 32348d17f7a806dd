"""The feasibility stack in the spreadsheet (spec section 9): the block under Table 1, the
feasibility rows of the Indicators sheet, the "Taxes" sheet (the land appreciation tax per unit and
product type step by step, and the taxes and finance cost per year) and the "Three parties" sheet.

Written only for schemes whose stack is on; a workbook of schemes with the stack off is the one it
always was. Values, not formulas. Pure Python (openpyxl): no QGIS import.
"""

from __future__ import annotations

from economic_layer_plugin.core import feasibility_tables as ft
from economic_layer_plugin.core.i18n import N_, tr, translate
from economic_layer_plugin.core.indicators import INDICATOR_KEYS
from economic_layer_plugin.io.cells import BOLD, DECIMAL, HEADER_FILL, NUMBER, PERCENT, TITLE, number_cell, text_cell

LABELS = {
    "taxes_title": N_("Land appreciation tax per unit and product type, step by step: {scheme}"),
    "years_title": N_("Taxes and finance cost per year: {scheme} (10,000 CNY)"),
    "parties_title": N_("The three parties: {scheme} (10,000 CNY)"),
    "no_sales": N_("Nothing is sold: no land appreciation tax."),
    "item": N_("Item"),
    "year": N_("Year"),
    "stack_off": N_("The feasibility stack is off for this scheme."),
    "vat_title": N_("VAT and surcharges per unit: {scheme} (10,000 CNY)"),
    "vat_own": N_("Each unit on its own (own output less own input VAT)"),
    "vat_allocated": N_("Share of the project's VAT and surcharges"),
    "vat_rule": N_(
        "The project is one taxpayer: input VAT pooled across units; shares in proportion to each unit on its own"
    ),
    "vat_rule_unit": N_("Each unit a taxpayer of its own"),
    "options_title": N_("Tax and financing options: {scheme}"),
    "option": N_("Option"),
    "unit": N_("Unit"),
    "value": N_("Setting"),
}
#: the options of the stack a tax adviser checks first (assumption key, label)
OPTION_ROWS = (
    ("vat_level", N_("VAT taxpayer (project or unit)")),
    ("vat_compensation_deduction", N_("Compensation deducted from the VAT sales amount")),
    ("lump_sum_income", N_("Lump-sum incomes taxed as (sales or subsidy)")),
    ("lat_cost_attribution", N_("LAT deductions: direct costs or all by floor area")),
    ("lat_resettlement_costs", N_("LAT: in-kind flats at value, moving and transition fees")),
    ("ordinary_min_plot_ratio", N_("Ordinary housing: plot ratio at least")),
    ("ordinary_max_flat_size", N_("Ordinary housing: flat size at most (m2)")),
    ("residential_flat_size", N_("Average flat sold (m2)")),
    ("exit_treatment", N_("Exit value (valuation or sale)")),
    ("interest_convention", N_("Interest convention (mid_year or year_end)")),
    ("unpaid_interest", N_("Interest the flow cannot pay (equity or capitalise)")),
    ("cit_loss_years", N_("Years a tax loss is carried forward")),
    ("depreciation_years", N_("Depreciation of held buildings (years)")),
    ("vat_prepayment_rate", N_("VAT prepaid on advance receipts")),
    ("rent_vat_rate", N_("VAT on rent")),
    ("resettlement.cash_transition_months", N_("Transition months for cash households")),
)
#: the words of the options' settings (core/assumptions.py accepts these and no others), as a planner reads them
OPTION_VALUES = {
    "project": N_("the project (one taxpayer)"), "unit": N_("each unit"),
    "sales": N_("sales income"), "subsidy": N_("subsidy"),
    "direct": N_("direct costs"), "area": N_("by floor area"),
    "valuation": N_("valuation"), "sale": N_("sale"),
    "mid_year": N_("mid-year"), "year_end": N_("year end"),
    "equity": N_("paid by equity"), "capitalise": N_("capitalised"),
}
YEAR_ROWS = (
    ("vat", N_("VAT")), ("surcharges", N_("VAT surcharges")),
    ("land_appreciation_tax", N_("Land appreciation tax")),
    ("corporate_income_tax", N_("Corporate income tax paid")), ("property_tax", N_("Property tax")),
    ("finance_cost", N_("Finance cost (interest)")),
    ("after_tax", N_("Cash flow after tax, before finance")),
)
PERCENT_STEPS = frozenset({"area_share", "ratio", "rate", "quick_deduction"})


def _label(key: str, language: str, **values) -> str:
    return translate(LABELS[key], language).format(**values)


def any_stack(schemes: list) -> bool:
    return any(model.assumptions.feasibility.enabled for _, model in schemes)


def _yes(value, language: str) -> str:
    return tr("yes", language) if value else tr("no", language)


def _cell(ws, key: str, value, language: str = "en"):

    if value is None:
        return None
    if key in ft.FLAG_KEYS:
        return text_cell(ws, _yes(value, language))
    if key in ft.PERCENT_KEYS:
        return number_cell(ws, value, PERCENT)
    return number_cell(ws, value, NUMBER)


def _units(model) -> dict:
    return {code: model.indicators(code) for code in model.unit_codes()}


def table1_block(ws, model, language: str) -> int:
    """Appends the feasibility block of ``model`` under its Table 1; returns the rows written."""

    if not model.assumptions.feasibility.enabled:
        return 0
    frame = ft.feasibility_block(model.indicators(), _units(model), language)
    ws.append([text_cell(ws, translate(ft.BLOCK_TITLE, language), font=BOLD, fill=HEADER_FILL)])
    for key, (row_label, line) in zip(frame.attrs["rows"], frame.iterrows()):
        bold = key in ("taxes", "net_profit_after_tax")
        ws.append([text_cell(ws, row_label, font=BOLD if bold else None)]
                  + [_cell(ws, key, value, language) for value in line])
    return 1 + len(frame.attrs["rows"])


def indicator_rows(ws, model, language: str) -> None:
    """The feasibility rows of the Indicators sheet (Total, then units), when the stack is on."""

    if not model.assumptions.feasibility.enabled:
        return
    columns = [model.indicators()] + [model.indicators(code) for code in model.unit_codes()]
    for key in ft.FEASIBILITY_LABELS:
        if key not in columns[0] or key in INDICATOR_KEYS:  # the section-5 keys have their own rows
            continue
        ws.append([text_cell(ws, ft.label(key, language))] + [_cell(ws, key, ft.scaled(key, v.get(key)), language)
                                                               for v in columns])


def sheet_steps(exporter) -> list:
    """The extra steps of the workbook (each takes the workbook): Taxes and Three parties."""
    if not any_stack(exporter.schemes):
        return []
    return [lambda workbook: _taxes(exporter, workbook), lambda workbook: _three_parties(exporter, workbook)]


def _taxes(exporter, workbook) -> None:

    ws = exporter._sheet(workbook, "Taxes")
    lang = exporter.language
    ws.column_dimensions["A"].width = 52
    stacks = [model.stack() for _, model in exporter.schemes]
    columns = max([len(st.lat) for st in stacks if st is not None] + [0])
    if columns:  # write-only sheets take column widths before their first row
        from openpyxl.utils import get_column_letter

        for index in range(columns):
            ws.column_dimensions[get_column_letter(index + 2)].width = 24
    for name, model in exporter.schemes:
        stack = model.stack()
        ws.append([text_cell(ws, _label("taxes_title", lang, scheme=name), font=TITLE)])
        if stack is None:
            ws.append([text_cell(ws, _label("stack_off", lang))])
            ws.append([])
            continue
        frame = ft.lat_frame(stack.lat, lang)
        if not stack.lat:
            ws.append([text_cell(ws, _label("no_sales", lang))])
        else:
            ws.append([text_cell(ws, _label("item", lang), font=BOLD, fill=HEADER_FILL)]
                      + [text_cell(ws, column, font=BOLD, fill=HEADER_FILL) for column in frame.columns])
            for key, (row_label, line) in zip(frame.attrs["rows"], frame.iterrows()):
                cells = [text_cell(ws, row_label, font=BOLD if key in ("deductions", "tax") else None)]
                for value in line:
                    if value is None:
                        cells.append(None)
                    elif key == "exempt":
                        cells.append(text_cell(ws, _yes(value, lang)))
                    elif key == "band":
                        cells.append(number_cell(ws, value, "0"))
                    elif key in PERCENT_STEPS:
                        cells.append(number_cell(ws, value, PERCENT if key != "quick_deduction" else "0%"))
                    else:
                        cells.append(number_cell(ws, value, DECIMAL))
                ws.append(cells)
        ws.append([])
        _vat_allocation(ws, model, stack, name, lang)
        _options(ws, model, name, lang)
        base_year = model.assumptions.rates.base_year
        length = len(stack.rows["vat"])
        ws.append([text_cell(ws, _label("years_title", lang, scheme=name), font=TITLE)])
        ws.append([text_cell(ws, _label("year", lang), font=BOLD, fill=HEADER_FILL)]
                  + [number_cell(ws, base_year + t, "0", font=BOLD, fill=HEADER_FILL)
                     for t in range(length)])
        for key, text in YEAR_ROWS:
            row = stack.rows[key]
            ws.append([text_cell(ws, translate(text, lang))]
                      + [number_cell(ws, value / 100 / ft.WAN, DECIMAL) for value in row[:length]])
        ws.append([])


def _vat_allocation(ws, model, stack, name: str, lang: str) -> None:
    """The units' VAT and surcharges on their own and their shares of the project's."""
    ws.append([text_cell(ws, _label("vat_title", lang, scheme=name), font=TITLE)])
    pooled = model.assumptions.feasibility.vat_level == "project"
    ws.append([text_cell(ws, _label("vat_rule" if pooled else "vat_rule_unit", lang))])
    codes = model.unit_codes()
    ws.append([text_cell(ws, _label("unit", lang), font=BOLD, fill=HEADER_FILL)]
              + [text_cell(ws, code, font=BOLD, fill=HEADER_FILL) for code in codes])
    own = []
    for code in codes:
        unit = model.stack(code)
        own.append(sum(unit.rows["unit_vat"]) + sum(unit.rows["unit_surcharges"]))
    ws.append([text_cell(ws, _label("vat_own", lang))] + [number_cell(ws, v / 100 / ft.WAN, DECIMAL) for v in own])
    shares = [stack.vat_allocation.get(code, 0) if pooled else v for code, v in zip(codes, own)]
    ws.append([text_cell(ws, _label("vat_allocated", lang))]
              + [number_cell(ws, v / 100 / ft.WAN, DECIMAL) for v in shares])
    ws.append([])


def _options(ws, model, name: str, lang: str) -> None:
    """The stack's options as the scheme's assumptions set them."""
    ws.append([text_cell(ws, _label("options_title", lang, scheme=name), font=TITLE)])
    ws.append([text_cell(ws, _label("option", lang), font=BOLD, fill=HEADER_FILL),
               text_cell(ws, _label("value", lang), font=BOLD, fill=HEADER_FILL)])
    a = model.assumptions
    for key, text in OPTION_ROWS:
        section, _, field_name = key.rpartition(".")
        value = getattr(a.resettlement if section else a.feasibility, field_name)
        if isinstance(value, bool):
            cell = text_cell(ws, _yes(value, lang))
        elif isinstance(value, str):
            cell = text_cell(ws, translate(OPTION_VALUES.get(value, value), lang))
        else:
            cell = number_cell(ws, value, PERCENT if "rate" in field_name else "0")
        ws.append([text_cell(ws, translate(text, lang)), cell])
    ws.append([])


def _three_parties(exporter, workbook) -> None:

    ws = exporter._sheet(workbook, "Three parties")
    lang = exporter.language
    ws.column_dimensions["A"].width = 36
    for name, model in exporter.schemes:
        ws.append([text_cell(ws, _label("parties_title", lang, scheme=name), font=TITLE)])
        if not model.assumptions.feasibility.enabled:
            ws.append([text_cell(ws, _label("stack_off", lang))])
            ws.append([])
            continue
        frame = ft.three_parties(model.indicators(), _units(model), lang)
        ws.append([text_cell(ws, _label("item", lang), font=BOLD, fill=HEADER_FILL)]
                  + [text_cell(ws, column, font=BOLD, fill=HEADER_FILL) for column in frame.columns])
        for key, (row_label, line) in zip(frame.attrs["rows"], frame.iterrows()):
            ws.append([text_cell(ws, row_label)] + [_cell(ws, key, value) for value in line])
        ws.append([])
