"""The spreadsheet's "Resettlement" sheet: per scheme, the resettlement ledger and fund balance per unit
(Total, then one column per unit), the ledger of every demolished module, the unit-level lump sums
and the resettlement rules (docs/resettlement.md). Money in 10,000 CNY, areas in m2.

Pure Python (openpyxl): no QGIS import. Text from a layer is written as text (never a formula).
"""

from __future__ import annotations

from economic_layer_plugin.core.balance import BalanceError, fund_balance, solve_balance
from economic_layer_plugin.core.calibration import calibration_values
from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.i18n import N_, is_chinese, tr, translate
from economic_layer_plugin.core.resettlement_rules import FEE_SOURCE
from economic_layer_plugin.definitions import USE_LABELS
from economic_layer_plugin.io.cells import BOLD, DECIMAL, HEADER_FILL, NUMBER, TITLE, number_cell, text_cell

LABELS = {
    "title": N_("Resettlement and fund balance: {scheme} (money in 10,000 CNY, areas in m2)"),
    "item": N_("Item"),
    "total": N_("Total"),
    "modules": N_("Ledger per demolished module"),
    "lumps": N_("Unit lump sums"),
    "rules": N_("Resettlement rules"),
    "plot": N_("Financing plot to balance (m2): {use} at {price} yuan/m2"),
    "answer": N_("Answer"),
    "unsolved": N_("Unit {unit}: no financing plot found ({reason})"),
}
ROWS = (
    ("households_moved", N_("Households moved"), "n"),
    ("households_in_kind", N_("of which in kind (on site or nearby)"), "n"),
    ("households_cash", N_("of which in cash"), "n"),
    ("households_missing", N_("Demolished modules without household count"), "n"),
    ("resettlement_area_owed", N_("Floor area owed in kind (m2)"), "a"),
    ("resettlement_area_available", N_("Saleable new housing available (m2)"), "a"),
    ("resettlement_area_taken", N_("Area taken out of sale (m2)"), "a"),
    ("resettlement_area_shortfall", N_("Shortfall (m2)"), "a"),
    ("resettlement_revenue_forgone", N_("Sales given up (10,000 CNY)"), "m"),
    ("compensation_cash", N_("Cash compensation (10,000 CNY)"), "m"),
    ("compensation_in_kind", N_("Compensation paid in kind (10,000 CNY)"), "m"),
    ("moving_fees", N_("Moving fees (10,000 CNY)"), "m"),
    ("transition_fees", N_("Transition fees (10,000 CNY)"), "m"),
    ("lump_sum_cost", N_("Unit lump sums: cost (10,000 CNY)"), "m"),
    ("lump_sum_income", N_("Unit lump sums: income (10,000 CNY)"), "m"),
    ("calibration_cost", N_("of which calibration: cost (10,000 CNY)"), "m"),
    ("calibration_income", N_("of which calibration: income (10,000 CNY)"), "m"),
    ("net_profit", N_("Fund balance, static (10,000 CNY)"), "m"),
    ("npv", N_("Fund balance, NPV (10,000 CNY)"), "m"),
    ("subsidy", N_("Subsidy to balance (10,000 CNY)"), "m"),
    ("subsidy_pv", N_("Subsidy to balance, present value (10,000 CNY)"), "m"),
)
MODULE_COLUMNS = (
    N_("Module id"), N_("Name"), N_("Unit"), N_("Households"), N_("In kind"),
    N_("In cash"), N_("Existing area (m2)"),
    N_("Owed per household (m2)"), N_("Area owed (m2)"),
    N_("Cap binds"), N_("Cash compensation (10,000 CNY)"),
    N_("Compensation paid in kind (10,000 CNY)"), N_("Move-out year"),
)
LUMP_COLUMNS = (N_("Unit"), N_("Label"), N_("Cost or income"),
                N_("Amount (10,000 CNY)"), N_("Year"), N_("Spread (years)"))


#: The resettlement rules as the planner reads them (not the assumption keys)
LABELS.update({
    "swap_ratio": N_("Swap ratio (m2 in kind per m2 owned)"),
    "cap_per_household": N_("Cap per household (m2)"),
    "moving_fee": N_("Moving fee (yuan per household per move)"),
    "transition_fee": N_("Transition fee (yuan per household per month)"),
    "cash_transition_months": N_("Transition months paid to cash households"),
    "unit_swap_ratio": N_("Swap ratio of unit {unit}"),
    "source": N_("Source of the fees"),
})


def _label(key: str, language: str, **values) -> str:
    return translate(LABELS[key], language).format(**values)


def _solve(model, code: str, use: str, price: float, lang: str):
    """The unit's financing plot (core.balance.solve_balance), or the reason it cannot be found: one unit that
    cannot be solved leaves the sheet, and the workbook, whole."""
    try:
        return solve_balance(model, code, use, price)
    except BalanceError as problem:
        return _label("unsolved", lang, unit=code, reason=str(problem))


def write_resettlement_sheet(exporter, workbook) -> None:

    ws = exporter._sheet(workbook, "Resettlement")
    # the answers are sentences: wrapped in columns of a readable width, not one page-wide line each
    # (fitted to the page width, a 60-character column per unit printed the sheet at about 3 pt)
    ws.print_setup(max_width=26)
    lang = exporter.language
    ws.column_dimensions["A"].width = 40

    def header(cells):
        ws.append([text_cell(ws, cell, font=BOLD, fill=HEADER_FILL) for cell in cells])

    def value_cell(kind, value):
        if value is None:
            return None
        if kind == "m":
            return number_cell(ws, value / WAN, DECIMAL)
        return number_cell(ws, value, NUMBER if kind == "n" else DECIMAL)

    for name, model in exporter.schemes:
        codes = model.unit_codes()
        ws.append([text_cell(ws, _label("title", lang, scheme=name), font=TITLE)])
        header([_label("item", lang), _label("total", lang)] + codes)
        columns = []
        for code in [None] + codes:
            values = dict(model.indicators(code))
            values.update(fund_balance(model, code))
            values.update(calibration_values(model.assumptions, code))
            columns.append(values)
        for key, text, kind in ROWS:
            ws.append([text_cell(ws, translate(text, lang))]
                      + [value_cell(kind, values.get(key)) for values in columns])
        use = "residential"
        price = model.assumptions.uses[use].sale_price
        solutions = [_solve(model, code, use, price, lang) for code in codes]
        areas = [None if isinstance(s, str) else s.area for s in solutions]
        solved = [area for area in areas if area is not None]
        total_area = sum(solved) if len(solved) == len(solutions) else None
        use_label = USE_LABELS[use]["zh" if is_chinese(lang) else "en"]
        ws.append([text_cell(ws, _label("plot", lang, use=use_label, price=f"{price:,.0f}"))]
                  + [value_cell("a", total_area)] + [value_cell("a", area) for area in areas])
        ws.append([text_cell(ws, _label("answer", lang)), None]
                  + [text_cell(ws, s if isinstance(s, str) else s.message(lang)) for s in solutions])
        ws.append([])

        ws.append([text_cell(ws, _label("modules", lang), font=BOLD)])
        header([translate(text, lang) for text in MODULE_COLUMNS])
        base = model.assumptions.rates.base_year
        for row in model.ledger.rows():
            ws.append([
                text_cell(ws, row.module_id), text_cell(ws, row.name), text_cell(ws, row.unit),
                number_cell(ws, row.households) if row.households is not None else None,
                number_cell(ws, row.in_kind), number_cell(ws, row.cash),
                number_cell(ws, row.existing_area / 10_000, DECIMAL),
                number_cell(ws, row.owed_per_household / 10_000, DECIMAL),
                number_cell(ws, row.area_owed / 10_000, DECIMAL),
                text_cell(ws, tr("yes", lang) if row.cap_binds else ""),
                number_cell(ws, row.compensation_cash / 100 / WAN, DECIMAL),
                number_cell(ws, row.in_kind_credit / 100 / WAN, DECIMAL), number_cell(ws, base + row.move_out, "0"),
            ])
        ws.append([])

        ws.append([text_cell(ws, _label("lumps", lang), font=BOLD)])
        header([translate(text, lang) for text in LUMP_COLUMNS])
        for item in model.assumptions.lump_sums:
            kind = translate({"cost": N_("cost"), "income": N_("income")}[item.kind], lang)
            ws.append([text_cell(ws, item.unit), text_cell(ws, item.label), text_cell(ws, kind),
                       number_cell(ws, item.amount / WAN, DECIMAL), number_cell(ws, item.year, "0"),
                       number_cell(ws, item.spread_years, "0")])
        ws.append([])

        rules = model.assumptions.resettlement
        ws.append([text_cell(ws, _label("rules", lang), font=BOLD)])
        ws.append([text_cell(ws, _label("swap_ratio", lang)), number_cell(ws, rules.swap_ratio, "General")])
        ws.append([text_cell(ws, _label("cap_per_household", lang)),
                   number_cell(ws, rules.cap_per_household, "General") if rules.cap_per_household is not None
                   else text_cell(ws, tr("none", lang))])
        ws.append([text_cell(ws, _label("moving_fee", lang)), number_cell(ws, rules.moving_fee, "#,##0")])
        ws.append([text_cell(ws, _label("transition_fee", lang)), number_cell(ws, rules.transition_fee, "#,##0")])
        ws.append([text_cell(ws, _label("cash_transition_months", lang)),
                   number_cell(ws, rules.cash_transition_months, "General")])
        for code, ratio in rules.unit_swap_ratios.items():
            ws.append([text_cell(ws, _label("unit_swap_ratio", lang, unit=code)), number_cell(ws, ratio, "General")])
        ws.append([text_cell(ws, _label("source", lang)), text_cell(ws, translate(FEE_SOURCE, lang))])
        ws.append([])
