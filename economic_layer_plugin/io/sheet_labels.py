"""Labels of the spreadsheet that are not in core's tables: the Assumptions sheet (rates, policy
limits, project units, price book) and the fields that took defaults, in English and Chinese.

The Chinese labels are those of the assumptions panel (gui/assumptions_panel.py through the .ts
file), so that the sheet and the panel speak alike. Pure Python.
"""

from __future__ import annotations

import functools

from economic_layer_plugin.core import schema
from economic_layer_plugin.definitions import ACTION_LABELS

ASSUMPTION_LABELS = {
    # project rates
    "base_year": ("Base year", "基准年"),
    "discount_rate": ("Discount rate", "折现率"),
    "operating_horizon": ("Operating horizon (years)", "运营期（年）"),
    "operating_cost_ratio": ("Operating costs (share of rent)", "运营成本（占租金比例）"),
    "rent_growth": ("Rent growth per year", "租金年涨幅"),
    "soft_cost_ratio": ("Soft costs (share of hard costs)", "前期及其他费用（占建安费比例）"),
    "sales_cost_ratio": ("Sales costs (share of sales)", "销售费用（占销售收入比例）"),
    "sales_tax_ratio": ("Taxes on sales (share of sales)", "销售税费（占销售收入比例）"),
    "exit_enabled": ("Exit by asset securitisation (REITs)", "资产证券化退出（REITs）"),
    "exit_cap_rate": ("Exit capitalisation rate", "退出资本化率"),
    "storey_height": ("Storey height (m)", "层高（米）"),
    "build_years": ("Build years (default)", "建设年限（默认）"),
    "sale_years": ("Sale years (default)", "销售年限（默认）"),
    # policy limits
    "max_demolition_share": ("Demolished / existing floor area at most", "拆除面积占现状面积比例上限"),
    "max_rebuild_ratio": ("Rebuild ratio at most", "拆建比上限"),
    "rebuild_ratio_underground": ("Rebuild ratio counts underground floor area", "拆建比计入地下建筑面积"),
    "min_resettlement_share": ("Resettled on site or nearby at least", "就地就近安置率下限"),
    "max_rent_growth": ("Rent growth per year at most", "租金年涨幅上限"),
    # project units
    "code": ("Code", "编号"),
    "name": ("Name", "名称"),
    "land_area": ("Land area (m2)", "用地面积（平方米）"),
    "far_limit": ("Floor area ratio limit", "容积率上限"),
    "height_limit": ("Height limit (m)", "限高（米）"),
    # price book
    "use": ("Use", "功能"),
    "construction_rate": ("Construction (yuan/m2)", "建安造价（元/平方米）"),
    "renovation_rate": ("Renovation (yuan/m2)", "改造费用（元/平方米）"),
    "upkeep_rate": ("Upkeep (yuan/m2)", "维护费用（元/平方米）"),
    "demolition_rate": ("Demolition (yuan/m2)", "拆除费用（元/平方米）"),
    "compensation_rate": ("Compensation (yuan/m2)", "征收补偿（元/平方米）"),
    "land_premium": ("Land premium (yuan/m2)", "土地出让金（元/平方米）"),
    "acquisition_rate": ("Acquisition of standing buildings (yuan/m2)", "现状建筑收购（元/平方米）"),
    "sale_price": ("Sale price (yuan/m2)", "销售单价（元/平方米）"),
    "rent": ("Rent (yuan/m2/month)", "租金（元/平方米/月）"),
    "occupancy": ("Occupancy", "出租率"),
    "sale_ratio": ("Sale ratio", "可售比例"),
    "lease_ratio": ("Lease ratio", "租赁比例"),
    # range rules
    "range": ("Range", "范围"),
    "minimum": ("Minimum", "下限"),
    "maximum": ("Maximum", "上限"),
    "project": ("project", "项目"),
    "unit": ("unit", "单元"),
    "yes": ("yes", "是"),
    "no": ("no", "否"),
}

#: values that are shares or rates: shown as percentages
SHARE_KEYS = frozenset({
    "discount_rate", "operating_cost_ratio", "rent_growth", "soft_cost_ratio", "sales_cost_ratio",
    "sales_tax_ratio", "exit_cap_rate", "max_demolition_share", "min_resettlement_share", "max_rent_growth",
    "occupancy", "sale_ratio", "lease_ratio",
})
#: checks whose value and limit are shares
SHARE_CHECKS = frozenset({"demolition_share", "resettlement_share", "rent_growth"})


def assumption_label(key: str, language: str) -> str:
    """The label of an assumptions key; an unknown key (added later) shows as itself."""
    pair = ASSUMPTION_LABELS.get(key)
    if pair is None:
        return key
    return pair[1] if language == "zh" else pair[0]


def ratios_text(values: dict, language: str) -> str:
    """{action: ratio} as "add 50%, renovate 0%" (新增 50%，改造 0%)."""
    parts = [f"{ACTION_LABELS[action][language] if action in ACTION_LABELS else action} {ratio:.0%}"
             for action, ratio in values.items()]
    return ("，" if language == "zh" else ", ").join(parts)


def range_rule_text(rule: dict, language: str) -> str:
    scope = assumption_label(rule["scope"], language)
    name = rule.get("label") or rule["quantity"]
    if language == "zh":
        return f"{assumption_label('range', language)}：{name}（{scope}）"
    return f"{assumption_label('range', language)}: {name} ({scope})"


def defaults_text(fields, language: str) -> str:
    """The fields that took defaults, by their aliases in ``language`` (the names for English)."""
    return _defaults_text(frozenset(fields), language)


@functools.lru_cache(maxsize=4096)  # modules share a few combinations
def _defaults_text(fields: frozenset, language: str) -> str:
    names = sorted(fields)
    if language != "zh":
        return ", ".join(names)
    return "、".join(_short(schema.FIELDS_BY_NAME[name].alias("zh")) if name in schema.FIELDS_BY_NAME else name
                    for name in names)


def _short(alias: str) -> str:
    """A Chinese alias without its unit: "建筑面积（平方米）" -> "建筑面积"."""
    return alias.split("（", 1)[0]
