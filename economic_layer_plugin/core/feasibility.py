"""The feasibility stack of spec section 9: costs, Chinese taxes, financing, exit value, the three
parties. Pure Python. Formulas, defaults and sources: docs/feasibility.md.

How it is computed:

- Per module, ``compute_module`` (core/module.py) gives the integer bases the stack needs (land premium,
  compensation, works, fees, sales and saleable area by product type, rents...). A unit's
  :class:`Bases` sums them, kept up to date module by module by :class:`~.aggregate.Totals`, like
  the cash flows: adding a module costs a few dictionary updates, whatever the scheme's size.
- On request, :func:`unit_stack` computes a unit's stack from its Totals (cash flows) and Bases:
  VAT, surcharges, property tax, land appreciation tax per product type, corporate income tax,
  financing. The project's additive rows are the sums of its units' rows; its corporate income
  tax and financing are computed on the project's summed flow (:func:`project_stack`). Taxes are
  never computed per module and added up.
- Input: a unit's PRE-TAX flows, i.e. its modules' cash flows plus any unit-level flows
  (``extra_cost`` / ``extra_income``, integer fen per year, e.g. unit lump sums and resettlement),
  so that such flows come before the taxes.

Every amount of a row is integer fen per year, so that the units' rows add up to the project's (but
"gross_rent", the rent as it grows, in fen unrounded). The stack keeps what its taxes read (the hard
cost, the gross rent, the VAT sales amount, the selling costs, the development cost matched to each
year, the scalars as taxed, the soft cost) so that the workbook's "Tax inputs" sheet shows them and
computes none of them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import add
from typing import Callable, NamedTuple

from economic_layer_plugin.core import finance
from economic_layer_plugin.core.financing import loan_schedule
from economic_layer_plugin.core.lumpsums import unit_lump_flows
from economic_layer_plugin.core.module import AREA_KEYS, COST, OPERATING, OTHER_INCOME, SALES, SALES_COSTS
from economic_layer_plugin.core.taxes import (
    LAT_BANDS,
    LatResult,
    corporate_income_tax,
    land_appreciation_tax_fen,
    vat_after_input,
    vat_on_sales,
)

FEN = 100
AREA_UNIT = 10_000

# product types of the land appreciation tax
ORDINARY, OTHER_RESIDENTIAL, NON_RESIDENTIAL = "ordinary_residential", "other_residential", "non_residential"
PRODUCT_TYPES = (ORDINARY, OTHER_RESIDENTIAL, NON_RESIDENTIAL)
#: the held assets sold at the horizon (feasibility.exit_treatment "sale"): a LAT row of their own
HELD_ASSETS_SALE = "held_assets_sale"
EXIT_VALUATION, EXIT_SALE = "valuation", "sale"
#: feasibility.lump_sum_income: the tax character of the units' lump-sum incomes
LUMP_SALES, LUMP_SUBSIDY = "sales", "subsidy"
#: feasibility.vat_level: the project is one VAT taxpayer (input VAT pooled across its units), or each
#: unit a taxpayer of its own
VAT_PROJECT, VAT_UNIT = "project", "unit"

#: A module's bases (Module.bases, made by core/module.py's compute_module when the stack is on): a
#: flat tuple of integers, money in fen and areas in 0.0001 m2, in this order.
BASES = (
    "premium", "compensation", "demolition", "works", "other_cost", "acquisition",
    # new above-ground floor area (add); developed floor area (add, renovate; retain: sold + leased area)
    "new_above_ground_area", "basis_area",
    "product_type", "sold_area", "sales",  # LAT product type index (-1: sells nothing), saleable area, sales
    "start", "build_years", "completion", "operating_years", "gross_rent",  # periods; first-year gross rent
)
# a unit's summed scalars (Bases.scalars), in this order
(PREMIUM, COMPENSATION, DEMOLITION, WORKS, OTHER_COST, ACQUISITION, NEW_AREA, BASIS_AREA,
 AREA_ORD, AREA_OTH, AREA_NON, SALES_ORD, SALES_OTH, SALES_NON) = range(14)
#: then, per product type (ordinary, other residential, non-residential), the direct costs of the
#: modules of that type for the land appreciation tax: premium, works, own cost (acquisition + other
#: cost) and their developed floor area; index DIRECT + 4 x type + one of these
DIRECT = 14
D_PREMIUM, D_WORKS, D_OWN, D_AREA = range(4)
N_SCALARS = DIRECT + 4 * len(PRODUCT_TYPES)
#: feasibility.lat_cost_attribution: direct costs to their own product type ("direct") or every cost
#: by floor area ("area")
LAT_DIRECT, LAT_AREA = "direct", "area"


class TaxRow(NamedTuple):
    """One tax of the stack. ``level`` "unit": computed on each unit's bases, the project's row is the
    sum of its units' rows; "project": computed on the summed flow (of a unit for the unit, of the
    project for the project). ``compute(ctx)`` returns the row, integer fen per year; the rows are
    computed in this order, so a tax may read the rows before it in ``ctx.rows``."""

    key: str
    level: str
    compute: Callable
    #: a tax on profit (income tax): computed after the indirect taxes are taken off the profit
    on_profit: bool = False


UNIT_LEVEL, PROJECT_LEVEL = "unit", "project"


def _vat_row(ctx) -> list:
    """A unit's VAT on its own output and input VAT; the project's on the units' output and input
    pooled (one taxpayer), or the sum of the units' VAT when feasibility.vat_level is "unit"."""
    rows = ctx.rows
    if ctx.f.vat_level == VAT_UNIT:
        return list(rows["unit_vat"])
    return [round(v) for v in vat_after_input(rows["vat_output"], rows["vat_input"])]


def _surcharges_row(ctx) -> list:
    if ctx.f.vat_level == VAT_UNIT:
        return list(ctx.rows["unit_surcharges"])
    return [round(v * ctx.f.surcharge_rate) for v in ctx.rows["vat"]]


def _lat_row(ctx) -> list:
    return _land_appreciation_tax(ctx)


def _cit_row(ctx) -> list:
    return [round(v) for v in corporate_income_tax(ctx.rows["taxable_profit"], ctx.f.cit_rate,
                                                   ctx.f.cit_loss_years)]


def _property_tax_row(ctx) -> list:
    return [round(r * ctx.f.property_tax_rate) for r in ctx.rent_ex_vat]


#: THE list of the stack's taxes: a new tax is one row here plus its computation. The key is the
#: indicator key (yuan) and the name of the yearly row (fen); tables, totals, the project's sums and
#: the additive keys are made from this list.
TAX_ROWS = (
    TaxRow("vat", PROJECT_LEVEL, _vat_row),
    TaxRow("surcharges", PROJECT_LEVEL, _surcharges_row),
    TaxRow("property_tax", UNIT_LEVEL, _property_tax_row),
    TaxRow("land_appreciation_tax", UNIT_LEVEL, _lat_row),
    TaxRow("corporate_income_tax", PROJECT_LEVEL, _cit_row, on_profit=True),
)
TAX_KEYS = tuple(row.key for row in TAX_ROWS)
UNIT_TAX_KEYS = tuple(row.key for row in TAX_ROWS if row.level == UNIT_LEVEL)

_COST_KEYS = ("preliminaries", "contingency", "municipal_fee", "deed_tax", "acquisition")
#: every indicator key the stack adds (unit and project), in the order of tables and exports
FEASIBILITY_KEYS = (
    *_COST_KEYS, *TAX_KEYS, "taxes",
    "sales_taxes_replaced", "exit_value", "feasibility_revenue", "feasibility_cost", "pre_tax_profit",
    "taxable_profit", "finance_cost", "net_profit_after_tax", "project_npv", "project_irr", "equity_npv",
    "equity_irr", "peak_debt", "equity_injection", "reit_yield", "reit_ready", "reit_ready_2021",
    "government_take", "owners_take", "implementer_take",
)
FEASIBILITY_MONEY_KEYS = frozenset({
    *_COST_KEYS, *TAX_KEYS, "taxes", "sales_taxes_replaced",
    "exit_value", "feasibility_revenue", "feasibility_cost", "pre_tax_profit", "taxable_profit", "finance_cost",
    "net_profit_after_tax", "project_npv", "equity_npv", "peak_debt", "equity_injection", "government_take",
    "owners_take",
    "implementer_take",
})
#: rows that add up from units to the project (the others are computed on the project's flow)
ADDITIVE_KEYS = (*_COST_KEYS, *UNIT_TAX_KEYS, "sales_taxes_replaced", "exit_value", "owners_take")
#: the yearly rows a unit's stack hands to the project's, which sums them
_SUMMED_ROWS = ("revenue", "cost", "preliminaries_contingency", "point", "exit", "replaced", "profit_before",
                "taxable_before", "extra_income", "subsidy", "vat_output", "vat_input", "unit_vat", "unit_surcharges",
                "hard", "gross_rent", "vat_sales", "selling", "matched", *UNIT_TAX_KEYS)


def product_type(module, ordinary_price: float) -> str:
    """The LAT product type of a module that sells: residential at most the ordinary price is
    ordinary residential, other residential is other residential, every other use (apartments on
    commercial land included) non-residential."""
    if module.use == "residential":
        return ORDINARY if module.sale_price <= ordinary_price else OTHER_RESIDENTIAL
    return NON_RESIDENTIAL


class Bases:
    """A unit's (or the project's) summed bases; supports adding and removing one module."""

    __slots__ = ("scalars", "hard", "point", "rent", "ledger")

    def __init__(self) -> None:
        self.ledger: dict = {}  # the unit's resettlement ledger sums (fen) the stack reads (with_ledger)
        self.scalars = [0] * N_SCALARS
        self.hard: dict = {}  # (start, build years) -> works + demolition, fen
        self.point: dict = {}  # start -> [acquisition fen, premium fen, new above-ground area]
        self.rent: dict = {}  # (completion, operating years) -> first-year gross rent, fen

    def add(self, b: tuple, sign: int = 1) -> None:
        (premium, compensation, demolition, works, other_cost, acquisition, new_area, basis, kind, sold_area,
         sales, start, years, completion, op_years, rent) = b
        s = self.scalars
        if sign == 1:
            s[PREMIUM] += premium
            s[COMPENSATION] += compensation
            s[DEMOLITION] += demolition
            s[WORKS] += works
            s[OTHER_COST] += other_cost
            s[ACQUISITION] += acquisition
            s[NEW_AREA] += new_area
            s[BASIS_AREA] += basis
            if kind >= 0:
                s[AREA_ORD + kind] += sold_area
                s[SALES_ORD + kind] += sales
                d = DIRECT + 4 * kind
                s[d + D_PREMIUM] += premium
                s[d + D_WORKS] += works
                s[d + D_OWN] += acquisition + other_cost
                s[d + D_AREA] += basis
        else:
            s[PREMIUM] -= premium
            s[COMPENSATION] -= compensation
            s[DEMOLITION] -= demolition
            s[WORKS] -= works
            s[OTHER_COST] -= other_cost
            s[ACQUISITION] -= acquisition
            s[NEW_AREA] -= new_area
            s[BASIS_AREA] -= basis
            if kind >= 0:
                s[AREA_ORD + kind] -= sold_area
                s[SALES_ORD + kind] -= sales
                d = DIRECT + 4 * kind
                s[d + D_PREMIUM] -= premium
                s[d + D_WORKS] -= works
                s[d + D_OWN] -= acquisition + other_cost
                s[d + D_AREA] -= basis
        hard = works + demolition
        if hard:
            key = (start, years)
            self.hard[key] = self.hard.get(key, 0) + sign * hard
        if acquisition or premium or new_area:
            entry = self.point.get(start)
            if entry is None:
                entry = self.point[start] = [0, 0, 0]
            entry[0] += sign * acquisition
            entry[1] += sign * premium
            entry[2] += sign * new_area
        if rent:
            key = (completion, op_years)
            self.rent[key] = self.rent.get(key, 0) + sign * rent

    def with_ledger(self, values: dict) -> Bases:
        """These bases (shared, read only) with a unit's resettlement ledger sums (fen) attached:
        ``resettlement_revenue_forgone``, ``compensation_in_kind``, ``moving_fees``, ``transition_fees``."""
        result = Bases.__new__(Bases)
        result.scalars, result.hard, result.point, result.rent = self.scalars, self.hard, self.point, self.rent
        result.ledger = dict(values)
        return result

    def merge(self, other: Bases) -> None:
        for i, value in enumerate(other.scalars):
            self.scalars[i] += value
        for key, value in other.hard.items():
            self.hard[key] = self.hard.get(key, 0) + value
        for key, value in other.rent.items():
            self.rent[key] = self.rent.get(key, 0) + value
        for key, (a, p, n) in other.point.items():
            entry = self.point.setdefault(key, [0, 0, 0])
            entry[0] += a
            entry[1] += p
            entry[2] += n

    def key(self) -> tuple:
        """Everything the bases hold, comparable (entries that came back to 0 ignored)."""
        return (tuple(self.scalars), tuple(sorted((k, v) for k, v in self.hard.items() if v)),
                tuple(sorted((k, tuple(v)) for k, v in self.point.items() if any(v))),
                tuple(sorted((k, v) for k, v in self.rent.items() if v)))


def bases_of(modules) -> Bases | None:
    """The bases of many modules (None when none of them has any: the stack is off)."""
    result = None
    for module in modules:
        b = module.bases
        if b is not None:
            if result is None:
                result = Bases()
            result.add(b)
    return result


# expansion to yearly rows --------------------------------------------------------------------------
def _spread_into(row: list, total: int, start: int, periods: int) -> None:
    share, remainder = divmod(total, periods)
    for i in range(periods):
        row[start + i] += share + (1 if i < remainder else 0)


def _used(row) -> int:
    """The length of a row without its trailing zero periods (incremental sums keep them)."""
    n = len(row)
    while n and not row[n - 1]:
        n -= 1
    return n


def _length(totals, bases: Bases, extra) -> int:
    n = max((_used(f) for f in totals.flows), default=0)
    for (start, years), value in bases.hard.items():
        if value:
            n = max(n, start + years)
    for start, values in bases.point.items():
        if any(values):
            n = max(n, start + 1)
    for (completion, years), value in bases.rent.items():
        if value:
            n = max(n, completion + years, completion + 1)
    for row in extra or ():
        if row:
            n = max(n, _used(row))
    return n


def _padded(values, n: int) -> list:
    values = list(values or ())
    return values + [0] * (n - len(values))


@dataclass
class Stack:
    """The feasibility stack of a unit or of the project: rows of integer fen per year, and details."""

    rows: dict  # name -> list of fen per year
    lat: list = field(default_factory=list)  # dicts, one per product type that sells (the Taxes sheet)
    loan: object = None  # financing.LoanSchedule of the after-tax flow
    unit: str | None = None  # the unit's code (None: the project)
    #: the project's VAT and surcharges allocated back to its units (unit code -> fen; see _allocate_vat)
    vat_allocation: dict = field(default_factory=dict)
    indicators: dict = field(default_factory=dict)  # yuan (and ratios): the indicator keys
    carried: dict = field(default_factory=dict)  # fen sums carried from units to the project
    #: a unit's summed scalars (Bases.scalars order) as its land appreciation tax reads them: housing
    #: short of the ordinary-housing criteria (ordinary_housing) moved to other residential
    scalars: list = field(default_factory=list)


def _growth(g: float, n: int) -> list:
    factors = [1.0]
    for _ in range(n - 1):
        factors.append(factors[-1] * (1.0 + g))
    return factors


class _Context:
    """What the tax computations of one unit read (TaxRow.compute): the rows computed so far and the
    unit's bases expanded to years."""

    __slots__ = ("n", "f", "rates", "rows", "scalars", "sales", "sales_output", "vat", "rent_ex_vat", "surcharge_share",
                 "land_cost", "development", "basis", "unit", "lat_detail", "sales_total", "exit_share", "exit_row",
                 "exit_output", "held_share", "lump_total", "module_sales", "works_factor")


def unit_stack(totals, bases: Bases | None, assumptions, extra_cost=None, extra_income=None,
               unit: str | None = None) -> Stack:
    """The stack of one unit from its summed flows and bases (see the module docstring).

    The steps: the unit's sales with its lump sums (:func:`_unit_sales`), the stack's own costs
    (:func:`_stack_costs`), rent and exit (:func:`_rent_and_exit`), VAT (:func:`_unit_vat`), the costs
    the land appreciation tax deducts (:func:`_deductible_costs`), the rows and the unit's taxes
    (:func:`_unit_rows`), then the project-level taxes on its summed flow (:func:`_finish`)."""
    bases = bases or Bases()
    ctx = _Context()
    ctx.f, ctx.rates, ctx.unit = assumptions.feasibility, assumptions.rates, unit
    s = bases.scalars
    if (s[AREA_ORD] or s[SALES_ORD]) and not ordinary_housing(totals, assumptions, unit):
        s = _as_other_residential(s)
    ctx.scalars = s
    ctx.n = n = max(1, _length(totals, bases, (extra_cost, extra_income)))
    flows = [_padded(row[:n], n) for row in totals.flows]
    lump_cost, subsidy, taxed_lump = _unit_sales(ctx, flows, assumptions.lump_sums)
    costs = _stack_costs(ctx, bases)
    gross_rent, exit_row, exit_value = _rent_and_exit(ctx, bases)
    vat = _unit_vat(ctx, totals, flows, costs["hard"], gross_rent, exit_row)
    # the lump sums are shared by the product types' sales of the bases (before any given in kind)
    ctx.lump_total, ctx.module_sales = sum(taxed_lump), s[SALES_ORD] + s[SALES_OTH] + s[SALES_NON]
    _deductible_costs(ctx, bases, costs, lump_cost)
    rows, indirect = _unit_rows(ctx, flows, costs, vat, subsidy, extra_cost, extra_income)
    # the held (leased) assets: their share of land + development cost
    held_cost = round((ctx.land_cost + ctx.development) * ctx.held_share)
    rows["taxable_before"], rows["selling"], rows["matched"] = _taxable_profit(
        rows, flows, indirect, vat["sold_area"], vat["leasable"], bases, ctx.f)
    # what the taxes read, kept for the Tax inputs sheet (io/tax_detail_sheet.py)
    rows["hard"], rows["gross_rent"], rows["vat_sales"] = costs["hard"], gross_rent, ctx.sales
    stack = Stack(rows, ctx.lat_detail, unit=unit, scalars=list(s))
    stack.carried = {
        "preliminaries": costs["preliminaries"], "contingency": costs["contingency"], "soft": costs["soft"],
        "municipal_fee": costs["fee"], "deed_tax": costs["deed"], "acquisition": s[ACQUISITION],
        "exit_value": exit_value, "compensation": s[COMPENSATION], "land_premium": s[PREMIUM],
        "noi": round(sum(value for value in bases.rent.values()) * (1.0 - ctx.rates.operating_cost_ratio)),
        "held_cost": held_cost,
    }
    _finish(stack, assumptions)
    return stack


def _unit_sales(ctx: _Context, flows: list, lump_sums) -> tuple:
    """The unit's sales (``ctx.sales``): its modules' and its lump-sum incomes (already in its other
    income), taxed like sales (VAT, land appreciation tax proceeds) or a subsidy (untaxed, the
    government's): feasibility.lump_sum_income. Returns (the lump sums' cost row, the subsidy row, the
    taxed lump-sum row)."""
    n, f, unit = ctx.n, ctx.f, ctx.unit
    lump_cost, lump = unit_lump_flows(lump_sums, unit, ctx.rates.base_year) if unit is not None else ([], [])
    lump = _padded(lump[:n], n)
    subsidy = lump if f.lump_sum_income == LUMP_SUBSIDY else [0] * n
    taxed_lump = [0] * n if f.lump_sum_income == LUMP_SUBSIDY else lump
    ctx.sales = [a + b for a, b in zip(flows[SALES], taxed_lump)]
    return lump_cost, subsidy, taxed_lump


def _stack_costs(ctx: _Context, bases: Bases) -> dict:
    """The costs of the stack, from the summed bases: preliminaries and contingency spread with the hard
    cost; acquisition, municipal fee and deed tax in the start year. Rows and totals in fen."""
    n, f = ctx.n, ctx.f
    soft_share = ctx.rates.soft_cost_ratio
    preliminaries_contingency = [0] * n
    hard = [0] * n
    preliminaries = contingency = soft = 0
    for (start, years), value in sorted(bases.hard.items()):
        if not value:
            continue
        _spread_into(hard, value, start, years)
        p = round(value * f.preliminaries_ratio)
        c = round(value * (1.0 + soft_share) * f.contingency_ratio)
        preliminaries += p
        contingency += c
        soft += round(value * soft_share)
        _spread_into(preliminaries_contingency, p + c, start, years)
    point = [0] * n
    fee = deed = 0
    for start, (acquisition, premium, new_area) in sorted(bases.point.items()):
        if not (acquisition or premium or new_area):
            continue
        d = round(premium * f.deed_tax_rate)
        m = round(new_area / AREA_UNIT * f.municipal_fee * FEN)
        fee += m
        deed += d
        point[start] += acquisition + d + m
    return {
        "hard": hard, "preliminaries_contingency": preliminaries_contingency, "point": point,
        "preliminaries": preliminaries, "contingency": contingency, "soft": soft, "fee": fee, "deed": deed,
    }


def _rent_and_exit(ctx: _Context, bases: Bases) -> tuple:
    """(gross rent per year, the held assets' exit sale per year, the exit value): the rent grows, the
    exit value is the last year's net operating income capitalised."""
    n, f, rates = ctx.n, ctx.f, ctx.rates
    gross_rent = [0.0] * n
    exit_row = [0] * n
    keep = 1.0 - rates.operating_cost_ratio
    exit_value = 0
    for (completion, years), value in sorted(bases.rent.items()):
        if not value:
            continue
        factors = _growth(rates.rent_growth, years)
        for k, factor in enumerate(factors):
            gross_rent[completion + k] += value * factor
        last_noi = value * factors[-1] * keep
        exit_value += round(last_noi / rates.exit_cap_rate)
        if f.exit_enabled and not rates.exit_enabled and f.exit_treatment == EXIT_SALE:
            exit_row[completion + years - 1] += round(last_noi / rates.exit_cap_rate)
    if not (f.exit_enabled or rates.exit_enabled):
        exit_value = 0
    return gross_rent, exit_row, exit_value


def _unit_vat(ctx: _Context, totals, flows: list, hard: list, gross_rent: list, exit_row: list) -> dict:
    """The unit's VAT on sales, rent and exit, less input VAT (``ctx.vat``, and what the tax rows read of
    it in ``ctx``). Returns the rows the stack shows ("output", "input", "replaced": the flat sales-tax
    share of the sales costs the taxes replace) and the sold and leasable areas."""
    f, rates, s = ctx.f, ctx.rates, ctx.scalars
    sales = ctx.sales
    # rent is VAT-inclusive: output VAT on it, property tax on the rent without VAT
    rent_ex_vat = [r / (1.0 + f.rent_vat_rate) for r in gross_rent]
    rent_output = [r * f.rent_vat_rate for r in rent_ex_vat]
    # the flat sales-tax share of the sales costs is replaced by the taxes below
    selling = rates.sales_cost_ratio + rates.sales_tax_ratio
    share = rates.sales_tax_ratio / selling if selling > 0 else 0.0
    replaced = [round(c * share) for c in flows[SALES_COSTS]]
    # VAT on sales, less the land premium of the sold area and input VAT on hard cost
    module_sales = flows[SALES]
    module_total = sum(module_sales)
    sold_area = s[AREA_ORD] + s[AREA_OTH] + s[AREA_NON]
    basis = s[BASIS_AREA]
    sold_share = min(1.0, sold_area / basis) if basis > 0 else (1.0 if sold_area else 0.0)
    # the land price deducted from the sales amount: the premium, and the compensation paid to owners
    # (财税〔2016〕140号 art. 7) unless feasibility.vat_compensation_deduction is off
    land_price = s[PREMIUM] + (s[COMPENSATION] if f.vat_compensation_deduction else 0)
    land_sold = land_price * sold_share
    land_deduction = [land_sold * v / module_total if module_total else 0.0 for v in module_sales]
    input_vat = [h * f.vat_input_rate / (1.0 + f.vat_input_rate) for h in hard]
    sales_output, _ = vat_on_sales(sales, land_deduction, input_vat, f.vat_rate)
    # the held assets sold at the horizon: output VAT on the exit value less their share of the premium
    leasable = totals.areas[6]  # AREA_KEYS: leasable_area
    held_share = min(1.0, leasable / basis) if basis > 0 else 0.0
    exit_total = sum(exit_row)
    land_held = land_price * held_share
    exit_output = [max(0.0, v - land_held * v / exit_total) / (1.0 + f.vat_rate) * f.vat_rate if exit_total else 0.0
                   for v in exit_row]
    output = [a + b + c for a, b, c in zip(sales_output, rent_output, exit_output)]
    vat_payable = vat_after_input(output, input_vat)
    ctx.basis, ctx.sales_total, ctx.sales_output = basis, sum(sales), sales_output
    ctx.vat = [round(v) for v in vat_payable]  # the unit's own VAT (as if it were the taxpayer)
    ctx.rent_ex_vat = rent_ex_vat
    output_total = sum(output)
    ctx.surcharge_share = sum(sales_output) / output_total if output_total else 0.0
    ctx.exit_share = sum(exit_output) / output_total if output_total else 0.0
    ctx.exit_row, ctx.exit_output, ctx.held_share = exit_row, exit_output, held_share
    return {"output": output, "input": input_vat, "replaced": replaced, "sold_area": sold_area,
            "leasable": leasable}


def _deductible_costs(ctx: _Context, bases: Bases, costs: dict, lump_cost: list) -> None:
    """What the land appreciation tax deducts (``ctx.land_cost``, ``ctx.development``) and how a yuan of
    works carries its soft cost, preliminaries and contingency (``ctx.works_factor``)."""
    f, s = ctx.f, ctx.scalars
    soft_share = ctx.rates.soft_cost_ratio
    ctx.land_cost = s[PREMIUM] + costs["deed"]
    # development cost for the land appreciation tax: the unit's lump-sum costs (public works, a
    # calibration's cost) included, as 开发成本 of the unit
    ctx.development = (s[COMPENSATION] + s[ACQUISITION] + s[DEMOLITION] + s[WORKS] + costs["soft"]
                       + costs["preliminaries"] + costs["contingency"] + costs["fee"] + s[OTHER_COST]
                       + sum(lump_cost) + _resettlement_costs(bases.ledger, f))
    ctx.lat_detail = []
    # a yuan of works carries its soft cost, preliminaries and contingency (direct with the works)
    ctx.works_factor = 1.0 + soft_share + f.preliminaries_ratio + (1.0 + soft_share) * f.contingency_ratio


def _unit_rows(ctx: _Context, flows: list, costs: dict, vat: dict, subsidy: list, extra_cost, extra_income) -> tuple:
    """(rows, indirect): the unit's pre-tax flow, its rows and its taxes (the unit-level rows of
    :data:`TAX_ROWS`), and their sum per year."""
    n, f = ctx.n, ctx.f
    extra_cost = _padded((extra_cost or [])[:n], n)
    extra_income = _padded((extra_income or [])[:n], n)
    preliminaries_contingency, exit_row = costs["preliminaries_contingency"], ctx.exit_row
    stack_costs = [a + b for a, b in zip(preliminaries_contingency, costs["point"])]
    revenue = [a + b + c + d + e for a, b, c, d, e in
               zip(flows[SALES], flows[OPERATING], flows[OTHER_INCOME], exit_row, extra_income)]
    cost = [a + b - c + d + e for a, b, c, d, e in
            zip(flows[COST], flows[SALES_COSTS], vat["replaced"], stack_costs, extra_cost)]
    rows = ctx.rows = {
        "revenue": revenue, "cost": cost, "preliminaries_contingency": preliminaries_contingency,
        "point": costs["point"], "exit": exit_row, "replaced": vat["replaced"], "extra_income": extra_income,
        "subsidy": subsidy, "vat_output": vat["output"], "vat_input": vat["input"], "unit_vat": ctx.vat,
        "unit_surcharges": [round(v * f.surcharge_rate) for v in ctx.vat],
    }
    for tax in TAX_ROWS:
        if tax.level == UNIT_LEVEL:
            rows[tax.key] = tax.compute(ctx)
    indirect = [sum(values) for values in zip(*(rows[key] for key in UNIT_TAX_KEYS))]
    # before the taxes computed on the stack's summed flow (VAT, surcharges: _finish)
    rows["profit_before"] = [r - c - i for r, c, i in zip(revenue, cost, indirect)]
    return rows, indirect


def _land_appreciation_tax(ctx) -> list:
    """The land appreciation tax per product type (details in ``ctx.lat_detail``), settled in the
    unit's last sales year, with the prepayments of the earlier sales years."""
    f, s, basis = ctx.f, ctx.scalars, ctx.basis
    sales, sales_total = ctx.sales, ctx.sales_total
    output_total = sum(ctx.sales_output)
    surcharge_total = sum(ctx.rows["unit_surcharges"]) * ctx.surcharge_share  # the sales' part of them
    products = []  # (product type, sales, area share, output VAT on them, surcharges on them)
    for kind, product in enumerate(PRODUCT_TYPES):
        sales_p = s[SALES_ORD + kind]
        if sales_p > 0 and ctx.lump_total and ctx.module_sales > 0:  # lump-sum income as sales, shared by sales
            sales_p += _fraction(ctx.lump_total, sales_p, ctx.module_sales)
        if sales_p > 0:
            part = sales_p / sales_total if sales_total else 0.0
            area_share = min(1.0, s[AREA_ORD + kind] / basis) if basis > 0 else 0.0
            products.append((product, sales_p, area_share, output_total * part, surcharge_total * part))
    if ctx.lump_total and not ctx.module_sales:  # a unit whose only sales are lump sums: non-residential
        products.append((NON_RESIDENTIAL, ctx.lump_total, 1.0 - ctx.held_share, output_total, surcharge_total))
    exit_total = sum(ctx.exit_row)
    if exit_total > 0:
        exit_surcharges = sum(ctx.rows["unit_surcharges"]) * ctx.exit_share
        products.append((HELD_ASSETS_SALE, exit_total, ctx.held_share, sum(ctx.exit_output), exit_surcharges))
    lat_total = exit_lat = 0
    for product, sales_p, area_share, output_p, taxes_p in products:
        proceeds = round(sales_p - output_p)
        land_p, development_p = _lat_costs(ctx, product, area_share)
        expenses = (land_p + development_p) * f.lat_expense_ratio
        extra = (land_p + development_p) * f.lat_developer_ratio
        deductions = round(land_p + development_p + expenses + taxes_p + extra)
        number, exempt, tax = land_appreciation_tax_fen(proceeds, deductions, product == ORDINARY)
        if product == HELD_ASSETS_SALE:
            exit_lat = tax
        else:
            lat_total += tax
        band = LAT_BANDS[number - 1] if number else None
        detail = LatResult(proceeds / FEN, deductions / FEN, (proceeds - deductions) / FEN,
                           (proceeds - deductions) / deductions if deductions > 0 else None, number,
                           band.rate if band else 0.0, band.quick_deduction if band else 0.0, exempt, tax / FEN)
        ctx.lat_detail.append({
            "unit": ctx.unit, "product_type": product, "sales": sales_p / FEN, "output_vat": output_p / FEN,
            "proceeds": detail.proceeds, "area_share": area_share, "land_cost": land_p / FEN,
            "development_cost": development_p / FEN, "development_expenses": expenses / FEN,
            "taxes": taxes_p / FEN, "developer_deduction": extra / FEN, "deductions": detail.deductions,
            "appreciation": detail.appreciation, "ratio": detail.ratio, "band": detail.band, "rate": detail.rate,
            "quick_deduction": detail.quick_deduction, "exempt": detail.exempt, "tax": detail.tax,
        })
    lat = [0] * ctx.n
    if sales_total:
        # prepayment (预征) on its published base: advance receipts less the VAT prepaid on them
        # (预收款 / (1 + 9 %) x 3 %)
        prepaid_vat = f.vat_prepayment_rate / (1.0 + f.vat_rate)
        last_sale = max(t for t, v in enumerate(sales) if v)
        for t in range(last_sale):
            if sales[t]:
                lat[t] = round(sales[t] * (1.0 - prepaid_vat) * f.lat_prepayment_rate)
        lat[last_sale] = lat_total - sum(lat)
    if exit_lat:
        lat[max(t for t, v in enumerate(ctx.exit_row) if v)] += exit_lat
    return lat


def ordinary_housing(totals, assumptions, unit: str | None) -> bool:
    """Whether a unit's housing priced at most feasibility.ordinary_residential_price (the price
    criterion, decided per module) is ordinary housing (普通住宅) by the two other criteria of
    国办发〔2005〕26号: a plot ratio (the unit's above-ground floor area / its land area) of at least
    ordinary_min_plot_ratio, and a flat size (feasibility.residential_flat_size) of at most
    ordinary_max_flat_size. A unit without a land area meets the plot-ratio criterion (not known).
    Decided in integers (0.0001 m2 and 0.01 m2), never by a floating-point ratio."""
    f = assumptions.feasibility
    if round(f.residential_flat_size * 100) > round(f.ordinary_max_flat_size * 100):
        return False
    spec = next((u for u in assumptions.units if u.code == unit), None) if unit is not None else None
    if spec is None or not spec.land_area:
        return True
    above = totals.areas[AREA_KEYS.index("above_ground_area")]
    return above * 100 >= round(f.ordinary_min_plot_ratio * 100) * round(spec.land_area * AREA_UNIT)


def _as_other_residential(scalars: list) -> list:
    """The scalars with the ordinary-housing type's area, sales and direct costs moved to other residential."""
    s = list(scalars)
    for index in (AREA_ORD, SALES_ORD):
        s[index + 1] += s[index]
        s[index] = 0
    for k in range(4):
        s[DIRECT + 4 + k] += s[DIRECT + k]
        s[DIRECT + k] = 0
    return s


def _resettlement_costs(ledger: dict, f) -> float:
    """What the resettlement ledger adds to the land appreciation tax's compensation cost (国税函〔2010〕
    220号): the flats handed over in kind at their value (the sales forgone, without VAT: the same
    amount as their deemed sale in the proceeds) in place of their compensation at the compensation
    rate, and the moving and transition fees. 0 when feasibility.lat_resettlement_costs is off."""
    if not ledger or not f.lat_resettlement_costs:
        return 0.0
    flats = ledger.get("resettlement_revenue_forgone", 0) / (1.0 + f.vat_rate)
    return (flats - ledger.get("compensation_in_kind", 0) + ledger.get("moving_fees", 0)
            + ledger.get("transition_fees", 0))


def _lat_costs(ctx, product: str, area_share: float) -> tuple:
    """(land cost, development cost) a product type deducts. By floor area ("area"): the unit's costs x
    the type's share of the developed area. Direct ("direct", default): the premium (with its deed
    tax), works (with their soft cost, preliminaries and contingency) and own costs of the type's
    modules x the sold share of their developed area, plus the common costs (the rest: compensation,
    demolition, municipal fee, lump-sum costs...) x the type's share of the developed area; the held
    modules' direct costs are deducted by no type."""
    f, s = ctx.f, ctx.scalars
    if f.lat_cost_attribution == LAT_AREA or product not in PRODUCT_TYPES:
        return ctx.land_cost * area_share, ctx.development * area_share
    kind = PRODUCT_TYPES.index(product)
    d = DIRECT + 4 * kind
    sold_share = min(1.0, s[AREA_ORD + kind] / s[d + D_AREA]) if s[d + D_AREA] > 0 else 0.0
    deed = 1.0 + f.deed_tax_rate
    direct_development = s[WORKS] * ctx.works_factor + s[ACQUISITION] + s[OTHER_COST]
    # the rest is common (0 or more: the direct part is the rounded items' unrounded sum)
    common_land = max(0.0, ctx.land_cost - s[PREMIUM] * deed)  # 0 up to the deed tax's rounding
    common_development = max(0.0, ctx.development - direct_development)
    land = s[d + D_PREMIUM] * deed * sold_share + common_land * area_share
    development = ((s[d + D_WORKS] * ctx.works_factor + s[d + D_OWN]) * sold_share
                   + common_development * area_share)
    return land, development


def _taxable_profit(rows: dict, flows: list, indirect: list, sold_area: int, held_area: int, bases: Bases,
                    f) -> tuple:
    """(taxable profit, selling costs, matched expense): the yearly taxable profit of the accrual basis of
    property development (fen): revenue when it comes in, the development cost matched to it (the sold
    share in proportion to sales, the held share depreciated straight-line from the first operating
    year), the other costs and the taxes but income tax in their year; the selling costs and the
    development cost matched to each year it deducts. See docs/feasibility.md, "Corporate income tax"."""
    n = len(indirect)
    revenue, sales = rows["revenue"], flows[SALES]
    selling = [a - b for a, b in zip(flows[SALES_COSTS], rows["replaced"])]
    development = [a - b for a, b in zip(rows["cost"], selling)]  # everything else is capitalised
    pool = sum(development)
    expense = [0] * n
    weights = sold_area + held_area
    if pool and weights:
        sold_pool = _fraction(pool, sold_area, weights)
        held_pool = pool - sold_pool
        sales_total = sum(sales)
        if sold_pool:
            if sales_total:
                _allocate(expense, sold_pool, sales, sales_total)
            else:
                _allocate(expense, sold_pool, development, pool)
        if held_pool:
            first = min((completion for (completion, years), value in bases.rent.items() if value), default=None)
            if first is None:  # held area with no rent: from the year after the last cost
                first = min(n - 1, max((t for t, v in enumerate(development) if v), default=0) + 1)
            years = f.depreciation_years
            yearly = [_fraction(held_pool, 1, years)] * years
            yearly[-1] = held_pool - yearly[0] * (years - 1)
            for k, value in enumerate(yearly):
                if first + k < n:
                    expense[first + k] += value
            exit_total = sum(rows["exit"])
            if exit_total:  # the held assets sold: what is not yet depreciated is deducted with the sale
                left = held_pool - sum(yearly[:max(0, n - first)])
                expense[max(t for t, v in enumerate(rows["exit"]) if v)] += left
    elif pool:
        expense = list(development)
    return [r - s - e - i for r, s, e, i in zip(revenue, selling, expense, indirect)], selling, expense


def _fraction(total: int, numerator: int, denominator: int) -> int:
    """round(total x numerator / denominator) in integers (half away from zero)."""
    part = (2 * abs(total) * numerator + denominator) // (2 * denominator)
    return part if total >= 0 else -part


def _allocate(target: list, total: int, weights: list, weight_total: int) -> None:
    """Adds ``total`` to ``target`` in proportion to ``weights`` (summing to ``weight_total``); the parts
    add up to ``total`` exactly (the rounding rest goes to the last weighted year)."""
    done = 0
    last = None
    for t, w in enumerate(weights):
        if w:
            part = _fraction(total, w, weight_total) if w > 0 else -_fraction(total, -w, weight_total)
            target[t] += part
            done += part
            last = t
    if last is not None:
        target[last] += total - done


def project_stack(unit_stacks: list, totals, assumptions) -> Stack:
    """The project's stack: the units' rows summed, then corporate income tax and financing on the
    project's flow (losses of one unit offset profits of another)."""
    n = max([1] + [len(st.rows["revenue"]) for st in unit_stacks])
    rows = {}
    for name in _SUMMED_ROWS:
        row = [0] * n
        for st in unit_stacks:
            theirs = st.rows[name]
            if len(theirs) < n:
                theirs = theirs + [0] * (n - len(theirs))
            row = list(map(add, row, theirs))
        rows[name] = row
    carried = {key: sum(st.carried[key] for st in unit_stacks) for key in _CARRIED}
    lat = [row for st in unit_stacks for row in st.lat]
    stack = Stack(rows, lat)
    stack.carried = carried
    _finish(stack, assumptions)
    stack.vat_allocation = _allocate_vat(unit_stacks, stack)
    return stack


def _allocate_vat(unit_stacks: list, project: Stack) -> dict:
    """The project's VAT + surcharges allocated back to its units in proportion to what each unit
    would pay on its own (its own output less its own input VAT): the pooling saving is shared in
    the same proportion. Integer fen, adding up to the project's total (largest share takes the rest)."""
    total = sum(project.rows["vat"]) + sum(project.rows["surcharges"])
    own = [sum(st.rows["unit_vat"]) + sum(st.rows["unit_surcharges"]) for st in unit_stacks]
    weights = sum(own)
    shares = [_fraction(total, w, weights) if weights else 0 for w in own]
    if shares and weights:
        biggest = max(range(len(own)), key=lambda k: own[k])
        shares[biggest] += total - sum(shares)
    return {st.unit: share for st, share in zip(unit_stacks, shares)}


#: fen sums a unit stack carries to the project's (before _finish)
_CARRIED = ("preliminaries", "contingency", "municipal_fee", "deed_tax", "acquisition", "exit_value", "compensation",
            "land_premium", "noi", "held_cost", "soft")


class _ProjectContext:
    __slots__ = ("f", "rows")


def _finish(stack: Stack, assumptions) -> None:
    """The taxes computed on the summed flow (income tax), financing and the indicators (yuan) of a
    stack whose rows are set."""
    f = assumptions.feasibility
    rates = assumptions.rates
    rows = stack.rows
    ctx = _ProjectContext()
    ctx.f, ctx.rows = f, rows
    for tax in TAX_ROWS:
        if tax.level == PROJECT_LEVEL and not tax.on_profit:
            rows[tax.key] = tax.compute(ctx)
    indirect = [sum(values) for values in zip(*(rows[t.key] for t in TAX_ROWS
                                                 if t.level == PROJECT_LEVEL and not t.on_profit))]
    indirect = indirect or [0] * len(rows["profit_before"])
    rows["profit"] = [p - i for p, i in zip(rows["profit_before"], indirect)]
    rows["taxable_profit"] = [p - i for p, i in zip(rows["taxable_before"], indirect)]
    for tax in TAX_ROWS:
        if tax.on_profit:
            rows[tax.key] = tax.compute(ctx)
    profit_taxes = [sum(values) for values in zip(*(rows[t.key] for t in TAX_ROWS if t.on_profit))]
    after_tax = [p - c for p, c in zip(rows["profit"], profit_taxes or [0] * len(rows["profit"]))]
    rows["after_tax"] = after_tax
    loan = loan_schedule([v / FEN for v in after_tax], f.debt_share, f.interest_rate, f.interest_convention,
                         f.unpaid_interest)
    stack.loan = loan
    interest = [round(v * FEN) for v in loan.interest]
    rows["finance_cost"] = interest
    i = stack.carried
    sums = {name: sum(row) for name, row in rows.items()}
    tax_sum = sum(sums[key] for key in TAX_KEYS)
    taxes = tax_sum + i["deed_tax"]
    finance_cost = sums["finance_cost"]
    revenue = sums["revenue"]
    cost = sums["cost"] + tax_sum + finance_cost
    net = revenue - cost
    after = [v / FEN for v in after_tax]
    discount = rates.discount_rate
    result = {key: i[key] for key in _COST_KEYS}
    result.update({key: sums[key] for key in TAX_KEYS})
    result.update({
        "taxes": taxes, "sales_taxes_replaced": sums["replaced"], "exit_value": i["exit_value"],
        "feasibility_revenue": revenue, "feasibility_cost": cost, "pre_tax_profit": sums["profit"],
        "taxable_profit": sums["taxable_profit"], "finance_cost": finance_cost, "net_profit_after_tax": net,
    })
    money = {key: value / FEN for key, value in result.items()}
    money["project_npv"] = finance.npv(discount, after) if after else 0.0
    money["project_irr"] = finance.irr(after)
    money["equity_npv"] = finance.npv(discount, loan.equity_flow) if after else 0.0
    money["equity_irr"] = finance.irr(loan.equity_flow)
    money["peak_debt"] = loan.peak_debt
    money["equity_injection"] = loan.funding_gap
    # REIT readiness: a full year's net operating income of the held assets over their cost
    noi = i["noi"] / FEN
    held_cost = i["held_cost"] / FEN
    yield_ = noi / held_cost if noi > 0 and held_cost > 0 else None
    money["reit_yield"] = yield_
    money["reit_ready"] = None if yield_ is None else yield_ >= f.reit_yield
    money["reit_ready_2021"] = None if yield_ is None else yield_ >= f.reit_yield_2021
    subsidies = sums["extra_income"] + sums["subsidy"]
    money["government_take"] = (i["land_premium"] + taxes + i["municipal_fee"] - subsidies) / FEN
    money["owners_take"] = (i["compensation"] + i["acquisition"]) / FEN
    money["implementer_take"] = net / FEN
    stack.indicators = money
