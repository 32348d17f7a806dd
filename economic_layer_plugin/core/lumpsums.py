"""Unit-level lump sums (spec sections 4 and 10). Pure Python.

A project unit may carry costs and incomes of its own that belong to no module: public works,
infrastructure, subsidies, a calibration. Each :class:`LumpSum` has an amount in yuan, a calendar
year, a spread in years (the amount is split evenly over that many years from ``year``; the parts
add up to the amount to the fen), a label and a kind (``cost`` or ``income``). They are kept in the
assumptions (``Assumptions.lump_sums``), so they are stored in the GeoPackage with them.

A cost joins the unit's cost component, an income its other-income component: the unit's (and the
project's) cost, revenue, cash flow and every indicator include them.

To set them from a script (e.g. ``scripts/build_sample.py``)::

    from economic_layer_plugin.core.lumpsums import LumpSum
    assumptions.lump_sums.append(LumpSum("1", 12_000_000, 2027, spread_years=2, label="Public works"))
    # or, in one call: add_lump_sum(assumptions, "1", 12_000_000, 2027, spread_years=2, label="...")
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

COST_KIND = "cost"
INCOME_KIND = "income"
KINDS = (COST_KIND, INCOME_KIND)


class LumpSumError(ValueError):
    """A lump sum has an unusable value; the message names it (it is an AssumptionsError's cause)."""


@dataclass
class LumpSum:
    unit: str  # project unit code
    amount: float  # yuan, at least 0
    year: int  # calendar year of the first part
    spread_years: int = 1  # years over which the amount is split evenly
    label: str = ""
    kind: str = COST_KIND  # "cost" or "income"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, values, where: str) -> LumpSum:
        if not isinstance(values, dict):
            raise LumpSumError(f"{where} must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise LumpSumError(f"{where}: unknown key(s) {', '.join(unknown)}")
        try:
            item = cls(**values)
        except TypeError as error:
            raise LumpSumError(f"{where}: {error}") from error
        item.unit = str(item.unit).strip()
        return item

    def validate(self, where: str, base_year: int) -> None:
        if not str(self.unit).strip():
            raise LumpSumError(f"{where}.unit is empty")
        if isinstance(self.amount, bool) or not isinstance(self.amount, (int, float)) or self.amount != self.amount \
                or self.amount in (float("inf"), float("-inf")):
            raise LumpSumError(f"{where}.amount must be a finite number, got {self.amount!r}")
        if self.amount < 0:
            raise LumpSumError(f"{where}.amount must be at least 0 (kind says cost or income), got {self.amount!r}")
        for key, low in (("year", base_year), ("spread_years", 1)):
            value = getattr(self, key)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
                raise LumpSumError(f"{where}.{key} must be a whole number, got {value!r}")
            if value < low:
                what = "the base year" if key == "year" else ""
                raise LumpSumError(f"{where}.{key} must be at least {what or low} ({low}), got {value!r}")
        if self.spread_years > 100:
            raise LumpSumError(f"{where}.spread_years must be at most 100, got {self.spread_years!r}")
        if self.kind not in KINDS:
            raise LumpSumError(f"{where}.kind must be cost or income, got {self.kind!r}")

    def parts_fen(self, base_year: int) -> list:
        """[(period, fen)]: the amount split evenly over the spread from ``year``; the parts sum exactly."""
        total = round(self.amount * 100)
        periods = int(self.spread_years)
        start = int(self.year) - base_year
        share, remainder = divmod(total, periods)
        return [(start + i, share + (1 if i < remainder else 0)) for i in range(periods)]


def add_lump_sum(assumptions, unit: str, amount: float, year: int, spread_years: int = 1, label: str = "",
                 kind: str = COST_KIND) -> LumpSum:
    """Appends a lump sum to ``assumptions`` (checked) and returns it: the one-liner for scripts."""
    item = LumpSum(str(unit), amount, year, spread_years, label, kind)
    item.validate(f"lump_sums[{len(assumptions.lump_sums)}]", assumptions.rates.base_year)
    assumptions.lump_sums.append(item)
    return item


def lump_sums_from_list(values, where: str = "lump_sums") -> list:
    if values is None:
        return []
    if not isinstance(values, list):
        raise LumpSumError(f"{where} must be a list")
    return [LumpSum.from_dict(value, f"{where}[{i}]") for i, value in enumerate(values)]


def validate_lump_sums(items: list, base_year: int) -> None:
    for i, item in enumerate(items):
        if not isinstance(item, LumpSum):
            raise LumpSumError(f"lump_sums[{i}] is not a lump sum")
        item.validate(f"lump_sums[{i}]", base_year)


def unit_lump_flows(items: list, unit: str, base_year: int) -> tuple:
    """(cost by period, income by period) in fen of the lump sums of ``unit``."""
    cost: list = []
    income: list = []
    for item in items:
        if item.unit != unit:
            continue
        target = cost if item.kind == COST_KIND else income
        for period, fen in item.parts_fen(base_year):
            if len(target) <= period:
                target.extend([0] * (period + 1 - len(target)))
            target[period] += fen
    return cost, income
