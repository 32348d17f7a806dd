"""Converting a layer from the menu: the dialog's floor cap is what the converter takes (0 to
core.schema.MAX_FLOORS = 200 storeys), and the message says what the conversion did, in the interface's
language (the conversion report's summary)."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProject, QgsVectorLayer

from economic_layer_plugin.gui.commands import layer_commands
from economic_layer_plugin.gui.dialogs import ConvertDialog
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.convert import FieldMapping


def _footprints():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3857", "footprints", "memory")
    layer.dataProvider().addAttributes([QgsField("h", compat.DOUBLE)])
    layer.updateFields()
    features = []
    for i, height in enumerate((33.0, 66.0)):  # 33 m / 3.3 m (other) = 10 floors; 66 m = 20 floors, above 15
        feature = QgsFeature(layer.fields())
        x = 100.0 * i
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 0, {x} 20, {x + 20} 20, {x + 20} 0, {x} 0))"))
        feature["h"] = height
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def test_the_floor_cap_goes_to_200_storeys(qgis_app):
    dialog = ConvertDialog(_footprints())
    assert (dialog.floor_cap.minimum(), dialog.floor_cap.maximum()) == (0, 200)  # core/schema.py MAX_FLOORS


@pytest.mark.parametrize("language, parts", [
    ("en", ["2 features converted", "at most 15 floors", "1 floors capped"]),
    ("zh", ["已转换 2 个要素", "1 个层数按上限截取"]),  # the catalogue's Chinese
])
def test_the_message_says_what_the_conversion_did(tmp_path, plugin_factory, monkeypatch, language, parts):
    plugin = plugin_factory()
    commands = plugin.layer_commands
    source = _footprints()
    mapping = FieldMapping(height="h", floor_cap=15)

    class Accepted:
        def __init__(self, *args) -> None:
            pass

        def exec(self):
            return True

        def values(self):
            return source, tmp_path / "converted.gpkg", "converted", mapping

    monkeypatch.setattr(layer_commands, "ConvertDialog", Accepted)
    monkeypatch.setattr(layer_commands, "ui_language", lambda: language)
    said = []
    monkeypatch.setattr(commands.messages, "warning", lambda text, details=None: said.append(text))
    monkeypatch.setattr(commands.messages, "success", lambda text, details=None: said.append(text))
    try:
        commands.convert_layer(source)
        assert len(said) == 1 and said[0].startswith("New economic layer converted: ")
        for part in parts:
            assert part in said[0], said[0]
    finally:
        QgsProject.instance().clear()
