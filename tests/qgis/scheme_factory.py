"""A small economic layer for tests: four 20 m x 20 m modules in a projected CRS (EPSG:4547)."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry

from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer

SQUARE = "POLYGON(({x} 0, {x} 20, {x2} 20, {x2} 0, {x} 0))"
MODULES = [
    ("demolish", "residential", 6, "1", {"el_households": 40, "el_resettled_onsite": 10}),
    ("add", "apartment", 20, "1", {"el_sale_price": 18000}),
    ("retain", "office", 4, "2", {}),
    ("renovate", "office", 5, "2", {}),
]


def make_scheme(path, name: str = "scheme", language: str = "en"):
    layer = create_economic_layer(path, name, QgsCoordinateReferenceSystem("EPSG:4547"), language)
    layer.startEditing()
    for i, (action, use, floors, unit, extra) in enumerate(MODULES):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(SQUARE.format(x=i * 30, x2=i * 30 + 20)))
        values = {"el_unit": unit, "el_action": action, "el_use": use, "el_floors": floors,
                  "el_module_id": f"M{i}", "el_name": f"{use} {i}", **extra}
        for key, value in values.items():
            feature[key] = value
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    return layer
