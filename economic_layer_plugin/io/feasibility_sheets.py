"""The feasibility stack in the spreadsheet (spec section 9): the block under Table 1, the
feasibility rows of the Indicators sheet, the "Taxes" sheet (the land appreciation tax per unit and
product type step by step, and the taxes and finance cost per year) and the "Three parties" sheet.

Written only for schemes whose stack is on; a workbook of schemes with the stack off is the one it
always was. Values, not formulas. Pure Python (openpyxl): no QGIS import.
"""

from __future__ import annotations

from economic_layer_plugin.core import feasibility_tables as ft
from economic_layer_plugin.core.indicators import INDICATOR_KEYS
from economic_layer_plugin.io.cells import BOLD, DECIMAL, HEADER_FILL, NUMBER, PERCENT, TITLE, number_cell, text_cell

LABELS = {
    "taxes_title": ("Land appreciation tax per unit and product type, step by step: {scheme}",
                    "土地增值税清算测算（按单元和产品类型）：{scheme}"),
    "years_title": ("Taxes and finance cost per year: {scheme} (10,000 CNY)", "逐年税费与财务费用：{scheme}（万元）"),
    "parties_title": ("The three parties: {scheme} (10,000 CNY)", "三方平衡：{scheme}（万元）"),
    "no_sales": ("Nothing is sold: no land appreciation tax.", "无销售：不涉及土地增值税。"),
    "item": ("Item", "项目"),
    "year": ("Year", "年份"),
    "stack_off": ("The feasibility stack is off for this scheme.", "本方案未启用可研测算（税费与融资）。"),
    "vat_title": ("VAT and surcharges per unit: {scheme} (10,000 CNY)", "增值税及附加分摊到单元：{scheme}（万元）"),
    "vat_own": ("Each unit on its own (own output less own input VAT)", "单元单独计算（本单元销项减进项）"),
    "vat_allocated": ("Share of the project's VAT and surcharges", "分摊的项目增值税及附加"),
    "vat_rule": ("The project is one taxpayer: input VAT pooled across units; shares in proportion to "
                 "each unit on its own", "项目为同一纳税人：各单元进项税额合并抵扣；按各单元单独计算额分摊"),
    "vat_rule_unit": ("Each unit a taxpayer of its own", "各单元分别作为纳税人"),
    "options_title": ("Tax and financing options: {scheme}", "税费与融资选项：{scheme}"),
    "option": ("Option", "选项"),
    "unit": ("Unit", "单元"),
    "value": ("Value", "取值"),
}
#: the options of the stack a tax adviser checks first (assumption key, English, Chinese)
OPTION_ROWS = (
    ("vat_level", "VAT taxpayer (project or unit)", "增值税纳税主体（项目或单元）"),
    ("vat_compensation_deduction", "Compensation deducted from the VAT sales amount", "拆迁补偿费从增值税销售额中扣除"),
    ("lump_sum_income", "Lump-sum incomes taxed as (sales or subsidy)", "单元一次性收入的税务性质（销售或补贴）"),
    ("lat_cost_attribution", "LAT deductions: direct costs or all by floor area",
     "土地增值税扣除：直接成本或全部按面积分摊"),
    ("lat_resettlement_costs", "LAT: in-kind flats at value, moving and transition fees",
     "土地增值税：回迁房按价值及搬迁、过渡费计入拆迁补偿费"),
    ("ordinary_min_plot_ratio", "Ordinary housing: plot ratio at least", "普通住宅：容积率不低于"),
    ("ordinary_max_flat_size", "Ordinary housing: flat size at most (m2)", "普通住宅：单套面积不超过（平方米）"),
    ("residential_flat_size", "Average flat sold (m2)", "平均单套销售面积（平方米）"),
    ("exit_treatment", "Exit value (valuation or sale)", "期末资产价值（估值或出售）"),
    ("interest_convention", "Interest convention (mid_year or year_end)", "计息方式（年中或年末）"),
    ("unpaid_interest", "Interest the flow cannot pay (equity or capitalise)", "无力支付的利息（股东投入或资本化）"),
    ("cit_loss_years", "Years a tax loss is carried forward", "亏损结转年限"),
    ("depreciation_years", "Depreciation of held buildings (years)", "持有物业折旧年限"),
    ("vat_prepayment_rate", "VAT prepaid on advance receipts", "预收款预缴增值税率"),
    ("rent_vat_rate", "VAT on rent", "租金增值税率"),
    ("resettlement.cash_transition_months", "Transition months for cash households", "货币补偿户过渡期（月）"),
)
YEAR_ROWS = (
    ("vat", "VAT", "增值税"), ("surcharges", "VAT surcharges", "增值税附加"),
    ("land_appreciation_tax", "Land appreciation tax", "土地增值税"),
    ("corporate_income_tax", "Corporate income tax", "企业所得税"), ("property_tax", "Property tax", "房产税"),
    ("finance_cost", "Finance cost (interest)", "财务费用（利息）"),
    ("after_tax", "Cash flow after tax, before finance", "税后融资前净现金流"),
)
PERCENT_STEPS = frozenset({"area_share", "ratio", "rate", "quick_deduction"})


def _label(key: str, language: str, **values) -> str:
    en, zh = LABELS[key]
    return (zh if language == "zh" else en).format(**values)


def any_stack(schemes: list) -> bool:
    return any(model.assumptions.feasibility.enabled for _, model in schemes)


def _yes(value, language: str) -> str:
    return ("是" if value else "否") if language == "zh" else ("yes" if value else "no")


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
    en, zh = ft.BLOCK_TITLE
    ws.append([text_cell(ws, zh if language == "zh" else en, font=BOLD, fill=HEADER_FILL)])
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
        for key, en, zh in YEAR_ROWS:
            row = stack.rows[key]
            ws.append([text_cell(ws, zh if lang == "zh" else en)]
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
    for key, en, zh in OPTION_ROWS:
        section, _, field_name = key.rpartition(".")
        value = getattr(a.resettlement if section else a.feasibility, field_name)
        if isinstance(value, bool):
            cell = text_cell(ws, _yes(value, lang))
        elif isinstance(value, str):
            cell = text_cell(ws, value)
        else:
            cell = number_cell(ws, value, PERCENT if "rate" in field_name else "0")
        ws.append([text_cell(ws, zh if lang == "zh" else en), cell])
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
