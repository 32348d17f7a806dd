"""Creating and converting economic layers (the real Swellendam and Shanghai buildings)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFieldConstraints,
    QgsProject,
    QgsVectorLayer,
)

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.assumptions import Assumptions, ProjectUnit
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.qgis_adapter.convert import FieldMapping, convert_layer
from economic_layer_plugin.qgis_adapter.fields import python_value
from economic_layer_plugin.qgis_adapter.gpkg import (
    create_economic_layer,
    geopackage_of,
    is_economic_layer,
    load_assumptions,
    save_assumptions,
)
from economic_layer_plugin.qgis_adapter.reader import ModuleReader

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"
SWELLENDAM = DATA / "swellendam_training_data.gpkg"
SHANGHAI = DATA / "shanghai_lujiazui_osm_buildings.gpkg"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def swellendam(tmp_path):
    copy = tmp_path / "swellendam.gpkg"
    shutil.copy(SWELLENDAM, copy)
    layer = QgsVectorLayer(f"{copy}|layername=buildings", "buildings", "ogr")
    assert layer.isValid()
    return layer, copy


def test_new_economic_layer_has_the_schema_form_and_assumptions(tmp_path):
    book = Assumptions(units=[ProjectUnit("1", "北区"), ProjectUnit("2", "南区")])
    layer = create_economic_layer(tmp_path / "new.gpkg", "scheme_a", QgsCoordinateReferenceSystem("EPSG:4547"),
                                  "zh", book)
    assert is_economic_layer(layer)
    fields = layer.fields()
    for spec in schema.FIELDS:
        index = fields.indexOf(spec.name)
        assert index >= 0, spec.name
        assert layer.attributeAlias(index) == spec.alias_zh
    action = fields.indexOf("el_action")
    assert layer.editorWidgetSetup(action).type() == "ValueMap"
    values = [list(entry.values())[0] for entry in layer.editorWidgetSetup(action).config()["map"]]
    assert values == list(schema.field("el_action").allowed)
    unit_map = layer.editorWidgetSetup(fields.indexOf("el_unit")).config()["map"]
    assert [list(entry.values())[0] for entry in unit_map] == ["1", "2"]
    assert layer.editorWidgetSetup(fields.indexOf("el_sale_ratio")).type() == "Range"
    constraints = fields.at(action).constraints()
    assert constraints.constraints() & QgsFieldConstraints.ConstraintNotNull
    assert layer.defaultValueDefinition(action).expression() == "'add'"
    assert "el_action" in layer.renderer().classAttribute()
    # the GeoPackage carries the set-up and the assumptions: a fresh load finds both
    again = QgsVectorLayer(f"{tmp_path / 'new.gpkg'}|layername=scheme_a", "again", "ogr")
    assert again.editorWidgetSetup(again.fields().indexOf("el_use")).type() == "ValueMap"
    assert "el_action" in again.renderer().classAttribute()
    assert [c.value() for c in again.renderer().categories()][:5] == [
        "underground", "retain", "renovate", "demolish", "add"]
    assert load_assumptions(tmp_path / "new.gpkg", "scheme_a") == book
    assert geopackage_of(again) == (tmp_path / "new.gpkg", "scheme_a")


def test_assumptions_are_replaced_not_duplicated(tmp_path):
    path = tmp_path / "a.gpkg"
    create_economic_layer(path, "s1", QgsCoordinateReferenceSystem("EPSG:4547"))
    changed = Assumptions().with_rates(discount_rate=0.08)
    save_assumptions(path, "s1", changed)
    save_assumptions(path, "s2", Assumptions())
    assert load_assumptions(path, "s1").rates.discount_rate == 0.08
    table = QgsVectorLayer(f"{path}|layername=el_assumptions", "t", "ogr")
    assert table.featureCount() == 2
    assert load_assumptions(path, "unknown") is None


def test_swellendam_conversion_reports_unreadable_levels_per_feature(swellendam, tmp_path):
    source, copy = swellendam
    before = digest(copy)
    layer, report = convert_layer(source, tmp_path / "economic.gpkg", "buildings_el",
                                  FieldMapping(floors="building:levels", use="building", name="name"))
    assert digest(copy) == before  # the source is never modified
    assert report.features == 4708 == layer.featureCount()
    floors_problems = {(p.value, p.field) for p in report.problems if p.field == "el_floors"}
    assert floors_problems == {("brick", "el_floors"), ("1`", "el_floors"), ("1i", "el_floors")}
    brick = next(p for p in report.problems if p.value == "brick")
    assert f"feature {brick.fid}" in brick.message and "building:levels" in brick.message
    converted = next(layer.getFeatures(f'"src_fid" = {brick.fid}'))
    assert converted["building:levels"] == "brick"  # the original value is kept
    assert python_value(converted["el_floors"]) is None  # and not guessed
    # every original attribute is kept
    for name in ("osm_id", "building", "building:levels", "name"):
        assert layer.fields().indexOf(name) >= 0
    assert layer.fields().indexOf("src_fid") >= 0
    # 'yes' is not a use: reported, not guessed
    assert any(p.field == "el_use" and p.value == "yes" for p in report.problems)


def test_areas_of_a_layer_in_degrees_are_measured_on_the_ellipsoid(swellendam):
    source, _ = swellendam
    reader = ModuleReader(source)
    utm = QgsCoordinateReferenceSystem("EPSG:32734")  # UTM zone 34S covers Swellendam (20.4 E)
    transform = QgsCoordinateTransform(source.crs(), utm, QgsProject.instance())
    checked = 0
    for feature in source.getFeatures():
        item = reader.module(feature)
        if item.geometry_error:
            continue
        projected = feature.geometry()
        projected.transform(transform)
        assert item.footprint_area == pytest.approx(projected.area(), rel=2e-3)
        checked += 1
        if checked == 50:
            break
    assert checked == 50


def test_shanghai_floors_derived_from_height(tmp_path):
    source = QgsVectorLayer(f"{SHANGHAI}|layername=buildings", "buildings", "ogr")
    layer, report = convert_layer(source, tmp_path / "lujiazui.gpkg", "lujiazui",
                                  FieldMapping(height="height_m", use="kind_detail", name="name"))
    heights = [python_value(f["height_m"]) for f in source.getFeatures()]
    positive = [h for h in heights if h is not None and h > 0]
    assert report.floors_derived == len(positive)
    model = EconomicModel.compute(ModuleReader(layer).modules())
    tallest = max(model.modules.values(), key=lambda m: m.height or 0)
    # the tallest (上海中心大厦, 632 m): at any storey height up to 6 m, 632 m is over 100 floors, the
    # default floor cap, so it is capped (reported by id); floors are written into el_floors at
    # conversion, the floor area stays derived
    assert tallest.height == max(positive) and tallest.floors == 100
    assert not tallest.is_default("el_floors") and tallest.is_default("el_gfa")
    assert any(note.fid == tallest.fid for note in report.of_kind("capped"))
    # every feature with a height is in the totals, or left out for its use value or geometry
    # (e.g. kind_detail 'tower' is not a use: reported, not guessed), never for want of floors
    with_height = {f.id() for f in layer.getFeatures() if python_value(f["el_height"])}
    assert with_height <= set(model.modules) | {fid for fid, e in model.excluded.items()
                                                if "el_floors" not in e.fields}
    # features with no height have no floors: left out with the reason, never zero
    # (and the one exact duplicate footprint, feature 6 repeating feature 2: el_gfa 0, left out)
    assert all("el_floors" in e.fields or "geometry" in e.fields or "el_use" in e.fields
               or (e.fields == ("el_gfa",) and e.fid == 6) for e in model.excluded.values())


def test_converting_a_non_polygon_layer_is_refused(tmp_path):
    roads = QgsVectorLayer(f"{SWELLENDAM}|layername=roads", "roads", "ogr")
    with pytest.raises(Exception, match="not a polygon layer"):
        convert_layer(roads, tmp_path / "x.gpkg", "roads_el")
