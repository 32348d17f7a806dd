"""Tables of the feasibility stack (spec section 9): labels, the block under Table 1, the three
parties, the land appreciation tax step by step, a module's cost and income breakdown.

Money in 10,000 CNY (万元) in frames; yuan in the breakdown. Pure Python and pandas.
"""

from __future__ import annotations

import pandas as pd

from economic_layer_plugin.core.feasibility import FEASIBILITY_MONEY_KEYS, TAX_KEYS
from economic_layer_plugin.core.module import cost_bases

WAN = 10_000.0

#: (English, Chinese) labels of every feasibility indicator key
FEASIBILITY_LABELS = {
    "preliminaries": ("Preliminaries (10,000 CNY)", "前期费用（万元）"),
    "contingency": ("Contingency (10,000 CNY)", "不可预见费（万元）"),
    "municipal_fee": ("Municipal infrastructure fee (10,000 CNY)", "城市基础设施配套费（万元）"),
    "deed_tax": ("Deed tax (10,000 CNY)", "契税（万元）"),
    "acquisition": ("Acquisition of standing buildings (10,000 CNY)", "既有建筑收购费（万元）"),
    "vat": ("VAT (10,000 CNY)", "增值税（万元）"),
    "surcharges": ("VAT surcharges (10,000 CNY)", "增值税附加（万元）"),
    "property_tax": ("Property tax (10,000 CNY)", "房产税（万元）"),
    "land_appreciation_tax": ("Land appreciation tax (10,000 CNY)", "土地增值税（万元）"),
    "corporate_income_tax": ("Corporate income tax (10,000 CNY)", "企业所得税（万元）"),
    "taxes": ("Taxes, total (10,000 CNY)", "税费合计（万元）"),
    "sales_taxes_replaced": ("Flat taxes on sales replaced (10,000 CNY)", "被替代的销售税费估算（万元）"),
    "exit_value": ("Exit value of held assets (10,000 CNY)", "持有资产期末价值（万元）"),
    "feasibility_revenue": ("Income incl. exit value (10,000 CNY)", "含期末价值的收入（万元）"),
    "feasibility_cost": ("Cost incl. taxes and finance (10,000 CNY)", "含税费和财务费用的成本（万元）"),
    "pre_tax_profit": ("Profit before income tax (10,000 CNY)", "所得税前利润（万元）"),
    "taxable_profit": ("Taxable profit, accrual basis (10,000 CNY)", "应纳税所得额（权责发生制，万元）"),
    "finance_cost": ("Finance cost (10,000 CNY)", "财务费用（万元）"),
    "net_profit_after_tax": ("Net profit after tax and finance (10,000 CNY)", "税后净利润（万元）"),
    "project_npv": ("Project NPV, after tax (10,000 CNY)", "项目税后净现值（万元）"),
    "project_irr": ("Project IRR, after tax", "项目税后内部收益率"),
    "equity_npv": ("Equity NPV (10,000 CNY)", "资本金净现值（万元）"),
    "equity_irr": ("Equity IRR", "资本金内部收益率"),
    "peak_debt": ("Peak debt (10,000 CNY)", "最大借款余额（万元）"),
    "equity_injection": ("Funding gap: equity injected beyond the equity share (10,000 CNY)",
                    "资金缺口：超出资本金比例的股东追加投入（万元）"),
    "reit_yield": ("REIT distribution yield", "REITs 现金分派率"),
    "reit_ready": ("REIT ready (3.8 %)", "满足 REITs 要求（3.8%）"),
    "reit_ready_2021": ("REIT ready (4 %)", "满足 REITs 要求（4%）"),
    "government_take": ("Government (10,000 CNY)", "政府（万元）"),
    "owners_take": ("Owners and residents (10,000 CNY)", "产权人与居民（万元）"),
    "implementer_take": ("Implementer (10,000 CNY)", "实施主体（万元）"),
    "subsidy_pv": ("Subsidy needed, present value (10,000 CNY)", "所需补贴现值（万元）"),
}
PERCENT_KEYS = frozenset({"project_irr", "equity_irr", "reit_yield"})
FLAG_KEYS = frozenset({"reit_ready", "reit_ready_2021"})

#: the rows of the block under Table 1: taxes by kind, finance cost, net after tax and finance
BLOCK_ROWS = (*TAX_KEYS, "deed_tax", "taxes", "preliminaries", "contingency", "municipal_fee", "acquisition",
              "exit_value",
              "finance_cost", "net_profit_after_tax", "project_irr", "equity_irr", "peak_debt")
THREE_PARTY_ROWS = ("government_take", "owners_take", "implementer_take")
BLOCK_TITLE = ("Feasibility: taxes, fees, finance and exit value", "可研测算：税费、财务费用与期末价值")
THREE_PARTY_TITLE = ("The three parties (10,000 CNY)", "三方平衡（万元）")
PRODUCT_LABELS = {
    "ordinary_residential": ("Ordinary residential", "普通住宅"),
    "other_residential": ("Other residential", "非普通住宅"),
    "non_residential": ("Non-residential", "非住宅"),
    "held_assets_sale": ("Held assets sold at the horizon", "期末转让的持有资产"),
}
#: the steps of the land appreciation tax, as a tax adviser checks them (Taxes sheet)
LAT_STEPS = (
    ("sales", "Sales incl. VAT (10,000 CNY)", "含税销售收入（万元）"),
    ("output_vat", "Output VAT (10,000 CNY)", "销项税额（万元）"),
    ("proceeds", "1 Proceeds excl. VAT (10,000 CNY)", "1 转让收入（不含增值税，万元）"),
    ("area_share", "Share of the developed floor area", "可售面积分摊比例"),
    ("land_cost", "2.1 Land cost: premium + deed tax (10,000 CNY)", "2.1 取得土地使用权支付的金额（万元）"),
    ("development_cost", "2.2 Development cost (10,000 CNY)", "2.2 房地产开发成本（万元）"),
    ("development_expenses", "2.3 Development expenses, 10 % (10,000 CNY)", "2.3 房地产开发费用（10%，万元）"),
    ("taxes", "2.4 Taxes on the transfer: surcharges (10,000 CNY)", "2.4 与转让有关的税金（附加，万元）"),
    ("developer_deduction", "2.5 Developer deduction, 20 % (10,000 CNY)", "2.5 加计扣除（20%，万元）"),
    ("deductions", "2 Deductions (10,000 CNY)", "2 扣除项目金额合计（万元）"),
    ("appreciation", "3 Appreciation = 1 - 2 (10,000 CNY)", "3 增值额 = 1 - 2（万元）"),
    ("ratio", "4 Appreciation ratio = 3 / 2", "4 增值率 = 3 / 2"),
    ("band", "Band", "适用级次"),
    ("rate", "Rate", "税率"),
    ("quick_deduction", "Quick deduction factor", "速算扣除系数"),
    ("exempt", "Exempt (ordinary residential, ratio <= 20 %)", "免征（普通住宅增值率不超过20%）"),
    ("tax", "5 Tax = 3 x rate - 2 x factor (10,000 CNY)", "5 应纳税额 = 3 × 税率 - 2 × 速算扣除系数（万元）"),
)
LAT_MONEY = frozenset({"sales", "output_vat", "proceeds", "land_cost", "development_cost", "development_expenses",
                       "taxes", "developer_deduction", "deductions", "appreciation", "tax"})


def label(key: str, language: str) -> str:
    en, zh = FEASIBILITY_LABELS[key]
    return zh if language == "zh" else en


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
    header = ["合计" if language == "zh" else "Total"] + [str(code) for code in units]
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
        en, zh = PRODUCT_LABELS[row["product_type"]]
        header.append(f"{row['unit']} · {zh if language == 'zh' else en}")
    data = []
    for key, _en, _zh in LAT_STEPS:
        values = []
        for row in lat_rows:
            value = row[key]
            values.append(value / WAN if key in LAT_MONEY and value is not None else value)
        data.append(values)
    frame = pd.DataFrame(data, index=[zh if language == "zh" else en for _, en, zh in LAT_STEPS], columns=header,
                         dtype=object)
    frame.attrs["rows"] = [key for key, _, _ in LAT_STEPS]
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
