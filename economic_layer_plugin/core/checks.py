"""The policy checks of spec section 6. Pure Python.

Each check has a state (pass, fail, not evaluated), the value, the threshold and, for a failure,
the modules that drive it. Evaluating the checks reads only unit and project totals (cheap on
every edit); the driving modules are found on request (:func:`drivers`), when a planner asks.

Thresholds default to the national limits (see ``assumptions``). Choices where the spec is silent:

- demolition share, rebuild ratio and resettlement share are checked for the project and for
  each unit; rent growth once for the project; floor area ratio and height per unit;
- rebuild ratio: new over demolished floor area, by default above-ground (计容) floor area on both
  sides (modules of underground use left out); ``thresholds.rebuild_ratio_underground`` counts
  underground floor area in; the check says which basis it used (``details["basis"]``:
  ``above_ground`` or ``all``, and in its title);
- a rebuild ratio with nothing demolished, a demolition share with no existing floor area, and a
  resettlement share with no households moved are *not evaluated* (nothing to measure), as is a
  resettlement share when a demolished module has no household count (the modules are named);
- floor area ratio: above-ground floor area after the scheme (retained, renovated and added
  modules, underground use excluded) over the unit's land area;
- heights: every module standing after the scheme, underground use excluded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from economic_layer_plugin.core.aggregate import Totals
from economic_layer_plugin.core.i18n import N_, is_chinese, translate

# the status of a passed check, not a password (bandit B105 reads "pass" as one)
PASS = "pass"  # nosec B105
FAIL = "fail"
NOT_EVALUATED = "not_evaluated"

CHECK_LABELS = {
    "demolition_share": N_("Demolished / existing floor area"),
    "rebuild_ratio": N_("New / demolished floor area (rebuild ratio)"),
    "resettlement_share": N_("Households resettled on site or nearby"),
    "rent_growth": N_("Rent growth per year"),
    "floor_area_ratio": N_("Floor area ratio"),
    "height": N_("Building height"),
    "range": N_("Range rule"),
    "resettlement_capacity": N_("On-site resettlement capacity (area owed in kind / saleable new housing, m2)"),
}
#: Short titles for narrow places (the dock); CHECK_LABELS are the full ones (exports, tooltips).
CHECK_SHORT_LABELS = {
    "demolition_share": N_("Demolition share"),
    "rebuild_ratio": N_("Rebuild ratio"),
    "resettlement_share": N_("Resettled nearby"),
    "rent_growth": N_("Rent growth"),
    "floor_area_ratio": N_("Floor area ratio"),
    "height": N_("Height"),
    "range": N_("Range rule"),
    "resettlement_capacity": N_("Resettlement capacity"),
}
#: The floor area a rebuild ratio counts.
BASIS_LABELS = {
    "above_ground": N_("above-ground (计容) floor area"),
    "all": N_("floor area including underground"),
}
BASIS_SHORT_LABELS = {"above_ground": N_("above ground"), "all": N_("incl. underground")}
STATE_LABELS = {PASS: N_("pass"), FAIL: N_("fail"), NOT_EVALUATED: N_("not evaluated")}
MISSING_TEXTS = {
    "no_existing_area": N_("no existing floor area"),
    "nothing_demolished": N_("nothing is demolished"),
    "nothing_demolished_above_ground": N_("nothing above ground is demolished"),
    "no_households": N_("no households are moved"),
    "households_missing": N_("{count} demolished module(s) have no el_households"),
    "no_land_area": N_("the unit has no land area"),
    "no_far_limit": N_("the unit has no floor area ratio limit"),
    "no_height_limit": N_("the unit has no height limit"),
    "heights_missing": N_("{count} module(s) have neither el_height nor el_floors"),
    "unknown_quantity": N_("unknown quantity {quantity}"),
    "nothing_owed": N_("no household is resettled in kind"),
}


@dataclass
class CheckResult:
    key: str
    scope: str  # "project" or "unit"
    unit: str | None
    state: str
    value: float | None = None
    #: the limit: a maximum for "<=", a minimum for ">=", (minimum, maximum) for "range"
    threshold: object = None
    comparison: str = "<="
    missing: str | None = None  # why not evaluated (a MISSING_TEXTS key)
    missing_count: int = 0
    label: str = ""  # a range rule's own label
    quantity: str = ""  # a range rule's quantity
    details: dict = field(default_factory=dict)

    def title(self, language: str = "en", short: bool = False) -> str:
        if self.key == "range" and self.label:
            return self.label
        chinese = is_chinese(language)
        name = translate((CHECK_SHORT_LABELS if short else CHECK_LABELS)[self.key], language)
        if self.key == "range":
            name = f"{name}：{self.quantity}" if chinese else f"{name}: {self.quantity}"
        basis = self.details.get("basis")
        if basis:
            text = translate((BASIS_SHORT_LABELS if short else BASIS_LABELS)[basis], language)
            if short:
                name = f"{name}（{text}）" if chinese else f"{name} ({text})"
            else:
                name = f"{name}：{text}" if chinese else f"{name}: {text}"
        return name

    def state_label(self, language: str = "en") -> str:
        return translate(STATE_LABELS[self.state], language)

    def missing_text(self, language: str = "en") -> str:
        if not self.missing:
            return ""
        text = translate(MISSING_TEXTS[self.missing], language)
        return text.format(count=self.missing_count, quantity=self.quantity)


def _ratio_check(key, scope, unit, numerator, denominator, threshold, comparison, missing) -> CheckResult:
    if denominator <= 0:
        return CheckResult(key, scope, unit, NOT_EVALUATED, None, threshold, comparison, missing)
    value = numerator / denominator
    ok = value <= threshold + 1e-12 if comparison == "<=" else value >= threshold - 1e-12
    return CheckResult(key, scope, unit, PASS if ok else FAIL, value, threshold, comparison)


def scope_checks(totals: Totals, thresholds, scope: str, unit: str | None) -> list:
    """Demolition share, rebuild ratio and resettlement share of a unit or the project."""
    existing = totals.area("existing_area")
    demolished = totals.area("demolished_area")
    results = [
        _ratio_check("demolition_share", scope, unit, demolished, existing, thresholds.max_demolition_share,
                     "<=", "no_existing_area"),
        rebuild_ratio_check(totals, thresholds, scope, unit),
    ]
    if totals.households_missing > 0:
        results.append(CheckResult("resettlement_share", scope, unit, NOT_EVALUATED, None,
                                   thresholds.min_resettlement_share, ">=", "households_missing",
                                   totals.households_missing))
    else:
        results.append(_ratio_check("resettlement_share", scope, unit, totals.resettled, totals.households,
                                    thresholds.min_resettlement_share, ">=", "no_households"))
    return results


def rebuild_ratio_check(totals: Totals, thresholds, scope: str, unit: str | None) -> CheckResult:
    """New over demolished floor area, above ground (计容) unless the thresholds count underground in."""
    if thresholds.rebuild_ratio_underground:
        basis, new, demolished = "all", totals.area("new_area"), totals.area("demolished_area")
        missing = "nothing_demolished"
    else:
        basis = "above_ground"
        new = totals.area("new_above_ground_area")
        demolished = totals.area("demolished_above_ground_area")
        anything = totals.area("demolished_area") > 0
        missing = "nothing_demolished_above_ground" if anything else "nothing_demolished"
    result = _ratio_check("rebuild_ratio", scope, unit, new, demolished, thresholds.max_rebuild_ratio, "<=",
                          missing)
    result.details["basis"] = basis
    return result


def rent_growth_check(rates, thresholds) -> CheckResult:
    ok = rates.rent_growth <= thresholds.max_rent_growth + 1e-12
    return CheckResult("rent_growth", "project", None, PASS if ok else FAIL, rates.rent_growth,
                       thresholds.max_rent_growth, "<=")


def far_check(unit_code: str, totals: Totals, unit) -> CheckResult:
    limit = unit.far_limit if unit is not None else None
    if unit is None or not unit.land_area:
        return CheckResult("floor_area_ratio", "unit", unit_code, NOT_EVALUATED, None, limit, "<=", "no_land_area")
    value = totals.area("above_ground_area") / unit.land_area
    if limit is None:
        return CheckResult("floor_area_ratio", "unit", unit_code, NOT_EVALUATED, value, None, "<=", "no_far_limit")
    return CheckResult("floor_area_ratio", "unit", unit_code, PASS if value <= limit + 1e-12 else FAIL, value,
                       limit, "<=")


def height_check(unit_code: str, unit, over: dict, unknown: int) -> CheckResult:
    """``over``: {fid: height} of the unit's modules above its limit; ``unknown``: modules without height."""
    limit = unit.height_limit if unit is not None else None
    if limit is None:
        return CheckResult("height", "unit", unit_code, NOT_EVALUATED, None, None, "<=", "no_height_limit")
    if over:
        return CheckResult("height", "unit", unit_code, FAIL, max(over.values()), limit, "<=",
                           details={"modules_over": len(over)})
    if unknown:
        return CheckResult("height", "unit", unit_code, NOT_EVALUATED, None, limit, "<=", "heights_missing", unknown)
    return CheckResult("height", "unit", unit_code, PASS, None, limit, "<=")


def quantity(totals: Totals, name: str) -> float | None:
    if name.startswith("new_area_by_use."):
        return totals.new_area_by_use().get(name.split(".", 1)[1], 0.0)
    try:
        return totals.area(name)
    except ValueError:
        return None


def range_check(rule, totals: Totals, scope: str, unit: str | None) -> CheckResult:
    value = quantity(totals, rule.quantity)
    result = CheckResult("range", scope, unit, NOT_EVALUATED, value, (rule.minimum, rule.maximum), "range",
                         label=rule.label, quantity=rule.quantity)
    if value is None:
        result.missing = "unknown_quantity"
        return result
    ok = ((rule.minimum is None or value >= rule.minimum - 1e-9)
          and (rule.maximum is None or value <= rule.maximum + 1e-9))
    result.state = PASS if ok else FAIL
    return result


def drivers(check: CheckResult, modules, assumptions) -> list:
    """The fids of the modules behind a check's failure, most decisive first."""
    if check.state != FAIL:
        return []
    selected = [m for m in modules if check.unit is None or m.unit == check.unit]
    key = check.key
    if key == "demolition_share":
        chosen = [(m.existing_gfa, m) for m in selected if m.action == "demolish"]
    elif key == "rebuild_ratio":
        underground = check.details.get("basis") == "all"
        chosen = [(m.gfa, m) for m in selected if m.action == "add" and (underground or not m.below_ground)]
    elif key == "resettlement_share":
        chosen = [((m.households or 0) - (m.resettled or 0), m) for m in selected
                  if m.action == "demolish" and (m.households or 0) > (m.resettled or 0)]
    elif key == "floor_area_ratio":
        chosen = [(m.gfa, m) for m in selected if m.action == "add" and not m.below_ground]
    elif key == "height":
        unit = assumptions.unit(check.unit)
        limit = unit.height_limit if unit else None
        chosen = [(m.height, m) for m in selected
                  if limit is not None and m.action != "demolish" and not m.below_ground
                  and m.height is not None and m.height > limit]
    elif key == "range":
        use = check.quantity.split(".", 1)[1] if check.quantity.startswith("new_area_by_use.") else None
        chosen = [(m.gfa, m) for m in selected if m.action == "add" and (use is None or m.use == use)]
    else:  # rent growth: an assumption, no module drives it
        chosen = []
    chosen.sort(key=lambda pair: -pair[0])
    return [m.fid for _, m in chosen]
