#!/usr/bin/env python3
"""Builds the Zhongshan Third Road sample: the paper's case as a GeoPackage and a QGIS project.

    /usr/bin/python3 scripts/build_sample.py

writes ``economic_layer_plugin/sample/zhongshan_third_road.gpkg`` and ``zhongshan_third_road.qgz``
(the committed files are this script's output) and prints the sample's Table 1 and checks.

What it holds (README, "The Zhongshan Third Road sample"):

- ``red_line``: the project's red line, about 240 mu (160,000 m2) around the Shangqing Temple area,
  Yuzhong District, Chongqing; ``project_units``: the four project units of the paper's Fig. 5;
- ``initial_plan`` (the paper's Fig. 3): retained 144,698 m2, renovated 131,322 m2, demolished
  419,539 m2, added 434,063 m2;
- ``final_plan`` (the paper's Table 1): per unit, the demolished area and the new floor area by use
  to the m2, and investment and income to the 10,000 CNY; among its modules the serviced
  apartments of the paper's Fig. 4 (16,170 m2 floor area, 8,085 m2 saleable at 18,000 yuan/m2);
  the paper's own view: pre-tax and pre-finance (the feasibility stack off);
- ``final_plan_feasibility``: the same final plan (same modules, ids and calibration) with the
  feasibility stack on and an estimate of the households moved (see AREA_PER_HOUSEHOLD);
- ``final_plan_location``: the same final plan (same modules, ids and calibration) with location rules
  (docs/location.md's examples and their published sources, in its stored assumptions) on the
  illustrative location layers ``stations`` (two metro stations) and ``parks`` (a park) beside the
  site, and ``final_plan_location_factor``, a derived layer of its modules' location factors shown in
  graduated colours (a snapshot: the dock and the command line compute the factors afresh). **The
  stations and the park are illustrative, not the real ones**: placed near the site to show the rules.

One plan evolving: both plans hold the same existing buildings and building plots under the same
module ids (``1-D1`` a demolished block of unit 1, ``1-R1`` retained, ``1-K1`` demolished in the
initial plan and kept in the final one, ``1-H1`` renovated, ``1-N-office`` a new building of a use,
``1-U1`` the underground, ``3-S1`` the Fig. 4 serviced apartments), so that comparing the plans lists
what changed: four buildings re-actioned, the new buildings re-sized, three dropped, one added.

**The geometry is illustrative, not surveyed**: footprints are laid out on a grid inside
plausible unit outlines. The areas, the rates of the sample's price book and the module mix are
the developers' reading of the paper; Table 1 gives per unit only the demolished area, the new
area by use, the investment and the income. What the modules do not cost or earn of the paper's
totals is each unit's calibration: two unit-level lump sums labelled 校准 (core/lumpsums.py,
core/calibration.py), the cost spread over the works years and the income over the sale years
(docs/sample.md gives their size per unit).
"""

from __future__ import annotations

import math
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "economic_layer_plugin" / "sample"
GPKG_NAME = "zhongshan_third_road.gpkg"
PROJECT_NAME = "zhongshan_third_road.qgz"
CRS = "EPSG:4545"  # CGCS2000 / 3-degree Gauss-Kruger CM 108E: covers Yuzhong District (106.5-109.5 E)
CENTRE_LON_LAT = (106.545, 29.563)  # around Shangqing Temple, Yuzhong District, Chongqing
ANGLE = 28.0  # the site's grid follows Zhongshan Third Road (degrees, counter-clockwise)
NOTE_ZH = "示意数据：几何为示意布局，非测绘成果；面积与经济数据按论文表1和图3、图4整理。"
NOTE_EN = ("Illustrative data: the geometry is an illustrative layout, not surveyed; areas and economic "
           "figures follow the paper's Table 1 and Figs. 3 and 4.")

# The paper's Table 1 (read correctly: docs/model.md, "Table 1"): m2 and 10,000 CNY.
TABLE1 = {
    "1": {"demolished": 211072, "office": 48151, "commercial": 0, "residential": 15512, "apartment": 92195,
          "underground": 291911, "investment": 779769, "income": 648766},
    "2": {"demolished": 54235, "office": 2376, "commercial": 30064, "residential": 1836, "apartment": 17550,
          "underground": 34276, "investment": 203783, "income": 146220},
    "3": {"demolished": 57541, "office": 0, "commercial": 60416, "residential": 16170, "apartment": 29820,
          "underground": 76586, "investment": 246904, "income": 288835},
    "4": {"demolished": 59948, "office": 9391, "commercial": 50556, "residential": 0, "apartment": 34457,
          "underground": 59947, "investment": 150553, "income": 57999},
}
USE_NAMES = {"office": "办公", "commercial": "商业", "residential": "住宅", "apartment": "公寓",
             "underground": "地下空间"}
# The paper's Fig. 3 (initial plan), m2.
FIG3 = {"retain": 144698, "renovate": 131322, "demolish": 419539, "add": 434063}
# Units: the paper's four units; land areas add up to 240 mu (160,000 m2). Width x depth (m) on the grid.
UNITS = [
    ("1", "项目①", 350.0, 200.0),
    ("2", "项目②", 150.0, 200.0),
    ("3", "项目③", 160.0, 200.0),
    ("4", "项目④", 140.0, 200.0),
]
FEASIBILITY = "final_plan_feasibility"  # the final plan with the feasibility stack on
SERVICED_APARTMENTS = {"el_name": "服务式公寓", "el_gfa": 16170, "el_sale_ratio": 0.5, "el_lease_ratio": 0.5,
                       "el_sale_price": 18000}


def sample_assumptions():
    from economic_layer_plugin.core.assumptions import Assumptions, FeasibilityRates, ProjectUnit

    book = Assumptions()
    book.note = ("Zhongshan Third Road sample: the developers' illustrative price book for a core district "
                 "of Chongqing; each unit's calibration lump sums (labelled 校准) reconcile with the paper's Table 1.")
    book.uses["apartment"].sale_price = 18000  # the paper's Fig. 4
    book.uses["residential"].sale_price = 20000
    book.uses["underground"].sale_price = 6000  # parking spaces sold
    book.uses["underground"].sale_ratio = {"add": 0.5, "renovate": 0.0}
    book.uses["underground"].lease_ratio = {"add": 0.2, "renovate": 0.3}
    for defaults in book.uses.values():
        defaults.compensation_rate = 12000  # monetary compensation for old buildings, per m2
    book.uses["underground"].construction_rate = 4500
    book.units = [ProjectUnit(code, name, width * depth) for code, name, width, depth in UNITS]
    # the paper's view: pre-tax, pre-finance (the feasibility view is the scheme final_plan_feasibility)
    book.feasibility = FeasibilityRates(enabled=False)
    return book


# The feasibility view --------------------------------------------------------------------------
#: The paper gives no household counts. Estimate: one household per 60 m2 of demolished floor area
#: (old housing of Yuzhong District; the sample's demolished blocks are residential). The paper's rule
#: wants at least half of them resettled on site or nearby ("the rate of local and nearby resettlement of
#: residents shall not be less than 50%"); the final plan's new saleable housing holds far fewer
#: (each is owed 60 m2 at the swap ratio 1): as many as it holds are resettled in kind, the rest paid in
#: cash, and the resettlement check says how far that is from 50 % (docs/sample.md).
AREA_PER_HOUSEHOLD = 60.0


def feasibility_modules(final_layer) -> list:
    """The final plan's modules as calibrated (same ids, geometry and attributes), with the estimated
    households on the demolished blocks, in kind as many as the unit's new saleable housing holds."""
    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.qgis_adapter.reader import ModuleReader
    from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

    model = EconomicModel.compute(ModuleReader(final_layer).modules(), assumptions_of(final_layer))
    housing = {code: sum(m.gfa * m.sale_ratio for m in model.modules.values()
                         if m.unit == code and m.action == "add" and m.use == "residential") for code in TABLE1}
    names = [field.name() for field in final_layer.fields()]
    modules = []
    for feature in final_layer.getFeatures():
        attributes = {name: feature[name] for name in names if name not in ("fid", "el_module_id")
                      and feature[name] is not None and str(feature[name]) != "NULL"}
        if attributes.get("el_action") == "demolish":
            code = attributes["el_unit"]
            households = round(attributes["el_gfa"] / AREA_PER_HOUSEHOLD)
            share = attributes["el_gfa"] / TABLE1[code]["demolished"]  # the block's part of the unit's housing
            owed_each = attributes["el_gfa"] / households
            attributes["el_households"] = households
            attributes["el_resettled_onsite"] = min(households, math.floor(housing[code] * share / owed_each))
        modules.append((feature["el_module_id"], feature.geometry(), attributes))
    return modules


def feasibility_assumptions(final_layer):
    """The final plan's book (its calibration included) with the feasibility stack on, at its defaults
    (taxes, financing, exit value: docs/feasibility.md)."""
    import copy

    from economic_layer_plugin.core.assumptions import FeasibilityRates
    from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

    book = copy.deepcopy(assumptions_of(final_layer))
    book.feasibility = FeasibilityRates()
    book.note = ("Zhongshan Third Road sample, feasibility view: the final plan with taxes, financing and exit "
                 "value (the feasibility stack at its defaults) and an estimate of the households moved "
                 f"({AREA_PER_HOUSEHOLD:g} m2 of demolished floor area each; "
                 "in kind as many as the new housing holds).")
    return book


# The location view -----------------------------------------------------------------------------
LOCATION = "final_plan_location"  # the final plan with location rules
LOCATION_FACTOR = "final_plan_location_factor"  # its modules' location factors (derived, graduated colours)
LOCATION_THEME = "区位系数 location factor: final_plan_location"  # the map theme that shows them
LOCATION_NOTE_ZH = "示意区位图层：地铁站与公园的位置为示意，非真实站点，仅用于演示区位规则。"
LOCATION_NOTE_EN = ("Illustrative location layer: the stations and the park are placed for illustration, "
                    "not where the real ones are; they show how location rules work.")
#: Illustrative location features in the site's grid metres (x along Zhongshan Third Road from unit 1's
#: west corner, y from the road-side edge into the site; the road runs along y < 0): two metro
#: stations on the road and a park behind unit 2.
STATIONS = (("示意地铁站 A", 300.0, -60.0), ("示意地铁站 B", 700.0, -60.0))
PARK = ("示意公园", (430.0, 230.0, 100.0, 70.0))  # x, y, width, depth


def location_rules():
    """The sample's location rules: docs/location.md's examples for the metro station and the park,
    with their published sources, on the sale price of the housing the sample sells by the m2
    (residential and apartments)."""
    from economic_layer_plugin.core.location import LocationAssumptions, LocationRule

    housing = ("residential", "apartment")
    return LocationAssumptions(rules=(
        LocationRule("stations", "地铁站", housing, "sale", ((500.0, 6.0), (1000.0, 3.0)),
                     source="Wen, Gui, Tian, Xiao & Fang (2018), Sustainability (Hangzhou): 2.1 % to 6.1 % within "
                            "2 km of a station; Wang (2017), Papers in Regional Science, doi:10.1111/pirs.12203"),
        LocationRule("parks", "公园", housing, "sale", ((300.0, 5.0),),
                     source="Jim & Chen (2006), Landscape and Urban Planning 78: 422-434 (Guangzhou): "
                            "green-space view +7.1 %"),
    ))


def location_assumptions(final_layer):
    """The final plan's book (its calibration included) with the sample's location rules."""
    import copy
    from dataclasses import replace

    from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

    book = copy.deepcopy(assumptions_of(final_layer))
    book = replace(book, location=location_rules())
    book.note = ("Zhongshan Third Road sample, location view: the final plan with location rules for the metro "
                 "stations and the park (docs/location.md's examples and sources) on the illustrative layers "
                 "stations and parks (not the real stations and park).")
    return book


def copied_modules(final_layer) -> list:
    """The final plan's modules as calibrated (same ids, geometry and attributes)."""
    names = [field.name() for field in final_layer.fields()]
    return [(feature["el_module_id"], feature.geometry(),
             {name: feature[name] for name in names if name not in ("fid", "el_module_id")
              and feature[name] is not None and str(feature[name]) != "NULL"})
            for feature in final_layer.getFeatures()]


def write_location_layers(path: Path, site) -> dict:
    """The illustrative ``stations`` (points) and ``parks`` (a polygon) beside the site."""
    from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsVectorLayer, QgsWkbTypes

    from economic_layer_plugin.qgis_adapter import compat
    from economic_layer_plugin.qgis_adapter.gpkg import open_writer

    fields = QgsFields()
    fields.append(QgsField("name", compat.STRING))
    layers = {}
    rows = {"stations": (QgsWkbTypes.Point, [(name, QgsGeometry.fromPointXY(QgsPointXY(*site.to_map(x, y))))
                                             for name, x, y in STATIONS]),
            "parks": (QgsWkbTypes.MultiPolygon, [(PARK[0], site.rectangle(*PARK[1]))])}
    for name, (kind, features) in rows.items():
        writer = open_writer(path, name, fields, kind, _crs())
        for label, geometry in features:
            if kind == QgsWkbTypes.MultiPolygon:
                geometry.convertToMultiType()
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([label])
            writer.addFeature(feature)
        del writer
        layers[name] = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    return layers


def write_location_factor(path: Path, scheme, location_layers: dict):
    """The derived layer of the location scheme's factors, in graduated colours (its default style)."""
    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.qgis_adapter import compat, location
    from economic_layer_plugin.qgis_adapter.reader import ModuleReader
    from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of
    from economic_layer_plugin.qgis_adapter.style import apply_location_style

    model = EconomicModel.compute(ModuleReader(scheme).modules(), assumptions_of(scheme))
    problems = location.apply(model, scheme, location_layers)
    assert not problems, problems
    layer = location.write_factor_layer(model, scheme, path, LOCATION_FACTOR, "zh")
    apply_location_style(layer, "loc_sale", "zh")
    metadata = layer.metadata()
    metadata.setTitle(LOCATION_FACTOR)
    metadata.setAbstract(f"{NOTE_ZH}\n{LOCATION_NOTE_ZH}\n{NOTE_EN}\n{LOCATION_NOTE_EN}\n"
                         f"Location factors of {LOCATION} (loc_sale, loc_rent) when the sample was built.")
    layer.setMetadata(metadata)
    compat.save_style_to_database(layer, layer.name(), "Economic Layer sample")
    return layer


def style_location_layers(layers) -> None:
    from qgis.core import QgsFillSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer, QgsVectorLayerSimpleLabeling

    from economic_layer_plugin.qgis_adapter import compat
    from economic_layer_plugin.qgis_adapter.style import label_settings

    station = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#1565c0", "outline_color": "#ffffff",
                                            "outline_width": "0.6", "size": "4.5"})
    layers["stations"].setRenderer(QgsSingleSymbolRenderer(station))
    park = QgsFillSymbol.createSimple({"color": "#a5d6a7", "outline_color": "#2e7d32", "outline_width": "0.4"})
    layers["parks"].setRenderer(QgsSingleSymbolRenderer(park))
    for layer in layers.values():
        settings = label_settings("name", over_point=layer.name() == "parks")
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
        metadata = layer.metadata()
        metadata.setAbstract(f"{LOCATION_NOTE_ZH}\n{LOCATION_NOTE_EN}")
        layer.setMetadata(metadata)
        compat.save_style_to_database(layer, layer.name(), "Economic Layer sample")


# geometry -------------------------------------------------------------------------------------
class Site:
    """Unit outlines side by side along the road, rotated by ANGLE around the site's centre."""

    def __init__(self, origin_x: float, origin_y: float) -> None:
        total = sum(width for _, _, width, _ in UNITS)
        self.origin = (origin_x - total / 2, origin_y - 100)
        self.units = {}
        x = 0.0
        for code, _, width, depth in UNITS:
            self.units[code] = (x, 0.0, width, depth)
            x += width
        self.centre = (origin_x, origin_y)

    def to_map(self, x: float, y: float) -> tuple:
        gx, gy = self.origin[0] + x, self.origin[1] + y
        cx, cy = self.centre
        a = math.radians(ANGLE)
        dx, dy = gx - cx, gy - cy
        return cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)

    def rectangle(self, x: float, y: float, w: float, h: float):
        from qgis.core import QgsGeometry, QgsPointXY

        corners = [self.to_map(*p) for p in ((x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y))]
        return QgsGeometry.fromPolygonXY([[QgsPointXY(*c) for c in corners]])

    def unit_outline(self, code: str):
        return self.rectangle(*self.units[code])

    def cells(self, code: str, count: int, margin: float = 6.0) -> list:
        """``count`` building plots inside a unit: (x, y, w, h) in grid metres, row by row."""
        x0, y0, width, depth = self.units[code]
        columns = max(1, math.ceil(math.sqrt(count * width / depth)))
        rows = math.ceil(count / columns)
        cw, ch = width / columns, depth / rows
        plots = []
        for i in range(count):
            r, c = divmod(i, columns)
            plots.append((x0 + c * cw + margin, y0 + r * ch + margin, cw - 2 * margin, ch - 2 * margin))
        return plots


def split(total: int, parts: int) -> list:
    """``total`` m2 in ``parts`` whole numbers that add up exactly (the first ones a little larger)."""
    base, rest = divmod(total, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]


def module(plot, site, scale: float, **attributes) -> tuple:
    """A footprint inside ``plot`` (scaled about its centre) and its attributes, floors from floor area."""
    x, y, w, h = plot
    sw, sh = w * scale, h * scale
    geometry = site.rectangle(x + (w - sw) / 2, y + (h - sh) / 2, sw, sh)
    gfa = attributes.get("el_gfa") or attributes.get("el_existing_gfa")
    if gfa and "el_floors" not in attributes:
        attributes["el_floors"] = max(1, round(gfa / geometry.area()))
    return geometry, attributes


# schemes --------------------------------------------------------------------------------------
# One plan evolving: the initial plan (Fig. 3) and the final plan (Table 1) are the same site with the
# same existing buildings and the same building plots, under the same module ids, so that comparing
# them shows what really changed. The existing stock per unit (in both plans): the blocks the final
# plan demolishes (Table 1), a retained building, a building the initial plan demolished and the final
# plan keeps, and two renovated historic buildings. Fig. 3 demolishes 419,539 m2, Table 1 382,796 m2:
# the 36,743 m2 in between are the four re-actioned buildings (retained 144,698 + 36,743 in the final
# plan). New buildings: one plot per above-ground use and the underground in each unit; the final plan
# re-sizes them to Table 1, drops the uses Table 1 gives none of, and adds the Fig. 4 serviced apartments.
ABOVE_GROUND = ("office", "commercial", "residential", "apartment")
REACTIONED = FIG3["demolish"] - sum(t["demolished"] for t in TABLE1.values())  # 36,743 m2
INITIAL_MIX = {"residential": 0.35, "commercial": 0.25, "office": 0.15, "apartment": 0.1, "underground": 0.15}


def _unit_index(code: str) -> int:
    return [u[0] for u in UNITS].index(code)


def _existing_stock(code: str) -> list:
    """(module id, plot number, initial action, final action, attributes) of a unit's existing buildings."""
    u = _unit_index(code)
    name = UNITS[u][1]
    rows = []
    for part, area in enumerate(split(TABLE1[code]["demolished"], 3)):
        rows.append((f"{code}-D{part + 1}", part, "demolish", "demolish",
                     {"el_use": "residential", "el_name": f"{name} 拆除片区{part + 1}", "el_gfa": area}))
    rows.append((f"{code}-R1", 3, "retain", "retain",
                 {"el_use": "office", "el_name": f"{name} 保留建筑", "el_gfa": split(FIG3["retain"], 4)[u]}))
    rows.append((f"{code}-K1", 4, "demolish", "retain",
                 {"el_use": "office", "el_name": f"{name} 原拟拆除、现保留建筑", "el_gfa": split(REACTIONED, 4)[u]}))
    for part, area in enumerate(split(split(FIG3["renovate"], 4)[u], 2)):
        rows.append((f"{code}-H{part + 1}", 5 + part, "renovate", "renovate",
                     {"el_use": "public", "el_name": f"{name} 改造历史建筑{part + 1}", "el_gfa": area}))
    return rows


PLOTS_PER_UNIT = 7 + len(ABOVE_GROUND) + 1  # existing stock, a plot per use, the serviced apartments' plot


def _initial_added(code: str) -> dict:
    """The initial plan's new floor area of a unit by use: Fig. 3's 434,063 m2 split by land area, then
    by a mix of uses (the paper gives only the total)."""
    land = {c: w * d for c, _, w, d in UNITS}
    amounts = [round(FIG3["add"] * land[c] / sum(land.values())) for c, *_ in UNITS]
    amounts[0] += FIG3["add"] - sum(amounts)
    added = amounts[_unit_index(code)]
    by_use = {use: round(added * share) for use, share in INITIAL_MIX.items()}
    by_use["residential"] += added - sum(by_use.values())
    return by_use


def plan_modules(site, plan: str) -> list:
    """The modules of ``plan`` ("initial" or "final"): (module id, geometry, attributes)."""
    final = plan == "final"
    modules = []
    for code, name, _, _ in UNITS:
        plots = site.cells(code, PLOTS_PER_UNIT)
        for module_id, plot, initial_action, final_action, attributes in _existing_stock(code):
            action = final_action if final else initial_action
            geometry, values = module(plots[plot], site, 0.8 if final_action == "demolish" else 0.7,
                                      el_unit=code, el_action=action, **attributes)
            modules.append((module_id, geometry, values))
        areas = {use: TABLE1[code][use] for use in (*ABOVE_GROUND, "underground")} if final else _initial_added(code)
        if final and code == "3":  # the paper's Fig. 4 module is one of unit 3's apartment buildings
            areas["apartment"] -= SERVICED_APARTMENTS["el_gfa"]
        for number, use in enumerate(ABOVE_GROUND):
            if not areas[use]:
                continue  # the final plan builds none of this use here: the plot is dropped
            geometry, values = module(plots[7 + number], site, 0.9, el_unit=code, el_action="add", el_use=use,
                                      el_name=f"{name} 新建{USE_NAMES[use]}", el_gfa=areas[use])
            modules.append((f"{code}-N-{use}", geometry, values))
        if final and code == "3":
            geometry, values = module(plots[7 + len(ABOVE_GROUND)], site, 0.9, el_unit=code, el_action="add",
                                      el_use="apartment", **SERVICED_APARTMENTS)
            modules.append((f"{code}-S1", geometry, values))
        x0, y0, width, depth = site.units[code]
        basement = (x0 + 4, y0 + 4, width - 8, depth - 8)
        geometry, values = module(basement, site, 1.0, el_unit=code, el_action="add", el_use="underground",
                                  el_name=f"{name} 地下空间", el_gfa=areas["underground"], el_floors=3)
        modules.append((f"{code}-U1", geometry, values))
    return modules


# writing --------------------------------------------------------------------------------------
def write_scheme(path: Path, name: str, modules: list, book, calibrate: bool):
    from qgis.core import QgsFeature

    from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer, save_assumptions

    layer = create_economic_layer(path, name, _crs(), "zh", book)
    layer.startEditing()
    for module_id, geometry, attributes in modules:
        feature = QgsFeature(layer.fields())
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature["el_module_id"] = module_id
        for key, value in attributes.items():
            feature[key] = value
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    if calibrate:
        _hold_back(layer, book)
        _economise(layer, book)
        _calibrate(layer, book)
    metadata = layer.metadata()
    metadata.setTitle(name)
    metadata.setAbstract(f"{NOTE_ZH}\n{NOTE_EN}")
    layer.setMetadata(metadata)
    save_assumptions(path, name, book)
    return layer


def _hold_back(layer, book) -> None:
    """Where the modules would earn more than the paper's income, part of the new floor area is held
    (resettlement housing, public services): the unit's sale and lease ratios are scaled down,
    written on each module, so that the modules earn 90 % of the paper's income. The paper's Fig. 4
    module keeps its own figures."""
    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.qgis_adapter.reader import ModuleReader

    model = EconomicModel.compute(ModuleReader(layer).modules(), book)
    sale = layer.fields().indexOf("el_sale_ratio")
    lease = layer.fields().indexOf("el_lease_ratio")
    name_field = layer.fields().indexOf("el_name")
    layer.startEditing()
    for code in TABLE1:
        target = 0.9 * TABLE1[code]["income"] * 10_000
        modules = [m for m in model.modules.values() if m.unit == code and m.action == "add"]
        fixed = [m for m in modules if m.name == SERVICED_APARTMENTS["el_name"]]
        scalable = sum(m.revenue for m in modules if m not in fixed)
        revenue = model.indicators(code)["revenue"]
        if revenue <= target:
            continue
        factor = (target - (revenue - scalable)) / scalable
        assert 0 <= factor < 1, f"unit {code}: cannot hold back enough ({factor})"
        print(f"unit {code}: sale and lease ratios of new buildings x {factor:.3f} (the rest held)")
        for m in modules:
            if m in fixed:
                continue
            layer.changeAttributeValue(m.fid, sale, round(m.sale_ratio * factor, 6))
            layer.changeAttributeValue(m.fid, lease, round(m.lease_ratio * factor, 6))
            layer.changeAttributeValue(m.fid, name_field, f"{m.name}（部分自持/安置）")
    assert layer.commitChanges(), layer.commitErrors()


def _economise(layer, book) -> None:
    """Where the modules would cost more than the paper's investment, the unit's compensation and
    construction rates are scaled down (written on each module) to 95 % of the paper's investment:
    the paper's unit costs are lower than the book's, e.g. for state-owned buildings relocated."""
    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.qgis_adapter.reader import ModuleReader

    model = EconomicModel.compute(ModuleReader(layer).modules(), book)
    compensation = layer.fields().indexOf("el_compensation_rate")
    cost_rate = layer.fields().indexOf("el_cost_rate")
    soft = book.rates.soft_cost_ratio
    layer.startEditing()
    for code in TABLE1:
        target = 0.95 * TABLE1[code]["investment"] * 10_000
        cost = model.indicators(code)["cost"]
        if cost <= target:
            continue
        modules = [m for m in model.modules.values() if m.unit == code and m.action in ("demolish", "add")]
        scalable = sum(m.existing_gfa * m.compensation_rate if m.action == "demolish"
                       else m.gfa * m.cost_rate * (1 + soft) for m in modules)
        factor = (target - (cost - scalable)) / scalable
        assert 0 < factor < 1, f"unit {code}: cannot economise enough ({factor})"
        print(f"unit {code}: compensation and construction rates x {factor:.3f}")
        for m in modules:
            if m.action == "demolish":
                layer.changeAttributeValue(m.fid, compensation, round(m.compensation_rate * factor, 2))
            else:
                layer.changeAttributeValue(m.fid, cost_rate, round(m.cost_rate * factor, 2))
    assert layer.commitChanges(), layer.commitErrors()


#: Calibration lump sums: their labels begin with 校准 (core/calibration.py counts them as calibration).
CALIBRATION_COST_LABEL = "校准：论文表1投资中模块未含部分（建设期分摊）"
CALIBRATION_INCOME_LABEL = "校准：论文表1收入中模块未含部分（销售期分摊）"


def calibration_sums(layer, book) -> dict:
    """{unit: (cost, income)} in yuan: the paper's Table 1 totals minus what the modules cost and earn."""
    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.qgis_adapter.reader import ModuleReader

    model = EconomicModel.compute(ModuleReader(layer).modules(), book)
    sums = {}
    for code in TABLE1:
        result = model.indicators(code)
        cost = round(TABLE1[code]["investment"] * 10_000 - result["cost"], 2)
        income = round(TABLE1[code]["income"] * 10_000 - result["revenue"], 2)
        print(f"unit {code}: modules cost {result['cost'] / 1e4:,.0f} of {TABLE1[code]['investment']:,}, "
              f"earn {result['revenue'] / 1e4:,.0f} of {TABLE1[code]['income']:,} (10,000 CNY): calibration "
              f"{cost / 1e4:,.0f} ({cost / 1e4 / TABLE1[code]['investment']:.0%}) and "
              f"{income / 1e4:,.0f} ({income / 1e4 / TABLE1[code]['income']:.0%})")
        assert cost >= 0 and income >= 0, f"unit {code}: the modules alone exceed the paper's totals"
        sums[code] = (cost, income)
    return sums


def _calibrate(layer, book) -> None:
    """Each unit's difference to the paper's totals as two unit-level lump sums (core/lumpsums.py):
    the cost spread over the works (the base year and the build years after it), the income over
    the sale years from completion, like the modules' own costs and sales."""
    from economic_layer_plugin.core.lumpsums import COST_KIND, INCOME_KIND, add_lump_sum

    rates = book.rates
    for code, (cost, income) in calibration_sums(layer, book).items():
        if cost:
            add_lump_sum(book, code, cost, rates.base_year, rates.build_years, CALIBRATION_COST_LABEL, COST_KIND)
        if income:
            add_lump_sum(book, code, income, rates.base_year + rates.build_years, rates.sale_years,
                         CALIBRATION_INCOME_LABEL, INCOME_KIND)


#: The sample's module label: the name without its unit prefix (the unit's own label says it) and the
#: module's net profit, as the plugin's default label (qgis_adapter/style.py).
SHORT_LABEL = ("regexp_replace(coalesce(\"el_name\", \"el_module_id\"), '^项目\\\\S+\\\\s+', '') || "
               "coalesce('\\n' || format_number(el_module_indicator('net_profit') / 10000, 0) || ' 万元', '')")
#: At the default scale (about 1:6,800) only the new buildings above ground and the demolished blocks are
#: labelled, the larger first; the retained and renovated buildings and the underground (drawn under the
#: whole unit) from 1:3,000 in.
MAIN_FILTER = "\"el_action\" = 'demolish' OR (\"el_action\" = 'add' AND \"el_use\" <> 'underground')"
DETAIL_SCALE = 3000


def _label_settings(expression: str, size: float, priority: str):
    from qgis.core import QgsPalLayerSettings, QgsProperty

    from economic_layer_plugin.qgis_adapter.style import label_settings

    settings = label_settings(expression, expression=True, size=size)
    settings.centroidInside = True
    settings.dataDefinedProperties().setProperty(QgsPalLayerSettings.Priority, QgsProperty.fromExpression(priority))
    return settings


def style_scheme(layer) -> None:
    """The sample's labels (in the project): shorter text, the larger
    modules first, fewer labels at the default scale, so that they do not overlap (docs/sample.md)."""
    from qgis.core import QgsRuleBasedLabeling

    area = "coalesce(\"el_gfa\", \"el_existing_gfa\", 0)"
    root = QgsRuleBasedLabeling.Rule(None)
    main = QgsRuleBasedLabeling.Rule(_label_settings(SHORT_LABEL, 7, f"scale_linear({area}, 0, 60000, 4, 9)"))
    main.setFilterExpression(MAIN_FILTER)
    main.setDescription("新建建筑与拆除片区 new buildings and demolished blocks")
    root.appendChild(main)
    detail = QgsRuleBasedLabeling.Rule(_label_settings(SHORT_LABEL, 7.5, "3"))
    detail.setFilterExpression(f"NOT ({MAIN_FILTER})")
    detail.setDescription(f"保留、改造、地下空间（1:{DETAIL_SCALE} 以内） retained, renovated, underground")
    detail.setMaximumScale(0)
    detail.setMinimumScale(DETAIL_SCALE)
    root.appendChild(detail)
    layer.setLabeling(QgsRuleBasedLabeling(root))
    layer.setLabelsEnabled(True)
    # kept in the project (.qgz); the layer's default style in the GeoPackage stays the plugin's own


def _crs():
    from qgis.core import QgsCoordinateReferenceSystem

    return QgsCoordinateReferenceSystem(CRS)


def write_outlines(path: Path, site):
    from qgis.core import QgsFeature, QgsField, QgsFields, QgsVectorLayer, QgsWkbTypes

    from economic_layer_plugin.qgis_adapter import compat
    from economic_layer_plugin.qgis_adapter.gpkg import open_writer

    layers = {}
    for name, rows in (
        ("red_line", [("红线范围（约240亩）", None, site.rectangle(0, 0, sum(u[2] for u in UNITS), 200))]),
        ("project_units", [(unit_name, code, site.unit_outline(code)) for code, unit_name, _, _ in UNITS]),
    ):
        fields = QgsFields()
        fields.append(QgsField("name", compat.STRING))
        fields.append(QgsField("unit", compat.STRING))
        fields.append(QgsField("label_x", compat.DOUBLE))  # where the unit's name is written: outside
        fields.append(QgsField("label_y", compat.DOUBLE))  # the red line, by the unit's road-side edge
        writer = open_writer(path, name, fields, QgsWkbTypes.MultiPolygon, _crs())
        for label, code, geometry in rows:
            feature = QgsFeature(fields)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            x = None
            if code is not None:
                x0, _, width, _ = site.units[code]
                x, y = site.to_map(x0 + width / 2, -28.0)
            feature.setAttributes([label, code, x, y if x is not None else None])
            writer.addFeature(feature)
        del writer
        layers[name] = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    return layers


def style_outlines(layers) -> None:
    from qgis.core import QgsFillSymbol, QgsPalLayerSettings, QgsSingleSymbolRenderer, QgsVectorLayerSimpleLabeling

    red = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#d50000", "outline_width": "0.8",
                                      "outline_style": "dash"})
    layers["red_line"].setRenderer(QgsSingleSymbolRenderer(red))
    units = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#6a1b9a", "outline_width": "0.5"})
    layers["project_units"].setRenderer(QgsSingleSymbolRenderer(units))
    from qgis.core import QgsTextFormat
    from qgis.PyQt.QtGui import QFont

    from economic_layer_plugin.qgis_adapter import compat
    from economic_layer_plugin.qgis_adapter.style import label_font_family

    settings = QgsPalLayerSettings()
    text = QgsTextFormat()
    text.setFont(QFont(label_font_family()))
    text.setSize(11)
    font = text.font()
    font.setBold(True)
    text.setFont(font)
    settings.setFormat(text)
    settings.fieldName = "name"
    # outside the red line, by each unit's road-side edge: the modules' labels keep the inside
    from qgis.core import QgsProperty

    settings.placement = compat.LABEL_OVER_POINT
    settings.priority = 10
    properties = settings.dataDefinedProperties()
    properties.setProperty(QgsPalLayerSettings.PositionX, QgsProperty.fromField("label_x"))
    properties.setProperty(QgsPalLayerSettings.PositionY, QgsProperty.fromField("label_y"))
    properties.setProperty(QgsPalLayerSettings.Hali, QgsProperty.fromValue("Center"))
    properties.setProperty(QgsPalLayerSettings.Vali, QgsProperty.fromValue("Half"))
    layers["project_units"].setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layers["project_units"].setLabelsEnabled(True)
    for layer in layers.values():
        metadata = layer.metadata()
        metadata.setAbstract(f"{NOTE_ZH}\n{NOTE_EN}")
        layer.setMetadata(metadata)
        compat.save_style_to_database(layer, layer.name(), "Economic Layer sample")


def write_project(path: Path, project_path: Path, schemes: dict, outlines: dict, located: dict) -> None:
    from qgis.core import QgsProject, QgsReferencedRectangle

    project = QgsProject.instance()
    project.clear()
    project.setCrs(_crs())
    project.setTitle("中山三路城市更新项目（示意）Zhongshan Third Road urban renewal (illustrative)")
    project.writeEntry("Paths", "/Absolute", False)
    root = project.layerTreeRoot()
    for name in ("red_line", "project_units"):
        project.addMapLayer(outlines[name], False)
        root.addLayer(outlines[name])
    group = root.insertGroup(0, "方案 Schemes")
    group.setIsMutuallyExclusive(True)
    group.setCustomProperty("economic_layer/schemes", True)
    # the initial plan last (drawn first): the comparison tab's default baseline
    for name in ("final_plan", FEASIBILITY, LOCATION, "initial_plan"):
        project.addMapLayer(schemes[name], False)
        group.addLayer(schemes[name])
    group.findLayer(schemes["final_plan"].id()).setItemVisibilityChecked(True)
    for name in ("initial_plan", FEASIBILITY, LOCATION):
        group.findLayer(schemes[name].id()).setItemVisibilityChecked(False)
    # the location layers and the factors of final_plan_location: a group of their own, off (the scheme
    # themes show the red line and the units only), and a map theme that shows them
    where = root.insertGroup(1, "区位 Location（示意 illustrative）")
    for name in ("stations", "parks", LOCATION_FACTOR):
        project.addMapLayer(located[name], False)
        where.addLayer(located[name])
    where.setItemVisibilityChecked(False)
    from economic_layer_plugin.qgis_adapter.schemes import sync_map_themes

    sync_map_themes(project)  # one map theme per scheme, in the .qgz itself (seen without the plugin too)
    from qgis.core import QgsMapThemeCollection

    record = QgsMapThemeCollection.MapThemeRecord()
    shown = [outlines["red_line"], outlines["project_units"], located["stations"], located["parks"],
             located[LOCATION_FACTOR]]
    records = []
    for layer in shown:
        item = QgsMapThemeCollection.MapThemeLayerRecord(layer)
        item.usingCurrentStyle = True
        item.currentStyle = layer.styleManager().currentStyle()
        records.append(item)
    record.setLayerRecords(records)
    record.setHasExpandedStateInfo(True)
    record.setExpandedGroupNodes({where.name()})
    record.setCheckedGroupNodes({where.name()})
    project.mapThemeCollection().insert(LOCATION_THEME, record)
    extent = outlines["red_line"].extent().buffered(60)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, _crs()))
    assert project.write(str(project_path)), project.error()
    project.clear()


def main() -> None:
    with tempfile.TemporaryDirectory() as config:
        os.environ["QGIS_CUSTOM_CONFIG_PATH"] = config
        from qgis.core import (
            QgsApplication,
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransform,
            QgsPointXY,
            QgsProject,
        )

        app = QgsApplication([], False)
        app.initQgis()
        from economic_layer_plugin.core.engine import EconomicModel
        from economic_layer_plugin.qgis_adapter.reader import ModuleReader
        from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), _crs(), QgsProject.instance())
        centre = transform.transform(QgsPointXY(*CENTRE_LON_LAT))
        site = Site(centre.x(), centre.y())
        OUT.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as work:
            gpkg = Path(work) / GPKG_NAME
            final = write_scheme(gpkg, "final_plan", plan_modules(site, "final"), sample_assumptions(),
                                 calibrate=True)
            initial = write_scheme(gpkg, "initial_plan", plan_modules(site, "initial"), sample_assumptions(),
                                   calibrate=False)
            feasibility = write_scheme(gpkg, FEASIBILITY, feasibility_modules(final), feasibility_assumptions(final),
                                       calibrate=False)
            located = write_scheme(gpkg, LOCATION, copied_modules(final), location_assumptions(final),
                                   calibrate=False)
            outlines = write_outlines(gpkg, site)
            style_outlines(outlines)
            location_layers = write_location_layers(gpkg, site)
            style_location_layers(location_layers)
            factors = write_location_factor(gpkg, located, location_layers)
            for layer in (final, initial, feasibility, located):
                style_scheme(layer)
            schemes = {"final_plan": final, "initial_plan": initial, FEASIBILITY: feasibility, LOCATION: located}
            write_project(gpkg, Path(work) / PROJECT_NAME, schemes, outlines,
                          {**location_layers, LOCATION_FACTOR: factors})
            for layer in (final, initial, feasibility, located, factors, *outlines.values(),
                          *location_layers.values()):
                del layer
            shutil.copy(gpkg, OUT / GPKG_NAME)
            shutil.copy(Path(work) / PROJECT_NAME, OUT / PROJECT_NAME)
        # what the plugin reads back
        from qgis.core import QgsVectorLayer

        from economic_layer_plugin.qgis_adapter import location

        for name in ("final_plan", "initial_plan", FEASIBILITY, LOCATION):
            layer = QgsVectorLayer(f"{OUT / GPKG_NAME}|layername={name}", name, "ogr")
            model = EconomicModel.compute(ModuleReader(layer).modules(), assumptions_of(layer))
            if model.assumptions.location.enabled:
                location.apply(model, layer)  # the location layers of the same GeoPackage
                for code in model.unit_codes():
                    print(f"  unit {code}: location is worth {model.location_income(code) / 1e4:,.0f} (10,000 CNY)")
            print(f"\n{name}: {model.project.count} modules, {model.excluded_count} left out")
            print(model.table1("en").round(0).to_string())
            for check in model.checks():
                if check.scope == "project":
                    print(f"  {check.title('en')}: {check.state} ({check.value})")
        print(f"\nwrote {OUT / GPKG_NAME} and {OUT / PROJECT_NAME}")
        app.exitQgis()
    # QGIS 3.22 crashes (segmentation fault, exit 139) when Python tears down its remaining Qt objects
    # at interpreter exit, after the files are written and closed: flush the output and end here, so that
    # the exit code says the sample was built.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
