"""Tables of the feasibility stack (spec section 9): labels, the block under Table 1, the three
parties, the land appreciation tax step by step, a module's cost and income breakdown.

Money in 10,000 CNY (万元) in frames; yuan in the breakdown. Pure Python and pandas.
"""

from __future__ import annotations

import pandas as pd

from economic_layer_plugin.core.feasibility import FEASIBILITY_MONEY_KEYS, TAX_KEYS
from economic_layer_plugin.core.i18n import N_, tr, translate
from economic_layer_plugin.core.module import cost_bases

WAN = 10_000.0

#: labels of every feasibility indicator key (English; translate() shows them in Chinese)
FEASIBILITY_LABELS = {
    "preliminaries": N_("Preliminaries (10,000 CNY)"),
    "contingency": N_("Contingency (10,000 CNY)"),
    "municipal_fee": N_("Municipal infrastructure fee (10,000 CNY)"),
    "deed_tax": N_("Deed tax (10,000 CNY)"),
    "acquisition": N_("Acquisition of standing buildings (10,000 CNY)"),
    "vat": N_("VAT (10,000 CNY)"),
    "surcharges": N_("VAT surcharges (10,000 CNY)"),
    "property_tax": N_("Property tax (10,000 CNY)"),
    "land_appreciation_tax": N_("Land appreciation tax (10,000 CNY)"),
    "corporate_income_tax": N_("Corporate income tax (10,000 CNY)"),
    "taxes": N_("Taxes, total (10,000 CNY)"),
    "sales_taxes_replaced": N_("Flat taxes on sales replaced (10,000 CNY)"),
    "exit_value": N_("Exit value of held assets (10,000 CNY)"),
    "feasibility_revenue": N_("Income incl. exit value (10,000 CNY)"),
    "feasibility_cost": N_("Cost incl. taxes and finance (10,000 CNY)"),
    "pre_tax_profit": N_("Profit before income tax (10,000 CNY)"),
    "taxable_profit": N_("Taxable profit, accrual basis (10,000 CNY)"),
    "finance_cost": N_("Finance cost (10,000 CNY)"),
    "net_profit_after_tax": N_("Net profit after tax and finance (10,000 CNY)"),
    "project_npv": N_("Project NPV, after tax (10,000 CNY)"),
    "project_irr": N_("Project IRR, after tax"),
    "equity_npv": N_("Equity NPV (10,000 CNY)"),
    "equity_irr": N_("Equity IRR"),
    "peak_debt": N_("Peak debt (10,000 CNY)"),
    "equity_injection": N_("Funding gap: equity injected beyond the equity share (10,000 CNY)"),
    "reit_yield": N_("REIT distribution yield"),
    "reit_ready": N_("REIT ready (3.8 %)"),
    "reit_ready_2021": N_("REIT ready (4 %)"),
    "government_take": N_("Government (10,000 CNY)"),
    "owners_take": N_("Owners and residents (10,000 CNY)"),
    "implementer_take": N_("Implementer (10,000 CNY)"),
    "subsidy_pv": N_("Subsidy needed, present value (10,000 CNY)"),
}
PERCENT_KEYS = frozenset({"project_irr", "equity_irr", "reit_yield"})
FLAG_KEYS = frozenset({"reit_ready", "reit_ready_2021"})

#: the rows of the block under Table 1: taxes by kind, finance cost, net after tax and finance
BLOCK_ROWS = (*TAX_KEYS, "deed_tax", "taxes", "preliminaries", "contingency", "municipal_fee", "acquisition",
              "exit_value",
              "finance_cost", "net_profit_after_tax", "project_irr", "equity_irr", "peak_debt")
THREE_PARTY_ROWS = ("government_take", "owners_take", "implementer_take")
BLOCK_TITLE = N_("Feasibility: taxes, fees, finance and exit value")
THREE_PARTY_TITLE = N_("The three parties (10,000 CNY)")
PRODUCT_LABELS = {
    "ordinary_residential": N_("Ordinary residential"),
    "other_residential": N_("Other residential"),
    "non_residential": N_("Non-residential"),
    "held_assets_sale": N_("Held assets sold at the horizon"),
}
#: the steps of the land appreciation tax, as a tax adviser checks them (Taxes sheet)
LAT_STEPS = (
    ("sales", N_("Sales incl. VAT (10,000 CNY)")),
    ("output_vat", N_("Output VAT (10,000 CNY)")),
    ("proceeds", N_("1 Proceeds excl. VAT (10,000 CNY)")),
    ("area_share", N_("Share of the developed floor area")),
    ("land_cost", N_("2.1 Land cost: premium + deed tax (10,000 CNY)")),
    ("development_cost", N_("2.2 Development cost (10,000 CNY)")),
    ("development_expenses", N_("2.3 Development expenses, 10 % (10,000 CNY)")),
    ("taxes", N_("2.4 Taxes on the transfer: surcharges (10,000 CNY)")),
    ("developer_deduction", N_("2.5 Developer deduction, 20 % (10,000 CNY)")),
    ("deductions", N_("2 Deductions (10,000 CNY)")),
    ("appreciation", N_("3 Appreciation = 1 - 2 (10,000 CNY)")),
    ("ratio", N_("4 Appreciation ratio = 3 / 2")),
    ("band", N_("Band")),
    ("rate", N_("Rate")),
    ("quick_deduction", N_("Quick deduction factor")),
    ("exempt", N_("Exempt (ordinary residential, ratio <= 20 %)")),
    ("tax", N_("5 Tax = 3 x rate - 2 x factor (10,000 CNY)")),
)
LAT_MONEY = frozenset({"sales", "output_vat", "proceeds", "land_cost", "development_cost", "development_expenses",
                       "taxes", "developer_deduction", "deductions", "appreciation", "tax"})


def label(key: str, language: str) -> str:
    return translate(FEASIBILITY_LABELS[key], language)


def scaled(key: str, value):
    """A feasibility value as a table shows it: money in 10,000 CNY, others as they are."""
    if value is None:
        return None
    if key in FEASIBILITY_MONEY_KEYS or key == "subsidy_pv":
        return value / WAN
    return value


def _frame(rows: tuple, project: dict, units: dict, language: str) -> pd.DataFrame:
    columns = [project] + list(units.values())
    keys = [key for key in rows if key in project]
    data = [[scaled(key, values.get(key)) for values in columns] for key in keys]
    header = [tr("Total", language)] + [str(code) for code in units]
    frame = pd.DataFrame(data, index=[label(key, language) for key in keys], columns=header, dtype=object)
    frame.attrs["rows"] = keys
    frame.attrs["units"] = [str(code) for code in units]
    return frame


def feasibility_block(project: dict, units: dict, language: str = "en") -> pd.DataFrame:
    """The block under Table 1 (rows BLOCK_ROWS): Total, then one column per unit."""
    return _frame(BLOCK_ROWS, project, units, language)


def three_parties(project: dict, units: dict, language: str = "en") -> pd.DataFrame:
    """The three-party table (三方平衡): government, owners and residents, implementer."""
    return _frame(THREE_PARTY_ROWS, project, units, language)


def lat_frame(lat_rows: list, language: str = "en") -> pd.DataFrame:
    """The land appreciation tax per unit and product type, step by step: one column each."""
    header = []
    for row in lat_rows:
        header.append(f"{row['unit']} · {translate(PRODUCT_LABELS[row['product_type']], language)}")
    data = []
    for key, _label in LAT_STEPS:
        values = []
        for row in lat_rows:
            value = row[key]
            values.append(value / WAN if key in LAT_MONEY and value is not None else value)
        data.append(values)
    frame = pd.DataFrame(data, index=[translate(text, language) for _, text in LAT_STEPS], columns=header,
                         dtype=object)
    frame.attrs["rows"] = [key for key, _ in LAT_STEPS]
    return frame


# a module's breakdown (the module card) -----------------------------------------------------------
COST_ITEMS = ("compensation", "acquisition", "demolition", "works", "fees", "land_premium", "taxes", "finance")
INCOME_ITEMS = ("sales", "operating", "exit", "other")


def module_breakdown(module, assumptions) -> tuple:
    """({cost item: yuan or None}, {income item: yuan}) of one module, for the module card.

    Costs: compensation, acquisition, demolition, works (construction, renovation or upkeep), fees
    (soft costs, sales costs and, with the stack on, preliminaries, contingency and the municipal
    fee), land premium (with the deed tax when the stack is on), taxes (the flat taxes on sales when
    the stack is off; None when it is on: the taxes are computed per unit), finance (None: per unit).
    """
    rates = assumptions.rates
    f = assumptions.feasibility
    on = f.enabled
    action = module.action
    existing, gfa = module.existing_gfa, module.gfa
    works, demolition, compensation, premium = cost_bases(module)
    acquisition = existing * (module.acquisition_rate or 0.0) if on and action in ("retain", "renovate") else 0.0
    hard = works + demolition
    soft = hard * rates.soft_cost_ratio
    sales = module.saleable_area * module.sale_price if action != "demolish" else 0.0
    fees = soft + sales * rates.sales_cost_ratio
    if on:
        fees += hard * f.preliminaries_ratio + (hard + soft) * f.contingency_ratio
        if action == "add" and not module.below_ground:
            fees += gfa * f.municipal_fee
    costs = {
        "compensation": compensation, "acquisition": acquisition, "demolition": demolition, "works": works,
        "fees": fees, "land_premium": premium * (1.0 + f.deed_tax_rate) if on else premium,
        "taxes": None if on else sales * rates.sales_tax_ratio, "finance": None,
    }
    operating = sum(module.flows[3]) / 100.0
    exit_value = 0.0
    if rates.exit_enabled or (on and f.exit_enabled):
        years = rates.operating_horizon
        noi = module.leasable_area * module.rent * 12.0 * module.occupancy * (1.0 - rates.operating_cost_ratio)
        if noi > 0 and years:
            exit_value = noi * (1.0 + rates.rent_growth) ** (years - 1) / rates.exit_cap_rate
            if rates.exit_enabled:  # already in the module's operating income
                operating -= exit_value
    income = {"sales": sales, "operating": operating, "exit": exit_value, "other": module.other_income}
    return costs, income
