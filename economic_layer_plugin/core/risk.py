"""How uncertain a scheme's economics are: a tornado and a Monte Carlo run. Pure Python (and numpy).

Both work on the project's cash flow split by driver, per year (yuan):

- ``price``: sales income minus the sales costs and taxes that go with it (both move with the price);
- ``rent``: operating income (and the exit value, where enabled);
- ``other``: other income (moves with nothing);
- ``construction``: works, demolition and the soft costs on them;
- ``compensation``: expropriation, compensation and resettlement;
- ``rest``: land premium and other cost;
- ``location``: of ``price``, the part that location value adds (docs/location.md): the scheme's
  price part minus the same without its location rules (zero without location rules);
- ``rent_location``: of ``rent``, the part that location value adds (rules on the rent, ``rent`` or
  ``both``): the scheme's operating flow minus the same without its location rules.

The split comes from the engine itself: the scheme is computed again with every construction,
renovation, upkeep and demolition rate at zero, and once with every compensation rate at zero (the
module's own rates and the price book's); the differences from the scheme's cost flow are the
construction and compensation parts. Every driver scales its part linearly, so a draw is a few
products of arrays: 10,000 draws take milliseconds.

The drivers: sale price, rent, construction cost and compensation as factors (1 = as planned); a
delay in years (every income comes that much later, costs as planned: NPV falls, net profit does
not change); the discount rate (NPV only). With location rules, one more: the location premium as a
factor (1 = the location factors as the rules give them, 0 = no location value, 1.5 = half as much
again) on what location adds to the sales and to the rent, applied before the sale price and rent
factors; it is drawn after the others (the draws of the other
drivers do not change) and is a tornado row only where location adds something. The funding gap is
max(0, -net profit), as in the indicators.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.i18n import N_, pair
from economic_layer_plugin.core.module import COST, FEN

DRIVERS = ("sale_price", "rent", "construction_cost", "compensation", "delay", "discount_rate")
#: the drivers' names (English; translate() shows them in Chinese)
DRIVER_NAMES = {
    "sale_price": N_("Sale price"),
    "rent": N_("Rent"),
    "construction_cost": N_("Construction cost"),
    "compensation": N_("Compensation"),
    "delay": N_("Delay (years)"),
    "discount_rate": N_("Discount rate"),
    "location": N_("Location premium"),
}
#: (English, Chinese) of each driver, for code that unpacks both (gui/risk_panel.py)
DRIVER_LABELS = {driver: pair(text) for driver, text in DRIVER_NAMES.items()}
LOCATION = "location"  # the driver of schemes with location rules (not in DRIVERS: schemes without are unchanged)
_CONSTRUCTION_RATES = ("construction_rate", "renovation_rate", "upkeep_rate", "demolition_rate")


@dataclass
class RiskRanges:
    """Per driver (low, most likely, high): factors for sale price, rent, construction cost and
    compensation; years for the delay; the discount rate as a change to the scheme's rate."""

    sale_price: tuple = (0.85, 1.0, 1.10)
    rent: tuple = (0.85, 1.0, 1.10)
    construction_cost: tuple = (0.95, 1.0, 1.20)
    compensation: tuple = (0.95, 1.0, 1.25)
    delay: tuple = (0.0, 0.0, 2.0)
    discount_rate: tuple = (-0.01, 0.0, 0.02)
    location: tuple = (0.5, 1.0, 1.2)  # the location premium: studies disagree by about half (docs/location.md)

    def validate(self) -> None:
        for name in (*DRIVERS, LOCATION):
            values = getattr(self, name)
            if len(values) != 3 or not all(isinstance(v, (int, float)) for v in values):
                raise ValueError(f"risk range {name}: three numbers (low, most likely, high), got {values!r}")
            low, mode, high = values
            if not low <= mode <= high:
                raise ValueError(f"risk range {name}: low <= most likely <= high, got {values!r}")
            if name in ("sale_price", "rent", "construction_cost", "compensation", LOCATION) and low < 0:
                raise ValueError(f"risk range {name}: factors cannot be negative, got {values!r}")
            if name == "delay" and low < 0:
                raise ValueError(f"risk range delay: years cannot be negative, got {values!r}")

    @classmethod
    def zero(cls) -> RiskRanges:
        return cls((1, 1, 1), (1, 1, 1), (1, 1, 1), (1, 1, 1), (0, 0, 0), (0, 0, 0), (1, 1, 1))


@dataclass
class TornadoSteps:
    """The low and high value of each driver in the tornado."""

    sale_price: tuple = (0.9, 1.1)
    rent: tuple = (0.9, 1.1)
    construction_cost: tuple = (1.1, 0.9)  # low side of the result first: costs up
    compensation: tuple = (1.1, 0.9)
    delay: tuple = (1.0, 0.0)
    discount_rate: tuple = (0.02, -0.02)  # change to the scheme's rate
    location: tuple = (0.5, 1.5)  # half the location premium, half as much again


@dataclass
class Components:
    """The project's cash flow by driver, yuan per year from the base year."""

    rate: float
    price: np.ndarray
    rent: np.ndarray
    other: np.ndarray
    construction: np.ndarray
    compensation: np.ndarray
    rest: np.ndarray
    location: np.ndarray | None = None  # of price, what location adds (None: no location rules)
    rent_location: np.ndarray | None = None  # of rent, what location adds (None: no location rules)

    @property
    def located(self) -> bool:
        return any(part is not None and bool(np.any(part)) for part in (self.location, self.rent_location))

    @property
    def periods(self) -> int:
        return len(self.price)

    def revenue_side(self) -> np.ndarray:
        return self.price + self.rent + self.other

    def net(self) -> np.ndarray:
        return self.revenue_side() - self.construction - self.compensation - self.rest


def _flows(totals, length: int) -> list:
    result = []
    for flow in totals.flows:
        values = list(flow) + [0] * (length - len(flow))
        result.append(np.array(values[:length], dtype=float) / FEN)
    return result


def _zeroed(model: EconomicModel, fields: tuple, use_rates: tuple) -> EconomicModel:
    """The scheme again with ``fields`` at 0 on every computed module and ``use_rates`` at 0 in the book."""
    from dataclasses import replace

    a = model.assumptions
    uses = {name: replace(d, **{key: 0.0 for key in use_rates}) for name, d in a.uses.items()}
    book = replace(a, uses=uses)
    items = []
    for fid, item in model.inputs.items():
        if fid in model.modules:
            attributes = dict(item.attributes)
            for name in fields:
                attributes[name] = 0.0
            item = item._replace(attributes=attributes)
        items.append(item)
    return EconomicModel.compute(items, book)


def components(model: EconomicModel, unit: str | None = None) -> Components:
    """The split of the project's (or one unit's) cash flow by driver (two more runs of the engine)."""
    no_construction = _zeroed(model, ("el_cost_rate", "el_demolition_rate"), _CONSTRUCTION_RATES)
    no_compensation = _zeroed(model, ("el_compensation_rate",), ("compensation_rate",))
    base = model.totals(unit)
    length = max([len(f) for f in base.flows] + [1])
    cost, sales, sales_costs, operating, other = _flows(base, length)
    cost_nc = _flows(no_construction.totals(unit), length)[COST]
    cost_np = _flows(no_compensation.totals(unit), length)[COST]
    construction = cost - cost_nc
    compensation = cost - cost_np
    rest = cost - construction - compensation
    location = rent_location = None
    if model.assumptions.location.enabled:
        from dataclasses import replace

        from economic_layer_plugin.core.location import LocationAssumptions

        plain = EconomicModel.compute(list(model.inputs.values()), replace(model.assumptions,
                                                                           location=LocationAssumptions()))
        _, plain_sales, plain_costs, plain_operating, _ = _flows(plain.totals(unit), length)
        location = (sales - sales_costs) - (plain_sales - plain_costs)
        rent_location = operating - plain_operating
    return Components(
        model.assumptions.rates.discount_rate,
        sales - sales_costs,
        operating,
        other,
        construction,
        compensation,
        rest,
        location,
        rent_location,
    )


def _discount(rates: np.ndarray, periods: int) -> np.ndarray:
    """(draws, periods): (1 + r)^-t."""
    t = np.arange(periods, dtype=float)
    return np.power(1.0 + rates[:, None], -t[None, :])


def evaluate(c: Components, price, rent, construction, compensation, delay, rate, location=1.0) -> tuple:
    """(npv, net profit) arrays for arrays of driver values (factors, years, absolute rates); ``location``
    scales what location adds to the price part and to the rent part (1: as the rules give it)."""
    price, rent, construction, compensation, delay, rate, location = (
        np.asarray(v, dtype=float) for v in (price, rent, construction, compensation, delay, rate, location)
    )
    draws = np.broadcast(price, rent, construction, compensation, delay, rate, location).shape
    rate = np.broadcast_to(rate, draws).reshape(-1)
    factors = _discount(rate, c.periods)
    extra = c.location if c.location is not None else np.zeros(c.periods)
    parts = np.stack([c.price, c.rent, c.other, c.construction, c.compensation, c.rest, extra], axis=1)
    present = factors @ parts  # (draws, 7)
    sums = parts.sum(axis=0)
    shift = np.power(1.0 + rate, -np.broadcast_to(delay, draws).reshape(-1))
    p, r, k, m, g = (np.broadcast_to(v, draws).reshape(-1) for v in (price, rent, construction, compensation,
                                                                     location))
    npv = (
        (p * (present[:, 0] + (g - 1.0) * present[:, 6]) + r * present[:, 1] + present[:, 2]) * shift
        - k * present[:, 3]
        - m * present[:, 4]
        - present[:, 5]
    )
    net = p * (sums[0] + (g - 1.0) * sums[6]) + r * sums[1] + sums[2] - k * sums[3] - m * sums[4] - sums[5]
    if c.rent_location is not None and np.any(c.rent_location):  # apart: without it, the figures as before
        npv = npv + r * (g - 1.0) * (factors @ c.rent_location) * shift
        net = net + r * (g - 1.0) * c.rent_location.sum()
    return npv, net


def tornado(
    model: EconomicModel, steps: TornadoSteps | None = None, parts: Components | None = None
) -> dict:
    """{"base": {npv, net_profit}, "rows": [{driver, low, high, npv_low, npv_high, net_low, net_high}]},
    rows by the width of their NPV swing, widest first."""
    steps = steps or TornadoSteps()
    c = parts or components(model)
    base_npv, base_net = evaluate(c, 1, 1, 1, 1, 0, c.rate)
    rows = []
    for driver in (*DRIVERS, LOCATION) if c.located else DRIVERS:
        low, high = getattr(steps, driver)
        values = {
            "sale_price": 1.0,
            "rent": 1.0,
            "construction_cost": 1.0,
            "compensation": 1.0,
            "delay": 0.0,
            "discount_rate": c.rate,
            LOCATION: 1.0,
        }
        results = []
        for setting in (low, high):
            v = dict(values)
            v[driver] = c.rate + setting if driver == "discount_rate" else setting
            npv, net = evaluate(
                c,
                v["sale_price"],
                v["rent"],
                v["construction_cost"],
                v["compensation"],
                v["delay"],
                v["discount_rate"],
                v[LOCATION],
            )
            results.append((float(npv[0]), float(net[0])))
        rows.append(
            {
                "driver": driver,
                "low": low,
                "high": high,
                "npv_low": results[0][0],
                "npv_high": results[1][0],
                "net_low": results[0][1],
                "net_high": results[1][1],
            }
        )
    rows.sort(key=lambda r: -abs(r["npv_high"] - r["npv_low"]))
    return {"base": {"npv": float(base_npv[0]), "net_profit": float(base_net[0])}, "rows": rows}


def triangular(rng: np.random.Generator, low: float, mode: float, high: float, size: int) -> np.ndarray:
    """Draws from a triangular distribution by its inverse CDF (a zero-width range gives its value)."""
    u = rng.random(size)
    if high <= low:
        return np.full(size, float(mode))
    split = (mode - low) / (high - low)
    left = low + np.sqrt(u * (high - low) * (mode - low))
    right = high - np.sqrt((1.0 - u) * (high - low) * (high - mode))
    return np.where(u < split, left, right)


@dataclass
class MonteCarloResult:
    draws: int
    seed: int
    npv: dict  # p10, p50, p90, mean
    funding_gap: dict
    net_profit: dict
    probability_loss: float  # P(net profit < 0)
    ranges: dict = field(default_factory=dict)
    histogram: dict = field(default_factory=dict)  # NPV: edges and counts
    samples: dict | None = None

    def to_dict(self) -> dict:
        result = asdict(self)
        result.pop("samples", None)
        return result


def _summary(values: np.ndarray) -> dict:
    p10, p50, p90 = np.percentile(values, [10, 50, 90])
    return {"p10": float(p10), "p50": float(p50), "p90": float(p90), "mean": float(values.mean())}


def monte_carlo(
    model: EconomicModel,
    ranges: RiskRanges | None = None,
    draws: int = 10_000,
    seed: int = 1,
    parts: Components | None = None,
    keep_samples: bool = False,
    bins: int = 30,
) -> MonteCarloResult:
    """``draws`` seeded draws of every driver from its triangular range; the same seed gives the same
    figures."""
    ranges = ranges or RiskRanges()
    ranges.validate()
    if draws < 1:
        raise ValueError(f"Monte Carlo draws must be at least 1, got {draws}")
    c = parts or components(model)
    rng = np.random.default_rng(seed)
    values = {}
    for driver in DRIVERS:  # a fixed order: the draws of a seed do not depend on anything else
        low, mode, high = getattr(ranges, driver)
        values[driver] = triangular(rng, low, mode, high, draws)
    drivers = DRIVERS
    values[LOCATION] = 1.0
    if c.located:  # drawn last: the other drivers' draws are those of a scheme without location
        drivers = (*DRIVERS, LOCATION)
        values[LOCATION] = triangular(rng, *ranges.location, draws)
    rate = c.rate + values["discount_rate"]
    if np.any(rate <= -1):
        raise ValueError("risk range discount_rate: the discount rate must stay above -100 %")
    npv, net = evaluate(
        c,
        values["sale_price"],
        values["rent"],
        values["construction_cost"],
        values["compensation"],
        values["delay"],
        rate,
        values[LOCATION],
    )
    gap = np.maximum(0.0, -net)
    counts, edges = np.histogram(npv, bins=bins)
    return MonteCarloResult(
        draws,
        seed,
        _summary(npv),
        _summary(gap),
        _summary(net),
        float(np.mean(net < 0)),
        {name: list(getattr(ranges, name)) for name in drivers},
        {"edges": edges.tolist(), "counts": counts.tolist()},
        {"npv": npv, "net_profit": net, "funding_gap": gap} if keep_samples else None,
    )


def risk_report(
    model: EconomicModel, ranges: RiskRanges | None = None, draws: int = 10_000, seed: int = 1
) -> dict:
    """Tornado and Monte Carlo as plain data (JSON): {"tornado": ..., "monte_carlo": ...}."""
    parts = components(model)
    return {
        "tornado": tornado(model, parts=parts),
        "monte_carlo": monte_carlo(model, ranges, draws, seed, parts=parts).to_dict(),
    }
