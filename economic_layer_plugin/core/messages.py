"""Why a module is left out of the totals, in Chinese and English (spec section 8). Pure Python.

A problem is a code with its parameters; the text is made in the reader's language when shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from economic_layer_plugin.core.schema import FIELDS_BY_NAME

TEXTS = {
    "not_a_number": ("{field} is not a number: {value}", "{field}不是数字：{value}"),
    "not_whole": ("{field} must be a whole number: {value}", "{field}应为整数：{value}"),
    "not_finite": ("{field} is not a finite number: {value}", "{field}不是有限数值：{value}"),
    "negative": ("{field} is negative: {value}", "{field}为负数：{value}"),
    "below_minimum": ("{field} is below {limit}: {value}", "{field}小于{limit}：{value}"),
    "above_maximum": ("{field} is above {limit}: {value}", "{field}大于{limit}：{value}"),
    "ratio_range": ("{field} must be between 0 and 1: {value}", "{field}应在 0 到 1 之间：{value}"),
    "ratios_sum": ("el_sale_ratio + el_lease_ratio is above 1: {value}", "可售比例与租赁比例之和大于 1：{value}"),
    "empty": ("{field} is empty", "{field}为空"),
    "unknown_value": ("{field} has an unknown value: {value} (allowed: {allowed})",
                      "{field}取值无法识别：{value}（可选：{allowed}）"),
    "no_floor_area": ("no floor area: el_gfa and el_floors are both empty",
                      "无建筑面积：建筑面积与层数均为空"),
    "no_area": ("no area: the geometry has no area and el_gfa is empty", "无面积：几何无面积且建筑面积为空"),
    "zero_area": ("{field} is 0: the module has no floor area", "{field}为 0：模块没有建筑面积"),
    "invalid_geometry": ("the geometry is not a valid polygon: {value}", "几何不是有效的面：{value}"),
    "before_base_year": ("el_start_year {value} is before the project's base year {limit}",
                         "开工年份 {value} 早于项目基准年 {limit}"),
    "resettled_above_households": ("el_resettled_onsite ({value}) is above el_households ({limit})",
                                   "就地就近安置户数（{value}）大于居民户数（{limit}）"),
}


@dataclass(frozen=True)
class Problem:
    """One reason why a module cannot be used, naming the field."""

    code: str
    field: str
    value: object = None
    limit: object = None

    def message(self, language: str = "en") -> str:
        en, zh = TEXTS[self.code]
        spec = FIELDS_BY_NAME.get(self.field)
        if language == "zh":
            name = f"{spec.alias_zh}（{self.field}）" if spec else self.field
        else:
            name = self.field
        allowed = ", ".join(spec.allowed) if spec and spec.allowed else ""
        return (zh if language == "zh" else en).format(
            field=name, value=_show(self.value), limit=_show(self.limit), allowed=allowed
        )


def _show(value) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
