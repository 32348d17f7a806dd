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

# the status of a passed check, not a password (bandit B105 reads "pass" as one)
PASS = "pass"  # nosec B105
FAIL = "fail"
NOT_EVALUATED = "not_evaluated"

CHECK_LABELS = {
    "demolition_share": ("Demolished / existing floor area", "拆除建筑面积占现状总建筑面积比例"),
    "rebuild_ratio": ("New / demolished floor area (rebuild ratio)", "拆建比（新建 / 拆除建筑面积）"),
    "resettlement_share": ("Households resettled on site or nearby", "就地就近安置率"),
    "rent_growth": ("Rent growth per year", "租金年涨幅"),
    "floor_area_ratio": ("Floor area ratio", "容积率"),
    "height": ("Building height", "建筑高度"),
    "range": ("Range rule", "区间控制"),
    "resettlement_capacity": ("On-site resettlement capacity (area owed in kind / saleable new housing, m2)",
                              "就地安置容量（产权调换应安置面积 / 可售新建住宅面积，m2）"),
}
#: Short titles for narrow places (the dock); CHECK_LABELS are the full ones (exports, tooltips).
CHECK_SHORT_LABELS = {
    "demolition_share": ("Demolition share", "拆除占比"),
    "rebuild_ratio": ("Rebuild ratio", "拆建比"),
    "resettlement_share": ("Resettled nearby", "就地就近安置率"),
    "rent_growth": ("Rent growth", "租金年涨幅"),
    "floor_area_ratio": ("Floor area ratio", "容积率"),
    "height": ("Height", "建筑高度"),
    "range": ("Range", "区间控制"),
    "resettlement_capacity": ("Resettlement capacity", "就地安置容量"),
}
#: The floor area a rebuild ratio counts.
BASIS_LABELS = {
    "above_ground": ("above-ground (计容) floor area", "计容建筑面积（不含地下）"),
    "all": ("floor area including underground", "含地下建筑面积"),
}
BASIS_SHORT_LABELS = {"above_ground": ("above ground", "计容"), "all": ("incl. underground", "含地下")}
STATE_LABELS = {PASS: ("pass", "通过"), FAIL: ("fail", "未通过"), NOT_EVALUATED: ("not evaluated", "未评估")}
MISSING_TEXTS = {
    "no_existing_area": ("no existing floor area", "无现状建筑面积"),
    "nothing_demolished": ("nothing is demolished", "无拆除"),
    "nothing_demolished_above_ground": ("nothing above ground is demolished", "无地上（计容）拆除面积"),
    "no_households": ("no households are moved", "无搬迁居民"),
    "households_missing": ("{count} demolished module(s) have no el_households", "{count} 个拆除模块缺少居民户数"),
    "no_land_area": ("the unit has no land area", "项目单元缺少用地面积"),
    "no_far_limit": ("the unit has no floor area ratio limit", "项目单元缺少容积率上限"),
    "no_height_limit": ("the unit has no height limit", "项目单元缺少限高"),
    "heights_missing": ("{count} module(s) have neither el_height nor el_floors", "{count} 个模块缺少高度和层数"),
    "unknown_quantity": ("unknown quantity {quantity}", "未知指标 {quantity}"),
    "nothing_owed": ("no household is resettled in kind", "无产权调换安置户"),
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
        en, zh = (CHECK_SHORT_LABELS if short else CHECK_LABELS)[self.key]
        name = zh if language == "zh" else en
        if self.key == "range":
            name = f"{name}: {self.quantity}" if language != "zh" else f"{name}：{self.quantity}"
        basis = self.details.get("basis")
        if basis:
            en_basis, zh_basis = (BASIS_SHORT_LABELS if short else BASIS_LABELS)[basis]
            if short:
                name = f"{name}（{zh_basis}）" if language == "zh" else f"{name} ({en_basis})"
            else:
                name = f"{name}：{zh_basis}" if language == "zh" else f"{name}: {en_basis}"
        return name

    def state_label(self, language: str = "en") -> str:
        en, zh = STATE_LABELS[self.state]
        return zh if language == "zh" else en

    def missing_text(self, language: str = "en") -> str:
        if not self.missing:
            return ""
        en, zh = MISSING_TEXTS[self.missing]
        return (zh if language == "zh" else en).format(count=self.missing_count, quantity=self.quantity)


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
