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

Every amount of a row is integer fen per year, so that the units' rows add up to the project's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import add
from typing import Optional

from economic_layer_plugin.core import finance
from economic_layer_plugin.core.financing import loan_schedule
from economic_layer_plugin.core.module import COST, OPERATING, OTHER_INCOME, SALES, SALES_COSTS
from economic_layer_plugin.core.taxes import land_appreciation_tax_detail, vat_on_sales

FEN = 100
AREA_UNIT = 10_000

# product types of the land appreciation tax
ORDINARY, OTHER_RESIDENTIAL, NON_RESIDENTIAL = "ordinary_residential", "other_residential", "non_residential"
PRODUCT_TYPES = (ORDINARY, OTHER_RESIDENTIAL, NON_RESIDENTIAL)

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
N_SCALARS = 14

#: every indicator key the stack adds (unit and project), in the order of tables and exports
FEASIBILITY_KEYS = (
    "preliminaries", "contingency", "municipal_fee", "deed_tax", "acquisition",
    "vat", "surcharges", "property_tax", "land_appreciation_tax", "corporate_income_tax", "taxes",
    "sales_taxes_replaced", "exit_value", "feasibility_revenue", "feasibility_cost", "pre_tax_profit",
    "finance_cost", "net_profit_after_tax", "project_npv", "project_irr", "equity_npv", "equity_irr",
    "peak_debt", "reit_yield", "reit_ready", "reit_ready_2021",
    "government_take", "owners_take", "implementer_take",
)
FEASIBILITY_MONEY_KEYS = frozenset({
    "preliminaries", "contingency", "municipal_fee", "deed_tax", "acquisition", "vat", "surcharges",
    "property_tax", "land_appreciation_tax", "corporate_income_tax", "taxes", "sales_taxes_replaced",
    "exit_value", "feasibility_revenue", "feasibility_cost", "pre_tax_profit", "finance_cost",
    "net_profit_after_tax", "project_npv", "equity_npv", "peak_debt", "government_take", "owners_take",
    "implementer_take",
})
#: rows that add up from units to the project (the others are computed on the project's flow)
ADDITIVE_KEYS = ("preliminaries", "contingency", "municipal_fee", "deed_tax", "acquisition", "vat", "surcharges",
                 "property_tax", "land_appreciation_tax", "sales_taxes_replaced", "exit_value", "owners_take")


def product_type(module, ordinary_price: float) -> str:
    """The LAT product type of a module that sells: residential at most the ordinary price is
    ordinary residential, other residential is other residential, every other use (apartments on
    commercial land included) non-residential."""
    if module.use == "residential":
        return ORDINARY if module.sale_price <= ordinary_price else OTHER_RESIDENTIAL
    return NON_RESIDENTIAL


class Bases:
    """A unit's (or the project's) summed bases; supports adding and removing one module."""

    __slots__ = ("scalars", "hard", "point", "rent")

    def __init__(self) -> None:
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

    def merge(self, other: "Bases") -> None:
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


def bases_of(modules) -> Optional[Bases]:
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
    indicators: dict = field(default_factory=dict)  # yuan (and ratios): the indicator keys
    carried: dict = field(default_factory=dict)  # fen sums carried from units to the project


def _growth(g: float, n: int) -> list:
    factors = [1.0]
    for _ in range(n - 1):
        factors.append(factors[-1] * (1.0 + g))
    return factors


def unit_stack(totals, bases: Optional[Bases], assumptions, extra_cost=None, extra_income=None,
               unit: Optional[str] = None) -> Stack:
    """The stack of one unit from its summed flows and bases (see the module docstring)."""
    bases = bases or Bases()
    rates = assumptions.rates
    f = assumptions.feasibility
    s = bases.scalars
    n = max(1, _length(totals, bases, (extra_cost, extra_income)))
    flows = [_padded(row[:n], n) for row in totals.flows]
    sales = flows[SALES]
    # the costs of the stack, from the summed bases: preliminaries and contingency spread with the
    # hard cost; acquisition, municipal fee and deed tax in the start year
    soft_share = rates.soft_cost_ratio
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
        if f.exit_enabled and not rates.exit_enabled:
            exit_row[completion + years - 1] += round(last_noi / rates.exit_cap_rate)
    if not (f.exit_enabled or rates.exit_enabled):
        exit_value = 0
    property_tax = [round(r * f.property_tax_rate) for r in gross_rent]
    # the flat sales-tax share of the sales costs is replaced by the taxes below
    selling = rates.sales_cost_ratio + rates.sales_tax_ratio
    share = rates.sales_tax_ratio / selling if selling > 0 else 0.0
    replaced = [round(c * share) for c in flows[SALES_COSTS]]
    # VAT on sales, less the land premium of the sold area and input VAT on hard cost
    sales_total = sum(sales)
    sold_area = s[AREA_ORD] + s[AREA_OTH] + s[AREA_NON]
    basis = s[BASIS_AREA]
    sold_share = min(1.0, sold_area / basis) if basis > 0 else (1.0 if sold_area else 0.0)
    land_sold = s[PREMIUM] * sold_share
    land_deduction = [land_sold * v / sales_total if sales_total else 0.0 for v in sales]
    input_vat = [h * f.vat_input_rate / (1.0 + f.vat_input_rate) for h in hard]
    output_vat, vat_payable = vat_on_sales(sales, land_deduction, input_vat, f.vat_rate)
    vat = [round(v) for v in vat_payable]
    surcharges = [round(v * f.surcharge_rate) for v in vat]
    # land appreciation tax per product type, settled in the unit's last sales year
    land_cost = s[PREMIUM] + deed
    development = (s[COMPENSATION] + s[ACQUISITION] + s[DEMOLITION] + s[WORKS] + soft + preliminaries
                   + contingency + fee + s[OTHER_COST])
    output_total = sum(output_vat)
    surcharge_total = sum(surcharges)
    lat_rows = []
    lat_total = 0.0
    for kind, product in enumerate(PRODUCT_TYPES):
        sales_p = s[SALES_ORD + kind]
        if sales_p <= 0:
            continue
        area_share = min(1.0, s[AREA_ORD + kind] / basis) if basis > 0 else 0.0
        part = sales_p / sales_total if sales_total else 0.0
        proceeds = sales_p - output_total * part
        land_p = land_cost * area_share
        development_p = development * area_share
        expenses = (land_p + development_p) * f.lat_expense_ratio
        taxes_p = surcharge_total * part
        extra = (land_p + development_p) * f.lat_developer_ratio
        deductions = land_p + development_p + expenses + taxes_p + extra
        detail = land_appreciation_tax_detail(proceeds / FEN, deductions / FEN, product == ORDINARY)
        lat_total += detail.tax
        lat_rows.append({
            "unit": unit, "product_type": product, "sales": sales_p / FEN, "output_vat": output_total * part / FEN,
            "proceeds": detail.proceeds, "area_share": area_share, "land_cost": land_p / FEN,
            "development_cost": development_p / FEN, "development_expenses": expenses / FEN,
            "taxes": taxes_p / FEN, "developer_deduction": extra / FEN, "deductions": detail.deductions,
            "appreciation": detail.appreciation, "ratio": detail.ratio, "band": detail.band, "rate": detail.rate,
            "quick_deduction": detail.quick_deduction, "exempt": detail.exempt, "tax": detail.tax,
        })
    lat = [0] * n
    if sales_total:
        last_sale = max(t for t, v in enumerate(sales) if v)
        for t in range(last_sale):
            if sales[t]:
                lat[t] = round((sales[t] - output_vat[t]) * f.lat_prepayment_rate)
        lat[last_sale] = round(lat_total * FEN) - sum(lat)
    # the unit's pre-tax flow and its profit before corporate income tax
    extra_cost = _padded((extra_cost or [])[:n], n)
    extra_income = _padded((extra_income or [])[:n], n)
    stack_costs = [a + b for a, b in zip(preliminaries_contingency, point)]
    revenue = [a + b + c + d + e for a, b, c, d, e in
               zip(flows[SALES], flows[OPERATING], flows[OTHER_INCOME], exit_row, extra_income)]
    cost = [a + b - c + d + e for a, b, c, d, e in
            zip(flows[COST], flows[SALES_COSTS], replaced, stack_costs, extra_cost)]
    indirect = [a + b + c + d for a, b, c, d in zip(vat, surcharges, property_tax, lat)]
    profit = [r - c - i for r, c, i in zip(revenue, cost, indirect)]
    rows = {
        "revenue": revenue, "cost": cost, "preliminaries_contingency": preliminaries_contingency, "point": point,
        "vat": vat, "surcharges": surcharges, "property_tax": property_tax, "land_appreciation_tax": lat,
        "exit": exit_row, "replaced": replaced, "profit": profit, "extra_income": extra_income,
    }
    stack = Stack(rows, lat_rows)
    stack.carried = {
        "preliminaries": preliminaries, "contingency": contingency, "municipal_fee": fee,
        "deed_tax": deed, "acquisition": s[ACQUISITION], "exit_value": exit_value,
        "compensation": s[COMPENSATION], "land_premium": s[PREMIUM],
    }
    # the held (leased) assets: a full year's net operating income and their share of land + development cost
    leasable = totals.areas[6]  # AREA_KEYS: leasable_area
    held_share = min(1.0, leasable / basis) if basis > 0 else 0.0
    stack.carried["noi"] = round(sum(value for value in bases.rent.values()) * keep)
    stack.carried["held_cost"] = round((land_cost + development) * held_share)
    _finish(stack, assumptions)
    return stack


def project_stack(unit_stacks: list, totals, assumptions) -> Stack:
    """The project's stack: the units' rows summed, then corporate income tax and financing on the
    project's flow (losses of one unit offset profits of another)."""
    names = ("revenue", "cost", "preliminaries_contingency", "point", "vat", "surcharges", "property_tax",
             "land_appreciation_tax", "exit", "replaced", "profit", "extra_income")
    n = max([1] + [len(st.rows["revenue"]) for st in unit_stacks])
    rows = {}
    for name in names:
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
    return stack


#: fen sums a unit stack carries to the project's (before _finish)
_CARRIED = ("preliminaries", "contingency", "municipal_fee", "deed_tax", "acquisition", "exit_value", "compensation",
            "land_premium", "noi", "held_cost")


def _finish(stack: Stack, assumptions) -> None:
    """Corporate income tax, financing and the indicators (yuan) of a stack whose rows are set."""
    f = assumptions.feasibility
    rates = assumptions.rates
    rows = stack.rows
    cit = [round(v * f.cit_rate) for v in _cit_base(rows["profit"])]
    rows["corporate_income_tax"] = cit
    after_tax = [p - c for p, c in zip(rows["profit"], cit)]
    rows["after_tax"] = after_tax
    loan = loan_schedule([v / FEN for v in after_tax], f.debt_share, f.interest_rate)
    stack.loan = loan
    interest = [round(v * FEN) for v in loan.interest]
    rows["finance_cost"] = interest
    i = stack.carried
    sums = {name: sum(row) for name, row in rows.items()}
    taxes = (sums["vat"] + sums["surcharges"] + sums["property_tax"] + sums["land_appreciation_tax"]
             + sums["corporate_income_tax"] + i["deed_tax"])
    finance_cost = sums["finance_cost"]
    revenue = sums["revenue"]
    cost = sums["cost"] + sums["vat"] + sums["surcharges"] + sums["property_tax"] + sums["land_appreciation_tax"] \
        + sums["corporate_income_tax"] + finance_cost
    net = revenue - cost
    after = [v / FEN for v in after_tax]
    discount = rates.discount_rate
    result = {
        "preliminaries": i["preliminaries"], "contingency": i["contingency"], "municipal_fee": i["municipal_fee"],
        "deed_tax": i["deed_tax"], "acquisition": i["acquisition"], "vat": sums["vat"],
        "surcharges": sums["surcharges"], "property_tax": sums["property_tax"],
        "land_appreciation_tax": sums["land_appreciation_tax"], "corporate_income_tax": sums["corporate_income_tax"],
        "taxes": taxes, "sales_taxes_replaced": sums["replaced"], "exit_value": i["exit_value"],
        "feasibility_revenue": revenue, "feasibility_cost": cost, "pre_tax_profit": sums["profit"],
        "finance_cost": finance_cost, "net_profit_after_tax": net,
    }
    money = {key: value / FEN for key, value in result.items()}
    money["project_npv"] = finance.npv(discount, after) if after else 0.0
    money["project_irr"] = finance.irr(after)
    money["equity_npv"] = finance.npv(discount, loan.equity_flow) if after else 0.0
    money["equity_irr"] = finance.irr(loan.equity_flow)
    money["peak_debt"] = loan.peak_debt
    # REIT readiness: a full year's net operating income of the held assets over their cost
    noi = i["noi"] / FEN
    held_cost = i["held_cost"] / FEN
    yield_ = noi / held_cost if noi > 0 and held_cost > 0 else None
    money["reit_yield"] = yield_
    money["reit_ready"] = None if yield_ is None else yield_ >= f.reit_yield
    money["reit_ready_2021"] = None if yield_ is None else yield_ >= f.reit_yield_2021
    subsidies = sums["extra_income"]
    money["government_take"] = (i["land_premium"] + taxes + i["municipal_fee"] - subsidies) / FEN
    money["owners_take"] = (i["compensation"] + i["acquisition"]) / FEN
    money["implementer_take"] = net / FEN
    stack.indicators = money


def _cit_base(profit: list) -> list:
    """The yearly increases of the cumulative profit above its previous high (losses carried forward)."""
    out = []
    cumulative = 0
    high = 0
    for p in profit:
        cumulative += p
        if cumulative > high:
            out.append(cumulative - high)
            high = cumulative
        else:
            out.append(0)
    return out
