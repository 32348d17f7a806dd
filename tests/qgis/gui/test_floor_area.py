"""Which value drives a module's floor area, said on the card and in the form (issue 10, defect 1).

The choice (docs/floor_area.md): el_gfa, when set, is the floor area; floors give it (footprint x
floors) only while el_gfa is empty. The sample's module 3-N-commercial has 49 floors and el_gfa 60,416 m2
(scripts/build_sample.py: the paper's Table 1 areas), so a floors edit leaves its floor area as it is,
and the card and the form must say so.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsFieldConstraints, QgsProject, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFormLayout

from ..scheme_factory import make_scheme


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def card_texts(plugin) -> dict:
    card = plugin.dock.module_card
    rows = {}
    for row in range(card.form.rowCount()):
        role = QFormLayout.ItemRole
        label, field = card.form.itemAt(row, role.LabelRole), card.form.itemAt(row, role.FieldRole)
        if label is None or field is None or not hasattr(field.widget(), "text"):
            continue  # a row spanning both columns (the cost and income breakdown)
        rows[label.widget().text()] = field.widget().text()
    return rows


@pytest.fixture()
def sample(open_sample):
    return open_sample.plugin, open_sample.layer


def test_the_card_says_el_gfa_drives_the_floor_area_of_a_sample_module(sample):
    plugin, layer = sample
    f012 = next(f for f in layer.getFeatures() if f["el_module_id"] == "3-N-commercial")
    assert (f012["el_floors"], f012["el_gfa"]) == (49, 60416.0)
    layer.selectByIds([f012.id()])
    settle()
    before = card_texts(plugin)["Floor area (m2)"]
    assert before.startswith("60,416") and "floor area set by el_gfa" in before
    assert "Floor area set by el_gfa" in plugin.dock.module_card.note.text()
    layer.startEditing()
    layer.changeAttributeValue(f012.id(), layer.fields().indexOf("el_floors"), 60)
    settle()
    after = card_texts(plugin)
    assert after["Floors"] == "60"
    assert after["Floor area (m2)"] == before  # unchanged, and the card says why


def test_the_form_warns_on_floors_while_el_gfa_is_set(sample):
    _plugin, layer = sample
    f012 = next(f for f in layer.getFeatures() if f["el_module_id"] == "3-N-commercial")
    index = layer.fields().indexOf("el_floors")
    ok, errors = QgsVectorLayerUtils.validateAttribute(layer, f012, index, QgsFieldConstraints.ConstraintStrengthSoft,
                                                        QgsFieldConstraints.ConstraintOriginNotSet)
    assert not ok and any("el_gfa" in error for error in errors), errors
    f012["el_gfa"] = None
    ok, _ = QgsVectorLayerUtils.validateAttribute(layer, f012, index, QgsFieldConstraints.ConstraintStrengthSoft,
                                                  QgsFieldConstraints.ConstraintOriginNotSet)
    assert ok


def test_floors_drive_the_floor_area_while_el_gfa_is_empty(tmp_path, plugin_factory):
    layer = make_scheme(tmp_path / "s.gpkg")
    QgsProject.instance().addMapLayer(layer)
    plugin = plugin_factory()
    plugin.dock.set_layer(layer)
    try:
        fid = next(f.id() for f in layer.getFeatures() if f["el_action"] == "add")
        layer.selectByIds([fid])
        settle()
        text = card_texts(plugin)["Floor area (m2)"]
        assert text.startswith("8,000") and "el_gfa" not in text  # 20 m x 20 m x 20 floors
        layer.startEditing()
        layer.changeAttributeValue(fid, layer.fields().indexOf("el_floors"), 25)
        settle()
        assert card_texts(plugin)["Floor area (m2)"].startswith("10,000")  # 400 m2 x 25 floors
        layer.changeAttributeValue(fid, layer.fields().indexOf("el_gfa"), 9000)
        settle()
        text = card_texts(plugin)["Floor area (m2)"]
        assert text.startswith("9,000") and "floor area set by el_gfa" in text
        layer.rollBack()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
