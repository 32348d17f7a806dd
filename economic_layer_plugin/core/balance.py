"""Fund balance (资金平衡) per unit and project, and solve for balance (spec section 10). Pure Python.

A unit's fund balance is its net profit (revenue - cost, static) and its NPV, both including the
unit extra flows (resettlement ledger, lump sums). Where it is negative, two answers:

- the **subsidy** that would balance it: ``max(0, -net_profit)`` static (the funding gap) and
  ``max(0, -npv)`` in present value;
- the **financing-plot floor area** (融资地块): new floor area of a use and price the planner picks,
  all of it sold, with that use's construction cost and land premium from the price book (and the
  soft costs, sales costs and taxes on sales of the assumptions), that brings the unit's net
  profit to 0.

The area is found on the engine itself: a trial module (action add, el_gfa = area, sale ratio 1,
lease ratio 0, the chosen price; start year and build years from the assumptions unless given) is
put into the unit, the unit's net profit read, and the module taken out again (the engine's
incremental update restores every sum exactly). So whatever the engine computes for a unit, now
or later (the feasibility stack's taxes and financing: pass its after-tax key as ``key``), the
area accounts for it, including the resettlement ledger (new residential area adds resettlement
capacity). A bracketed secant search (false position with the Illinois step) finds the area to
within 0.5 yuan of net profit in a few dozen evaluations (under a second).

Where each extra m2 loses money (price too low for its costs), no area can balance the unit: the
result says so (status ``impossible``) with the net profit per extra m2.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from economic_layer_plugin.core.i18n import is_chinese, tr
from economic_layer_plugin.core.module import FEN, ModuleInput
from economic_layer_plugin.core.schema import FIELDS_BY_NAME
from economic_layer_plugin.definitions import USE_LABELS

#: The trial module's feature id: never a real feature id (those are integers).
TRIAL_FID = ("economic-layer", "financing-plot")
BALANCED, SOLVED, IMPOSSIBLE, NO_UNIT = "balanced", "solved", "impossible", "no_unit"
_FAR = 1_000_000.0  # m2: where the marginal net profit per m2 is measured
#: m2: no answer beyond the largest floor area a module may have (the trial plot is a module)
_MAX_AREA = float(FIELDS_BY_NAME["el_gfa"].maximum)
_TOLERANCE = 0.5  # yuan of net profit


class BalanceError(ValueError):
    """The balance cannot be solved as asked (unknown use, negative price); the message names it."""


@dataclass
class BalanceResult:
    unit: str
    use: str
    price: float  # yuan per m2 sold
    key: str  # the indicator brought to 0 (net_profit; npv)
    net_profit: float  # yuan, the unit as it stands (with its extra flows)
    npv: float
    subsidy: float  # max(0, -net_profit): the static subsidy that balances the unit
    subsidy_pv: float  # max(0, -npv)
    status: str  # balanced (nothing to do), solved, impossible (each extra m2 loses money)
    area: float | None = None  # m2 of financing-plot floor area (all sold); None when impossible
    residual: float | None = None  # the unit's key indicator with that area (yuan): about 0
    margin_per_m2: float | None = None  # the key indicator's change per extra m2, far out (yuan)
    evaluations: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    def message(self, language: str = "en") -> str:
        zh = is_chinese(language)
        use = USE_LABELS.get(self.use, {}).get("zh" if zh else "en", self.use)
        use = use if zh else use.lower()
        subsidy = (self.subsidy_pv if self.key == "npv" else self.subsidy) / 10_000
        values = {"unit": self.unit, "use": use, "price": f"{self.price:,.0f}", "subsidy": f"{subsidy:,.0f}",
                  "pv": tr(" (present value)", language) if self.key == "npv" else ""}
        if self.status == NO_UNIT:
            return tr("unit {unit} has no modules and no lump sums", language).format(**values)
        if self.status == BALANCED:
            return tr("unit {unit} balances already: no financing plot or subsidy is needed", language).format(**values)
        if self.status == IMPOSSIBLE and (self.margin_per_m2 or 0.0) > 0:  # it would need more than a module holds
            return tr("unit {unit}: not even {most} m2 of {use} at {price} yuan/m2 (the most floor area a module may "
                      "have) balances it; a subsidy of {subsidy} (10,000 CNY){pv} would", language).format(
                most=f"{_MAX_AREA:,.0f}", **values)
        if self.status == IMPOSSIBLE:
            per = -(self.margin_per_m2 or 0.0)
            return tr("unit {unit}: each extra m2 of {use} at {price} yuan/m2 loses {per} yuan, so no financing plot "
                      "can balance it; a subsidy of {subsidy} (10,000 CNY){pv} would", language).format(
                per=f"{per:,.0f}", **values)
        return tr("unit {unit}: a financing plot of {area} m2 of {use} at {price} yuan/m2, or a subsidy of "
                  "{subsidy} (10,000 CNY){pv}", language).format(area=f"{self.area:,.0f}", **values)


def fund_balance(model, unit: str | None = None) -> dict:
    """Static and NPV fund balance of a unit or the project (yuan) and the subsidies that close them."""
    values = model.indicators(unit)
    net, npv = values["net_profit"], values["npv"]
    return {"net_profit": net, "npv": npv, "subsidy": max(0.0, -net), "subsidy_pv": max(0.0, -(npv or 0.0)),
            "balanced": net >= 0}


def trial_input(unit: str, use: str, price: float, area: float, start_year: int | None = None) -> ModuleInput:
    """The financing plot as a module: all of its floor area sold at ``price``."""
    attributes = {"el_module_id": "financing-plot", "el_name": "financing plot", "el_unit": unit,
                  "el_action": "add", "el_use": use, "el_gfa": area, "el_sale_ratio": 1.0, "el_lease_ratio": 0.0,
                  "el_sale_price": price}
    if start_year is not None:
        attributes["el_start_year"] = start_year
    return ModuleInput(TRIAL_FID, attributes, None)


class _Probe:
    """f(area): the unit's key indicator with a financing plot of that area (the model restored after)."""

    def __init__(self, model, unit, use, price, start_year, key) -> None:
        self.model, self.unit, self.use, self.price = model, unit, use, price
        self.start_year, self.key = start_year, key
        self.count = 0

    def value(self) -> float:
        if self.key == "net_profit":
            totals = self.model.totals(self.unit)
            return (totals.revenue_fen - totals.cost_fen) / FEN
        result = self.model.indicators(self.unit)[self.key]
        if result is None:
            raise BalanceError(f"{self.key} does not exist for unit {self.unit}")
        return result

    def __call__(self, area: float) -> float:
        self.count += 1
        if area <= 0:
            return self.value()
        result = self.model.set(trial_input(self.unit, self.use, self.price, area, self.start_year))
        try:
            if not hasattr(result, "flows"):
                raise BalanceError(f"the financing plot cannot be computed: {result.message('en')}")
            return self.value()
        finally:
            self.model.remove(TRIAL_FID)


def solve_balance(model, unit: str, use: str = "residential", price: float | None = None,
                  start_year: int | None = None, key: str = "net_profit") -> BalanceResult:
    """The financing-plot area that brings ``unit``'s ``key`` (net profit) to 0, and the subsidy."""
    assumptions = model.assumptions
    if use not in assumptions.uses:
        raise BalanceError(f"use {use!r} is unknown (known: {', '.join(assumptions.uses)})")
    if price is None:
        price = assumptions.uses[use].sale_price
    if price != price or price < 0:
        raise BalanceError(f"price must be a number of at least 0 yuan/m2, got {price!r}")
    if TRIAL_FID in model.inputs:
        raise BalanceError("a financing plot trial is already in the model")
    base = fund_balance(model, unit)
    result = BalanceResult(unit, use, float(price), key, base["net_profit"], base["npv"], base["subsidy"],
                           base["subsidy_pv"], SOLVED)
    if unit not in model.unit_codes():
        result.status = NO_UNIT
        return result
    f = _Probe(model, unit, use, float(price), start_year, key)
    low, f_low = 0.0, f(0.0)
    if f_low >= 0:
        result.status, result.area, result.residual = BALANCED, 0.0, f_low
        result.evaluations = f.count
        return result
    # the marginal value far out: beyond the area that first goes to the households owed area in kind
    # (a residential plot houses them before any of it sells)
    start = _FAR + model.extras(unit).values["resettlement_area_shortfall"]
    far = f(start)
    result.margin_per_m2 = (f(start + _FAR) - far) / _FAR
    if result.margin_per_m2 <= 0 and far < 0:
        result.status = IMPOSSIBLE
        result.evaluations = f.count
        return result
    # bracket: the first area with f >= 0, from the linear estimate of the far slope
    high = min(max(1.0, -f_low / result.margin_per_m2) if result.margin_per_m2 > 0 else start, _MAX_AREA)
    f_high = f(high)
    while f_high < 0:
        if high >= _MAX_AREA:  # not even the largest plot a module may have balances the unit
            result.status = IMPOSSIBLE
            result.evaluations = f.count
            return result
        low, f_low = high, f_high
        high = min(high * 2.0, _MAX_AREA)
        f_high = f(high)
    area = round(_false_position(f, low, f_low, high, f_high), 4)  # the engine keeps areas to 0.0001 m2
    result.area = area
    result.residual = f(area)
    result.evaluations = f.count
    return result


def _false_position(f, low, f_low, high, f_high):
    """A root of f in [low, high] (f(low) < 0 <= f(high)): the Illinois variant of false position."""
    side = 0
    best = (high, f_high)
    for _ in range(100):
        if f_high - f_low == 0:
            break
        area = high - f_high * (high - low) / (f_high - f_low)
        if not (low < area < high):
            area = 0.5 * (low + high)
        value = f(area)
        if abs(value) < abs(best[1]):
            best = (area, value)
        if abs(value) <= _TOLERANCE:
            return area
        if value < 0:
            low, f_low = area, value
            if side == -1:
                f_high /= 2
            side = -1
        else:
            high, f_high = area, value
            if side == 1:
                f_low /= 2
            side = 1
        if high - low <= 1e-5:
            break
    return best[0]


def balance_report(model, unit: str | None = None, use: str = "residential", price: float | None = None,
                   start_year: int | None = None, key: str = "net_profit") -> dict:
    """Fund balance of the project and its units (or one unit), with each unit's solve (``key``: net_profit
    for the static balance, npv for the balance in present value): plain data (JSON)."""
    codes = [unit] if unit is not None else model.unit_codes()
    units = {}
    for code in codes:
        solved = solve_balance(model, code, use, price, start_year, key)
        entry = solved.to_dict()
        entry["message"] = solved.message("en")
        entry["message_zh"] = solved.message("zh")
        units[code] = entry
    return {"project": fund_balance(model), "units": units}
