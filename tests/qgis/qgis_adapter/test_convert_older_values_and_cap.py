"""Conversion over an older scheme's own el_ values (review of #27): a duplicate footprint is left out
even where the source gives its el_gfa, floors from a height take the storey height of the final use
(an older scheme's own el_use, or the default use for a use that cannot be read), the conversion says
it wrote the floors, and the floor cap is checked once, for every caller."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from economic_layer_plugin.qgis_adapter.convert import FieldMapping, convert_layer
from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError
from economic_layer_plugin.qgis_adapter.sources import load_scheme

RECTANGLE = "POLYGON((0 0,30 0,30 20,0 20,0 0))"  # 600 m2


def _older(rows, fields="el_gfa:double&field=el_use:string&field=el_action:string&field=el_unit:string"
                        "&field=height:double&field=kind:string"):
    """A memory layer of an older scheme (its own el_ fields) with a height and a kind field."""
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:4547&field={fields}", "old", "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def test_a_duplicate_with_its_own_el_gfa_is_left_out_and_the_note_gives_the_value(tmp_path):
    # two identical footprints, each with el_gfa 1000 (the reviewer's case): the second (fid 2) repeats
    # the first, so the model holds one module of 1000 m2, not two (2000)
    source = _older([(RECTANGLE, [1000.0, "office", "retain", "1", 33.0, None])] * 2)
    layer, report = convert_layer(source, tmp_path / "d.gpkg", "d", FieldMapping(height="height"))
    assert [f["el_gfa"] for f in layer.getFeatures()] == [1000.0, 0.0]
    (note,) = report.of_kind("duplicate")
    assert note.fid == 2 and note.other == 1 and "its own el_gfa was 1,000 m2" in note.message
    _name, model = load_scheme(f"{tmp_path / 'd.gpkg'}|layername=d")
    assert list(model.modules) == [1] and 2 in model.excluded
    assert sum(module.gfa for module in model.modules.values()) == 1000.0


def test_floors_from_height_take_the_older_schemes_own_use(tmp_path):
    # el_use 'office' kept from the source, default use 'other' (3.3 m): office storeys are 4.0 m
    # (docs/floor_area.md), 33 / 4.0 = 8.25, rounded to 8 floors (not 33 / 3.3 = 10). Python's round:
    # the nearest whole number, a half to the even one (10 m / 4.0 = 2.5 would give 2).
    source = _older([(RECTANGLE, [None, "office", "retain", "1", 33.0, None])])
    layer, report = convert_layer(source, tmp_path / "f.gpkg", "f", FieldMapping(height="height"))
    feature = next(layer.getFeatures())
    assert feature["el_use"] == "office" and feature["el_floors"] == 8
    assert report.floors_derived == 1
    assert "el_floors written for 1 from their height" in report.summary()
    assert "storey height of each one's use, at most 100 floors" in report.summary()


def test_an_unreadable_use_takes_the_default_uses_storey_height_and_says_so(tmp_path):
    # kind 'spaceship' is not a use: el_use left empty, reported; its floors take the default use's
    # storey height: residential 2.8 m, 28 / 2.8 = 10 floors (not 'other' 3.3 m: 28 / 3.3 = 8.5 -> 8)
    source = _older([(RECTANGLE, [None, None, "retain", "1", 28.0, "spaceship"])])
    mapping = FieldMapping(height="height", use="kind", default_use="residential")
    layer, report = convert_layer(source, tmp_path / "u.gpkg", "u", mapping)
    feature = next(layer.getFeatures())
    assert feature["el_floors"] == 10
    (problem,) = report.problems
    assert problem.field == "el_use" and "'spaceship'" in problem.message
    assert "storey height of the default use residential (2.8 m)" in problem.message


@pytest.mark.parametrize("cap", [-1, 201, 2.5, True, "10"])
def test_a_floor_cap_outside_0_to_the_schemas_most_floors_is_refused(tmp_path, cap):
    source = _older([(RECTANGLE, [None, "office", "retain", "1", 33.0, None])])
    with pytest.raises(GeoPackageError, match=r"floor cap .*0 \(no cap\) to 200"):
        convert_layer(source, tmp_path / "c.gpkg", "c", FieldMapping(height="height", floor_cap=cap))
    assert not (tmp_path / "c.gpkg").exists()


def test_a_floor_cap_of_0_and_of_200_are_taken(tmp_path):
    source = _older([(RECTANGLE, [None, "office", "retain", "1", 33.0, None])])
    for cap in (0, 200):
        layer, _report = convert_layer(source, tmp_path / f"c{cap}.gpkg", "c", FieldMapping(height="height",
                                                                                          floor_cap=cap))
        assert next(layer.getFeatures())["el_floors"] == 8
