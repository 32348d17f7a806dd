"""Location layers' problems said in the planner's language (#27): English strings (the log, startswith
tests) that say themselves in Chinese through core.refusal.in_language."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsVectorLayer

from economic_layer_plugin.core.location import LocationAssumptions, LocationRule
from economic_layer_plugin.core.refusal import in_language
from economic_layer_plugin.qgis_adapter import location
from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer

RULES = LocationAssumptions(rules=(LocationRule("stations", "地铁站", ("residential",), "sale", ((500.0, 8.0),)),))


def _scheme(tmp_path) -> QgsVectorLayer:
    layer = create_economic_layer(tmp_path / "scheme.gpkg", "scheme", QgsCoordinateReferenceSystem("EPSG:4547"))
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 0 20, 20 20, 20 0, 0 0))"))
    for name, value in (("el_unit", "1"), ("el_action", "add"), ("el_use", "residential"), ("el_floors", 10),
                        ("el_module_id", "M0")):
        feature[name] = value
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    return layer


def _stations(rows) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4547&field=name:string", "loc", "memory")
    features = []
    for name, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature["name"] = name
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_a_missing_location_layer_in_both_languages(tmp_path):
    (problem,) = location.LocationMeasurer(_scheme(tmp_path), RULES, {}).problems
    assert problem == "stations: no such location layer in the project (rule layer name)"
    assert in_language(problem, "en") == problem
    assert in_language(problem, "zh") == "stations：项目中没有这个区位图层（规则中的图层名）"


def test_a_feature_without_geometry_in_chinese(tmp_path):
    stations = _stations([("A站", "POINT(340 10)"), ("空", None)])
    (problem,) = location.LocationMeasurer(_scheme(tmp_path), RULES, {"stations": stations}).problems
    assert problem == "stations: feature 2 has no geometry; skipped"
    assert in_language(problem, "zh") == "stations：要素 2 没有几何图形，已跳过"
