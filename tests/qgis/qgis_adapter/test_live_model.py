"""The live model follows the edit buffer: edits, undo, redo, rollback and commit each give the same
totals as a full recompute of the layer as the user sees it."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer
from economic_layer_plugin.qgis_adapter.live import LiveModel
from economic_layer_plugin.qgis_adapter.reader import ModuleReader

SQUARE = "POLYGON(({x} 0, {x} 20, {x2} 20, {x2} 0, {x} 0))"  # 20 m x 20 m = 400 m2 in EPSG:4547


@pytest.fixture()
def layer(tmp_path):
    layer = create_economic_layer(tmp_path / "scheme.gpkg", "scheme", QgsCoordinateReferenceSystem("EPSG:4547"))
    layer.startEditing()
    for i, (action, use, floors) in enumerate([("demolish", "residential", 6), ("add", "apartment", 20),
                                              ("retain", "office", 4), ("renovate", "office", 5)]):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(SQUARE.format(x=i * 30, x2=i * 30 + 20)))
        feature["el_unit"] = "1" if i < 2 else "2"
        feature["el_action"] = action
        feature["el_use"] = use
        feature["el_floors"] = floors
        feature["el_module_id"] = f"M{i}"
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    return layer


def settle() -> None:
    QCoreApplication.processEvents()


def full(layer) -> EconomicModel:
    return EconomicModel.compute(ModuleReader(layer).modules(), Assumptions())


def assert_live_equals_full(live: LiveModel) -> None:
    settle()
    assert not live.pending
    expected = full(live.layer)
    assert live.model.project.key() == expected.project.key()
    assert set(live.model.excluded) == set(expected.excluded)
    for code in expected.units:
        assert live.model.units[code].key() == expected.units[code].key()


def test_live_model_reads_the_layer(layer):
    live = LiveModel(layer)
    model = live.model
    assert model.project.count == 4
    # areas from the geometry: 400 m2 footprints x floors
    assert model.indicators()["demolished_area"] == pytest.approx(2400)
    assert model.indicators()["new_area"] == pytest.approx(8000)
    assert model.indicators("2")["retained_area"] == pytest.approx(1600)
    live.disconnect_layer()


def test_edits_undo_redo_rollback_and_commit_follow_the_edit_buffer(layer):
    live = LiveModel(layer)
    updates = []
    live.updated.connect(lambda: updates.append(1))
    fids = [f.id() for f in layer.getFeatures()]
    action = layer.fields().indexOf("el_action")
    floors = layer.fields().indexOf("el_floors")
    layer.startEditing()

    layer.changeAttributeValue(fids[1], floors, 30)
    assert_live_equals_full(live)
    assert live.model.indicators()["new_area"] == pytest.approx(12000)

    layer.changeAttributeValue(fids[2], action, "demolish")
    assert_live_equals_full(live)
    assert live.model.indicators()["demolished_area"] == pytest.approx(4000)

    layer.undoStack().undo()
    assert_live_equals_full(live)
    assert live.model.indicators()["demolished_area"] == pytest.approx(2400)
    layer.undoStack().redo()
    assert_live_equals_full(live)
    assert live.model.indicators()["demolished_area"] == pytest.approx(4000)

    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(SQUARE.format(x=200, x2=210)))  # 10 x 20 = 200 m2
    feature.setAttributes([None] * layer.fields().count())
    feature["el_unit"], feature["el_action"], feature["el_use"], feature["el_floors"] = "3", "add", "office", 10
    layer.addFeature(feature)
    assert_live_equals_full(live)
    assert live.model.indicators("3")["new_area"] == pytest.approx(2000)

    layer.deleteFeature(fids[0])
    assert_live_equals_full(live)
    assert live.model.indicators()["demolished_area"] == pytest.approx(1600)

    layer.changeGeometry(fids[1], QgsGeometry.fromWkt(SQUARE.format(x=30, x2=40)))  # half the footprint
    assert_live_equals_full(live)
    assert live.model.indicators()["new_area"] == pytest.approx(200 * 30 + 2000)

    layer.rollBack()
    assert_live_equals_full(live)
    assert live.model.indicators()["demolished_area"] == pytest.approx(2400)
    assert live.model.project.count == 4

    layer.startEditing()
    layer.changeAttributeValue(fids[3], floors, 10)
    layer.commitChanges()
    assert_live_equals_full(live)
    assert live.model.indicators("2")["renovated_area"] == pytest.approx(4000)
    assert len(updates) >= 9
    live.disconnect_layer()


def test_a_burst_of_edits_is_one_refresh(layer):
    live = LiveModel(layer)
    updates = []
    live.updated.connect(lambda: updates.append(1))
    floors = layer.fields().indexOf("el_floors")
    layer.startEditing()
    for feature in list(layer.getFeatures()):
        layer.changeAttributeValue(feature.id(), floors, 2)
    assert live.pending
    assert_live_equals_full(live)
    assert updates == [1]
    layer.rollBack()
    live.disconnect_layer()


def test_bad_values_typed_into_the_buffer_are_excluded_with_reasons(layer):
    live = LiveModel(layer)
    fid = next(layer.getFeatures()).id()
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("el_action"), "rebuild")
    assert_live_equals_full(live)
    excluded = live.model.excluded[fid]
    assert excluded.problems[0].field == "el_action"
    assert "rebuild" in excluded.message("en")
    layer.rollBack()
    live.disconnect_layer()


def test_disconnected_model_no_longer_follows(layer):
    live = LiveModel(layer)
    live.disconnect_layer()
    layer.startEditing()
    layer.changeAttributeValue(next(layer.getFeatures()).id(), layer.fields().indexOf("el_floors"), 99)
    settle()
    assert not live.pending
    layer.rollBack()


def test_bulk_read_skips_only_fields_that_are_empty_everywhere(layer):
    """The bulk read leaves out el_ fields empty in every feature; it must still see a field filled
    only in the edit buffer (a change, a new feature) or only after a commit."""
    reader = ModuleReader(layer)

    def every_field():
        return sorted((item.fid, sorted(item.attributes.items())) for item in
                      (reader.module(f) for f in layer.getFeatures()))

    def bulk():
        return sorted((item.fid, sorted(item.attributes.items())) for item in reader.modules())

    assert "el_sale_price" not in [name for name, _ in reader.filled_indices()]
    assert bulk() == every_field()
    layer.startEditing()
    fid = next(layer.getFeatures()).id()
    layer.changeAttributeValue(fid, layer.fields().indexOf("el_sale_price"), 20000.0)
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(SQUARE.format(x=300, x2=320)))
    feature["el_rent"] = 99.0
    layer.addFeature(feature)
    assert {"el_sale_price", "el_rent"} <= {name for name, _ in reader.filled_indices()}
    assert bulk() == every_field()
    assert layer.commitChanges()
    assert {"el_sale_price", "el_rent"} <= {name for name, _ in reader.filled_indices()}
    assert bulk() == every_field()
