"""The column path (GDAL's Arrow stream) gives exactly the modules of the feature path.

Both are compared item by item (fid, every attribute with its Python type, footprint area,
geometry problem) and through the engine (totals identical to the fen), on layers with NULLs,
Chinese text, numbers typed as text, invalid and missing geometries, in a projected and a
geographic CRS; the column path steps aside where it cannot see what the user sees.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsVectorLayer,
)

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.qgis_adapter import bulk, compat
from economic_layer_plugin.qgis_adapter.convert import FieldMapping, convert_layer
from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer
from economic_layer_plugin.qgis_adapter.reader import ModuleReader

DATA = Path(__file__).resolve().parents[2] / "data"


def _rows(items):
    return sorted(
        (item.fid, sorted((k, type(v).__name__, v) for k, v in item.attributes.items()),
         item.footprint_area, item.geometry_error)
        for item in items
    )


def assert_same(layer):
    reader = ModuleReader(layer)
    columns = bulk.read_modules(reader)
    assert columns is not None, "the column path should apply to this layer"
    features = list(reader._features())
    assert _rows(columns) == _rows(features)
    a = EconomicModel.compute(columns, Assumptions())
    b = EconomicModel.compute(features, Assumptions())
    assert a.project.key() == b.project.key()
    assert {c: t.key() for c, t in a.units.items()} == {c: t.key() for c, t in b.units.items()}
    assert set(a.excluded) == set(b.excluded)
    return columns


def _add(layer, wkt, **values):
    feature = QgsFeature(layer.fields())
    if wkt is not None:
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
    for key, value in values.items():
        feature[key] = value
    assert layer.addFeature(feature)


@pytest.fixture()
def mixed_layer(tmp_path):
    layer = create_economic_layer(tmp_path / "mixed.gpkg", "scheme", QgsCoordinateReferenceSystem("EPSG:4547"))
    layer.startEditing()
    square = "POLYGON((0 0, 0 20, 20 20, 20 0, 0 0))"
    _add(layer, square, el_module_id="A", el_name="服务式公寓", el_unit="1", el_action="add",
         el_use="apartment", el_floors=10, el_sale_price=18000.5)
    _add(layer, square, el_module_id="B", el_unit="2", el_action="demolish", el_use="residential",
         el_gfa=1234.5678, el_households=12, el_resettled_onsite=7)
    _add(layer, "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))", el_module_id="bowtie", el_unit="1",
         el_action="retain", el_use="office", el_floors=3)  # self-intersecting: left out
    _add(layer, None, el_module_id="nogeom", el_unit="1", el_action="retain", el_use="office", el_floors=3)
    _add(layer, "POLYGON((100 100, 100 130, 140 130, 140 100, 100 100))", el_unit="",
         el_action="Renovate", el_use="办公", el_floors=0)  # labels as typed, an empty unit
    assert layer.commitChanges(), layer.commitErrors()
    return layer


def test_columns_equal_features_in_a_projected_crs(mixed_layer):
    items = assert_same(mixed_layer)
    by_id = {item.attributes.get("el_module_id"): item for item in items}
    assert by_id["A"].footprint_area == pytest.approx(400.0)  # 20 m x 20 m
    assert by_id["A"].attributes["el_name"] == "服务式公寓"
    assert by_id["A"].attributes["el_sale_price"] == 18000.5
    assert by_id["B"].attributes.get("el_sale_price") is None  # NULL stays NULL, never 0
    assert "el_sale_price" not in by_id["B"].attributes
    assert by_id["nogeom"].geometry_error == "no geometry"
    assert by_id["bowtie"].geometry_error


def test_columns_equal_features_on_real_footprints_in_degrees(tmp_path):
    """Swellendam's buildings (EPSG:4326, a text floors field with values such as 'brick')."""
    source = QgsVectorLayer(f"{DATA / 'swellendam_training_data.gpkg'}|layername=buildings", "b", "ogr")
    assert source.isValid()
    converted, _report = convert_layer(source, tmp_path / "swellendam.gpkg", "scheme",
                                       FieldMapping(floors="building:levels"))
    # just written, the GeoPackage's WAL state keeps GDAL's own read-only connection out ("unable
    # to open database file"): the reader then reads features, quietly, with the same result
    reader = ModuleReader(converted)
    assert _rows(reader.modules()) == _rows(reader._features())
    del converted, reader
    layer = QgsVectorLayer(f"{tmp_path / 'swellendam.gpkg'}|layername=scheme", "scheme", "ogr")  # as opened
    items = assert_same(layer)
    assert len(items) == source.featureCount()
    assert ModuleReader(layer).geographic


def test_pending_edits_are_seen(mixed_layer):
    """In an edit session, changed, added and deleted features come from QGIS's edit buffer."""
    layer = mixed_layer
    layer.startEditing()
    assert_same(layer)  # an edit session without changes
    fids = sorted(f.id() for f in layer.getFeatures())
    layer.changeAttributeValue(fids[0], layer.fields().indexOf("el_floors"), 30)
    layer.changeGeometry(fids[1], QgsGeometry.fromWkt("POLYGON((0 0, 0 50, 50 50, 50 0, 0 0))"))
    layer.deleteFeature(fids[2])
    _add(layer, "POLYGON((200 0, 200 10, 210 10, 210 0, 200 0))", el_module_id="new", el_unit="3",
         el_action="add", el_use="office", el_floors=2)
    items = {item.fid: item for item in assert_same(layer)}
    assert fids[2] not in items
    assert items[fids[0]].attributes["el_floors"] == 30
    assert items[fids[1]].footprint_area == pytest.approx(2500.0)
    assert any(item.attributes.get("el_module_id") == "new" and item.footprint_area == pytest.approx(100.0)
               for item in items.values())
    layer.rollBack()


def test_the_feature_path_is_kept_where_columns_cannot_see_the_layer(mixed_layer):
    layer = mixed_layer
    layer.startEditing()
    layer.addAttribute(QgsField("extra", compat.INT))
    assert bulk.read_modules(ModuleReader(layer)) is None  # the saved columns no longer match
    layer.rollBack()

    layer.setSubsetString("\"el_unit\" = '1'")
    assert bulk.read_modules(ModuleReader(layer)) is None
    layer.setSubsetString("")

    memory = layer.materialize(QgsFeatureRequest())
    assert bulk.read_modules(ModuleReader(memory)) is None
    assert _rows(ModuleReader(memory).modules()) == _rows(ModuleReader(layer).modules())


def test_a_copied_gpkg_with_fewer_el_fields(tmp_path):
    """A converted layer that lacks some el_ fields reads the ones it has, the others empty."""
    path = tmp_path / "copy.gpkg"
    shutil.copy(DATA / "shanghai_lujiazui_osm_buildings.gpkg", path)
    layer = QgsVectorLayer(f"{path}|layername=buildings", "b", "ogr")
    assert layer.isValid()
    reader = ModuleReader(layer)
    assert reader.names == []
    assert_same(layer)


def test_the_heap_is_trimmed_after_a_column_read(monkeypatch):
    """On Linux the freed column buffers go back to the system (glibc's malloc_trim); elsewhere nothing."""
    import sys

    from economic_layer_plugin.qgis_adapter import bulk

    monkeypatch.setattr(bulk, "_MALLOC_TRIM", None)
    bulk.trim_heap()
    if sys.platform.startswith("linux"):
        assert callable(bulk._MALLOC_TRIM)
    else:
        assert bulk._MALLOC_TRIM is False
