"""Labels of the spreadsheet that are not in core's tables: the Assumptions sheet (rates, policy
limits, project units, price book) and the fields that took defaults, in English and Chinese.

The labels are English, translated through the plugin's one catalogue (core/i18n.py), the same .ts
file as the assumptions panel's, so that the sheet and the panel speak alike. Pure Python.
"""

from __future__ import annotations

import functools

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.i18n import N_, tr, translate
from economic_layer_plugin.definitions import ACTION_LABELS

ASSUMPTION_LABELS = {
    # project rates
    "base_year": N_("Base year"),
    "discount_rate": N_("Discount rate"),
    "operating_horizon": N_("Operating horizon (years)"),
    "operating_cost_ratio": N_("Operating costs (share of rent)"),
    "rent_growth": N_("Rent growth per year"),
    "soft_cost_ratio": N_("Soft costs (share of hard costs)"),
    "sales_cost_ratio": N_("Sales costs (share of sales)"),
    "sales_tax_ratio": N_("Taxes on sales (share of sales)"),
    "exit_enabled": N_("Exit by asset securitisation (REITs)"),
    "exit_cap_rate": N_("Exit capitalisation rate"),
    "storey_height": N_("Storey height (m)"),
    "build_years": N_("Build years (default)"),
    "sale_years": N_("Sale years (default)"),
    # policy limits
    "max_demolition_share": N_("Demolished / existing floor area at most"),
    "max_rebuild_ratio": N_("Rebuild ratio at most"),
    "rebuild_ratio_underground": N_("Rebuild ratio counts underground floor area"),
    "min_resettlement_share": N_("Resettled on site or nearby at least"),
    "max_rent_growth": N_("Rent growth per year at most"),
    # project units
    "code": N_("Code"),
    "name": N_("Name"),
    "land_area": N_("Land area (m2)"),
    "far_limit": N_("Floor area ratio limit"),
    "height_limit": N_("Height limit (m)"),
    # price book
    "use": N_("Use"),
    "construction_rate": N_("Construction (yuan/m2)"),
    "renovation_rate": N_("Renovation (yuan/m2)"),
    "upkeep_rate": N_("Upkeep (yuan/m2)"),
    "demolition_rate": N_("Demolition (yuan/m2)"),
    "compensation_rate": N_("Compensation (yuan/m2)"),
    "land_premium": N_("Land premium (yuan/m2)"),
    "acquisition_rate": N_("Acquisition of standing buildings (yuan/m2)"),
    "sale_price": N_("Sale price (yuan/m2)"),
    "rent": N_("Rent (yuan/m2/month)"),
    "occupancy": N_("Occupancy"),
    "sale_ratio": N_("Sale ratio"),
    "lease_ratio": N_("Lease ratio"),
    # range rules
    "range": N_("Range"),
    "minimum": N_("Minimum"),
    "maximum": N_("Maximum"),
    "project": N_("project"),
    "unit": N_("unit"),
    "yes": N_("yes"),
    "no": N_("no"),
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
    label = ASSUMPTION_LABELS.get(key)
    return key if label is None else translate(label, language)


def ratios_text(values: dict, language: str) -> str:
    """{action: ratio} as "add 50%, renovate 0%" (新增 50%，改造 0%)."""
    parts = [f"{ACTION_LABELS[action][language] if action in ACTION_LABELS else action} {ratio:.0%}"
             for action, ratio in values.items()]
    return ("，" if language == "zh" else ", ").join(parts)


def range_rule_text(rule: dict, language: str) -> str:
    scope = assumption_label(rule["scope"], language)
    name = rule.get("label") or rule["quantity"]
    return tr("Range: {name} ({scope})", language).format(name=name, scope=scope)


def defaults_text(fields, language: str) -> str:
    """The fields named by their labels (aliases) in ``language``, without their units (labels, not keys):
    the fields that took defaults, the fields a module changed."""
    return _defaults_text(frozenset(fields), language)


@functools.lru_cache(maxsize=4096)  # modules share a few combinations
def _defaults_text(fields: frozenset, language: str) -> str:
    zh = language == "zh"
    labels = [_short(schema.FIELDS_BY_NAME[name].alias("zh" if zh else "en")) if name in schema.FIELDS_BY_NAME
              else name for name in sorted(fields)]
    return ("、" if zh else ", ").join(labels)


def _short(alias: str) -> str:
    """An alias without its unit: "建筑面积（平方米）" -> "建筑面积", "Floor area (m2)" -> "Floor area"."""
    return alias.split("（", 1)[0].split(" (", 1)[0]
