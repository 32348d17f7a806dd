"""The resettlement ledger and the unit-level flows (spec sections 4, 6 and 10). Pure Python.

Who is moved where, what it costs and what it gives away, per demolished module and per unit:

- The households of a demolished module (``el_households``) are resettled in kind on site or
  nearby (``el_resettled_onsite``, 产权调换) or paid in cash (the rest, 货币补偿).
- In kind, each household is owed floor area = its share of the module's existing area (the
  existing area split evenly among the module's households) x the swap ratio (default 1.0, 拆一补一;
  a project assumption, overridable per unit), at most the cap per household (default none).
- The area owed comes out of the unit's saleable new residential area (add modules of use
  ``residential``): it is given, not sold. The unit's sales income (and the sales costs and taxes
  that go with it) falls by the share of its residential sales that the area taken represents,
  period by period (the unit's average residential price and timing); construction cost stays.
  Where the unit's saleable new residential area cannot hold the area owed, the "on-site
  resettlement capacity" check fails, naming the shortfall in m2 and the modules.
- Compensation. A demolished module's cost already holds existing area x compensation rate
  (core/module.py): that is the cash compensation of everyone. The ledger does not add it again:
  it takes back the part of the households paid in kind (the existing area they swap, owed area
  / swap ratio, x the compensation rate), booked in the module's start year as a negative cost
  ("compensation paid in kind"). Where the cap binds, the existing area above what the cap
  swaps stays paid in cash. So cash compensation = the module's compensation - that credit.
- A household resettled in kind moves twice (out in the module's start year; in at the completion
  of the unit's resettlement housing) and gets transition fees per month from its move-out until
  that completion (12 months per year, in the years between). A household paid in cash moves once
  (in the start year) and has no transition period (国有土地上房屋征收与补偿条例, 国务院令第590号,
  art. 22: transition fees are for 产权调换 households until the flats are handed over); where a
  local rule pays cash households some months, ``cash_transition_months`` says how many (default 0).
  The completion of the resettlement housing is the latest completion of the unit's new
  residential modules with saleable area; without any, the latest completion of its add modules;
  without any, there is no transition (both moves fall in the move-out year).
- Unit-level lump sums (core/lumpsums.py) join the unit's flows.

Everything is kept in integer sums (fen, 0.0001 m2, households) per unit, updated one module at a
time: an edit of one module changes its unit's ledger and flows without a full recompute, and the
result is exactly that of a full recompute.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from economic_layer_plugin.core import lumpsums
from economic_layer_plugin.core.aggregate import Totals
from economic_layer_plugin.core.module import (
    AREA_KEYS,
    AREA_UNIT,
    COST,
    FEN,
    SALES,
    SALES_COSTS,
    Module,
    trim,
)
from economic_layer_plugin.core.resettlement_rules import (  # noqa: F401 (re-exported)
    FEE_SOURCE,
    ResettlementAssumptions,
    ResettlementError,
)

SALEABLE_INDEX = AREA_KEYS.index("saleable_area")

#: Indicator keys the ledger adds to every unit's and the project's indicators (docs/resettlement.md).
LEDGER_KEYS = (
    "households_moved", "households_in_kind", "households_cash", "households_missing",
    "resettlement_area_owed", "resettlement_area_available", "resettlement_area_taken",
    "resettlement_area_shortfall", "resettlement_revenue_forgone",
    "compensation_cash", "compensation_in_kind", "moving_fees", "transition_fees",
    "lump_sum_cost", "lump_sum_income",
)
LEDGER_MONEY_KEYS = frozenset({"resettlement_revenue_forgone", "compensation_cash", "compensation_in_kind",
                               "moving_fees", "transition_fees", "lump_sum_cost", "lump_sum_income"})


# one demolished module ---------------------------------------------------------------------------
@dataclass(frozen=True)
class LedgerRow:
    """The ledger of one demolished module. Areas in 0.0001 m2, money in fen (integers)."""

    fid: object
    module_id: str
    name: str
    unit: str
    households: int | None  # None: el_households is empty (the ledger cannot count it)
    in_kind: int
    existing_area: int
    owed_per_household: int  # area owed to one household in kind
    area_owed: int
    cap_binds: bool
    compensation: int  # the module's compensation cost (existing area x compensation rate)
    in_kind_credit: int  # the part of it paid in floor area instead of cash
    move_out: int  # period: the module's start year

    @property
    def cash(self) -> int:
        return (self.households or 0) - self.in_kind

    @property
    def compensation_cash(self) -> int:
        return self.compensation - self.in_kind_credit


def ledger_row(module: Module, rules: ResettlementAssumptions, base_year: int) -> LedgerRow:
    households = module.households
    in_kind = (module.resettled or 0) if households else 0
    existing = round(module.existing_gfa * AREA_UNIT)
    compensation = round(module.existing_gfa * module.compensation_rate * FEN)
    owed_each = 0
    cap_binds = False
    credit = 0
    if households and in_kind:
        swap = rules.swap_for(module.unit)
        entitled = module.existing_gfa / households * swap
        owed = entitled
        if rules.cap_per_household is not None and entitled > rules.cap_per_household:
            owed = rules.cap_per_household
            cap_binds = True
        owed_each = round(owed * AREA_UNIT)
        # existing area swapped by the in-kind households: what they are paid in area, not cash
        credit = round(in_kind * (owed / swap) * module.compensation_rate * FEN)
    return LedgerRow(module.fid, module.module_id, module.name, module.unit, households, in_kind, existing,
                     owed_each, in_kind * owed_each, cap_binds, compensation, credit,
                     module.start_year - base_year)


def is_resettlement_housing(module: Module) -> bool:
    return module.action == "add" and module.use == "residential" and module.areas[SALEABLE_INDEX] > 0


def _completion(module: Module, base_year: int) -> int:
    return module.completion_year - base_year


def _add_into(target: list, values, sign: int) -> None:
    if len(target) < len(values):
        target.extend([0] * (len(values) - len(target)))
    for t, value in enumerate(values):
        if value:
            target[t] += sign * value


# one unit ---------------------------------------------------------------------------------------
class UnitLedger:
    """Integer sums of one unit's demolished modules and resettlement housing."""

    __slots__ = ("rows", "households", "in_kind", "missing", "area_owed", "compensation", "credit",
                 "moved_by_period", "in_kind_by_period", "credit_by_period", "housing_sales", "housing_sales_costs",
                 "housing_area", "housing_completions", "add_completions")

    def __init__(self) -> None:
        self.rows: dict = {}  # fid -> LedgerRow
        self.households = 0
        self.in_kind = 0
        self.missing = 0
        self.area_owed = 0
        self.compensation = 0
        self.credit = 0
        self.moved_by_period: Counter = Counter()  # move-out period -> households
        self.in_kind_by_period: Counter = Counter()  # move-out period -> households resettled in kind
        self.credit_by_period: Counter = Counter()  # period -> fen paid in kind
        self.housing_sales: list = []  # fen per period, saleable new residential modules
        self.housing_sales_costs: list = []
        self.housing_area = 0  # saleable new residential area, 0.0001 m2
        self.housing_completions: Counter = Counter()  # completion period -> modules
        self.add_completions: Counter = Counter()

    def empty(self) -> bool:
        return not self.rows and not self.housing_completions and not self.add_completions

    def add(self, module: Module, row: LedgerRow | None, base_year: int, sign: int = 1) -> None:
        if row is not None:
            if sign > 0:
                self.rows[module.fid] = row
            else:
                self.rows.pop(module.fid, None)
            if row.households is None:
                self.missing += sign
            else:
                self.households += sign * row.households
                self.in_kind += sign * row.in_kind
                self.area_owed += sign * row.area_owed
                _count(self.moved_by_period, row.move_out, sign * row.households)
                _count(self.in_kind_by_period, row.move_out, sign * row.in_kind)
            self.compensation += sign * row.compensation
            self.credit += sign * row.in_kind_credit
            _count(self.credit_by_period, row.move_out, sign * row.in_kind_credit)
        if module.action == "add":
            completion = _completion(module, base_year)
            _count(self.add_completions, completion, sign)
            if is_resettlement_housing(module):
                _count(self.housing_completions, completion, sign)
                _add_into(self.housing_sales, module.flows[SALES], sign)
                _add_into(self.housing_sales_costs, module.flows[SALES_COSTS], sign)
                self.housing_area += sign * module.areas[SALEABLE_INDEX]

    def completion(self) -> int | None:
        """The period in which the unit's resettlement housing is complete (see the module docstring)."""
        if self.housing_completions:
            return max(self.housing_completions)
        if self.add_completions:
            return max(self.add_completions)
        return None


def _count(counter: Counter, key, delta: int) -> None:
    if not delta:
        return
    value = counter.get(key, 0) + delta
    if value:
        counter[key] = value
    else:
        del counter[key]


@dataclass
class UnitExtras:
    """What the ledger and the lump sums add to a unit's module totals (integers: fen, 0.0001 m2)."""

    flows: tuple  # five components, as Totals.flows: cost, sales, sales costs, operating, other income
    saleable_delta: int  # area taken out of sale (negative or 0)
    values: dict  # the ledger's indicator values (yuan, m2, households)
    raw: dict  # the same as integer sums (fen, 0.0001 m2, households): what the project adds up


def unit_extras(ledger: UnitLedger | None, lump_items: list, unit: str, rules: ResettlementAssumptions,
                base_year: int) -> UnitExtras:
    """The unit's extra flows from its ledger (fees, compensation paid in kind, sales given away) and
    its lump sums."""
    ledger = ledger or UnitLedger()
    cost: list = []
    sales: list = []
    sales_costs: list = []
    other: list = []

    def put(target: list, period: int, fen: int) -> None:
        if fen:
            if len(target) <= period:
                target.extend([0] * (period + 1 - len(target)))
            target[period] += fen

    completion = ledger.completion()
    moving_fen = round(rules.moving_fee * FEN)
    monthly_fen = round(rules.transition_fee * FEN)
    moving = transition = 0
    for move_out, households in sorted(ledger.moved_by_period.items()):
        in_kind = ledger.in_kind_by_period.get(move_out, 0)
        back = completion if completion is not None and completion > move_out else move_out
        put(cost, move_out, households * moving_fen)  # everyone moves out
        put(cost, back, in_kind * moving_fen)  # in-kind households move in again
        moving += (households + in_kind) * moving_fen
        for t in range(move_out, back):
            put(cost, t, in_kind * 12 * monthly_fen)
            transition += in_kind * 12 * monthly_fen
        cash_months = round((households - in_kind) * rules.cash_transition_months * monthly_fen)
        put(cost, move_out, cash_months)
        transition += cash_months
    for period, credit in sorted(ledger.credit_by_period.items()):
        put(cost, period, -credit)

    available = ledger.housing_area
    taken = min(ledger.area_owed, available)
    forgone = 0
    if taken > 0:
        for t, value in enumerate(ledger.housing_sales):
            part = _share(value, taken, available)
            put(sales, t, -part)
            forgone += part
        for t, value in enumerate(ledger.housing_sales_costs):
            put(sales_costs, t, -_share(value, taken, available))

    lump_cost, lump_income = lumpsums.unit_lump_flows(lump_items, unit, base_year)
    for t, value in enumerate(lump_cost):
        put(cost, t, value)
    for t, value in enumerate(lump_income):
        put(other, t, value)

    raw = {  # integers: households, modules, 0.0001 m2, fen
        "households_moved": ledger.households,
        "households_in_kind": ledger.in_kind,
        "households_cash": ledger.households - ledger.in_kind,
        "households_missing": ledger.missing,
        "resettlement_area_owed": ledger.area_owed,
        "resettlement_area_available": available,
        "resettlement_area_taken": taken,
        "resettlement_area_shortfall": max(0, ledger.area_owed - available),
        "resettlement_revenue_forgone": forgone,
        "compensation_cash": ledger.compensation - ledger.credit,
        "compensation_in_kind": ledger.credit,
        "moving_fees": moving,
        "transition_fees": transition,
        "lump_sum_cost": sum(lump_cost),
        "lump_sum_income": sum(lump_income),
    }
    return UnitExtras((cost, sales, sales_costs, [], other), -taken, _scaled(raw), raw)


def _scaled(raw: dict) -> dict:
    """The ledger's values in households, m2 and yuan from its integer sums."""
    return {key: value / FEN if key in LEDGER_MONEY_KEYS else value / AREA_UNIT if key.startswith("resettlement_area")
            else value for key, value in raw.items()}


def _share(value: int, taken: int, available: int) -> int:
    """round(value x taken / available) in integers (half away from zero), exact and order-free."""
    numerator = abs(value) * taken
    part = (2 * numerator + available) // (2 * available)
    return part if value >= 0 else -part


#: the ledger sums the feasibility stack reads (core/feasibility.py, _resettlement_costs)
STACK_LEDGER_KEYS = ("resettlement_revenue_forgone", "compensation_in_kind", "moving_fees", "transition_fees")


def apply_extras(totals: Totals, extras: UnitExtras | None) -> Totals:
    """A new Totals: ``totals`` with the extras added (``totals`` is not changed)."""
    result = Totals()
    result.count = totals.count
    result.areas = list(totals.areas)
    result.new_by_use = dict(totals.new_by_use)
    result.households = totals.households
    result.resettled = totals.resettled
    result.households_missing = totals.households_missing
    result.flows = tuple(list(flow) for flow in totals.flows)
    result.bases = totals.bases  # the feasibility stack's bases of the modules (read only)
    if extras is not None and totals.bases is not None:  # the ledger sums the stack's LAT reads
        result.bases = totals.bases.with_ledger({key: extras.raw[key] for key in STACK_LEDGER_KEYS})
    if extras is not None:
        result.areas[SALEABLE_INDEX] += extras.saleable_delta
        for mine, theirs in zip(result.flows, extras.flows):
            _add_into(mine, theirs, 1)
        length = max(len(flow) for flow in result.flows)  # every component as long (net_flow zips them)
        for flow in result.flows:
            flow.extend([0] * (length - len(flow)))
    return result


def merge_raw(items: list) -> dict:
    """The project's ledger sums: sums of the units' integers (the shortfall too: area one unit lacks
    is not made up by another unit's spare housing)."""
    merged = {key: 0 for key in LEDGER_KEYS}
    for item in items:
        for key in LEDGER_KEYS:
            merged[key] += item[key]
    return merged


def merge_extras(items: list) -> UnitExtras:
    flows = ([], [], [], [], [])
    delta = 0
    for extras in items:
        delta += extras.saleable_delta
        for mine, theirs in zip(flows, extras.flows):
            _add_into(mine, theirs, 1)
    raw = merge_raw([e.raw for e in items])
    return UnitExtras(flows, delta, _scaled(raw), raw)


# the whole scheme -------------------------------------------------------------------------------
class Ledger:
    """The resettlement ledgers of every unit and the unit-level lump sums, kept up to date module by
    module; each unit's extras are computed on request and cached until the unit changes."""

    def __init__(self, assumptions) -> None:
        self.assumptions = assumptions
        self.rules: ResettlementAssumptions = assumptions.resettlement
        self.base_year = assumptions.rates.base_year
        self.units: dict = {}  # code -> UnitLedger
        self._extras: dict = {}  # code -> UnitExtras (cache)
        self._project: UnitExtras | None = None

    @classmethod
    def of(cls, modules, assumptions) -> Ledger:
        ledger = cls(assumptions)
        for module in modules:
            ledger.add(module)
        return ledger

    def _row(self, module: Module) -> LedgerRow | None:
        if module.action != "demolish":
            return None
        return ledger_row(module, self.rules, self.base_year)

    def add(self, module: Module, sign: int = 1) -> None:
        if module.action not in ("demolish", "add"):
            return
        unit = self.units.get(module.unit)
        if unit is None:
            unit = self.units[module.unit] = UnitLedger()
        row = unit.rows.get(module.fid) if sign < 0 else self._row(module)
        unit.add(module, row, self.base_year, sign)
        if sign < 0 and unit.empty():
            del self.units[module.unit]
        self.forget(module.unit)

    def forget(self, unit: str) -> None:
        """Drops what is cached of ``unit`` and of the project (its housing sales changed)."""
        self._extras.pop(unit, None)
        self._project = None

    def remove(self, module: Module) -> None:
        self.add(module, -1)

    def codes(self) -> list:
        """Units with a ledger or lump sums."""
        codes = dict.fromkeys(self.units)
        for item in self.assumptions.lump_sums:
            codes.setdefault(item.unit, None)
        return list(codes)

    def extras(self, unit: str) -> UnitExtras:
        cached = self._extras.get(unit)
        if cached is None:
            cached = self._extras[unit] = unit_extras(self.units.get(unit), self.assumptions.lump_sums, unit,
                                                      self.rules, self.base_year)
        return cached

    def project_extras(self) -> UnitExtras:
        if self._project is None:
            self._project = merge_extras([self.extras(code) for code in self.codes()])
        return self._project

    def row(self, module: Module) -> LedgerRow | None:
        """The ledger row of a demolished module (None for any other)."""
        ledger = self.units.get(module.unit)
        return ledger.rows.get(module.fid) if ledger is not None else None

    def rows(self, unit: str | None = None) -> list:
        """Ledger rows of one unit (or every unit), in the order the modules came."""
        if unit is not None:
            ledger = self.units.get(unit)
            return list(ledger.rows.values()) if ledger else []
        return [row for ledger in self.units.values() for row in ledger.rows.values()]

    def key(self) -> tuple:
        """Everything the ledger holds, comparable (for the property tests)."""
        result = []
        for code in sorted(self.units):
            u = self.units[code]
            result.append((code, tuple(sorted((repr(f), r) for f, r in u.rows.items())), u.households, u.in_kind,
                           u.missing, u.area_owed, u.compensation, u.credit, tuple(sorted(u.moved_by_period.items())),
                           tuple(sorted(u.in_kind_by_period.items())),
                           tuple(sorted(u.credit_by_period.items())), tuple(trim(list(u.housing_sales))),
                           tuple(trim(list(u.housing_sales_costs))), u.housing_area,
                           tuple(sorted(u.housing_completions.items())),
                           tuple(sorted(u.add_completions.items()))))
        return tuple(result)


# checks ------------------------------------------------------------------------------------------
def capacity_check(unit: str, extras: UnitExtras, ledger: UnitLedger | None):
    """The "on-site resettlement capacity" check of one unit: area owed in kind <= saleable new
    residential area. Value: area owed (m2); threshold: area available (m2); details: shortfall."""
    from economic_layer_plugin.core.checks import FAIL, NOT_EVALUATED, PASS, CheckResult

    values = extras.values
    owed = values["resettlement_area_owed"]
    available = values["resettlement_area_available"]
    if ledger is not None and ledger.missing and not owed:
        return CheckResult("resettlement_capacity", "unit", unit, NOT_EVALUATED, None, available, "<=",
                           "households_missing", ledger.missing)
    if not owed:
        return CheckResult("resettlement_capacity", "unit", unit, NOT_EVALUATED, 0.0, available, "<=",
                           "nothing_owed")
    shortfall = values["resettlement_area_shortfall"]
    result = CheckResult("resettlement_capacity", "unit", unit, FAIL if shortfall > 0 else PASS, owed, available,
                         "<=", details={"shortfall": shortfall})
    return result


def capacity_drivers(ledger: UnitLedger | None) -> list:
    """fids of the unit's modules owed area in kind, the largest first."""
    if ledger is None:
        return []
    rows = sorted((row for row in ledger.rows.values() if row.area_owed), key=lambda row: -row.area_owed)
    return [row.fid for row in rows]


def resettlement_share_check(values: dict, thresholds, scope: str, unit: str | None):
    """The 50 % check (in kind / moved households) from the ledger's counts."""
    from economic_layer_plugin.core.checks import FAIL, NOT_EVALUATED, PASS, CheckResult

    minimum = thresholds.min_resettlement_share
    if values["households_missing"] > 0:
        return CheckResult("resettlement_share", scope, unit, NOT_EVALUATED, None, minimum, ">=",
                           "households_missing", values["households_missing"])
    moved = values["households_moved"]
    if moved <= 0:
        return CheckResult("resettlement_share", scope, unit, NOT_EVALUATED, None, minimum, ">=", "no_households")
    value = values["households_in_kind"] / moved
    return CheckResult("resettlement_share", scope, unit, PASS if value >= minimum - 1e-12 else FAIL, value,
                       minimum, ">=")


# comparison ------------------------------------------------------------------------------------------
EXTRAS_ID = "unit {unit}: resettlement and lump sums"


def extras_differences(base, other) -> list:
    """[(unit, net profit difference in fen, NPV difference in yuan)] of the unit extra flows of two
    EconomicModels, for the units where they differ: the part of a comparison that belongs to no
    module (the ledger works on a unit's sums, the lump sums on the unit)."""
    from economic_layer_plugin.core import finance
    from economic_layer_plugin.core.module import net_flow

    rate_base = base.assumptions.rates.discount_rate
    rate_other = other.assumptions.rates.discount_rate
    result = []
    for code in dict.fromkeys([*base.ledger.codes(), *other.ledger.codes()]):
        old, new = base.extras(code).flows, other.extras(code).flows
        old_net = sum(sum(f) * (-1 if i in (COST, SALES_COSTS) else 1) for i, f in enumerate(old))
        new_net = sum(sum(f) * (-1 if i in (COST, SALES_COSTS) else 1) for i, f in enumerate(new))
        npv = (finance.npv(rate_other, net_flow(_padded(new))) or 0.0) - (finance.npv(rate_base, net_flow(_padded(old)))
                                                                          or 0.0)
        if new_net != old_net or abs(npv) > 1e-9:
            result.append((code, new_net - old_net, npv))
    return result


def _padded(flows) -> tuple:
    length = max((len(f) for f in flows), default=0)
    return tuple(list(f) + [0] * (length - len(f)) for f in flows)
