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
from dataclasses import asdict, dataclass, field

from economic_layer_plugin.core.schema import INTEGER, REAL, TEXT, FieldSpec

MU = 10_000 / 15  # m2 per mu
KM2 = 1_000_000.0  # m2 per km2

PREFIX = "el_ind_"
LEVELS = ("base", "community", "block")
LEVEL_LABELS = {
    "base": ("Industrial base", "产业基地"),
    "community": ("Industrial community", "产业社区"),
    "block": ("Industrial block", "产业地块"),
}
YES_NO = (0, 1)

#: where a yes/no field may hold text, these mean yes or no
_YES = {"1", "yes", "y", "true", "t", "是", "有", "通过"}
_NO = {"0", "no", "n", "false", "f", "否", "无", "未通过"}


def _spec(name, kind, unit, en, zh, help_en, help_zh, **kw) -> FieldSpec:
    return FieldSpec(PREFIX + name, kind, unit, en, zh, help_en, help_zh, actions=(), **kw)


def _yes_no(name, en, zh, help_en, help_zh) -> FieldSpec:
    return _spec(name, INTEGER, "yes/no", en, zh, help_en + " 1 = yes, 0 = no, empty = not known.",
                 help_zh + "1 = 是，0 = 否，空 = 未知。", allowed=YES_NO, minimum=0, maximum=1)


FIELDS: tuple = (
    _spec("enterprise", TEXT, "", "Enterprise", "企业名称", "Name of the enterprise on the plot.",
          "地块上的企业名称。"),
    _spec("park", TEXT, "", "Park or cluster", "所属园区（集群）",
          "Industrial park or cluster the plot belongs to; empty: scattered land.",
          "地块所属的产业园区或集群；空：零散用地。"),
    _spec("level", TEXT, "", "Level", "层级",
          "base (industrial base), community (industrial community) or block (industrial block).",
          "base（产业基地）、community（产业社区）或 block（产业地块）。", allowed=LEVELS),
    _spec("output", REAL, "10,000 CNY/yr", "Output (10,000 CNY/yr)", "工业总产值（万元/年）",
          "Annual industrial output value.", "年工业总产值。", minimum=0),
    _spec("tax", REAL, "10,000 CNY/yr", "Tax (10,000 CNY/yr)", "税收（万元/年）", "Annual tax paid.", "年实缴税收。",
          minimum=0),
    _spec("employees", INTEGER, "persons", "Employees", "就业人数", "Persons employed on the plot.",
          "地块上的就业人数。", minimum=0),
    _spec("fixed_assets", REAL, "10,000 CNY", "Fixed assets (10,000 CNY)", "固定资产投资（万元）",
          "Fixed-asset investment.", "固定资产投资累计额。", minimum=0),
    _spec("floor_area", REAL, "m2", "Floor area (m2)", "建筑面积（平方米）", "Floor area of the buildings on the plot.",
          "地块上的建筑面积。", minimum=0),
    _spec("idle_area", REAL, "m2", "Idle land (m2)", "闲置用地面积（平方米）", "Land of the plot left idle.",
          "地块中闲置的用地面积。", minimum=0),
    _spec("energy", REAL, "10,000 kWh/yr", "Electricity (10,000 kWh/yr)", "用电量（万千瓦时/年）",
          "Annual electricity consumption.", "年用电量。", minimum=0),
    _spec("water", REAL, "10,000 t/yr", "Water (10,000 t/yr)", "用水量（万吨/年）", "Annual water consumption.",
          "年用水量。", minimum=0),
    _yes_no("in_red_line", "In ecological red line", "位于生态保护红线内",
            "Inside an ecological protection red line.", "是否位于生态保护红线内。"),
    _yes_no("eia_passed", "EIA passed", "通过环评验收", "Environmental impact assessment passed.",
            "是否通过环评验收。"),
    _yes_no("dominant_sector", "Dominant sector", "属于主导产业", "In a sector the plan supports.",
            "是否属于规划支持的主导产业。"),
    _yes_no("high_tech", "High-tech enterprise", "高新技术企业", "A high-tech enterprise.", "是否为高新技术企业。"),
    _yes_no("safety_passed", "Safety evaluation passed", "通过安全评价", "Safety evaluation passed.",
            "是否通过安全评价。"),
)
#: written by the plugin on the planner's command ("Classify"): the category and its reason
RESULT_FIELDS: tuple = (
    _spec("category", TEXT, "", "Category", "类别",
          "Written by Classify: green, efficiency, quality, equity, safety, efficient or not_evaluated.",
          "由“分类”写入：绿色、效率、质量、公平、安全、高效或未评价。"),
    _spec("reason", TEXT, "", "Reason", "原因", "Written by Classify: why the plot has its category.",
          "由“分类”写入：地块归入该类别的原因。"),
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
    return labels[1] if language == "zh" else labels[0]


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
                        problems.append((spec.name, f"feature {fid}: {spec.name} = {value!r} is not one of "
                                                    f"{', '.join(spec.allowed)}; taken as not known"))
                        text = None
            values[spec.name] = text
        elif spec.allowed == YES_NO:
            flag = _flag(value)
            if flag is None:
                problems.append((spec.name, f"feature {fid}: {spec.name} = {value!r} is not yes (1) or no (0); "
                                            "taken as not known"))
            values[spec.name] = flag
        else:
            number = _number(value)
            if number is None or number < 0:
                problems.append((spec.name, f"feature {fid}: {spec.name} = {value!r} is not a number of at least 0; "
                                            "taken as not known"))
                number = None
            values[spec.name] = number
    if land_area is not None and (not math.isfinite(land_area) or land_area <= 0):
        geometry_error = geometry_error or "land area is zero"
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
    GREEN: ("Green-deficient", "绿色低效"),
    EFFICIENCY: ("Efficiency-deficient", "效率低效"),
    QUALITY: ("Quality-deficient", "质量低效"),
    EQUITY: ("Equity-deficient", "公平低效"),
    SAFETY: ("Safety alert", "安全预警"),
    EFFICIENT: ("Efficient", "高效"),
    NOT_EVALUATED: ("Not evaluated", "未评价"),
}
#: the paper's strategy per category (section 4.1) and the action it proposes on an economic layer
STRATEGIES = {
    GREEN: ("demolish", "Return to green: reclaim the land and restore it to green use.", "退还绿色：收回用地，复绿。"),
    EFFICIENCY: ("renovate", "Partial renovation or selective rebuilding for expansion and upgrading.",
                 "局部改造或择优拆建，扩容提质。"),
    QUALITY: ("renovate", "Reallocation: free outdated capacity for high-tech or large enterprises.",
              "腾退再配置：淘汰落后产能，转给高新技术企业或规上企业。"),
    EQUITY: ("retain", "Differentiated urban land-use tax according to the contribution per mu.",
             "差别化城镇土地使用税：按亩均贡献减免或加征。"),
    SAFETY: ("retain", "Rectify; where necessary, exit.", "限期整改，必要时退出。"),
    EFFICIENT: ("retain", "Retain.", "保留。"),
    NOT_EVALUATED: ("retain", "Retain until the missing figures are known.", "补齐数据前暂时保留。"),
}


def category_label(category: str, language: str = "en") -> str:
    en, zh = CATEGORY_LABELS[category]
    return zh if language == "zh" else en


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
        return self.reason_zh if language == "zh" else self.reason_en


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
                return _match(GREEN, "inside an ecological protection red line", "位于生态保护红线内", skipped)
            if eia == 0:
                return _match(GREEN, "EIA not passed", "未通过环评验收", skipped)
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
                    en_level, zh_level = LEVEL_LABELS[level]
                    if rule == EFFICIENCY:
                        return _match(rule, f"output {_fmt(value)} per mu below the {en_level.lower()} threshold "
                                            f"{_fmt(limit)} (10,000 CNY)",
                                      f"亩均产值 {_fmt(value)} 万元，低于{zh_level}门槛 {_fmt(limit)} 万元", skipped)
                    return _match(rule, f"tax {_fmt(value)} per mu below the {en_level.lower()} threshold "
                                        f"{_fmt(limit)} (10,000 CNY)",
                                  f"亩均税收 {_fmt(value)} 万元，低于{zh_level}门槛 {_fmt(limit)} 万元", skipped)
        elif rule == QUALITY:
            dominant, tech = plot.get("dominant_sector"), plot.get("high_tech")
            if dominant == 0 and tech == 0:
                return _match(QUALITY, "neither in a dominant sector nor high-tech", "既非主导产业也非高新技术企业",
                              skipped)
            missing = ([] if dominant == 1 or tech == 1 else
                       [name for name, value in (("el_ind_dominant_sector", dominant), ("el_ind_high_tech", tech))
                        if value is None])
        else:  # SAFETY
            safety = plot.get("safety_passed")
            if safety == 0:
                return _match(SAFETY, "safety evaluation not passed", "未通过安全评价", skipped)
            missing = ["el_ind_safety_passed"] if safety is None else []
        if missing:
            skipped.append((rule, tuple(missing)))
    if skipped:
        return Classification(NOT_EVALUATED, _skipped_text(skipped, "en"), _skipped_text(skipped, "zh"), tuple(skipped))
    return Classification(EFFICIENT, "every rule evaluated, none matched", "各项均已评价，均未触发", ())


def _skipped_text(skipped, language: str) -> str:
    parts = []
    for rule, names in skipped:
        label = category_label(rule, language)
        if language == "zh":
            parts.append(f"{label}未评价（缺 {', '.join(names)}）")
        else:
            parts.append(f"{label.lower()} not evaluated (missing {', '.join(names)})")
    return ("；" if language == "zh" else "; ").join(parts)


def _match(rule: str, en: str, zh: str, skipped: list) -> Classification:
    if skipped:
        en += "; provisional: " + _skipped_text(skipped, "en")
        zh += "；待定：" + _skipped_text(skipped, "zh")
    return Classification(rule, en, zh, tuple(skipped))


# indicators (Table 2) ----------------------------------------------------------------------------------
#: key, English, Chinese, unit, numerator field(s), positive (True) or negative (False) effect
INDICATORS = (
    ("output_per_mu", "Output per mu", "亩均产值", "10,000 CNY/mu", True),
    ("tax_per_mu", "Tax per mu", "亩均税收", "10,000 CNY/mu", True),
    ("output_per_km2", "Output per km2", "地均产值", "10,000 CNY/km2", True),
    ("tax_per_km2", "Tax per km2", "地均税收", "10,000 CNY/km2", True),
    ("far", "Plot ratio (FAR)", "综合容积率", "", True),
    ("fixed_assets_per_km2", "Fixed assets per km2", "地均固定资产投资", "10,000 CNY/km2", True),
    ("idle_rate", "Idle land rate", "闲置土地率", "%", False),
    ("employment_per_km2", "Employment per km2", "地均就业", "persons/km2", True),
    ("high_tech_share", "High-tech share", "高新技术企业占比", "%", True),
    ("energy_per_output", "Electricity per output", "单位产值电耗", "10,000 kWh/10,000 CNY", False),
    ("water_per_output", "Water per output", "单位产值水耗", "10,000 t/10,000 CNY", False),
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
            return item[2] if language == "zh" else item[1]
    raise KeyError(key)


def indicator_unit(key: str) -> str:
    return next(item[3] for item in INDICATORS if item[0] == key)


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

    def problems(self) -> list:
        """Every value that could not be read and every plot without a usable geometry."""
        rows = []
        for result in self.plots:
            plot = result.plot
            rows.extend(message for _, message in plot.problems)
            if plot.land_area is None:
                rows.append(f"feature {plot.fid}: no land area ({plot.geometry_error or 'no geometry'}); "
                            "left out of every per-area figure")
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
            "problems": self.problems(),
            "assumptions": self.assumptions.to_dict(),
        }


def strategy(category: str, language: str = "en") -> str:
    _, en, zh = STRATEGIES[category]
    return zh if language == "zh" else en


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
    CATEGORY_SCHEME: ("By category", "按类别施策"),
    LARGE_CONCENTRATION: ("Large concentration", "大集中"),
    SMALL_CLUSTERING: ("Small clustering", "小集聚"),
    MODERATE_PARK: ("Small clustering + moderate park", "小集聚+适度园区"),
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
        action, en, zh = STRATEGIES[category]
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
            en, zh = f"Relocated into {target}.", f"搬迁并入{target}。"
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
