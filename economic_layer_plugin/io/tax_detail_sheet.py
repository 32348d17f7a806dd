"""The "Tax inputs" sheet: what an auditor needs to recompute a unit's VAT, surcharges, land
appreciation tax and income tax by hand (docs/feasibility.md, "Auditing the taxes of one unit").

Per unit of every scheme whose feasibility stack is on: the summed inputs the stack reads (land
premium, compensation, the development-cost items, the unit's lump sums, the in-kind flats, the
developed and the leasable floor area and, per product type as the stack taxes it, the sold area, the
sales and the direct costs of its modules), the rates, and per year the VAT sales amount, the hard
cost, the gross rent, the VAT, surcharges, the selling costs, the development cost matched to the
year, the accrual-basis taxable profit and the income tax. Every figure is read from the unit's
stack (core/feasibility.py keeps what its taxes read), none computed again here. Money in 10,000 CNY
shown to the fen (six decimals), areas in m2. Values, not formulas. Pure Python (openpyxl and the core
engine): no QGIS import.
"""

from __future__ import annotations

from economic_layer_plugin.core import feasibility as fz
from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.core.lumpsums import unit_lump_flows
from economic_layer_plugin.core.module import AREA_KEYS, SALES
from economic_layer_plugin.io.cells import BOLD, HEADER_FILL, TITLE, number_cell, text_cell

SHEET = "Tax inputs"
#: money to the fen in 10,000 CNY
FEN_WAN = "#,##0.000000"
AREA = "#,##0.0000"
RATE = "0.00%"
TITLE_TEXT = N_("Inputs of the taxes per unit (money in 10,000 CNY to the fen, areas in m2): {scheme}")
YEARS_TEXT = N_("Inputs and taxes per year, unit {unit} (10,000 CNY): {scheme}")
RATES_TEXT = N_("Rates the taxes use")
ITEM = N_("Item")
UNIT = N_("Unit")
YEAR = N_("Year")
YES, NO = N_("yes"), N_("no")
#: feasibility.lump_sum_income as a person reads it
CHARACTER = {fz.LUMP_SALES: N_("sales income"), fz.LUMP_SUBSIDY: N_("subsidy")}
TYPE_NAMES = (N_("ordinary residential"), N_("other residential"), N_("non-residential"))
#: the unit's scalar inputs: (key, label, kind) with kind money / area / text
UNIT_ROWS = (
    ("premium", N_("Land premium"), "money"),
    ("compensation", N_("Compensation to owners"), "money"),
    ("demolition", N_("Demolition"), "money"),
    ("works", N_("Works (construction, renovation, upkeep)"), "money"),
    ("soft", N_("Soft cost (hard cost x soft cost ratio, per works period, to the fen)"), "money"),
    ("preliminaries", N_("Preliminaries"), "money"),
    ("contingency", N_("Contingency"), "money"),
    ("municipal_fee", N_("Municipal infrastructure fee"), "money"),
    ("deed_tax", N_("Deed tax"), "money"),
    ("acquisition", N_("Acquisition of standing buildings"), "money"),
    ("other_cost", N_("Other cost"), "money"),
    ("lump_cost", N_("Unit lump-sum costs (calibration, public works)"), "money"),
    ("lump_income", N_("Unit lump-sum incomes (calibration, subsidies)"), "money"),
    ("lump_character", N_("Lump-sum incomes taxed as"), "text"),
    ("forgone", N_("In-kind flats: sales forgone incl. VAT (deemed sale)"), "money"),
    ("in_kind", N_("In-kind flats: compensation at the compensation rate"), "money"),
    ("moving", N_("Moving fees"), "money"),
    ("transition", N_("Transition fees"), "money"),
    ("basis", N_("Developed floor area (m2)"), "area"),
    ("held_area", N_("Leasable floor area, held and depreciated (m2)"), "area"),
    ("ordinary", N_("Housing meets the ordinary-housing criteria"), "text"),
)
#: per product type: (offset, label, kind)
TYPE_ROWS = (
    ("sold_area", N_("{type}: sold floor area (m2)"), "area"),
    ("sales", N_("{type}: sales of its modules incl. VAT and in-kind flats"), "money"),
    ("d_premium", N_("{type}: land premium of its modules"), "money"),
    ("d_works", N_("{type}: works of its modules"), "money"),
    ("d_own", N_("{type}: acquisition and other cost of its modules"), "money"),
    ("d_area", N_("{type}: developed floor area of its modules (m2)"), "area"),
)
#: the rates: (label, getter on the assumptions, number format)
RATE_ROWS = (
    (N_("Soft cost ratio"), lambda a: a.rates.soft_cost_ratio, RATE),
    (N_("Preliminaries ratio"), lambda a: a.feasibility.preliminaries_ratio, RATE),
    (N_("Contingency ratio"), lambda a: a.feasibility.contingency_ratio, RATE),
    (N_("Deed tax rate"), lambda a: a.feasibility.deed_tax_rate, RATE),
    (N_("VAT rate on sales"), lambda a: a.feasibility.vat_rate, RATE),
    (N_("VAT rate on rent"), lambda a: a.feasibility.rent_vat_rate, RATE),
    (N_("Property tax rate on rent without VAT"), lambda a: a.feasibility.property_tax_rate, RATE),
    (N_("Input VAT rate on hard cost"), lambda a: a.feasibility.vat_input_rate, RATE),
    (N_("Surcharges on VAT"), lambda a: a.feasibility.surcharge_rate, RATE),
    (N_("LAT development expenses ratio"), lambda a: a.feasibility.lat_expense_ratio, RATE),
    (N_("LAT developer deduction ratio"), lambda a: a.feasibility.lat_developer_ratio, RATE),
    (N_("Corporate income tax rate"), lambda a: a.feasibility.cit_rate, RATE),
    (N_("Years of straight-line depreciation of held buildings"), lambda a: a.feasibility.depreciation_years, "0"),
)
#: the yearly rows of a unit: (key, label)
YEAR_ROWS = (
    ("sales", N_("VAT sales amount: sales received incl. VAT + lump-sum incomes taxed as sales")),
    ("module_sales", N_("Sales received from the modules incl. VAT")),
    ("hard", N_("Hard cost (works + demolition) incl. VAT")),
    ("rent", N_("Gross rent incl. VAT")),
    ("vat_output", N_("Output VAT (sales, rent, exit)")),
    ("vat_input", N_("Input VAT")),
    ("unit_vat", N_("VAT payable, the unit on its own")),
    ("unit_surcharges", N_("Surcharges, the unit on its own")),
    ("land_appreciation_tax", N_("Land appreciation tax")),
    ("property_tax", N_("Property tax")),
    ("revenue", N_("Revenue")),
    ("selling", N_("Selling costs")),
    ("matched", N_("Development cost matched to the year and depreciation (accrual basis)")),
    ("taxable_profit", N_("Taxable profit")),
    ("corporate_income_tax", N_("Corporate income tax")),
)


def sheet_steps(exporter) -> list:
    """The workbook step writing the sheet, when a scheme has the feasibility stack on."""
    if not any(model.stack() is not None for _, model in exporter.schemes):
        return []
    return [lambda workbook: write_tax_inputs(exporter, workbook)]


def unit_inputs(model, code: str) -> dict:
    """The scalar inputs of unit ``code`` (fen, 0.0001 m2, text) and its yearly rows (fen), read from its
    stack: the product types as its land appreciation tax takes them, the rows its taxes read."""
    assumptions = model.assumptions
    f = assumptions.feasibility
    totals = model.totals(code)
    bases = totals.bases or fz.Bases()
    stack = model.stack(code)
    s, rows, carried = stack.scalars, stack.rows, stack.carried
    n = len(rows["revenue"])
    lump_cost, lump_income = unit_lump_flows(assumptions.lump_sums, code, assumptions.rates.base_year)
    ledger = bases.ledger
    scalars = {
        "premium": s[fz.PREMIUM], "compensation": s[fz.COMPENSATION], "demolition": s[fz.DEMOLITION],
        "works": s[fz.WORKS], "soft": carried["soft"], "preliminaries": carried["preliminaries"],
        "contingency": carried["contingency"], "municipal_fee": carried["municipal_fee"],
        "deed_tax": carried["deed_tax"], "acquisition": s[fz.ACQUISITION], "other_cost": s[fz.OTHER_COST],
        "lump_cost": sum(lump_cost), "lump_income": sum(lump_income),
        "lump_character": f.lump_sum_income,
        "forgone": ledger.get("resettlement_revenue_forgone", 0), "in_kind": ledger.get("compensation_in_kind", 0),
        "moving": ledger.get("moving_fees", 0), "transition": ledger.get("transition_fees", 0),
        "basis": s[fz.BASIS_AREA], "held_area": totals.areas[AREA_KEYS.index("leasable_area")],
        "ordinary": fz.ordinary_housing(totals, assumptions, code),
    }
    for kind in range(len(fz.PRODUCT_TYPES)):
        d = fz.DIRECT + 4 * kind
        scalars[("sold_area", kind)] = s[fz.AREA_ORD + kind]
        scalars[("sales", kind)] = s[fz.SALES_ORD + kind]
        scalars[("d_premium", kind)] = s[d + fz.D_PREMIUM]
        scalars[("d_works", kind)] = s[d + fz.D_WORKS]
        scalars[("d_own", kind)] = s[d + fz.D_OWN]
        scalars[("d_area", kind)] = s[d + fz.D_AREA]
    years = {"sales": rows["vat_sales"], "module_sales": (list(totals.flows[SALES][:n]) + [0] * n)[:n],
             "rent": rows["gross_rent"]}
    for key, _label in YEAR_ROWS:
        if key not in years:
            years[key] = rows[key]
    return {"scalars": scalars, "years": years, "n": n}


def _value_cell(ws, value, kind: str, language: str):
    if kind == "money":
        return number_cell(ws, value / 100 / WAN, FEN_WAN)
    if kind == "area":
        return number_cell(ws, value / fz.AREA_UNIT, AREA)
    if isinstance(value, bool):
        return text_cell(ws, translate(YES if value else NO, language))
    return text_cell(ws, translate(CHARACTER.get(value, value), language))


def write_tax_inputs(exporter, workbook) -> None:
    ws = exporter._sheet(workbook, SHEET)
    lang = exporter.language
    ws.column_dimensions["A"].width = 64
    for name, model in exporter.schemes:
        if model.stack() is None:
            continue
        codes = list(model.unit_codes())
        inputs = {code: unit_inputs(model, code) for code in codes}
        ws.append([text_cell(ws, translate(TITLE_TEXT, lang).format(scheme=name), font=TITLE)])
        ws.append([text_cell(ws, translate(UNIT, lang), font=BOLD, fill=HEADER_FILL)]
                  + [text_cell(ws, code, font=BOLD, fill=HEADER_FILL) for code in codes])
        for key, label, kind in UNIT_ROWS:
            ws.append([text_cell(ws, translate(label, lang))]
                      + [_value_cell(ws, inputs[code]["scalars"][key], kind, lang) for code in codes])
        for kind_index, type_name in enumerate(TYPE_NAMES):
            for key, label, kind in TYPE_ROWS:
                text = translate(label, lang).format(type=translate(type_name, lang))
                ws.append([text_cell(ws, text)]
                          + [_value_cell(ws, inputs[code]["scalars"][(key, kind_index)], kind, lang)
                             for code in codes])
        ws.append([text_cell(ws, translate(RATES_TEXT, lang), font=BOLD)])
        for label, get, number_format in RATE_ROWS:
            ws.append([text_cell(ws, translate(label, lang)), number_cell(ws, get(model.assumptions), number_format)])
        ws.append([])
        base_year = model.assumptions.rates.base_year
        for code in codes:
            unit = inputs[code]
            ws.append([text_cell(ws, translate(YEARS_TEXT, lang).format(unit=code, scheme=name), font=TITLE)])
            ws.append([text_cell(ws, translate(YEAR, lang), font=BOLD, fill=HEADER_FILL)]
                      + [number_cell(ws, base_year + t, "0", font=BOLD, fill=HEADER_FILL) for t in range(unit["n"])])
            for key, label in YEAR_ROWS:
                ws.append([text_cell(ws, translate(label, lang))]
                          + [number_cell(ws, value / 100 / WAN, FEN_WAN) for value in unit["years"][key]])
            ws.append([])
