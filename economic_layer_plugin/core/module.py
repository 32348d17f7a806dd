"""What one module costs and earns, and when (spec sections 3, 4 and 8). Pure Python.

:func:`compute_module` turns a module's attributes and footprint area into a :class:`Module`
(quantities, money, annual cash flows, and which values came from defaults) or, where its data
cannot be used, an :class:`Excluded` with the reasons, each naming the field.

Money is kept in integer fen (0.01 yuan) and areas in integer units of 0.0001 m2, so that sums
over modules are exact: adding and removing modules in any order gives the same totals as a full
recompute, unit sums equal the project, and net profit is revenue minus cost to the fen.

Choices where the spec is silent (also in the README):

- Timing: works (construction, renovation, upkeep, demolition) and soft costs are spread evenly
  over the build years from the start year; compensation, land premium and other cost fall in the
  start year; sales income and its costs and taxes are spread over the sale years from completion;
  operating income runs from completion for the operating horizon; other income falls in the
  completion year. A retained module is complete from its start year (it stands already).
- Soft costs are a share of hard costs (works and demolition), not of compensation, land premium,
  other cost or sales costs. Sales costs and taxes on sales are costs (revenue stays gross).
- A demolished module earns nothing but its other income; its sale and lease fields are ignored.
- No area (spec section 8): a module whose floor area is 0 (el_gfa 0, el_floors 0 on a footprint,
  or a demolished module with no standing area) is left out, unless it carries a lump sum
  (el_other_cost / el_other_income): such modules carry calibration until unit-level lump sums exist.
- Floors: where a module has a height but neither floors nor floor area, its floors are
  round(height / storey height), at least 1, marked as derived (``defaulted`` holds el_floors).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, NamedTuple

from economic_layer_plugin.core import location as located
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.i18n import is_chinese, tr
from economic_layer_plugin.core.messages import Problem
from economic_layer_plugin.core.schema import FIELDS_BY_NAME, INTEGER, MAX_AREA
from economic_layer_plugin.definitions import ACTION_LABELS, ACTIONS, BELOW_GROUND_USES, USE_LABELS, USES

FEN = 100  # money unit of the integer sums: fen per yuan
AREA_UNIT = 10_000  # area unit of the integer sums: per m2

# The five components of a cash flow. Cost is COST + SALES_COSTS, revenue SALES + OPERATING + OTHER.
COST, SALES, SALES_COSTS, OPERATING, OTHER_INCOME = range(5)

# Integer areas of a module, in this order (see Module.areas).
AREA_KEYS = (
    "existing_area", "retained_area", "renovated_area", "demolished_area", "new_area",
    "saleable_area", "leasable_area", "above_ground_area",
    # above-ground (计容) parts of the new and the demolished floor area, for the rebuild ratio
    "new_above_ground_area", "demolished_above_ground_area",
)

_ACTION_BY_TEXT = {a: a for a in ACTIONS}
_ACTION_BY_TEXT.update({labels[lang].lower(): a for a, labels in ACTION_LABELS.items() for lang in labels})
_USE_BY_TEXT = {u: u for u in USES}
_USE_BY_TEXT.update({labels[lang].lower(): u for u, labels in USE_LABELS.items() for lang in labels})


class ModuleInput(NamedTuple):
    """A module as read from a layer: its feature id, attributes and footprint area in m2.

    ``footprint_area`` is measured by the caller on the ellipsoid or in a projected CRS;
    ``geometry_error`` says why the geometry is unusable (not a valid polygon), if it is.
    (A named tuple: a layer of 100,000 features makes 100,000 of them on every open.)
    """

    fid: Any
    attributes: Mapping[str, Any]
    footprint_area: float | None = None
    geometry_error: str | None = None
    #: its distances to the scheme's location layers (core/location.py), where measured
    measures: Any = None


@dataclass(frozen=True)
class Excluded:
    """A module left out of the totals, with every reason found."""

    fid: Any
    module_id: str
    name: str
    unit: str
    problems: tuple

    def message(self, language: str = "en") -> str:
        return ("；" if language == "zh" else "; ").join(p.message(language) for p in self.problems)

    @property
    def fields(self) -> tuple:
        return tuple(dict.fromkeys(p.field for p in self.problems))


class Module:
    """A computed module. Attributes in yuan, m2 and years; ``flows`` and ``areas`` are integer sums.

    ``flows`` holds five tuples of fen per period (cost, sales, sales costs, operating, other
    income), all as long; a component that is all zero is the shared :func:`zeros` tuple. Tuples,
    not lists: once Python's garbage collector has seen them it never walks them again (with lists,
    a scheme of 100,000 modules kept 600,000 more objects for every full collection to walk, 0.26 s
    instead of 0.1 s, during every later edit or change), and zero components take no memory.
    """

    __slots__ = (
        "fid", "module_id", "name", "unit", "action", "use", "footprint_area", "floors", "height",
        "gfa", "existing_gfa", "sale_ratio", "lease_ratio", "sale_price", "rent", "occupancy",
        "cost_rate", "demolition_rate", "compensation_rate", "land_premium_rate", "other_cost",
        "other_income", "start_year", "build_years", "sale_years", "completion_year", "households",
        "resettled", "defaulted", "areas", "flows", "acquisition_rate", "bases",
        "measures", "location",  # location value: the module's distances, its LocationFactor or None
    )

    @classmethod
    def _new(cls) -> Module:
        return cls.__new__(cls)

    # quantities in m2 ------------------------------------------------------------------------
    def area(self, key: str) -> float:
        return self.areas[AREA_KEYS.index(key)] / AREA_UNIT

    @property
    def saleable_area(self) -> float:
        return self.gfa * self.sale_ratio

    @property
    def leasable_area(self) -> float:
        return self.gfa * self.lease_ratio

    @property
    def below_ground(self) -> bool:
        return self.use in BELOW_GROUND_USES

    # money in yuan ---------------------------------------------------------------------------
    @property
    def cost(self) -> float:
        return (sum(self.flows[COST]) + sum(self.flows[SALES_COSTS])) / FEN

    @property
    def revenue(self) -> float:
        return (sum(self.flows[SALES]) + sum(self.flows[OPERATING]) + sum(self.flows[OTHER_INCOME])) / FEN

    def cashflow(self) -> list:
        """Income minus cost per period from the base year, in yuan, trailing empty periods dropped."""
        return trim(net_flow(self.flows))

    def is_default(self, field_name: str) -> bool:
        return field_name in self.defaulted

    def __repr__(self) -> str:
        return f"Module(fid={self.fid!r}, {self.action} {self.use}, unit={self.unit!r}, gfa={self.gfa:.1f})"


def net_flow(flows) -> list:
    """Yuan per period: sales + operating + other income - cost - sales costs."""
    cost, sales, sales_costs, operating, other = flows
    return [(s + o + i - c - sc) / FEN for c, s, sc, o, i in zip(cost, sales, sales_costs, operating, other)]


def net_flow_fen(flows) -> list:
    """Integer fen per period: sales + operating + other income - cost - sales costs."""
    cost, sales, sales_costs, operating, other = flows
    return [s + o + i - c - sc for c, s, sc, o, i in zip(cost, sales, sales_costs, operating, other)]


def trim(flow: list) -> list:
    while flow and flow[-1] == 0:
        flow.pop()
    return flow


# reading attributes ------------------------------------------------------------------------------
def _empty(raw) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip()) or (isinstance(raw, float) and raw != raw)


def _text(raw) -> str:
    if type(raw) is str:
        return raw.strip()
    if _empty(raw):
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))  # a unit code stored as 1.0
    return str(raw).strip()


#: per numeric field: (whole numbers only, minimum, maximum)
_NUMERIC = {f.name: (f.type == INTEGER, f.minimum, f.maximum) for f in FIELDS_BY_NAME.values() if f.is_numeric}


class _Large(float):
    """A large number as a reason shows it: 1e+308, not its 309 digits."""

    __slots__ = ()

    def is_integer(self) -> bool:  # the message shows an integer-valued float as an int
        return False

    def __str__(self) -> str:
        return repr(float(self))


def _shown(raw):
    """A value as a reason quotes it: short (a blob or a long text is described, not copied)."""
    if isinstance(raw, float) and not abs(raw) < 1e15:
        return _Large(raw)
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) >= 10 ** 15:
        return _Large(float(raw)) if abs(raw) < 10 ** 308 else "a number of more than 308 digits"
    if isinstance(raw, (bytes, bytearray, memoryview)):
        return f"<{len(bytes(raw))} bytes>"
    if isinstance(raw, str) and len(raw) > 60:
        return raw[:60] + "…"
    if isinstance(raw, (int, float, str)) or raw is None:
        return raw
    text = str(raw)
    return text if len(text) <= 60 else text[:60] + "…"


def _number(attributes: Mapping, name: str, problems: list):
    """The value of a numeric field, None if empty; a problem (and None) if unusable.

    Usable: a finite number within the field's range (core/schema.py), a whole one for a whole-number
    field. Text is read as a number ("12.5"); other text ("lots", "Infinity") or a blob is reported as
    not a number (or not finite), never read as 0 or as empty. Only a checked value reaches ``int()``.
    """
    raw = attributes.get(name)
    if raw is None:
        return None
    problem_count = len(problems)
    value = _parsed(raw, name, problems)
    if value is None or len(problems) > problem_count:
        return None
    return _in_range(value, raw, name, problems)


def _parsed(raw, name: str, problems: list):
    """``raw`` as a finite float or int; None (a problem noted unless it is empty) otherwise."""
    kind = type(raw)
    if kind is float or kind is int:
        value = raw
        if kind is float and not math.isfinite(value):
            if value != value:  # NaN: what some readers give for an empty value
                return None
            problems.append(Problem("not_finite", name, raw))
            return None
        return value
    if _empty(raw):
        return None
    if isinstance(raw, (bool, bytes, bytearray, memoryview)):
        problems.append(Problem("not_a_number", name, _shown(raw)))
        return None
    try:
        value = float(raw) if isinstance(raw, (int, float)) else float(str(raw).strip())
    except (TypeError, ValueError, OverflowError):
        problems.append(Problem("not_a_number", name, _shown(raw)))
        return None
    if not math.isfinite(value):  # "Infinity", "nan", "1e999" as text
        problems.append(Problem("not_finite", name, _shown(raw)))
        return None
    return value


def _in_range(value, raw, name: str, problems: list):
    """``value`` if within the field's range (a whole number for a whole-number field), else None
    and a problem."""
    whole, minimum, maximum = _NUMERIC[name]
    if minimum is not None and value < minimum:
        code = "ratio_range" if maximum == 1 else "negative" if minimum == 0 else "below_minimum"
        problems.append(Problem(code, name, _shown(raw), minimum))
        return None
    if maximum is not None and value > maximum:
        problems.append(Problem("ratio_range" if maximum == 1 else "above_maximum", name, _shown(raw), maximum))
        return None
    if whole:
        if value != int(value):  # finite and within range: int() cannot overflow
            problems.append(Problem("not_whole", name, _shown(raw)))
            return None
        value = int(value)
    return value


_COMMON_NUMBERS = ("el_floors", "el_height", "el_gfa", "el_existing_gfa", "el_other_cost", "el_other_income",
                   "el_start_year", "el_build_years")
_INCOME_NUMBERS = ("el_sale_ratio", "el_lease_ratio", "el_sale_price", "el_rent", "el_occupancy",
                   "el_sale_years", "el_cost_rate")
_STANDING_NUMBERS = _INCOME_NUMBERS + ("el_acquisition_rate",)  # retain, renovate
_DEMOLITION_NUMBERS = ("el_demolition_rate", "el_compensation_rate", "el_households", "el_resettled_onsite")


def _numbers(attributes: Mapping, names: tuple, problems: list) -> list:
    """The values of several numeric fields: a fast path for plain numbers within their range,
    :func:`_number` (with its messages) for everything else."""
    get = attributes.get
    values = []
    for name in names:
        raw = get(name)
        if raw is None:
            values.append(None)
            continue
        kind = type(raw)
        if kind is int or (kind is float and raw - raw == 0.0):  # finite: NaN and inf go the slow way
            whole, minimum, maximum = _NUMERIC[name]
            if ((minimum is None or raw >= minimum) and (maximum is None or raw <= maximum)
                    and (not whole or raw == int(raw))):
                values.append(int(raw) if whole else raw)
                continue
        values.append(_number(attributes, name, problems))
    return values


def duplicate_module_ids(results) -> dict:
    """{module id: [feature ids]} of the module ids that more than one module of a scheme carries
    (``results``: its computed and excluded modules). The id should be unique within the scheme: the
    workbook, the history and the conflict messages name modules by it."""
    seen: dict = {}
    for result in results:
        seen.setdefault(result.module_id, []).append(result.fid)
    return {module_id: sorted(fids, key=str) for module_id, fids in seen.items() if len(fids) > 1}


def duplicate_warnings(results, language: str = "en") -> list:
    """One sentence for each module id carried by several modules, naming it and their feature ids."""
    lines = []
    for module_id, fids in sorted(duplicate_module_ids(results).items()):
        named = ", ".join(str(f) for f in fids[:10]) + (" …" if len(fids) > 10 else "")
        quoted = f"“{module_id}”" if is_chinese(language) else repr(module_id)  # the language's own quotes
        lines.append(tr("module id {module_id} is used by {count} modules: features {features} (a module id must be "
                        "unique within the scheme)", language).format(module_id=quoted, count=len(fids),
                                                                      features=named))
    return lines


def _choice(attributes: Mapping, name: str, table: dict, problems: list) -> str:
    raw = attributes.get(name)
    if type(raw) is str:
        value = table.get(raw)  # the stored code itself: the common case
        if value is not None:
            return value
    text = _text(raw)
    if not text:
        problems.append(Problem("empty", name))
        return ""
    value = table.get(text.lower())
    if value is None:
        problems.append(Problem("unknown_value", name, raw))
        return ""
    return value


def _spread(flow: list, total: int, start: int, periods: int) -> None:
    """Adds ``total`` (fen) to ``flow`` evenly over ``periods`` from ``start``; the parts sum exactly."""
    if not total:
        return
    share, remainder = divmod(total, periods)
    for i in range(periods):
        flow[start + i] += share + (1 if i < remainder else 0)


def _spread_row(none: tuple, total: int, start: int, periods: int) -> tuple:
    """``total`` (fen) spread as :func:`_spread` spreads it, in a row of zeros like ``none`` (which it is
    where ``total`` is 0)."""
    if not total:
        return none
    share, remainder = divmod(total, periods)
    return none[:start] + (share + 1,) * remainder + (share,) * (periods - remainder) + none[start + periods:]


def _fen(yuan: float) -> int:
    return round(yuan * FEN)


def _area(m2: float) -> int:
    return round(m2 * AREA_UNIT)


#: length -> a tuple of that many zero periods (see :func:`zeros`)
_ZEROS: dict = {}


def zeros(length: int) -> tuple:
    """``length`` zero periods: one tuple shared by every module whose flow component is all zero
    (most modules sell, lease or earn other income in none or some of them only)."""
    row = _ZEROS.get(length)
    if row is None:
        row = _ZEROS[length] = (0,) * length
    return row


@lru_cache(maxsize=64)
def _growth_factors(growth: float, years: int) -> tuple:
    """(1 + growth)^k for k = 0 .. years - 1, by repeated multiplication."""
    factors = [1.0]
    for _ in range(years - 1):
        factors.append(factors[-1] * (1.0 + growth))
    return tuple(factors)


# the computation ---------------------------------------------------------------------------------
_SHARED_SETS: dict = {}


def _shared(names: frozenset) -> frozenset:
    """One object for each distinct set of defaulted fields: a scheme has a handful of them, and a
    frozenset of a dozen names takes 700 bytes (70 MB on 100,000 modules if each kept its own)."""
    if len(_SHARED_SETS) > 4096:  # a bound, should a layer have very many distinct sets
        _SHARED_SETS.clear()
    return _SHARED_SETS.setdefault(names, names)


#: The project rates that :func:`compute_module` reads before pricing a module, beyond filling a
#: default: they derive its floors and height, its start year, and raise its problems. With these and
#: the price book unchanged, :func:`reprice` gives exactly what a fresh computation gives.
PARSE_RATES = ("base_year", "storey_height")
#: The project rates that only fill a default of a module (its build and sale years): :func:`reprice`
#: fills them again where the module took them.
DEFAULT_RATES = ("build_years", "sale_years")


def compute_module(item: ModuleInput, assumptions: Assumptions):
    """A :class:`Module`, or an :class:`Excluded` listing every reason it cannot be used.

    The module's distances to the location layers (``item.measures``, core/location.py) locate its prices.

    The steps: the attributes are read (:func:`_read`, with the rates of :data:`PARSE_RATES`), their
    defaults filled from the price book and the rates of :data:`DEFAULT_RATES` (:func:`_fill_defaults`),
    the areas laid out, the prices located (:func:`_locate`) and the module priced (:func:`_price`)."""
    problems: list = []
    defaulted: list = []
    m = _read(item, assumptions, problems, defaulted)
    if problems:
        return Excluded(item.fid, m.module_id, m.name, m.unit, tuple(problems))
    _fill_defaults(m, assumptions, defaulted)
    m.defaulted = _shared(frozenset(defaulted))
    m.areas = _module_areas(m.action, m.use, m.gfa, m.existing_gfa, m.sale_ratio, m.lease_ratio)
    m.measures = item.measures
    _locate(m, assumptions)
    _price(m, assumptions)
    return m


def _read(item: ModuleInput, assumptions: Assumptions, problems: list, defaulted: list) -> Module:
    """A module with the attributes as ``item`` gives them (None where empty; floors and floor area derived
    where they can be, noted in ``defaulted``); every reason it cannot be used added to ``problems``."""
    a = item.attributes
    m = Module._new()
    m.fid = item.fid
    m.module_id = _text(a.get("el_module_id")) or str(item.fid)
    m.name = _text(a.get("el_name"))
    m.unit = unit = _text(a.get("el_unit"))
    if not unit:
        problems.append(Problem("empty", "el_unit"))
    m.action = action = _choice(a, "el_action", _ACTION_BY_TEXT, problems)
    m.use = use = _choice(a, "el_use", _USE_BY_TEXT, problems)
    if item.geometry_error:
        problems.append(Problem("invalid_geometry", "geometry", item.geometry_error))
    (m.floors, m.height, m.gfa, m.existing_gfa, m.other_cost, m.other_income, m.start_year,
     m.build_years) = _numbers(a, _COMMON_NUMBERS, problems)
    earns = action in ("retain", "renovate", "add")
    (m.sale_ratio, m.lease_ratio, m.sale_price, m.rent, m.occupancy, m.sale_years, m.cost_rate,
     m.acquisition_rate) = _income_numbers(a, action, earns, problems)
    m.demolition_rate, m.compensation_rate, m.households, m.resettled = _demolition_numbers(a, action, problems)
    rates = assumptions.rates
    m.footprint_area = item.footprint_area
    m.floors, m.gfa = _derive_floor_area(item, m.floors, m.height, m.gfa, rates, problems, defaulted)
    if m.gfa is not None and not (m.other_cost or m.other_income):
        _check_zero_area(action, m.gfa, m.existing_gfa, problems, defaulted)
    if m.start_year is not None and m.start_year < rates.base_year:
        problems.append(Problem("before_base_year", "el_start_year", m.start_year, rates.base_year))
    if earns:
        _check_ratio_sum(assumptions, action, use, m.sale_ratio, m.lease_ratio, problems)
    return m


def _fill_defaults(m: Module, assumptions: Assumptions, defaulted: list) -> None:
    """The values ``m`` does not give, from the price book of its use and the project rates (each noted in
    ``defaulted``); what its action does not use, zero."""
    rates = assumptions.rates
    d = assumptions.uses[m.use]
    action = m.action
    if m.existing_gfa is None:
        m.existing_gfa = 0.0 if action == "add" else m.gfa
        defaulted.append("el_existing_gfa")
    if m.height is None and m.floors is not None:
        m.height = m.floors * rates.storey_height
        defaulted.append("el_height")
    m.other_cost = _pick(m.other_cost, "el_other_cost", 0.0, defaulted)
    m.other_income = _pick(m.other_income, "el_other_income", 0.0, defaulted)
    m.start_year = _pick(m.start_year, "el_start_year", rates.base_year, defaulted)
    m.build_years = _pick(m.build_years, "el_build_years", rates.build_years, defaulted)
    if action == "retain" or action == "renovate":
        m.acquisition_rate = _pick(m.acquisition_rate, "el_acquisition_rate", d.acquisition_rate, defaulted)
    else:
        m.acquisition_rate = 0.0
    m.land_premium_rate = 0.0
    if action in ("retain", "renovate", "add"):
        _fill_income(m, d, rates, defaulted)
    else:
        m.sale_ratio = m.lease_ratio = m.sale_price = m.rent = m.occupancy = 0.0
        m.sale_years = rates.sale_years
        m.cost_rate = 0.0
        m.demolition_rate = _pick(m.demolition_rate, "el_demolition_rate", d.demolition_rate, defaulted)
        m.compensation_rate = _pick(m.compensation_rate, "el_compensation_rate", d.compensation_rate, defaulted)
    m.demolition_rate = m.demolition_rate or 0.0
    m.compensation_rate = m.compensation_rate or 0.0


def _fill_income(m: Module, d, rates, defaulted: list) -> None:
    """The income figures of a module that earns (retained, renovated or added): its own, or the price
    book's ``d`` and the rates'."""
    action = m.action
    default_sale, default_lease = d.ratios(action)
    m.sale_ratio = _pick(m.sale_ratio, "el_sale_ratio", default_sale, defaulted)
    m.lease_ratio = _pick(m.lease_ratio, "el_lease_ratio", default_lease, defaulted)
    m.sale_price = _pick(m.sale_price, "el_sale_price", d.sale_price, defaulted)
    m.rent = _pick(m.rent, "el_rent", d.rent, defaulted)
    m.occupancy = _pick(m.occupancy, "el_occupancy", d.occupancy, defaulted)
    m.sale_years = _pick(m.sale_years, "el_sale_years", rates.sale_years, defaulted)
    m.cost_rate = _pick(m.cost_rate, "el_cost_rate", _default_cost_rate(action, d), defaulted)
    if action == "add":
        m.land_premium_rate = d.land_premium


def _income_numbers(a: Mapping, action, earns: bool, problems: list) -> tuple:
    """(sale ratio, lease ratio, sale price, rent, occupancy, sale years, cost rate, acquisition rate)
    as the module gives them: None where empty, all None where the action earns nothing."""
    if action == "add":
        return (*_numbers(a, _INCOME_NUMBERS, problems), None)
    if earns:
        return tuple(_numbers(a, _STANDING_NUMBERS, problems))
    return (None,) * 8


def _demolition_numbers(a: Mapping, action, problems: list) -> tuple:
    """(demolition rate, compensation rate, households, resettled on site) of a demolished module, as
    it gives them; all None for the other actions."""
    if action != "demolish":
        return (None,) * 4
    demolition_rate, compensation_rate, households, resettled = _numbers(a, _DEMOLITION_NUMBERS, problems)
    if households is not None and resettled is not None and resettled > households:
        problems.append(Problem("resettled_above_households", "el_resettled_onsite", resettled, households))
    return demolition_rate, compensation_rate, households, resettled


def _derive_floor_area(item: ModuleInput, floors, height, gfa, rates, problems: list, defaulted: list) -> tuple:
    """(floors, gfa): floors derived from the height and the floor area from the footprint where the
    module gives none (marked in ``defaulted``); a problem where the floor area cannot be had."""
    reported = {p.field for p in problems}
    if gfa is None and floors is None and height and "el_floors" not in reported:
        # floors from the height (e.g. a footprint layer with heights only): derived, and marked so
        floors = max(1, round(height / rates.storey_height))
        defaulted.append("el_floors")
    if gfa is None and "el_gfa" not in reported:
        footprint = item.footprint_area
        if footprint is None or footprint <= 0:
            if not item.geometry_error:
                problems.append(Problem("no_area", "el_gfa"))
        elif floors is None:
            if "el_floors" not in reported:
                problems.append(Problem("no_floor_area", "el_floors"))
        else:
            gfa = footprint * floors
            defaulted.append("el_gfa")
            if not gfa <= MAX_AREA:  # a huge footprint (or an infinite one) times the floors
                problems.append(Problem("above_maximum", "el_gfa", _shown(gfa), MAX_AREA))
                gfa = None
    return floors, gfa


def _check_zero_area(action, gfa, existing, problems: list, defaulted: list) -> None:
    """No floor area (spec section 8): a module of 0 m2 is left out (the caller lets modules carrying
    a lump sum through)."""
    if action == "demolish":
        if (gfa if existing is None else existing) == 0:
            problems.append(Problem("zero_area", "el_existing_gfa" if existing is not None
                                    else "el_floors" if "el_gfa" in defaulted else "el_gfa"))
    elif gfa == 0 and action:
        problems.append(Problem("zero_area", "el_floors" if "el_gfa" in defaulted else "el_gfa"))


def _check_ratio_sum(assumptions: Assumptions, action, use, sale_ratio, lease_ratio, problems: list) -> None:
    """A problem where the sale and lease ratios (given or default) add up to more than 1."""
    defaults = assumptions.uses.get(use) if use else None
    if defaults is not None:
        default_sale, default_lease = defaults.ratios(action)
        s = default_sale if sale_ratio is None else sale_ratio
        l_ = default_lease if lease_ratio is None else lease_ratio
        if s + l_ > 1 + 1e-9:
            problems.append(Problem("ratios_sum", "el_lease_ratio", round(s + l_, 6)))


def _pick(value, field_name: str, default, defaulted: list):
    """``value``, or ``default`` (and ``field_name`` noted in ``defaulted``) where it is None."""
    if value is None:
        defaulted.append(field_name)
        return default
    return value


def _default_cost_rate(action, defaults) -> float:
    """The price book's cost rate of an income-earning action: build, renovate or keep up."""
    if action == "add":
        return defaults.construction_rate
    if action == "renovate":
        return defaults.renovation_rate
    return defaults.upkeep_rate


def _module_areas(action, use, gfa, existing, sale_ratio, lease_ratio) -> tuple:
    """The module's areas (0.0001 m2), in the order of AREA_KEYS."""
    built = _area(gfa)
    standing = _area(existing)
    below = use in BELOW_GROUND_USES
    above_ground = 0 if (action == "demolish" or below) else built
    return (
        standing,
        standing if action == "retain" else 0,
        standing if action == "renovate" else 0,
        standing if action == "demolish" else 0,
        built if action == "add" else 0,
        _area(gfa * sale_ratio),
        _area(gfa * lease_ratio),
        above_ground,
        built if action == "add" and not below else 0,
        standing if action == "demolish" and not below else 0,
    )


def reprice(module: Module, assumptions: Assumptions) -> Module:
    """``module`` under other rates: a new Module with the same attributes, areas and defaults (read
    from its layer once), the build and sale years of ``assumptions`` where it took the defaults,
    and the flows and stack bases of ``assumptions``.

    Exact only where the price book and the rates of :data:`PARSE_RATES` are unchanged (they fill
    the other defaults, derive floors and raise problems); the engine checks that
    (``EconomicModel.set_assumptions``)."""
    m = _copied(module)
    rates = assumptions.rates
    defaulted = module.defaulted
    m.build_years = rates.build_years if "el_build_years" in defaulted else module.build_years
    # a demolished module has the book's sale years (it sells nothing), not marked as a default
    m.sale_years = (rates.sale_years if "el_sale_years" in defaulted or module.action == "demolish"
                    else module.sale_years)
    _locate(m, assumptions)
    _price(m, assumptions)
    return m


def _locate(m: Module, assumptions: Assumptions) -> None:
    """Location value: the module's :class:`~economic_layer_plugin.core.location.LocationFactor` from its
    measures and the scheme's rules, and its sale price and rent = the price book's times the factor
    where it took them from the book (its own ``el_sale_price`` / ``el_rent`` wins, and says so).
    Sets ``m.location`` (None where no rule applies: the book's prices as they are)."""
    m.location = None
    if m.action == "demolish":
        return
    defaulted = m.defaulted
    rules = assumptions.location
    found = None
    if rules.rules:
        found = located.factor(m.use, m.measures, rules, _own_prices(defaulted))
    if found is None:
        if m.measures is not None or rules.rules:  # a price located before: the book's again
            book = assumptions.uses[m.use]
            if "el_sale_price" in defaulted:
                m.sale_price = book.sale_price
            if "el_rent" in defaulted:
                m.rent = book.rent
        return
    book = assumptions.uses[m.use]
    if "el_sale_price" in defaulted:
        m.sale_price = book.sale_price * found.sale
    if "el_rent" in defaulted:
        m.rent = book.rent * found.rent
    m.location = found


#: defaulted fields (the shared sets of :func:`_shared`) -> the prices a module gives itself
_OWN: dict = {}


def _own_prices(defaulted: frozenset) -> tuple:
    """The module's own prices ("el_sale_price", "el_rent": those not taken from the book)."""
    own = _OWN.get(defaulted)
    if own is None:
        if len(_OWN) > 4096:  # a bound, as for _SHARED_SETS
            _OWN.clear()
        own = _OWN[defaulted] = tuple(name for name in ("el_sale_price", "el_rent") if name not in defaulted)
    return own


def without_location(m: Module, assumptions: Assumptions) -> Module:
    """``m`` priced as if no location rule applied (what its income is without location value)."""
    return reprice(m, replace(assumptions, location=located.LocationAssumptions()))


def cost_bases(m: Module) -> tuple:
    """(works, demolition, compensation, land premium) of a module in yuan, from its attributes:
    works are construction on the new floor area, or renovation or upkeep on the existing one."""
    action = m.action
    if action == "add":
        return m.gfa * m.cost_rate, 0.0, 0.0, m.gfa * m.land_premium_rate
    if action == "demolish":
        return 0.0, m.existing_gfa * m.demolition_rate, m.existing_gfa * m.compensation_rate, 0.0
    return m.existing_gfa * m.cost_rate, 0.0, 0.0, 0.0


def _price(m: Module, assumptions: Assumptions) -> None:
    """Sets a module's money from its attributes: the cash flows, the completion year and the stack's
    bases. Reads the project rates (of :data:`PARSE_RATES`, the base year alone; none of
    :data:`DEFAULT_RATES`: their values are in the module's attributes) and the feasibility
    stack's switch and ordinary-housing price; never the price book (its figures are in the module's
    attributes). The income (sales, sales costs, operating) comes from :func:`_income`, which
    :func:`relocate` also uses alone."""
    rates = assumptions.rates
    action = m.action
    works, demolition, compensation, premium = cost_bases(m)
    start = m.start_year - rates.base_year
    build_years = m.build_years
    completion = start if action == "retain" else start + build_years
    sales_total, yearly_rent, yearly_noi, operating_years = _income_bases(m, rates)
    length = _length(start, build_years, completion, m.sale_years if sales_total > 0 else 1, operating_years)
    none = zeros(length)
    cost = [0] * length
    hard = works + demolition
    _spread(cost, _fen(hard + hard * rates.soft_cost_ratio), start, build_years)
    cost[start] += _fen(compensation + premium + m.other_cost)
    sales, sales_costs, operating = _income(m, rates, sales_total, yearly_noi, operating_years, completion, none)
    other = none
    income = _fen(m.other_income)
    if income:
        other = list(none)
        other[completion] = income
        other = tuple(other)
    m.flows = (tuple(cost), sales, sales_costs, operating, other)
    m.completion_year = rates.base_year + completion
    # the feasibility stack's bases (layout: core/feasibility.py, BASES), when the stack is on
    feasibility = assumptions.feasibility
    m.bases = (
        _stack_bases(m, feasibility, (premium, compensation, demolition, works), sales_total,
                     (start, completion, operating_years), yearly_rent)
        if feasibility.enabled
        else None
    )


def _income_bases(m: Module, rates) -> tuple:
    """(sales total, yearly gross rent, yearly net operating income, operating years) of a module, in
    yuan and years: what its sale price and rent decide."""
    gfa = m.gfa
    sales_total = gfa * m.sale_ratio * m.sale_price
    yearly_rent = gfa * m.lease_ratio * m.rent * 12.0 * m.occupancy
    yearly_noi = yearly_rent * (1.0 - rates.operating_cost_ratio)
    operating_years = rates.operating_horizon if m.action != "demolish" and yearly_noi > 0 else 0
    return sales_total, yearly_rent, yearly_noi, operating_years


def _length(start: int, build_years: int, completion: int, selling_years: int, operating_years: int) -> int:
    """The periods of a module's flows: to the last of its build, sale (``selling_years``: its sale
    years where it sells, else 1) and operating years."""
    return max(start + build_years, completion + 1, completion + selling_years, completion + operating_years)


def _income(m: Module, rates, sales_total: float, yearly_noi: float, operating_years: int, completion: int,
            none: tuple) -> tuple:
    """The (sales, sales costs, operating) flows of a module, fen per period (``none``: the zero flow of
    the module's length)."""
    sales = sales_costs = operating = none
    if sales_total > 0:
        sale_years = m.sale_years
        sales = _spread_row(none, _fen(sales_total), completion, sale_years)
        sales_costs = _spread_row(none, _fen(sales_total * (rates.sales_cost_ratio + rates.sales_tax_ratio)),
                                  completion, sale_years)
    if operating_years:
        factors = _growth_factors(rates.rent_growth, operating_years)
        noi_fen = yearly_noi * FEN
        operating = [0] * len(none)
        operating[completion:completion + operating_years] = [round(noi_fen * f) for f in factors]
        if rates.exit_enabled:
            operating[completion + operating_years - 1] += _fen(yearly_noi * factors[-1] / rates.exit_cap_rate)
        operating = tuple(operating)
    return sales, sales_costs, operating


def relocate(module: Module, measures, assumptions: Assumptions) -> Module:
    """``module`` with other distances to the location layers (``measures``): a new Module, located again
    (:func:`_locate`) and, where its sale price or rent moved, priced again: the same figures as
    :func:`compute_module` of its input with these measures, under the ``assumptions`` it was computed
    with (the engine's ``set_measures``; tested against a full recompute).

    What the prices do not decide is kept (shared tuples, never changed in place): its attributes,
    areas and defaults, and, while its flows keep their length, its cost and other income flows and the
    stack's cost bases; only its sales, sales costs and operating flows and the stack's sales and rent
    bases are made again. A module whose prices stay (no rule reaches it before or after, a demolished
    module, its own prices, another distance in the same band) keeps its money as it is."""
    m = _copied(module)
    m.measures = measures
    _locate(m, assumptions)
    if m.sale_price == module.sale_price and m.rent == module.rent:
        return m
    rates = assumptions.rates
    start = m.start_year - rates.base_year
    completion = m.completion_year - rates.base_year
    sales_total, yearly_rent, yearly_noi, operating_years = _income_bases(m, rates)
    flows = module.flows
    if _length(start, m.build_years, completion, m.sale_years if sales_total > 0 else 1,
               operating_years) != len(flows[COST]):
        _price(m, assumptions)  # it starts or stops selling or leasing, and its flows change length
        return m
    sales, sales_costs, operating = _income(m, rates, sales_total, yearly_noi, operating_years, completion,
                                            zeros(len(flows[COST])))
    m.flows = (flows[COST], sales, sales_costs, operating, flows[OTHER_INCOME])
    bases = module.bases
    if bases is not None:
        m.bases = (bases[:8] + _sold(m, assumptions.feasibility, sales_total) + bases[11:14]
                   + (operating_years, _fen(yearly_rent) if operating_years else 0))
    return m


def _copied(module: Module) -> Module:
    """A new Module with every slot of ``module`` (the same objects: tuples and numbers)."""
    m = Module._new()
    m.fid = module.fid
    m.module_id = module.module_id
    m.name = module.name
    m.unit = module.unit
    m.action = module.action
    m.use = module.use
    m.footprint_area = module.footprint_area
    m.floors = module.floors
    m.height = module.height
    m.gfa = module.gfa
    m.existing_gfa = module.existing_gfa
    m.sale_ratio = module.sale_ratio
    m.lease_ratio = module.lease_ratio
    m.sale_price = module.sale_price
    m.rent = module.rent
    m.occupancy = module.occupancy
    m.cost_rate = module.cost_rate
    m.demolition_rate = module.demolition_rate
    m.compensation_rate = module.compensation_rate
    m.land_premium_rate = module.land_premium_rate
    m.other_cost = module.other_cost
    m.other_income = module.other_income
    m.start_year = module.start_year
    m.build_years = module.build_years
    m.sale_years = module.sale_years
    m.completion_year = module.completion_year
    m.households = module.households
    m.resettled = module.resettled
    m.defaulted = module.defaulted
    m.areas = module.areas
    m.flows = module.flows
    m.acquisition_rate = module.acquisition_rate
    m.bases = module.bases
    m.measures = module.measures
    m.location = module.location
    return m


def _stack_bases(m: Module, feasibility, costs: tuple, sales_total: float, timing: tuple, yearly_rent: float) -> tuple:
    """The feasibility stack's bases of a priced module (layout: core/feasibility.py, BASES). ``costs``:
    (land premium, compensation, demolition, works) in yuan; ``timing``: (start, completion, operating
    years) in years from the base year."""
    premium, compensation, demolition, works = costs
    start, completion, operating_years = timing
    action = m.action
    earns = action != "demolish"
    gfa = m.gfa
    areas = m.areas
    other_cost = m.other_cost
    acquisition_rate = m.acquisition_rate
    return (
        _fen(premium) if premium else 0, _fen(compensation) if compensation else 0,
        _fen(demolition) if demolition else 0, _fen(works) if works else 0,
        _fen(other_cost) if other_cost else 0,
        _fen(m.existing_gfa * acquisition_rate) if acquisition_rate else 0,
        areas[7] if action == "add" else 0,
        # developed floor area: added or renovated; of a retained building, what it sells or leases
        _area(gfa) if action == "add" or action == "renovate" else areas[5] + areas[6] if earns else 0,
        *_sold(m, feasibility, sales_total),
        start, m.build_years, completion, operating_years,
        _fen(yearly_rent) if operating_years else 0,
    )


def _sold(m: Module, feasibility, sales_total: float) -> tuple:
    """(product type, sold area, sales) of the stack's bases: the land appreciation tax's product type
    index (-1: it sells nothing), its saleable area (0.0001 m2) and its sales (fen)."""
    if sales_total > 0 and m.action != "demolish":
        kind = 2 if m.use != "residential" else 0 if m.sale_price <= feasibility.ordinary_residential_price else 1
        return kind, m.areas[5], _fen(sales_total)
    return -1, 0, 0
