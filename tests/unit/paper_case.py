"""The paper's Table 1 (read correctly: docs/model.md, "Table 1") as modules: per unit, a demolished
block, one added block per use, and a module carrying the rest of the investment and income.
Shared by the tests of Table 1 and of its spreadsheet."""

from economic_layer_plugin.core.assumptions import Assumptions, ProjectUnit
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput

UNITS = ("1", "2", "3", "4")
# Paper, Table 1, per unit (m2; money in 10,000 CNY)
DEMOLISHED = {"1": 211072, "2": 54235, "3": 57541, "4": 59948}
NEW = {
    "office": {"1": 48151, "2": 2376, "3": 0, "4": 9391},
    "commercial": {"1": 0, "2": 30064, "3": 60416, "4": 50556},
    "residential": {"1": 15512, "2": 1836, "3": 16170, "4": 0},
    "apartment": {"1": 92195, "2": 17550, "3": 29820, "4": 34457},
    "underground": {"1": 291911, "2": 34276, "3": 76586, "4": 59947},
}
INVESTMENT = {"1": 779769, "2": 203783, "3": 246904, "4": 150553}
INCOME = {"1": 648766, "2": 146220, "3": 288835, "4": 57999}
# Paper, Table 1: the Total column and the net revenue row (outputs, not inputs)
PAPER_TOTAL = {
    "demolished_area": 382796, "office": 59918, "commercial": 141036, "residential": 33518,
    "apartment": 174022, "underground": 462720, "cost": 1381009, "revenue": 1141820, "net_profit": -239189,
}
PAPER_NET = {"1": -131003, "2": -57563, "3": 41931, "4": -92554}

DEMOLITION, COMPENSATION, CONSTRUCTION, APARTMENT_PRICE = 100, 10000, 3000, 15000
WAN = 10_000


def paper_modules():
    """Per unit: one demolished block, one added block per use, and a lump module carrying the rest of
    the investment and income (as other cost and other income)."""
    items = []
    fid = 0
    for unit in UNITS:
        fid += 1
        items.append(ModuleInput(fid, {"el_unit": unit, "el_action": "demolish", "el_use": "residential",
                                       "el_gfa": DEMOLISHED[unit], "el_demolition_rate": DEMOLITION,
                                       "el_compensation_rate": COMPENSATION, "el_households": 0}))
        built_cost = DEMOLISHED[unit] * (DEMOLITION + COMPENSATION)
        sales = 0
        for use, areas in NEW.items():
            if not areas[unit]:
                continue
            fid += 1
            selling = use == "apartment"
            items.append(ModuleInput(fid, {
                "el_unit": unit, "el_action": "add", "el_use": use, "el_gfa": areas[unit],
                "el_cost_rate": CONSTRUCTION, "el_sale_ratio": 1 if selling else 0, "el_lease_ratio": 0,
                "el_sale_price": APARTMENT_PRICE,
            }))
            built_cost += areas[unit] * CONSTRUCTION
            sales += areas[unit] * APARTMENT_PRICE if selling else 0
        fid += 1
        items.append(ModuleInput(fid, {
            "el_unit": unit, "el_action": "retain", "el_use": "public", "el_gfa": 0, "el_name": "unit lump sums",
            "el_other_cost": INVESTMENT[unit] * WAN - built_cost, "el_other_income": INCOME[unit] * WAN - sales,
        }))
    return items




def paper_model(names=None) -> EconomicModel:
    """The paper's case; ``names``: {fid: name} to give some modules names (e.g. hostile text)."""
    # no soft costs, land premiums, sales costs or taxes: the investment is exactly what the modules say
    book = Assumptions(units=[ProjectUnit(code) for code in UNITS]).with_rates(
        soft_cost_ratio=0, sales_cost_ratio=0, sales_tax_ratio=0)
    for defaults in book.uses.values():
        defaults.land_premium = 0
    items = paper_modules()
    if names:
        items = [ModuleInput(i.fid, {**i.attributes, "el_name": names[i.fid]}) if i.fid in names else i
                 for i in items]
    return EconomicModel.compute(items, book)
