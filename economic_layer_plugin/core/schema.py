"""The one definition of the module fields of an economic layer, with the valid range of each number.

Layer creation, edit widgets, aliases, exports and docs are generated from ``FIELDS``. Money is
stored in yuan, areas in m2, time in years. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass

from economic_layer_plugin.definitions import ACTIONS, USES

TEXT = "text"
INTEGER = "integer"
REAL = "real"

ALL_ACTIONS = ACTIONS
BUILT = ("retain", "renovate", "add")  # actions whose module stands after the scheme
INCOME = ("retain", "renovate", "add")  # actions whose module can earn sales or rents

# Upper bounds of the numeric fields: far above anything a real project has, low enough that every
# product the engine forms (area x price x years, in integer fen) stays a finite number. A value
# above its bound, like a negative, NaN or infinite one, leaves the module out with a reason naming
# the field and the value; the PostGIS CHECK constraints use the same bounds.
MAX_FLOORS = 200  # storeys
MAX_HEIGHT = 1000.0  # m
MAX_AREA = 1e7  # m2 per module
MAX_PRICE = 1e6  # yuan/m2 (sale price, cost, demolition, compensation, acquisition rates)
MAX_RENT = 1e5  # yuan/m2/month
MAX_LUMP_SUM = 1e12  # yuan (other cost, other income)
MAX_HOUSEHOLDS = 1_000_000


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    unit: str
    alias_en: str
    alias_zh: str
    help_en: str
    help_zh: str
    #: the values a text field may take (None: free text)
    allowed: tuple | None = None
    minimum: float | None = None
    maximum: float | None = None
    #: the actions the field applies to
    actions: tuple = ALL_ACTIONS
    #: a module cannot be computed without it (there is no default)
    required: bool = False
    #: where the value comes from when the field is empty (for the docs and the module card)
    default_en: str = ""
    default_zh: str = ""
    #: value given to the field of a new feature in the QGIS form
    new_feature_default: object = None
    #: added after version 1: a layer without it is still an economic layer (the value is then empty)
    optional: bool = False

    def alias(self, language: str) -> str:
        return self.alias_zh if language == "zh" else self.alias_en

    def help(self, language: str) -> str:
        return self.help_zh if language == "zh" else self.help_en

    @property
    def is_numeric(self) -> bool:
        return self.type in (INTEGER, REAL)


FIELDS: tuple = (
    FieldSpec("el_module_id", TEXT, "", "Module id", "模块编号",
              "Stable id, unique within the scheme; kept when a scheme is duplicated.",
              "模块的固定编号，在方案内唯一；复制方案时保留。",
              default_en="the feature id", default_zh="要素编号"),
    FieldSpec("el_name", TEXT, "", "Name", "名称", "e.g. serviced apartments", "例如：服务式公寓"),
    FieldSpec("el_unit", TEXT, "", "Project unit", "项目单元",
              "Code of the project unit the module belongs to, e.g. 1..4.", "模块所属项目单元的编号，例如 1～4。",
              required=True, new_feature_default="1"),
    FieldSpec("el_action", TEXT, "", "Action", "更新方式",
              "retain / renovate / demolish / add", "保留／改造／拆除／新增",
              allowed=ACTIONS, required=True, new_feature_default="add"),
    FieldSpec("el_use", TEXT, "", "Use", "功能",
              "office, commercial, residential, apartment, hotel, industrial, underground, parking, public, other",
              "办公、商业、住宅、公寓、酒店、产业、地下空间、停车、公共服务、其他",
              allowed=USES, required=True, new_feature_default="other"),
    FieldSpec("el_floors", INTEGER, "storeys", "Floors", "层数",
              "Storeys above ground (underground modules: levels below). Gives the floor area (footprint x floors) "
              "only while el_gfa is empty.",
              "地上层数（地下空间模块为地下层数）。仅当 el_gfa 为空时按基底面积 × 层数计算建筑面积。",
              minimum=0, maximum=MAX_FLOORS),
    FieldSpec("el_height", REAL, "m", "Height (m)", "建筑高度（米）",
              "Building height in metres.", "建筑高度，单位米。", minimum=0, maximum=MAX_HEIGHT,
              default_en="floors x storey height", default_zh="层数 × 层高"),
    FieldSpec("el_gfa", REAL, "m2", "Floor area (m2)", "建筑面积（平方米）",
              "Floor area of the module after the scheme. When set, it is the floor area: floors do not change it.",
              "方案实施后的模块建筑面积。有值时即为建筑面积，修改层数不改变它。", minimum=0, maximum=MAX_AREA,
              default_en="footprint area x floors", default_zh="基底面积 × 层数"),
    FieldSpec("el_existing_gfa", REAL, "m2", "Existing floor area (m2)", "现状建筑面积（平方米）",
              "Floor area standing today.", "现状建筑面积。", minimum=0, maximum=MAX_AREA,
              default_en="floor area (0 for add)", default_zh="建筑面积（新增为 0）"),
    FieldSpec("el_sale_ratio", REAL, "0..1", "Sale ratio", "可售比例",
              "Share of the floor area that is sold.", "建筑面积中用于销售的比例。",
              minimum=0, maximum=1, actions=INCOME, default_en="price book", default_zh="价格成本表"),
    FieldSpec("el_lease_ratio", REAL, "0..1", "Lease ratio", "租赁比例",
              "Share of the floor area that is leased or operated.", "建筑面积中用于出租或运营的比例。",
              minimum=0, maximum=1, actions=INCOME, default_en="price book", default_zh="价格成本表"),
    FieldSpec("el_sale_price", REAL, "yuan/m2", "Sale price (yuan/m2)", "销售单价（元/平方米）",
              "Yuan per m2 sold.", "每平方米销售价格。", minimum=0, maximum=MAX_PRICE, actions=INCOME,
              default_en="price book", default_zh="价格成本表"),
    FieldSpec("el_rent", REAL, "yuan/m2/month", "Rent (yuan/m2/month)", "租金（元/平方米/月）",
              "Yuan per m2 per month.", "每平方米每月租金。", minimum=0, maximum=MAX_RENT, actions=INCOME,
              default_en="price book", default_zh="价格成本表"),
    FieldSpec("el_occupancy", REAL, "0..1", "Occupancy", "出租率",
              "Leased share of the leasable area.", "可租面积中实际出租的比例。",
              minimum=0, maximum=1, actions=INCOME, default_en="price book", default_zh="价格成本表"),
    FieldSpec("el_cost_rate", REAL, "yuan/m2", "Cost rate (yuan/m2)", "单方造价（元/平方米）",
              "Construction (add), renovation (renovate) or upkeep (retain) cost per m2.",
              "新建（新增）、改造（改造）或维护（保留）的每平方米费用。", minimum=0, maximum=MAX_PRICE, actions=BUILT,
              default_en="price book", default_zh="价格成本表"),
    FieldSpec("el_demolition_rate", REAL, "yuan/m2", "Demolition rate (yuan/m2)", "拆除单价（元/平方米）",
              "Yuan per m2 of existing area demolished.", "每平方米现状面积的拆除费用。", minimum=0, maximum=MAX_PRICE,
              actions=("demolish",), default_en="price book", default_zh="价格成本表"),
    FieldSpec("el_compensation_rate", REAL, "yuan/m2", "Compensation rate (yuan/m2)", "征收补偿单价（元/平方米）",
              "Expropriation, compensation and resettlement per m2 of existing area.",
              "每平方米现状面积的征收、补偿和安置费用。", minimum=0, maximum=MAX_PRICE, actions=("demolish",),
              default_en="price book", default_zh="价格成本表"),
    FieldSpec("el_acquisition_rate", REAL, "yuan/m2", "Acquisition rate (yuan/m2)", "收购单价（元/平方米）",
              "Price per m2 of existing area for taking over a retained or renovated building (feasibility stack).",
              "保留或改造建筑的收购（收储）价格，按现状建筑面积每平方米计（可研测算）。", minimum=0, maximum=MAX_PRICE,
              actions=("retain", "renovate"), default_en="price book (0)", default_zh="价格成本表（0）",
              optional=True),
    FieldSpec("el_other_cost", REAL, "yuan", "Other cost (yuan)", "其他成本（元）",
              "Lump sum.", "一次性费用。", minimum=0, maximum=MAX_LUMP_SUM, default_en="0", default_zh="0"),
    FieldSpec("el_other_income", REAL, "yuan", "Other income (yuan)", "其他收入（元）",
              "Lump sum: advertising, parking rights, subsidies.", "一次性收入：广告、车位权益、补贴等。",
              minimum=0, maximum=MAX_LUMP_SUM, default_en="0", default_zh="0"),
    FieldSpec("el_start_year", INTEGER, "year", "Start year", "开工年份",
              "First year of spending.", "开始投入的年份。", minimum=1900, maximum=2200,
              default_en="project base year", default_zh="项目基准年"),
    FieldSpec("el_build_years", INTEGER, "years", "Build years", "建设年限",
              "Years of works, at least 1.", "建设期年数，至少 1 年。", minimum=1, maximum=50,
              default_en="project assumptions", default_zh="项目参数"),
    FieldSpec("el_sale_years", INTEGER, "years", "Sale years", "销售年限",
              "Years over which sales come in.", "销售回款年数。", minimum=1, maximum=50,
              default_en="project assumptions", default_zh="项目参数"),
    FieldSpec("el_households", INTEGER, "households", "Households", "居民户数",
              "Households living in the module today (demolish).", "现状居住户数（拆除模块）。",
              minimum=0, maximum=MAX_HOUSEHOLDS, actions=("demolish",)),
    FieldSpec("el_resettled_onsite", INTEGER, "households", "Resettled on site", "就地就近安置户数",
              "Of those, households resettled on site or nearby.", "其中就地就近安置的户数。",
              minimum=0, maximum=MAX_HOUSEHOLDS, actions=("demolish",)),
)

FIELDS_BY_NAME = {field.name: field for field in FIELDS}
FIELD_NAMES = tuple(field.name for field in FIELDS)


def field(name: str) -> FieldSpec:
    return FIELDS_BY_NAME[name]


def alias(name: str, language: str) -> str:
    return FIELDS_BY_NAME[name].alias(language)


def missing_fields(names) -> list:
    """The schema fields absent from a layer's field names (an economic layer has them all, but for
    optional fields added after version 1)."""
    present = set(names)
    return [f.name for f in FIELDS if f.name not in present and not f.optional]
