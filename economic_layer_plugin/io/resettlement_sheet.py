"""The spreadsheet's "Resettlement" sheet: per scheme, the resettlement ledger and fund balance per unit
(Total, then one column per unit), the ledger of every demolished module, the unit-level lump sums
and the resettlement rules (docs/resettlement.md). Money in 10,000 CNY, areas in m2.

Pure Python (openpyxl): no QGIS import. Text from a layer is written as text (never a formula).
"""

from __future__ import annotations

from economic_layer_plugin.core.balance import fund_balance, solve_balance
from economic_layer_plugin.core.calibration import calibration_values
from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.resettlement_rules import FEE_SOURCE, FEE_SOURCE_ZH
from economic_layer_plugin.definitions import USE_LABELS
from economic_layer_plugin.io.cells import BOLD, DECIMAL, HEADER_FILL, NUMBER, TITLE, number_cell, text_cell

LABELS = {
    "title": ("Resettlement and fund balance: {scheme} (money in 10,000 CNY, areas in m2)",
              "安置与资金平衡：{scheme}（金额单位：万元，面积单位：平方米）"),
    "item": ("Item", "项目"),
    "total": ("Total", "合计"),
    "modules": ("Ledger per demolished module", "拆除模块安置台账"),
    "lumps": ("Unit lump sums", "单元专项收支"),
    "rules": ("Resettlement rules", "安置规则"),
    "plot": ("Financing plot to balance (m2): {use} at {price} yuan/m2",
             "平衡所需融资地块（m2）：{use}，{price} 元/m2"),
    "answer": ("Answer", "结论"),
}
ROWS = (
    ("households_moved", "Households moved", "搬迁户数", "n"),
    ("households_in_kind", "of which in kind (on site or nearby)", "其中产权调换（就地就近）", "n"),
    ("households_cash", "of which in cash", "其中货币补偿", "n"),
    ("households_missing", "Demolished modules without household count", "缺少户数的拆除模块", "n"),
    ("resettlement_area_owed", "Floor area owed in kind (m2)", "产权调换应安置面积（m2）", "a"),
    ("resettlement_area_available", "Saleable new housing available (m2)", "可售新建住宅面积（m2）", "a"),
    ("resettlement_area_taken", "Area taken out of sale (m2)", "扣减可售面积（m2）", "a"),
    ("resettlement_area_shortfall", "Shortfall (m2)", "安置面积缺口（m2）", "a"),
    ("resettlement_revenue_forgone", "Sales given up (10,000 CNY)", "减少的销售收入（万元）", "m"),
    ("compensation_cash", "Cash compensation (10,000 CNY)", "货币补偿（万元）", "m"),
    ("compensation_in_kind", "Compensation paid in kind (10,000 CNY)", "以房屋支付的补偿（万元）", "m"),
    ("moving_fees", "Moving fees (10,000 CNY)", "搬迁费（万元）", "m"),
    ("transition_fees", "Transition fees (10,000 CNY)", "临时安置费（万元）", "m"),
    ("lump_sum_cost", "Unit lump sums: cost (10,000 CNY)", "单元专项支出（万元）", "m"),
    ("lump_sum_income", "Unit lump sums: income (10,000 CNY)", "单元专项收入（万元）", "m"),
    ("calibration_cost", "of which calibration: cost (10,000 CNY)", "其中校准支出（万元）", "m"),
    ("calibration_income", "of which calibration: income (10,000 CNY)", "其中校准收入（万元）", "m"),
    ("net_profit", "Fund balance, static (10,000 CNY)", "资金平衡（静态，万元）", "m"),
    ("npv", "Fund balance, NPV (10,000 CNY)", "资金平衡（净现值，万元）", "m"),
    ("subsidy", "Subsidy to balance (10,000 CNY)", "平衡所需补贴（万元）", "m"),
    ("subsidy_pv", "Subsidy to balance, present value (10,000 CNY)", "平衡所需补贴现值（万元）", "m"),
)
MODULE_COLUMNS = (
    ("Module id", "模块编号"), ("Name", "名称"), ("Unit", "单元"), ("Households", "户数"), ("In kind", "产权调换户数"),
    ("In cash", "货币补偿户数"), ("Existing area (m2)", "现状建筑面积（m2）"),
    ("Owed per household (m2)", "每户应安置面积（m2）"), ("Area owed (m2)", "应安置面积（m2）"),
    ("Cap binds", "封顶"), ("Cash compensation (10,000 CNY)", "货币补偿（万元）"),
    ("Compensation paid in kind (10,000 CNY)", "以房屋支付的补偿（万元）"), ("Move-out year", "搬迁年份"),
)
LUMP_COLUMNS = (("Unit", "单元"), ("Label", "名称"), ("Cost or income", "支出或收入"),
                ("Amount (10,000 CNY)", "金额（万元）"), ("Year", "年份"), ("Spread (years)", "分摊年数"))


#: The resettlement rules as the planner reads them (not the assumption keys)
LABELS.update({
    "swap_ratio": ("Swap ratio (m2 in kind per m2 owned)", "产权调换比例（每平方米原面积换安置面积）"),
    "cap_per_household": ("Cap per household (m2)", "每户安置面积上限（m2）"),
    "moving_fee": ("Moving fee (yuan per household per move)", "搬迁费（元/户/次）"),
    "transition_fee": ("Transition fee (yuan per household per month)", "临时安置费（元/户/月）"),
    "cash_transition_months": ("Transition months paid to cash households", "货币补偿户的临时安置费月数"),
    "unit_swap_ratio": ("Swap ratio of unit {unit}", "单元 {unit} 的产权调换比例"),
    "source": ("Source of the fees", "费用依据"),
})


def _label(key: str, language: str, **values) -> str:
    en, zh = LABELS[key]
    return (zh if language == "zh" else en).format(**values)


def write_resettlement_sheet(exporter, workbook) -> None:

    ws = exporter._sheet(workbook, "Resettlement")
    # the answers are sentences: wrapped in columns of a readable width, not one page-wide line each
    # (fitted to the page width, a 60-character column per unit printed the sheet at about 3 pt)
    ws.print_setup(max_width=26)
    lang = exporter.language
    zh = lang == "zh"
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
        for key, en, zh_label, kind in ROWS:
            ws.append([text_cell(ws, zh_label if zh else en)]
                      + [value_cell(kind, values.get(key)) for values in columns])
        use = "residential"
        price = model.assumptions.uses[use].sale_price
        solutions = [solve_balance(model, code, use, price) for code in codes]
        solved = [s.area for s in solutions if s.area is not None]
        total_area = sum(solved) if len(solved) == len(solutions) else None
        use_label = USE_LABELS[use]["zh" if zh else "en"]
        ws.append([text_cell(ws, _label("plot", lang, use=use_label, price=f"{price:,.0f}"))]
                  + [value_cell("a", total_area)] + [value_cell("a", s.area) for s in solutions])
        ws.append([text_cell(ws, _label("answer", lang)), None] + [text_cell(ws, s.message(lang)) for s in solutions])
        ws.append([])

        ws.append([text_cell(ws, _label("modules", lang), font=BOLD)])
        header([zh_text if zh else en for en, zh_text in MODULE_COLUMNS])
        base = model.assumptions.rates.base_year
        for row in model.ledger.rows():
            ws.append([
                text_cell(ws, row.module_id), text_cell(ws, row.name), text_cell(ws, row.unit),
                number_cell(ws, row.households) if row.households is not None else None,
                number_cell(ws, row.in_kind), number_cell(ws, row.cash),
                number_cell(ws, row.existing_area / 10_000, DECIMAL),
                number_cell(ws, row.owed_per_household / 10_000, DECIMAL),
                number_cell(ws, row.area_owed / 10_000, DECIMAL),
                text_cell(ws, ("是" if zh else "yes") if row.cap_binds else ""),
                number_cell(ws, row.compensation_cash / 100 / WAN, DECIMAL),
                number_cell(ws, row.in_kind_credit / 100 / WAN, DECIMAL), number_cell(ws, base + row.move_out, "0"),
            ])
        ws.append([])

        ws.append([text_cell(ws, _label("lumps", lang), font=BOLD)])
        header([zh_text if zh else en for en, zh_text in LUMP_COLUMNS])
        for item in model.assumptions.lump_sums:
            kind = {"cost": ("cost", "支出"), "income": ("income", "收入")}[item.kind][1 if zh else 0]
            ws.append([text_cell(ws, item.unit), text_cell(ws, item.label), text_cell(ws, kind),
                       number_cell(ws, item.amount / WAN, DECIMAL), number_cell(ws, item.year, "0"),
                       number_cell(ws, item.spread_years, "0")])
        ws.append([])

        rules = model.assumptions.resettlement
        ws.append([text_cell(ws, _label("rules", lang), font=BOLD)])
        ws.append([text_cell(ws, _label("swap_ratio", lang)), number_cell(ws, rules.swap_ratio, "General")])
        ws.append([text_cell(ws, _label("cap_per_household", lang)),
                   number_cell(ws, rules.cap_per_household, "General") if rules.cap_per_household is not None
                   else text_cell(ws, "无" if zh else "none")])
        ws.append([text_cell(ws, _label("moving_fee", lang)), number_cell(ws, rules.moving_fee, "#,##0")])
        ws.append([text_cell(ws, _label("transition_fee", lang)), number_cell(ws, rules.transition_fee, "#,##0")])
        ws.append([text_cell(ws, _label("cash_transition_months", lang)),
                   number_cell(ws, rules.cash_transition_months, "General")])
        for code, ratio in rules.unit_swap_ratios.items():
            ws.append([text_cell(ws, _label("unit_swap_ratio", lang, unit=code)), number_cell(ws, ratio, "General")])
        ws.append([text_cell(ws, _label("source", lang)), text_cell(ws, FEE_SOURCE_ZH if zh else FEE_SOURCE)])
        ws.append([])
