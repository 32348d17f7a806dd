"""Why a module is left out of the totals, in Chinese and English (spec section 8). Pure Python.

A problem is a code with its parameters; the text is made in the reader's language when shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from economic_layer_plugin.core.i18n import N_, is_chinese, translate
from economic_layer_plugin.core.schema import FIELDS_BY_NAME

TEXTS = {
    "not_a_number": N_("{field} is not a number: {value}"),
    "not_whole": N_("{field} must be a whole number: {value}"),
    "not_finite": N_("{field} is not a finite number: {value}"),
    "negative": N_("{field} is negative: {value}"),
    "below_minimum": N_("{field} is below {limit}: {value}"),
    "above_maximum": N_("{field} is above {limit}: {value}"),
    "ratio_range": N_("{field} must be between 0 and 1: {value}"),
    "ratios_sum": N_("el_sale_ratio + el_lease_ratio is above 1: {value}"),
    "empty": N_("{field} is empty"),
    "unknown_value": N_("{field} has an unknown value: {value} (allowed: {allowed})"),
    "no_floor_area": N_("no floor area: el_gfa and el_floors are both empty"),
    "no_area": N_("no area: the geometry has no area and el_gfa is empty"),
    "zero_area": N_("{field} is 0: the module has no floor area"),
    "invalid_geometry": N_("the geometry is not a valid polygon: {value}"),
    "before_base_year": N_("el_start_year {value} is before the project's base year {limit}"),
    "resettled_above_households": N_("el_resettled_onsite ({value}) is above el_households ({limit})"),
}


@dataclass(frozen=True)
class Problem:
    """One reason why a module cannot be used, naming the field."""

    code: str
    field: str
    value: object = None
    limit: object = None

    def message(self, language: str = "en") -> str:
        spec = FIELDS_BY_NAME.get(self.field)
        if is_chinese(language):
            name = f"{spec.alias_zh}（{self.field}）" if spec else self.field
        else:
            name = self.field
        allowed = ", ".join(spec.allowed) if spec and spec.allowed else ""
        return translate(TEXTS[self.code], language).format(
            field=name, value=_show(self.value), limit=_show(self.limit), allowed=allowed
        )


def _show(value) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
