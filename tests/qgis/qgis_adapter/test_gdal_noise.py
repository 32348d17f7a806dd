"""No GDAL "unable to open database file" at rollback, commit or layer creation (issue 10, defect 5).

The cause: the reader asked the OGR provider for MIN(column) of every el_ field; after a rollback on a
GeoPackage that the project holds open in another connection, each query failed with "ERROR 1: ...
unable to open database file" on stderr (24 lines per rollback on the sample), and the provider then
scanned the features. The reader now asks SQLite itself (qgis_adapter/filled.py).
"""

from __future__ import annotations

import shutil

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.filled import filled_columns
from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer
from economic_layer_plugin.qgis_adapter.live import LiveModel
from economic_layer_plugin.qgis_adapter.reader import ModuleReader

NOISE = "unable to open database file"


@pytest.fixture()
def sample(tmp_path):
    for name in ("zhongshan_third_road.gpkg", "zhongshan_third_road.qgz"):
        shutil.copy(PLUGIN_DIR / "sample" / name, tmp_path / name)
    project = QgsProject.instance()
    assert project.read(str(tmp_path / "zhongshan_third_road.qgz"))
    yield project, tmp_path / "zhongshan_third_road.gpkg"
    for layer in project.mapLayers().values():
        if getattr(layer, "isEditable", lambda: False)():
            layer.rollBack()
    project.clear()


def test_rollback_commit_and_creation_are_quiet(sample, capfd):
    project, gpkg = sample
    final = project.mapLayersByName("final_plan")[0]
    lives = [LiveModel(layer) for layer in (final, project.mapLayersByName("initial_plan")[0])]
    capfd.readouterr()
    feature = next(final.getFeatures())
    floors = final.fields().indexOf("el_floors")
    final.startEditing()
    final.changeAttributeValue(feature.id(), floors, 60)
    lives[0].flush()
    final.rollBack()
    lives[0].flush()
    rollback = capfd.readouterr().err
    final.startEditing()
    final.changeAttributeValue(feature.id(), floors, 61)
    assert final.commitChanges()
    lives[0].flush()
    new = create_economic_layer(gpkg, "variant", QgsCoordinateReferenceSystem("EPSG:4545"), "zh")
    project.addMapLayer(new)
    lives.append(LiveModel(new))
    later = capfd.readouterr().err
    assert NOISE not in rollback, rollback
    assert NOISE not in later, later
    assert lives[0].model.indicators()["cost"] > 0
    for live in lives:
        live.disconnect_layer()


def test_the_columns_found_filled_are_those_with_a_value(sample):
    project, _ = sample
    final = project.mapLayersByName("final_plan")[0]
    names = ModuleReader(final).names
    # by reading every feature: a column is filled when some feature has a value in it
    expected = {name for name in names if any(f[name] is not None and f[name] == f[name] and
                                              not (hasattr(f[name], "isNull") and f[name].isNull())
                                              for f in final.getFeatures())}
    assert filled_columns(final, names) == expected
    assert "el_gfa" in expected  # the sample sets every floor area
    final.setSubsetString('"el_unit" = \'1\'')
    assert filled_columns(final, names) is None  # a filter: the provider answers
