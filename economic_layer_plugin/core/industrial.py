"""The industrial layer: performance of stock industrial land, three levels and five categories. Pure Python.

Method of ZHAN, DAI and YE, "Performance Evaluation and Optimization Path of Industrial Land in
Districts and Counties", Journal of South Architecture 2025(4): its Table 2 (the indicator system),
section 3.1 (three levels: industrial bases, communities, blocks), Figure 3 (the recursive logic of
five categories of inefficient enterprises), section 4.1 (a strategy per category) and section 4.2
(three county patterns).

- ``FIELDS``: the ``el_ind_`` fields of an industrial layer (one plot per feature), built with the
  economic layer's own :class:`~economic_layer_plugin.core.schema.FieldSpec`: the one source of
  truth for names, types, units and aliases in Chinese and English.
- :class:`IndustrialAssumptions`: the per-mu thresholds of each level and the size rules.
- :func:`read_plot`: a feature's raw values as a :class:`Plot` (bad values reported, never zero).
- :func:`classify`: the five categories, first match wins; a rule whose value is missing is
  "not evaluated", naming the field.
- :func:`evaluate`: Table 2's indicators per plot, enterprise, park, level and the district, each
  against the district's figure and the level's.
- :func:`scheme_actions`: from category (and county pattern) to actions on an economic layer.

Units: money in 10,000 CNY (万元), land in m2 (measured by the caller on the ellipsoid), 1 mu =
10,000 / 15 m2, 1 km2 = 1,500 mu.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, replace

from economic_layer_plugin.core.i18n import N_, is_chinese, pair, tr, translate
from economic_layer_plugin.core.refusal import Message, Text, in_language
from economic_layer_plugin.core.schema import INTEGER, REAL, TEXT, FieldSpec

MU = 10_000 / 15  # m2 per mu
KM2 = 1_000_000.0  # m2 per km2

PREFIX = "el_ind_"
LEVELS = ("base", "community", "block")
LEVEL_NAMES = {
    "base": N_("Industrial base"),
    "community": N_("Industrial community"),
    "block": N_("Industrial block"),
}
#: (English, Chinese) of each level
LEVEL_LABELS = {level: pair(text) for level, text in LEVEL_NAMES.items()}
YES_NO = (0, 1)
YES_NO_HELP = N_("1 = yes, 0 = no, empty = not known.")

#: where a yes/no field may hold text, these mean yes or no (in English or as the Chinese catalogue says them)
_YES = {"1", "yes", "y", "true", "t"} | {translate(word, "zh") for word in (N_("yes"), N_("present"), N_("pass"))}
_NO = {"0", "no", "n", "false", "f"} | {translate(word, "zh") for word in (N_("no"), N_("none"), N_("fail"))}


def _spec(name, kind, unit, alias, help_text, **kw) -> FieldSpec:
    """A field: its alias and help in English (marked N_), in Chinese from the catalogue."""
    return FieldSpec(PREFIX + name, kind, unit, alias, translate(alias, "zh"), help_text, translate(help_text, "zh"),
                     actions=(), **kw)


def _yes_no(name, alias, help_text) -> FieldSpec:
    spec = _spec(name, INTEGER, "yes/no", alias, help_text, allowed=YES_NO, minimum=0, maximum=1)
    return replace(spec, help_en=f"{spec.help_en} {YES_NO_HELP}", help_zh=spec.help_zh + translate(YES_NO_HELP, "zh"))


FIELDS: tuple = (
    _spec("enterprise", TEXT, "", N_("Enterprise name"), N_("Name of the enterprise on the plot.")),
    _spec("park", TEXT, "", N_("Park or cluster"),
          N_("Industrial park or cluster the plot belongs to; empty: scattered land.")),
    _spec("level", TEXT, "", N_("Level"),
          N_("base (industrial base), community (industrial community) or block (industrial block)."), allowed=LEVELS),
    _spec("output", REAL, "10,000 CNY/yr", N_("Output (10,000 CNY/yr)"),
          N_("Annual industrial output value."), minimum=0),
    _spec("tax", REAL, "10,000 CNY/yr", N_("Tax (10,000 CNY/yr)"), N_("Annual tax paid."), minimum=0),
    _spec("employees", INTEGER, "persons", N_("Employees"), N_("Persons employed on the plot."), minimum=0),
    _spec("fixed_assets", REAL, "10,000 CNY", N_("Fixed assets (10,000 CNY)"),
          N_("Fixed-asset investment."), minimum=0),
    _spec("floor_area", REAL, "m2", N_("Floor area (m2)"), N_("Floor area of the buildings on the plot."), minimum=0),
    _spec("idle_area", REAL, "m2", N_("Idle land (m2)"), N_("Land of the plot left idle."), minimum=0),
    _spec("energy", REAL, "10,000 kWh/yr", N_("Electricity (10,000 kWh/yr)"),
          N_("Annual electricity consumption."), minimum=0),
    _spec("water", REAL, "10,000 t/yr", N_("Water (10,000 t/yr)"), N_("Annual water consumption."), minimum=0),
    _yes_no("in_red_line", N_("In ecological red line"), N_("Inside an ecological protection red line.")),
    _yes_no("eia_passed", N_("EIA passed"), N_("Environmental impact assessment passed.")),
    _yes_no("dominant_sector", N_("Dominant sector"), N_("In a sector the plan supports.")),
    _yes_no("high_tech", N_("High-tech enterprise"), N_("A high-tech enterprise.")),
    _yes_no("safety_passed", N_("Safety evaluation passed"), N_("Safety evaluation passed.")),
)
#: written by the plugin on the planner's command ("Classify"): the category and its reason
RESULT_FIELDS: tuple = (
    _spec("category", TEXT, "", N_("Category"),
          N_("Written by Classify: green, efficiency, quality, equity, safety, efficient or not_evaluated.")),
    _spec("reason", TEXT, "", N_("Reason"), N_("Written by Classify: why the plot has its category.")),
)
FIELDS_BY_NAME = {spec.name: spec for spec in FIELDS + RESULT_FIELDS}
FIELD_NAMES = tuple(spec.name for spec in FIELDS)
NUMERIC = tuple(spec.name for spec in FIELDS if spec.is_numeric and spec.allowed is None)
FLAGS = tuple(spec.name for spec in FIELDS if spec.allowed == YES_NO)


def is_industrial(names) -> bool:
    """A layer with every el_ind_ input field is an industrial layer."""
    present = set(names)
    return all(name in present for name in FIELD_NAMES)


def level_label(level, language: str = "en") -> str:
    labels = LEVEL_LABELS.get(level)
    if labels is None:
        return "—" if level is None else str(level)
    return translate(LEVEL_NAMES[level], language)


# assumptions --------------------------------------------------------------------------------------
class IndustrialAssumptionsError(ValueError):
    """An industrial assumption has an unusable value; the message names it."""


#: the sources of the default thresholds (docs/industrial.md says more)
SOURCES = {
    "tax_block": ("Wenzhou (Zhejiang) 2018, per-mu evaluation reform: enterprises paying less than 10,000 CNY "
                  "tax per mu are to leave the industrial parks (english.wenzhou.gov.cn, 2018-07-09)."),
    "tax_base_community": ("estimate: between that exit line and Zhejiang's 2017 average tax of 255,000 CNY per mu "
                           "of above-scale industrial enterprises (DRC research report No. 170, 2018)."),
    "output": ("estimate: Zhejiang's development zones reached 1.026 million CNY value added per mu in 2017 "
               "(Zhejiang provincial government, 2018-09-04); output value is above value added; the "
               "thresholds are set below that average, bases above communities above blocks."),
    "size": "the seed paper, section 3.1: bases generally over 4 km2, communities over 1 km2.",
}


@dataclass
class LevelThresholds:
    output_per_mu: float  # 10,000 CNY per mu: below it, efficiency-deficient
    tax_per_mu: float  # 10,000 CNY per mu: below it, equity-deficient


def default_thresholds() -> dict:
    return {"base": LevelThresholds(300.0, 10.0), "community": LevelThresholds(200.0, 5.0),
            "block": LevelThresholds(100.0, 1.0)}


@dataclass
class IndustrialAssumptions:
    thresholds: dict = field(default_factory=default_thresholds)  # level -> LevelThresholds
    base_min_km2: float = 4.0  # a park this large or larger suggests an industrial base
    community_min_km2: float = 1.0  # ... an industrial community
    near_base_m: float = 3000.0  # pattern "small clustering + moderate park": blocks this near a base move in
    note: str = ("Default thresholds: the block tax line from Wenzhou's 2018 per-mu reform; the others are "
                 "estimates (see docs/industrial.md); replace with the district's own.")

    def threshold(self, level: str) -> LevelThresholds | None:
        return self.thresholds.get(level)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["thresholds"] = {level: asdict(self.thresholds[level]) for level in LEVELS if level in self.thresholds}
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> IndustrialAssumptions:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise IndustrialAssumptionsError(f"industrial assumptions are not valid JSON: {error}") from error
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict) -> IndustrialAssumptions:
        if not isinstance(data, dict):
            raise IndustrialAssumptionsError("industrial assumptions must be a mapping")
        known = {"thresholds", "base_min_km2", "community_min_km2", "near_base_m", "note"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise IndustrialAssumptionsError(f"industrial assumptions: unknown key(s) {', '.join(unknown)}")
        thresholds = default_thresholds()
        for level, values in (data.get("thresholds") or {}).items():
            if level not in LEVELS:
                raise IndustrialAssumptionsError(f"thresholds.{level}: unknown level (known: {', '.join(LEVELS)})")
            if not isinstance(values, dict) or set(values) - {"output_per_mu", "tax_per_mu"}:
                raise IndustrialAssumptionsError(f"thresholds.{level}: give output_per_mu and tax_per_mu")
            current = asdict(thresholds[level])
            current.update(values)
            thresholds[level] = LevelThresholds(**current)
        result = cls(thresholds=thresholds)
        for key in ("base_min_km2", "community_min_km2", "near_base_m"):
            if key in data:
                setattr(result, key, data[key])
        if "note" in data:
            result.note = str(data["note"])
        result.validate()
        return result

    def validate(self) -> None:
        for level in LEVELS:
            limits = self.thresholds.get(level)
            if limits is None:
                raise IndustrialAssumptionsError(f"thresholds.{level} is missing")
            for key in ("output_per_mu", "tax_per_mu"):
                _check(getattr(limits, key), f"thresholds.{level}.{key}")
        for key in ("output_per_mu", "tax_per_mu"):
            values = [getattr(self.thresholds[level], key) for level in LEVELS]
            if not values[0] >= values[1] >= values[2]:
                raise IndustrialAssumptionsError(
                    f"thresholds.*.{key}: bases must be at least communities and communities at least blocks "
                    f"(the paper, section 4.1), got {values[0]:g}, {values[1]:g}, {values[2]:g}")
        for key in ("base_min_km2", "community_min_km2", "near_base_m"):
            _check(getattr(self, key), key)
        if self.base_min_km2 < self.community_min_km2:
            raise IndustrialAssumptionsError("base_min_km2 must be at least community_min_km2")


def _check(value, where: str) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise IndustrialAssumptionsError(f"{where} must be a number of at least 0, got {value!r}")


def level_by_size(area_m2: float | None, assumptions: IndustrialAssumptions | None = None) -> str | None:
    """The seed's size rule as a suggestion: bases over 4 km2, communities over 1 km2, else blocks."""
    if area_m2 is None:
        return None
    a = assumptions or IndustrialAssumptions()
    if area_m2 > a.base_min_km2 * KM2:
        return "base"
    if area_m2 > a.community_min_km2 * KM2:
        return "community"
    return "block"


# plots ----------------------------------------------------------------------------------------------
@dataclass
class Plot:
    """One enterprise plot: typed values (None: not known), land area in m2 (None: no usable geometry)."""

    fid: object
    values: dict
    land_area: float | None
    geometry_error: str | None = None
    problems: list = field(default_factory=list)  # (field, message) of values that could not be read

    def get(self, name: str):
        return self.values.get(PREFIX + name)

    @property
    def enterprise(self) -> str:
        return self.get("enterprise") or f"#{self.fid}"

    @property
    def park(self) -> str | None:
        return self.get("park") or None

    @property
    def level(self) -> str | None:
        return self.get("level")


def _blank(value) -> bool:
    return (value is None or (isinstance(value, str) and not value.strip())
            or (isinstance(value, float) and value != value))


def read_plot(fid, raw: dict, land_area: float | None, geometry_error: str | None = None) -> Plot:
    """Typed values from a feature's raw attributes; a value that cannot be read is left None and
    reported (feature, field, value), never taken as zero."""
    values, problems = {}, []
    for spec in FIELDS:
        value = raw.get(spec.name)
        if _blank(value):
            values[spec.name] = None
            continue
        if spec.type == TEXT:
            text = str(value).strip()
            if spec.allowed is not None:
                if text.lower() in spec.allowed:
                    text = text.lower()
                else:
                    by_label = {lab.lower(): code for code, labels in LEVEL_LABELS.items() for lab in labels}
                    if text.lower() in by_label:
                        text = by_label[text.lower()]
                    else:
                        problems.append((spec.name, Message(
                            N_("feature {fid}: {field} = {value!r} is not one of {allowed}; taken as not known"),
                            fid=fid, field=spec.name, value=value, allowed=", ".join(spec.allowed))))
                        text = None
            values[spec.name] = text
        elif spec.allowed == YES_NO:
            flag = _flag(value)
            if flag is None:
                problems.append((spec.name, Message(
                    N_("feature {fid}: {field} = {value!r} is not yes (1) or no (0); taken as not known"),
                    fid=fid, field=spec.name, value=value)))
            values[spec.name] = flag
        else:
            number = _number(value)
            if number is None or number < 0:
                problems.append((spec.name, Message(
                    N_("feature {fid}: {field} = {value!r} is not a number of at least 0; taken as not known"),
                    fid=fid, field=spec.name, value=value)))
                number = None
            values[spec.name] = number
    if land_area is not None and (not math.isfinite(land_area) or land_area <= 0):
        geometry_error = geometry_error or Text(N_("land area is zero"))
        land_area = None
    return Plot(fid, values, land_area, geometry_error, problems)


def _flag(value) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value) if value in (0, 1) else None
    text = str(value).strip().lower()
    if text in _YES:
        return 1
    if text in _NO:
        return 0
    return None


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value) if isinstance(value, (int, float)) else float(str(value).strip().replace(",", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


# classification (Figure 3) ----------------------------------------------------------------------------
GREEN, EFFICIENCY, QUALITY, EQUITY, SAFETY = "green", "efficiency", "quality", "equity", "safety"
EFFICIENT, NOT_EVALUATED = "efficient", "not_evaluated"
RULES = (GREEN, EFFICIENCY, QUALITY, EQUITY, SAFETY)
CATEGORIES = RULES + (EFFICIENT, NOT_EVALUATED)
CATEGORY_LABELS = {
    GREEN: N_("Green-deficient"),
    EFFICIENCY: N_("Efficiency-deficient"),
    QUALITY: N_("Quality-deficient"),
    EQUITY: N_("Equity-deficient"),
    SAFETY: N_("Safety alert"),
    EFFICIENT: N_("Efficient"),
    NOT_EVALUATED: N_("Not evaluated"),
}
#: the paper's strategy per category (section 4.1) and the action it proposes on an economic layer
STRATEGIES = {
    GREEN: ("demolish", N_("Return to green: reclaim the land and restore it to green use.")),
    EFFICIENCY: ("renovate", N_("Partial renovation or selective rebuilding for expansion and upgrading.")),
    QUALITY: ("renovate", N_("Reallocation: free outdated capacity for high-tech or large enterprises.")),
    EQUITY: ("retain", N_("Differentiated urban land-use tax according to the contribution per mu.")),
    SAFETY: ("retain", N_("Rectify; where necessary, exit.")),
    EFFICIENT: ("retain", N_("Retain.")),
    NOT_EVALUATED: ("retain", N_("Retain until the missing figures are known.")),
}


def category_label(category: str, language: str = "en") -> str:
    return translate(CATEGORY_LABELS[category], language)


@dataclass
class Classification:
    category: str
    reason_en: str
    reason_zh: str
    #: (rule, fields) of rules that could not be evaluated for missing values
    not_evaluated: tuple = ()

    @property
    def provisional(self) -> bool:
        """An earlier rule could not be evaluated: the plot might belong to that category."""
        return self.category in RULES and bool(self.not_evaluated)  # rules skipped come before the match

    def reason(self, language: str = "en") -> str:
        return self.reason_zh if is_chinese(language) else self.reason_en


def _fmt(value: float) -> str:
    return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"


def per_mu(value: float | None, land_area: float | None) -> float | None:
    if value is None or not land_area:
        return None
    return value / (land_area / MU)


def classify(plot: Plot, assumptions: IndustrialAssumptions | None = None) -> Classification:
    """Figure 3: green, efficiency, quality, equity, safety in this order; the first rule that matches
    gives the category. A rule that needs a value the plot lacks is not evaluated (naming the field)
    and the next is tried; a plot is efficient only when every rule was evaluated and none matched."""
    a = assumptions or IndustrialAssumptions()
    skipped = []  # (rule, fields)
    level = plot.level
    limits = a.threshold(level) if level else None
    for rule in RULES:
        if rule == GREEN:
            red, eia = plot.get("in_red_line"), plot.get("eia_passed")
            if red == 1:
                return _match(GREEN, N_("inside an ecological protection red line"), skipped)
            if eia == 0:
                return _match(GREEN, N_("EIA not passed"), skipped)
            missing = [name for name, value in (("el_ind_in_red_line", red), ("el_ind_eia_passed", eia))
                       if value is None]
        elif rule in (EFFICIENCY, EQUITY):
            key = "output" if rule == EFFICIENCY else "tax"
            missing = [name for name, value in ((f"el_ind_{key}", plot.get(key)), ("el_ind_level", level),
                                                ("geometry", plot.land_area)) if value is None]
            if not missing:
                value = per_mu(plot.get(key), plot.land_area)
                limit = getattr(limits, f"{key}_per_mu")
                if value < limit:
                    text = (N_("output {value} per mu below the {level} threshold {limit} (10,000 CNY)")
                            if rule == EFFICIENCY else
                            N_("tax {value} per mu below the {level} threshold {limit} (10,000 CNY)"))
                    return _match(rule, text, skipped, value=_fmt(value), limit=_fmt(limit), level=level)
        elif rule == QUALITY:
            dominant, tech = plot.get("dominant_sector"), plot.get("high_tech")
            if dominant == 0 and tech == 0:
                return _match(QUALITY, N_("neither in a dominant sector nor high-tech"), skipped)
            missing = ([] if dominant == 1 or tech == 1 else
                       [name for name, value in (("el_ind_dominant_sector", dominant), ("el_ind_high_tech", tech))
                        if value is None])
        else:  # SAFETY
            safety = plot.get("safety_passed")
            if safety == 0:
                return _match(SAFETY, N_("safety evaluation not passed"), skipped)
            missing = ["el_ind_safety_passed"] if safety is None else []
        if missing:
            skipped.append((rule, tuple(missing)))
    if skipped:
        return Classification(NOT_EVALUATED, _skipped_text(skipped, "en"), _skipped_text(skipped, "zh"), tuple(skipped))
    text = N_("every rule evaluated, none matched")
    return Classification(EFFICIENT, text, translate(text, "zh"), ())


def _skipped_text(skipped, language: str) -> str:
    parts = []
    for rule, names in skipped:
        parts.append(tr("{category} not evaluated (missing {fields})", language).format(
            category=category_label(rule, language).lower(), fields=", ".join(names)))
    return ("；" if is_chinese(language) else "; ").join(parts)


def _match(rule: str, text: str, skipped: list, level=None, **values) -> Classification:
    """The category ``rule`` with its reason ``text`` (an N_ literal; ``level`` a level key, shown
    by its name), in English and Chinese."""
    reasons = []
    for language in ("en", "zh"):
        named = {"level": level_label(level, language).lower()} if level else {}
        reason = translate(text, language).format(**values, **named)
        if skipped:
            reason = tr("{reason}; provisional: {skipped}", language).format(
                reason=reason, skipped=_skipped_text(skipped, language))
        reasons.append(reason)
    return Classification(rule, *reasons, tuple(skipped))


# indicators (Table 2) ----------------------------------------------------------------------------------
#: key, label (English; translated by indicator_label), unit, positive (True) or negative (False) effect
INDICATORS = (
    ("output_per_mu", N_("Output per mu"), "10,000 CNY/mu", True),
    ("tax_per_mu", N_("Tax per mu"), "10,000 CNY/mu", True),
    ("output_per_km2", N_("Output per km2"), "10,000 CNY/km2", True),
    ("tax_per_km2", N_("Tax per km2"), "10,000 CNY/km2", True),
    ("far", N_("Plot ratio (FAR)"), "", True),
    ("fixed_assets_per_km2", N_("Fixed assets per km2"), "10,000 CNY/km2", True),
    ("idle_rate", N_("Idle land rate"), "%", False),
    ("employment_per_km2", N_("Employment per km2"), "persons/km2", True),
    ("high_tech_share", N_("High-tech share"), "%", True),
    ("energy_per_output", N_("Electricity per output"), "10,000 kWh/10,000 CNY", False),
    ("water_per_output", N_("Water per output"), "10,000 t/10,000 CNY", False),
)
INDICATOR_KEYS = tuple(item[0] for item in INDICATORS)
_LAND_RATIOS = {  # key: (field, factor from per m2)
    "output_per_mu": ("output", MU), "tax_per_mu": ("tax", MU),
    "output_per_km2": ("output", KM2), "tax_per_km2": ("tax", KM2),
    "far": ("floor_area", 1.0), "fixed_assets_per_km2": ("fixed_assets", KM2),
    "idle_rate": ("idle_area", 1.0), "employment_per_km2": ("employees", KM2),
}
_OUTPUT_RATIOS = {"energy_per_output": "energy", "water_per_output": "water"}


def indicator_label(key: str, language: str = "en") -> str:
    for item in INDICATORS:
        if item[0] == key:
            return translate(item[1], language)
    raise KeyError(key)


def indicator_unit(key: str) -> str:
    return next(item[2] for item in INDICATORS if item[0] == key)


@dataclass
class GroupResult:
    """Table 2's indicators over a group of plots (an enterprise, park, level or the district).

    Each indicator is a ratio of sums over the plots that have both its figures; ``used[key]`` says
    how many plots that is (of ``plots``). A plot lacking a figure is left out of that ratio only,
    never counted as zero."""

    scope: str  # plot, enterprise, park, level, district
    name: str
    level: str | None
    plots: int
    land_area: float  # m2 of plots with a usable geometry
    values: dict  # key -> value or None
    used: dict  # key -> plots used
    vs_district: dict = field(default_factory=dict)  # key -> value / district value
    vs_level: dict = field(default_factory=dict)  # key -> value / the level's value
    thresholds: LevelThresholds | None = None  # level rows: the level's per-mu thresholds
    categories: dict = field(default_factory=dict)  # category -> plots

    @property
    def land_mu(self) -> float:
        return self.land_area / MU

    def to_dict(self) -> dict:
        data = {"scope": self.scope, "name": self.name, "level": self.level, "plots": self.plots,
                "land_area": self.land_area, "land_mu": self.land_mu, "indicators": dict(self.values),
                "plots_used": dict(self.used), "vs_district": dict(self.vs_district), "vs_level": dict(self.vs_level),
                "categories": dict(self.categories)}
        if self.thresholds is not None:
            data["thresholds"] = asdict(self.thresholds)
        return data


def group_indicators(scope: str, name: str, plots: list, level: str | None = None) -> GroupResult:
    values, used = {}, {}
    for key, (name_, factor) in _LAND_RATIOS.items():
        rows = [(p.get(name_), p.land_area) for p in plots if p.get(name_) is not None and p.land_area]
        used[key] = len(rows)
        land = sum(area for _, area in rows)
        values[key] = sum(v for v, _ in rows) / land * factor if rows else None
    for key, name_ in _OUTPUT_RATIOS.items():
        rows = [(p.get(name_), p.get("output")) for p in plots
                if p.get(name_) is not None and p.get("output") is not None]
        used[key] = len(rows)
        output = sum(o for _, o in rows)
        values[key] = sum(v for v, _ in rows) / output if rows and output > 0 else None
    # high-tech share: of enterprises (an enterprise with several plots counts once; high-tech if any plot says so)
    flags: dict = {}
    for p in plots:
        if p.get("high_tech") is not None:
            flags[p.enterprise] = max(flags.get(p.enterprise, 0), p.get("high_tech"))
    used["high_tech_share"] = sum(1 for p in plots if p.get("high_tech") is not None)
    values["high_tech_share"] = sum(flags.values()) / len(flags) if flags else None
    land = sum(p.land_area for p in plots if p.land_area)
    return GroupResult(scope, name, level, len(plots), land, values, used)


def _ratio(value, reference) -> float | None:
    if value is None or reference is None or reference == 0:
        return None
    return value / reference


@dataclass
class PlotResult:
    plot: Plot
    classification: Classification
    indicators: GroupResult


@dataclass
class Evaluation:
    plots: list  # PlotResult
    enterprises: list  # GroupResult
    parks: list
    levels: list
    district: GroupResult
    assumptions: IndustrialAssumptions

    def categories(self) -> dict:
        return dict(self.district.categories)

    def problems(self, language: str = "en") -> list:
        """Every value that could not be read and every plot without a usable geometry, in ``language``."""
        rows = []
        for result in self.plots:
            plot = result.plot
            rows.extend(in_language(message, language) for _, message in plot.problems)
            if plot.land_area is None:
                why = in_language(plot.geometry_error or Text(N_("no geometry")), language)
                rows.append(tr("feature {fid}: no land area ({why}); left out of every per-area figure",
                               language).format(fid=plot.fid, why=why))
        return rows

    def to_dict(self, language: str = "en") -> dict:
        return {
            "plots": [{"fid": r.plot.fid, "enterprise": r.plot.get("enterprise"), "park": r.plot.park,
                       "level": r.plot.level, "land_area": r.plot.land_area,
                       "category": r.classification.category,
                       "category_label": category_label(r.classification.category, language),
                       "reason": r.classification.reason(language), "provisional": r.classification.provisional,
                       "not_evaluated": [{"rule": rule, "fields": list(names)}
                                         for rule, names in r.classification.not_evaluated],
                       "strategy": strategy(r.classification.category, language),
                       "indicators": r.indicators.values} for r in self.plots],
            "enterprises": [g.to_dict() for g in self.enterprises],
            "parks": [g.to_dict() for g in self.parks],
            "levels": [g.to_dict() for g in self.levels],
            "district": self.district.to_dict(),
            "problems": self.problems(language),
            "assumptions": self.assumptions.to_dict(),
        }


def strategy(category: str, language: str = "en") -> str:
    return translate(STRATEGIES[category][1], language)


def _common_level(plots) -> str | None:
    levels = {p.level for p in plots}
    return levels.pop() if len(levels) == 1 else None


def evaluate(plots: list, assumptions: IndustrialAssumptions | None = None) -> Evaluation:
    a = assumptions or IndustrialAssumptions()
    results = [PlotResult(p, classify(p, a), group_indicators("plot", p.enterprise, [p], p.level)) for p in plots]
    district = group_indicators("district", "district", plots)
    by_level = {level: [p for p in plots if p.level == level] for level in LEVELS}
    levels = []
    for level in LEVELS:
        group = group_indicators("level", level, by_level[level], level)
        group.thresholds = a.threshold(level)
        levels.append(group)
    unknown = [p for p in plots if p.level is None]
    if unknown:
        levels.append(group_indicators("level", "unknown", unknown, None))
    level_values = {g.level: g.values for g in levels if g.level}

    def grouped(scope: str, key) -> list:
        groups: dict = {}
        for p in plots:
            groups.setdefault(key(p), []).append(p)
        return [group_indicators(scope, name, members, _common_level(members))
                for name, members in sorted(groups.items(), key=lambda item: str(item[0]))]

    enterprises = grouped("enterprise", lambda p: p.enterprise)
    parks = grouped("park", lambda p: p.park or "—")
    category_of = {id(r.plot): r.classification.category for r in results}
    for group_list, members_of in ((enterprises, lambda g: [p for p in plots if p.enterprise == g.name]),
                                   (parks, lambda g: [p for p in plots if (p.park or "—") == g.name]),
                                   (levels, lambda g: [p for p in plots if p.level == g.level]),
                                   ([district], lambda g: plots)):
        for group in group_list:
            counts: dict = {}
            for p in members_of(group):
                counts[category_of[id(p)]] = counts.get(category_of[id(p)], 0) + 1
            group.categories = {c: counts[c] for c in CATEGORIES if c in counts}
    for group in [r.indicators for r in results] + enterprises + parks + levels:
        group.vs_district = {k: _ratio(group.values[k], district.values[k]) for k in INDICATOR_KEYS}
        if group.level and group.scope != "level":
            group.vs_level = {k: _ratio(group.values[k], level_values[group.level][k]) for k in INDICATOR_KEYS}
    return Evaluation(results, enterprises, parks, levels, district, a)


# from category to scheme (section 4.1) and county patterns (section 4.2) --------------------------------
CATEGORY_SCHEME = "category"
LARGE_CONCENTRATION = "large_concentration"
SMALL_CLUSTERING = "small_clustering"
MODERATE_PARK = "small_clustering_moderate_park"
PATTERNS = (LARGE_CONCENTRATION, SMALL_CLUSTERING, MODERATE_PARK)
SCHEME_LABELS = {
    CATEGORY_SCHEME: N_("By category"),
    LARGE_CONCENTRATION: N_("Large concentration"),
    SMALL_CLUSTERING: N_("Small clustering"),
    MODERATE_PARK: N_("Small clustering + moderate park"),
}


@dataclass
class PlotPlace:
    """Where a plot lies relative to the parks, measured by the adapter: the nearest base and the
    nearest base-or-community (park names) and the distance to the nearest base, in m."""

    nearest_base: str | None = None
    base_distance: float | None = None
    nearest_park: str | None = None  # nearest base or community


@dataclass
class PlotAction:
    fid: object
    action: str
    note_en: str
    note_zh: str
    relocate_to: str | None = None  # receiving park of a relocated plot


def scheme_actions(evaluation: Evaluation, scheme: str, places: dict | None = None) -> list:
    """An action per plot: the category's strategy (``category``), and for a county pattern the
    relocation of blocks (section 4.2):

    - large concentration: every plot of an industrial block moves into the nearest base;
    - small clustering: scattered blocks (no park) move into the nearest base or community;
    - small clustering + moderate park: blocks within ``near_base_m`` of a base move into it, other
      scattered blocks into the nearest base or community.

    A relocated plot is demolished (its floor area rebuilt in the receiving park: see
    :func:`relocation_totals`); the other plots take their category's strategy."""
    if scheme != CATEGORY_SCHEME and scheme not in PATTERNS:
        raise ValueError(f"unknown scheme {scheme!r} (known: {CATEGORY_SCHEME}, {', '.join(PATTERNS)})")
    places = places or {}
    near = evaluation.assumptions.near_base_m
    actions = []
    for result in evaluation.plots:
        plot, category = result.plot, result.classification.category
        action, text = STRATEGIES[category]
        en, zh = pair(text)
        target = None
        place = places.get(plot.fid, PlotPlace())
        if plot.level == "block" and scheme != CATEGORY_SCHEME:
            if scheme == LARGE_CONCENTRATION:
                target = place.nearest_base
            elif scheme == SMALL_CLUSTERING:
                target = place.nearest_park if plot.park is None else None
            elif place.base_distance is not None and place.base_distance <= near:
                target = place.nearest_base
            elif plot.park is None:
                target = place.nearest_park
        if target is not None:
            action = "demolish"
            en, zh = (translate(N_("Relocated into {park}."), language).format(park=target)
                      for language in ("en", "zh"))
        actions.append(PlotAction(plot.fid, action, en, zh, target))
    return actions


def relocation_totals(evaluation: Evaluation, actions: list) -> dict:
    """Receiving park -> (floor area to rebuild there in m2, plots moved, plots without a floor area).

    "Maintaining total volume": the floor area of the plots moved in is rebuilt in the receiving
    park. A plot without el_ind_floor_area is counted and named, not taken as zero floor area."""
    by_fid = {r.plot.fid: r.plot for r in evaluation.plots}
    totals: dict = {}
    for item in actions:
        if item.relocate_to is None:
            continue
        area, moved, missing = totals.get(item.relocate_to, (0.0, [], []))
        floor = by_fid[item.fid].get("floor_area")
        if floor is None:
            missing = missing + [item.fid]
        else:
            area += floor
        totals[item.relocate_to] = (area, moved + [item.fid], missing)
    return totals
