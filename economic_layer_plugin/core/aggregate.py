"""Sums of modules, and the indicators of spec section 5 computed from them. Pure Python.

A :class:`Totals` holds integer sums (fen, 0.0001 m2, households) and the summed cash flow by
component. A module, a unit and the project are all Totals, so their indicators come from one
function, :func:`indicators`, applied to summed flows and quantities, never to module ratios.
Adding or removing one module costs time proportional to its cash flow's length only.
"""

from __future__ import annotations

from economic_layer_plugin.core import finance
from economic_layer_plugin.core.feasibility import Bases, bases_of
from economic_layer_plugin.core.module import (
    AREA_KEYS,
    AREA_UNIT,
    COST,
    FEN,
    OPERATING,
    OTHER_INCOME,
    SALES,
    SALES_COSTS,
    Module,
    net_flow,
    net_flow_fen,
    trim,
)


def _column_sums(rows) -> list:
    """Sums by position of integer rows of different lengths: rows of equal length are summed
    together (zip without padding: most modules' flows have one of a few lengths), then added."""
    by_length: dict = {}
    for row in rows:
        if row:
            by_length.setdefault(len(row), []).append(row)
    out = [0] * max(by_length, default=0)
    for group in by_length.values():
        for k, value in enumerate(map(sum, zip(*group))):
            out[k] += value
    return out


class Totals:
    """Integer sums over a set of modules; supports adding and removing one module at a time."""

    __slots__ = ("count", "areas", "new_by_use", "households", "resettled", "households_missing",
                 "flows", "_index", "bases")

    def __init__(self) -> None:
        self.count = 0
        self.areas = [0] * len(AREA_KEYS)
        self.new_by_use: dict = {}
        self.households = 0
        self.resettled = 0
        #: demolished modules with no el_households (the resettlement check cannot be evaluated)
        self.households_missing = 0
        self.flows = ([], [], [], [], [])
        #: the feasibility stack's bases (core/feasibility.py); None while no module carries any
        self.bases = None

    @classmethod
    def of(cls, modules) -> Totals:
        """The totals of many modules at once (a full load): the same sums as adding them one by one."""
        modules = list(modules)
        totals = cls()
        totals.count = len(modules)
        if not modules:
            return totals
        totals.areas = [sum(column) for column in zip(*(m.areas for m in modules))]
        for module in modules:
            if module.action == "add":
                totals.new_by_use[module.use] = totals.new_by_use.get(module.use, 0) + module.areas[4]
            elif module.action == "demolish":
                if module.households is None:
                    totals.households_missing += 1
                else:
                    totals.households += module.households
                    totals.resettled += module.resettled or 0
        totals.flows = tuple(map(_column_sums, zip(*(m.flows for m in modules))))
        totals.bases = bases_of(modules)
        return totals

    def add(self, module: Module, sign: int = 1) -> None:
        self.count += sign
        areas = self.areas
        for i, value in enumerate(module.areas):
            areas[i] += sign * value
        if module.action == "add":
            self.new_by_use[module.use] = self.new_by_use.get(module.use, 0) + sign * module.areas[4]
        if module.action == "demolish":
            if module.households is None:
                self.households_missing += sign
            else:
                self.households += sign * module.households
                self.resettled += sign * (module.resettled or 0)
        for mine, theirs in zip(self.flows, module.flows):
            if len(mine) < len(theirs):
                mine.extend([0] * (len(theirs) - len(mine)))
            for t, value in enumerate(theirs):
                if value:
                    mine[t] += sign * value
        if module.bases is not None:
            if self.bases is None:
                self.bases = Bases()
            self.bases.add(module.bases, sign)

    def remove(self, module: Module) -> None:
        self.add(module, -1)

    def merge(self, other: Totals) -> None:
        """Adds another Totals (a unit into the project) in place."""
        self.count += other.count
        for i, value in enumerate(other.areas):
            self.areas[i] += value
        for use, value in other.new_by_use.items():
            self.new_by_use[use] = self.new_by_use.get(use, 0) + value
        self.households += other.households
        self.resettled += other.resettled
        self.households_missing += other.households_missing
        for mine, theirs in zip(self.flows, other.flows):
            if len(mine) < len(theirs):
                mine.extend([0] * (len(theirs) - len(mine)))
            for t, value in enumerate(theirs):
                mine[t] += value
        if other.bases is not None:
            if self.bases is None:
                self.bases = Bases()
            self.bases.merge(other.bases)

    # sums in yuan and m2 ---------------------------------------------------------------------
    def component(self, index: int) -> int:
        return sum(self.flows[index])

    @property
    def cost_fen(self) -> int:
        return self.component(COST) + self.component(SALES_COSTS)

    @property
    def revenue_fen(self) -> int:
        return self.component(SALES) + self.component(OPERATING) + self.component(OTHER_INCOME)

    def area(self, key: str) -> float:
        return self.areas[AREA_KEYS.index(key)] / AREA_UNIT

    def new_area_by_use(self) -> dict:
        return {use: value / AREA_UNIT for use, value in sorted(self.new_by_use.items()) if value}

    def cashflow(self) -> list:
        """Net cash flow per period from the base year, in yuan, trailing empty periods dropped."""
        return trim(net_flow(self.flows))

    def cashflow_fen(self) -> list:
        """Net cash flow per period from the base year, in integer fen, trailing empty periods dropped."""
        return trim(net_flow_fen(self.flows))

    def key(self) -> tuple:
        """Everything the totals hold, comparable (trailing zero periods ignored)."""
        return (self.count, tuple(self.areas), tuple(sorted((u, v) for u, v in self.new_by_use.items() if v)),
                self.households, self.resettled, self.households_missing,
                tuple(tuple(trim(list(f))) for f in self.flows),
                self.bases.key() if self.bases is not None else Bases().key())


def indicators(totals: Totals, discount_rate: float) -> dict:
    """Every indicator of spec section 5: money in yuan, areas in m2, times in years; None where
    an indicator does not exist. No value is ever -0.0."""
    cost = totals.cost_fen
    revenue = totals.revenue_fen
    net = revenue - cost
    flow_fen = totals.cashflow_fen()
    flow = [value / FEN for value in flow_fen]
    # net profit as a function of a factor k on every sale price and rent: k * linked + fixed
    linked = totals.component(SALES) - totals.component(SALES_COSTS) + totals.component(OPERATING)
    fixed = totals.component(OTHER_INCOME) - totals.component(COST)
    present = finance.npv(discount_rate, flow) if flow else 0.0
    rate, roots = finance.irr_and_count(flow)
    result = {
        "cost": cost / FEN,
        "revenue": revenue / FEN,
        "net_profit": net / FEN,
        "margin": net / revenue if revenue else None,
        "npv": present,
        "irr": rate,
        "irr_roots": roots,
        "mirr": finance.mirr(flow, discount_rate),
        # payback on the integer flow: the cumulative sum is exact, a scheme that breaks even to the
        # fen pays back
        "payback": finance.payback(flow_fen) if flow else None,
        "dynamic_payback": finance.dynamic_payback(discount_rate, flow) if flow else None,
        "peak_funding": finance.peak_funding(flow),
        "funding_gap": max(0, -net) / FEN,
        "subsidy_pv": max(0.0, -present),
        "breakeven_price_factor": breakeven_price_factor(linked, fixed),
    }
    for key in AREA_KEYS[:7]:
        result[key] = totals.area(key)
    result["new_area_by_use"] = totals.new_area_by_use()
    for key, value in result.items():
        if type(value) is float:
            result[key] = value + 0.0  # -0.0 + 0.0 is 0.0: no output shows "-0"
    return result


def breakeven_price_factor(linked: int, fixed: int):
    """The factor k >= 0 on every sale price and rent with k * linked + fixed = 0 (net profit 0);
    None where no such k exists (nothing linked to prices, or only a negative factor would balance:
    the scheme earns more than it costs without selling or letting anything)."""
    if not linked:
        return None
    factor = -fixed / linked
    return factor + 0.0 if factor >= 0 else None


SENSITIVITY_VARIABLES = ("sale_price", "rent", "cost")
SENSITIVITY_CHANGES = (-0.20, -0.10, 0.10, 0.20)


def sensitivity(totals: Totals, discount_rate: float) -> list:
    """Net profit and NPV (yuan) with sale prices, rents and costs each changed by -20..+20 %.

    Sale prices move sales income and, with it, the sales costs and taxes; rents move operating
    income (and the exit value); costs move every cost but the sales costs and taxes.
    Rows: dicts with variable, change, net_profit, npv.
    """
    flows = totals.flows
    parts = {
        "sale_price": [s - sc for s, sc in zip(flows[SALES], flows[SALES_COSTS])],
        "rent": list(flows[OPERATING]),
        "cost": [-c for c in flows[COST]],
    }
    base_flow = net_flow(flows)
    base_net = sum(base_flow)
    base_npv = finance.npv(discount_rate, base_flow)
    rows = []
    for variable in SENSITIVITY_VARIABLES:
        part = [v / FEN for v in parts[variable]]
        part_total = sum(part)
        part_npv = finance.npv(discount_rate, part)
        for change in SENSITIVITY_CHANGES:
            rows.append({
                "variable": variable,
                "change": change,
                "net_profit": base_net + change * part_total,
                "npv": base_npv + change * part_npv,
            })
    return rows
