"""The project's price and cost book (spec sections 1, 3, 4 and 6). Pure Python.

``Assumptions`` holds:

- ``uses``: defaults per use (and, for the sale and lease ratios, per action): the rates a module
  takes where its own attribute is empty;
- ``rates``: the project's global rates (base year, discounting, operation, soft costs, taxes);
- ``thresholds``: the policy limits of spec section 6, and range rules;
- ``units``: the project units with their land area and planning limits.

It round-trips through plain dicts (JSON) without loss: ``Assumptions.from_dict(a.to_dict()) == a``.

**The default book is a starting point, not data.** Its figures are orders of magnitude chosen by
the developers for a core district of a large Chinese city around 2025 (yuan, m2), so that a new
scheme computes at all; every project must replace them with local figures from its cost
consultant and market study. The policy thresholds, by contrast, are the national limits of the
2021 notice on preventing large-scale demolition and construction in urban renewal (建科〔2021〕63号):
demolition at most 20 % of the existing floor area, a rebuild ratio of at most 2, at least 50 % of
households resettled on site or nearby, rent growth at most 5 % a year.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace

from economic_layer_plugin.core.location import LocationAssumptions, LocationError
from economic_layer_plugin.core.lumpsums import LumpSumError, lump_sums_from_list, validate_lump_sums
from economic_layer_plugin.core.resettlement_rules import ResettlementAssumptions, ResettlementError
from economic_layer_plugin.definitions import USES

INCOME_ACTIONS = ("retain", "renovate", "add")


class AssumptionsError(ValueError):
    """An assumption has an unusable value; the message names it."""


@dataclass
class UseDefaults:
    """Defaults of one use. Rates in yuan per m2, rent in yuan per m2 per month."""

    construction_rate: float = 0.0  # add: per m2 of new floor area
    renovation_rate: float = 0.0  # renovate: per m2 of existing floor area
    upkeep_rate: float = 0.0  # retain: per m2 of existing floor area
    demolition_rate: float = 0.0  # demolish: per m2 of existing floor area
    compensation_rate: float = 0.0  # demolish: expropriation, compensation, resettlement per m2
    sale_price: float = 0.0  # per m2 sold
    rent: float = 0.0  # per m2 leased per month
    occupancy: float = 0.0  # leased share of the leasable area
    land_premium: float = 0.0  # add: land premium per m2 of new floor area
    #: share of the floor area sold, per action (retain, renovate, add)
    sale_ratio: dict = field(default_factory=dict)
    #: share of the floor area leased or operated, per action (retain, renovate, add)
    lease_ratio: dict = field(default_factory=dict)
    #: retain / renovate: price per m2 of existing floor area for taking the building over (feasibility
    #: stack, spec section 9; default 0: a planner sets it)
    acquisition_rate: float = 0.0

    def ratios(self, action: str) -> tuple:
        return self.sale_ratio.get(action, 0.0), self.lease_ratio.get(action, 0.0)


@dataclass
class ProjectRates:
    base_year: int = 2025  # period 0
    discount_rate: float = 0.06
    operating_horizon: int = 20  # years of operating income after completion
    operating_cost_ratio: float = 0.30  # share of rent income spent on operation
    rent_growth: float = 0.02  # per year
    soft_cost_ratio: float = 0.12  # design and management (contingency too when the stack is off): share of hard cost
    sales_cost_ratio: float = 0.03  # marketing and agency: share of sales income
    sales_tax_ratio: float = 0.0565  # VAT and surcharges on sales: share of sales income
    exit_enabled: bool = False  # asset securitisation (REITs) at the end of the horizon
    exit_cap_rate: float = 0.05  # exit value = last year's net operating income / this rate
    storey_height: float = 3.3  # m, for heights from floors
    build_years: int = 3  # default years of works
    sale_years: int = 3  # default years over which sales come in


@dataclass
class FeasibilityRates:
    """The feasibility stack of spec section 9: costs, Chinese taxes, financing, exit value.

    Each default names its source (docs/feasibility.md has the full list); "estimate" where no
    public source sets the figure. A rate of 0 switches its item off; ``enabled`` switches the whole
    stack off (the paper's pre-tax, pre-finance view).
    """

    enabled: bool = True
    #: 前期费用, share of hard cost (works + demolition). Estimate (2-5 % is common practice).
    preliminaries_ratio: float = 0.03
    #: 不可预见费 (basic contingency), share of hard + soft cost. Estimate (investment estimates use 5-10 %).
    contingency_ratio: float = 0.05
    #: 城市基础设施配套费, yuan per m2 of new above-ground floor area. Estimate (local schedules vary widely).
    municipal_fee: float = 150.0
    #: 契税 on the land premium: 《契税法》 (2021), art. 3, 3-5 % set by the province (most provinces 3 %).
    deed_tax_rate: float = 0.03
    #: VAT on sales of real estate, general method: 9 %, 财政部 税务总局 海关总署公告2019年第39号.
    vat_rate: float = 0.09
    #: input VAT on hard cost (construction services 9 %, 公告2019年第39号).
    vat_input_rate: float = 0.09
    #: "project": the project is one VAT taxpayer, input VAT pooled across its units (the units' shares
    #: of its VAT stated in the Taxes sheet); "unit": each unit a taxpayer of its own.
    vat_level: str = "project"
    #: compensation paid to owners deducted from the VAT sales amount with the land premium
    #: (财税〔2016〕140号 art. 7).
    vat_compensation_deduction: bool = True
    #: the tax character of the units' lump-sum incomes (e.g. a calibration): "sales" (sales income,
    #: bearing VAT and in the land appreciation tax proceeds) or "subsidy" (not taxed by VAT or land
    #: appreciation tax; subtracted from the government's take).
    lump_sum_income: str = "sales"
    #: land appreciation tax deductions: "direct" (each product type deducts the premium, works and own
    #: costs of its own modules; only the common costs are shared by floor area) or "area" (every
    #: cost of the unit shared by floor area)
    lat_cost_attribution: str = "direct"
    #: land appreciation tax: flats handed over in kind are a compensation cost at their value
    #: (国税函〔2010〕220号) and moving and transition fees are compensation cost (实施细则 art. 7(2))
    lat_resettlement_costs: bool = True
    #: surcharges on VAT: 7 % 城市维护建设税法 (2021) + 3 % 教育费附加 + 2 % 地方教育附加 (财综〔2010〕98号).
    surcharge_rate: float = 0.12
    #: property tax on rent, 12 %: 《房产税暂行条例》 (1986), art. 4, on rent excluding VAT (财税〔2016〕43号).
    property_tax_rate: float = 0.12
    #: output VAT on rent (leasing of immovable property, general method): 9 %, 公告2019年第39号. Rents
    #: are taken to include it.
    rent_vat_rate: float = 0.09
    #: LAT development expenses, share of land + development cost: 土地增值税实施细则 (1995), art. 7(3).
    lat_expense_ratio: float = 0.10
    #: LAT extra deduction for developers: 土地增值税实施细则 (1995), art. 7(6).
    lat_developer_ratio: float = 0.20
    #: LAT prepayment, share of sales excluding VAT in each sales year (0: none). Local rules set it
    #: (commonly 1-3 %); off by default.
    lat_prepayment_rate: float = 0.0
    #: residential modules selling at most this price (yuan/m2) are ordinary residential (普通住宅) for
    #: the LAT exemption; local standards set it (e.g. a multiple of the average price). Estimate.
    ordinary_residential_price: float = 30000.0
    #: ... and ordinary housing also needs a plot ratio of at least this (国办发〔2005〕26号: 1.0; the
    #: province may set its own) ...
    ordinary_min_plot_ratio: float = 1.0
    #: ... and flats of at most this floor area, m2 (国办发〔2005〕26号: 120; local rules may allow more) ...
    ordinary_max_flat_size: float = 120.0
    #: ... the scheme's average floor area of a flat sold, m2. Estimate (the plan sets it).
    residential_flat_size: float = 90.0
    #: corporate income tax: 25 %, 《企业所得税法》 (2007), art. 4.
    cit_rate: float = 0.25
    #: years a tax loss may offset later profits before it expires: 5, 《企业所得税法》 art. 18.
    cit_loss_years: int = 5
    #: straight-line depreciation of held buildings for income tax, years: at least 20 for buildings,
    #: 《企业所得税法实施条例》 art. 60.
    depreciation_years: int = 20
    #: VAT prepaid on advance receipts of sales (预收款 / (1 + 9 %) x 3 %, 国家税务总局公告2016年第18号);
    #: the land appreciation tax prepayment base is the receipts less it (公告2016年第70号).
    vat_prepayment_rate: float = 0.03
    #: share of the funding need borrowed. Estimate (real-estate equity must be at least 20-25 %:
    #: 国发〔2015〕51号).
    debt_share: float = 0.60
    #: loan interest rate: 5-year LPR 3.5 % (People's Bank of China, 20 May 2025) + 1 point.
    interest_rate: float = 0.045
    #: "mid_year": a year's drawdowns bear half a year of interest (建设项目经济评价方法与参数);
    #: "year_end": interest on the opening balance only.
    interest_convention: str = "mid_year"
    #: interest a year that makes money cannot pay: "equity" (the shareholders pay it that year, in the
    #: funding gap) or "capitalise" (added to the loan, compounding to the horizon)
    unpaid_interest: str = "equity"
    #: value of held assets at the end of the horizon: last year's NOI / rates.exit_cap_rate.
    exit_enabled: bool = True
    #: "valuation": the exit value is shown beside the result (not income, not taxed); "sale": the held
    #: assets are sold at the horizon, with VAT, surcharges, land appreciation tax and income tax.
    exit_treatment: str = "valuation"
    #: REIT readiness: distribution yield at least 3.8 % (non-concession assets, 2023 rules:
    #: 发改投资〔2023〕236号) ...
    reit_yield: float = 0.038
    #: ... and the 4 % of the 2021 rules (发改投资〔2021〕958号).
    reit_yield_2021: float = 0.04


@dataclass
class RangeRule:
    """A quantity that must stay within a range, e.g. new commercial floor area 60,000-80,000 m2.

    ``quantity`` is an indicator key (``new_area``, ``demolished_area``, ...) or
    ``new_area_by_use.<use>``; ``scope`` is ``project`` or ``unit``.
    """

    quantity: str
    minimum: float | None = None
    maximum: float | None = None
    scope: str = "project"
    label: str = ""


@dataclass
class PolicyThresholds:
    max_demolition_share: float = 0.20
    max_rebuild_ratio: float = 2.0
    #: the rebuild ratio counts underground floor area on both sides (default: above-ground, 计容, only)
    rebuild_ratio_underground: bool = False
    min_resettlement_share: float = 0.50
    max_rent_growth: float = 0.05
    range_rules: list = field(default_factory=list)  # of RangeRule


@dataclass
class ProjectUnit:
    code: str
    name: str = ""
    land_area: float | None = None  # m2
    far_limit: float | None = None  # floor area ratio limit (above ground)
    height_limit: float | None = None  # m


def _use(construction, renovation, demolition, compensation, price, rent, occupancy, premium,
         sale, lease, upkeep=0.0) -> UseDefaults:
    """sale / lease: {action: ratio}; retain defaults to no sale and no lease (the project does not
    operate buildings it keeps unless the planner says so)."""
    return UseDefaults(construction, renovation, upkeep, demolition, compensation, price, rent, occupancy,
                       premium, dict(sale), dict(lease))


def default_uses() -> dict:
    return {
        "office": _use(5500, 2500, 100, 15000, 15000, 80, 0.75, 3000,
                       {"add": 0.5, "renovate": 0.0}, {"add": 0.5, "renovate": 0.9}),
        "commercial": _use(6000, 3000, 100, 20000, 20000, 120, 0.85, 4000,
                           {"add": 0.3, "renovate": 0.0}, {"add": 0.7, "renovate": 0.9}),
        "residential": _use(4500, 1500, 80, 15000, 18000, 40, 0.90, 5000,
                            {"add": 0.9, "renovate": 0.0}, {"add": 0.0, "renovate": 0.0}),
        "apartment": _use(5000, 2000, 80, 15000, 18000, 60, 0.85, 4000,
                          {"add": 0.5, "renovate": 0.0}, {"add": 0.5, "renovate": 0.8}),
        "hotel": _use(7000, 3500, 100, 15000, 15000, 90, 0.70, 3000,
                      {"add": 0.0, "renovate": 0.0}, {"add": 1.0, "renovate": 1.0}),
        "industrial": _use(3500, 1500, 80, 6000, 8000, 35, 0.80, 800,
                           {"add": 0.3, "renovate": 0.0}, {"add": 0.7, "renovate": 0.9}),
        "underground": _use(5500, 1500, 150, 3000, 0, 20, 0.60, 0,
                            {"add": 0.0, "renovate": 0.0}, {"add": 0.3, "renovate": 0.3}),
        "parking": _use(3000, 1000, 80, 3000, 0, 15, 0.70, 0,
                        {"add": 0.0, "renovate": 0.0}, {"add": 0.8, "renovate": 0.8}),
        "public": _use(4000, 1500, 80, 10000, 0, 0, 0.0, 0, {}, {}),
        "other": _use(3000, 1000, 80, 10000, 0, 0, 0.0, 0, {}, {}),
    }


@dataclass
class Assumptions:
    uses: dict = field(default_factory=default_uses)  # use -> UseDefaults
    rates: ProjectRates = field(default_factory=ProjectRates)
    thresholds: PolicyThresholds = field(default_factory=PolicyThresholds)
    units: list = field(default_factory=list)  # of ProjectUnit
    feasibility: FeasibilityRates = field(default_factory=FeasibilityRates)
    note: str = ("Default book: orders of magnitude for a core district of a large Chinese city "
                 "(2025); replace with local figures.")
    #: resettlement rules (core/resettlement_rules.py) and unit-level lump sums (core/lumpsums.py)
    resettlement: ResettlementAssumptions = field(default_factory=ResettlementAssumptions)
    lump_sums: list = field(default_factory=list)  # of LumpSum
    #: location rules and their cap (core/location.py); none by default
    location: LocationAssumptions = field(default_factory=LocationAssumptions)

    # access ---------------------------------------------------------------------------------
    def use(self, name: str) -> UseDefaults:
        return self.uses[name]

    def unit(self, code: str) -> ProjectUnit | None:
        for unit in self.units:
            if unit.code == code:
                return unit
        return None

    def with_rates(self, **changes) -> Assumptions:
        return replace(self, rates=replace(self.rates, **changes))

    # plain dicts ----------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "uses": {name: asdict(defaults) for name, defaults in self.uses.items()},
            "rates": asdict(self.rates),
            "thresholds": asdict(self.thresholds),
            "units": [asdict(unit) for unit in self.units],
            "feasibility": asdict(self.feasibility),
            "note": self.note,
            "resettlement": self.resettlement.to_dict(),
            "lump_sums": [item.to_dict() for item in self.lump_sums],
            # written only when set: a scheme without location rules keeps the JSON it had
            **({"location": self.location.to_dict()} if self.location != LocationAssumptions() else {}),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Assumptions:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise AssumptionsError(f"assumptions are not valid JSON: {error}") from error
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict) -> Assumptions:
        if not isinstance(data, dict):
            raise AssumptionsError("assumptions must be a mapping")
        _no_unknown(data, {"uses", "rates", "thresholds", "units", "feasibility", "note", "resettlement",
                           "lump_sums", "location"}, "assumptions")
        uses = default_uses()
        for name, values in (data.get("uses") or {}).items():
            if name not in USES:
                raise AssumptionsError(f"uses.{name}: unknown use (known: {', '.join(USES)})")
            uses[name] = _build(UseDefaults, values, f"uses.{name}")
        rates = _build(ProjectRates, data.get("rates") or {}, "rates")
        thresholds_data = dict(data.get("thresholds") or {})
        rules = thresholds_data.pop("range_rules", []) or []
        thresholds = _build(PolicyThresholds, thresholds_data, "thresholds")
        thresholds.range_rules = [_build(RangeRule, rule, f"thresholds.range_rules[{i}]")
                                  for i, rule in enumerate(rules)]
        units = [_build(ProjectUnit, unit, f"units[{i}]") for i, unit in enumerate(data.get("units") or [])]
        try:  # files written before resettlement and lump sums existed have neither: defaults
            resettlement = ResettlementAssumptions.from_dict(data.get("resettlement"))
            lump_sums = lump_sums_from_list(data.get("lump_sums"))
        except (ResettlementError, LumpSumError, TypeError) as error:
            raise AssumptionsError(str(error)) from error
        try:
            location = LocationAssumptions.from_dict(data.get("location"))
        except LocationError as error:
            raise AssumptionsError(str(error)) from error
        if "feasibility" in data:
            feasibility = _build(FeasibilityRates, data.get("feasibility") or {}, "feasibility")
        else:  # a book saved before the feasibility stack: keep its numbers as they were
            feasibility = FeasibilityRates(enabled=False)
        result = cls(uses=uses, rates=rates, thresholds=thresholds, units=units, feasibility=feasibility,
                     note=str(data.get("note", cls().note)), resettlement=resettlement, lump_sums=lump_sums)
        result.location = location
        result.validate()
        return result

    def validate(self) -> None:
        """Raises AssumptionsError naming the first unusable value."""
        self._validate_uses()
        self._validate_rates()
        self._validate_feasibility()
        self._validate_thresholds()
        self._validate_units()
        try:
            self.resettlement.validate()
            validate_lump_sums(self.lump_sums, self.rates.base_year)
            self.location.validate()
        except (ResettlementError, LumpSumError, LocationError) as error:
            raise AssumptionsError(str(error)) from error

    def _validate_uses(self) -> None:
        for name, defaults in self.uses.items():
            for key in ("construction_rate", "renovation_rate", "upkeep_rate", "demolition_rate",
                        "compensation_rate", "sale_price", "rent", "land_premium", "acquisition_rate"):
                _check_range(getattr(defaults, key), f"uses.{name}.{key}", 0, None)
            _check_range(defaults.occupancy, f"uses.{name}.occupancy", 0, 1)
            for kind in ("sale_ratio", "lease_ratio"):
                for action, ratio in getattr(defaults, kind).items():
                    if action not in INCOME_ACTIONS:
                        raise AssumptionsError(f"uses.{name}.{kind}.{action}: not an action that earns income")
                    _check_range(ratio, f"uses.{name}.{kind}.{action}", 0, 1)
            for action in INCOME_ACTIONS:
                sale, lease = defaults.ratios(action)
                if sale + lease > 1 + 1e-9:
                    raise AssumptionsError(f"uses.{name}: sale and lease ratios of {action} add up to more than 1")

    def _validate_rates(self) -> None:
        r = self.rates
        _check_range(r.base_year, "rates.base_year", 1900, 2200, integer=True)
        _check_range(r.discount_rate, "rates.discount_rate", -0.99, 10)
        _check_range(r.operating_horizon, "rates.operating_horizon", 0, 100, integer=True)
        _check_range(r.operating_cost_ratio, "rates.operating_cost_ratio", 0, 1)
        _check_range(r.rent_growth, "rates.rent_growth", -0.5, 1)
        for key in ("soft_cost_ratio", "sales_cost_ratio", "sales_tax_ratio"):
            _check_range(getattr(r, key), f"rates.{key}", 0, 1)
        if not isinstance(r.exit_enabled, bool):
            raise AssumptionsError("rates.exit_enabled must be true or false")
        _check_range(r.exit_cap_rate, "rates.exit_cap_rate", 1e-6, 1)
        _check_range(r.storey_height, "rates.storey_height", 0.5, 20)
        _check_range(r.build_years, "rates.build_years", 1, 50, integer=True)
        _check_range(r.sale_years, "rates.sale_years", 1, 50, integer=True)

    def _validate_feasibility(self) -> None:
        f = self.feasibility
        for key in ("enabled", "exit_enabled", "vat_compensation_deduction", "lat_resettlement_costs"):
            if not isinstance(getattr(f, key), bool):
                raise AssumptionsError(f"feasibility.{key} must be true or false")
        for key in ("preliminaries_ratio", "contingency_ratio", "deed_tax_rate", "vat_rate", "vat_input_rate",
                    "surcharge_rate", "property_tax_rate", "lat_expense_ratio", "lat_developer_ratio",
                    "lat_prepayment_rate", "cit_rate", "debt_share", "reit_yield", "reit_yield_2021",
                    "vat_prepayment_rate", "rent_vat_rate"):
            _check_range(getattr(f, key), f"feasibility.{key}", 0, 1)
        if f.interest_convention not in ("mid_year", "year_end"):
            raise AssumptionsError("feasibility.interest_convention must be mid_year or year_end, "
                                   f"got {f.interest_convention!r}")
        if f.lat_cost_attribution not in ("direct", "area"):
            raise AssumptionsError("feasibility.lat_cost_attribution must be direct or area, "
                                   f"got {f.lat_cost_attribution!r}")
        if f.lump_sum_income not in ("sales", "subsidy"):
            raise AssumptionsError(f"feasibility.lump_sum_income must be sales or subsidy, got {f.lump_sum_income!r}")
        if f.vat_level not in ("project", "unit"):
            raise AssumptionsError(f"feasibility.vat_level must be project or unit, got {f.vat_level!r}")
        if f.unpaid_interest not in ("equity", "capitalise"):
            raise AssumptionsError("feasibility.unpaid_interest must be equity or capitalise, "
                                   f"got {f.unpaid_interest!r}")
        if f.exit_treatment not in ("valuation", "sale"):
            raise AssumptionsError(f"feasibility.exit_treatment must be valuation or sale, got {f.exit_treatment!r}")
        _check_range(f.cit_loss_years, "feasibility.cit_loss_years", 0, 100, integer=True)
        _check_range(f.depreciation_years, "feasibility.depreciation_years", 1, 100, integer=True)
        _check_range(f.interest_rate, "feasibility.interest_rate", 0, 1)
        for key in ("municipal_fee", "ordinary_residential_price", "ordinary_min_plot_ratio", "ordinary_max_flat_size",
                    "residential_flat_size"):
            _check_range(getattr(f, key), f"feasibility.{key}", 0, None)

    def _validate_thresholds(self) -> None:
        t = self.thresholds
        _check_range(t.max_demolition_share, "thresholds.max_demolition_share", 0, 1)
        _check_range(t.max_rebuild_ratio, "thresholds.max_rebuild_ratio", 0, None)
        if not isinstance(t.rebuild_ratio_underground, bool):
            raise AssumptionsError("thresholds.rebuild_ratio_underground must be true or false")
        _check_range(t.min_resettlement_share, "thresholds.min_resettlement_share", 0, 1)
        _check_range(t.max_rent_growth, "thresholds.max_rent_growth", -1, 1)
        for i, rule in enumerate(t.range_rules):
            if rule.scope not in ("project", "unit"):
                raise AssumptionsError(f"thresholds.range_rules[{i}].scope must be project or unit")

    def _validate_units(self) -> None:
        codes = set()
        for i, unit in enumerate(self.units):
            if not str(unit.code).strip():
                raise AssumptionsError(f"units[{i}].code is empty")
            if unit.code in codes:
                raise AssumptionsError(f"units[{i}].code {unit.code!r} appears twice")
            codes.add(unit.code)
            for key in ("land_area", "far_limit", "height_limit"):
                value = getattr(unit, key)
                if value is not None:
                    _check_range(value, f"units[{i}].{key}", 0, None)


def _no_unknown(values: dict, known: set, where: str) -> None:
    unknown = sorted(set(values) - known)
    if unknown:
        raise AssumptionsError(f"{where}: unknown key(s) {', '.join(unknown)}")


def _build(cls, values: dict, where: str):
    if not isinstance(values, dict):
        raise AssumptionsError(f"{where} must be a mapping")
    names = {f.name for f in fields(cls)}
    _no_unknown(values, names, where)
    try:
        return cls(**values)
    except TypeError as error:  # a required key (unit code, rule quantity) is missing
        raise AssumptionsError(f"{where}: {error}") from error


def _check_range(value, where: str, low, high, integer: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AssumptionsError(f"{where} must be a number, got {value!r}")
    if value != value or value in (float("inf"), float("-inf")):
        raise AssumptionsError(f"{where} must be a finite number, got {value!r}")
    if integer and int(value) != value:
        raise AssumptionsError(f"{where} must be a whole number, got {value!r}")
    if low is not None and value < low:
        raise AssumptionsError(f"{where} must be at least {low}, got {value!r}")
    if high is not None and value > high:
        raise AssumptionsError(f"{where} must be at most {high}, got {value!r}")
