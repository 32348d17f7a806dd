"""A new economic layer made with the sample open is visible, on top of the tree (issue 10, defect 2)."""

from __future__ import annotations

import shutil

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsLayerTreeRegistryBridge, QgsProject

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter import schemes

SAMPLE = PLUGIN_DIR / "sample"


@pytest.fixture()
def sample_with_scheme_selected(tmp_path, plugin_factory):
    for name in ("zhongshan_third_road.gpkg", "zhongshan_third_road.qgz"):
        shutil.copy(SAMPLE / name, tmp_path / name)
    project = QgsProject.instance()
    assert project.read(str(tmp_path / "zhongshan_third_road.qgz"))
    plugin = plugin_factory()
    # what the desktop's Layers panel does when the planner selects final_plan: new layers would go
    # into its group, the (mutually exclusive) schemes group
    group = schemes.scheme_group(project)
    project.layerTreeRegistryBridge().setLayerInsertionPoint(QgsLayerTreeRegistryBridge.InsertionPoint(group, 0))
    yield plugin, project, tmp_path
    project.layerTreeRegistryBridge().setLayerInsertionPoint(
        QgsLayerTreeRegistryBridge.InsertionPoint(project.layerTreeRoot(), 0))
    project.clear()


def test_new_layer_is_visible_on_top(sample_with_scheme_selected, monkeypatch):
    plugin, project, folder = sample_with_scheme_selected
    target = folder / "my_scheme.gpkg"

    class Dialog:  # the New economic layer dialog, as filled in by a planner
        def __init__(self, parent=None):
            pass

        def exec(self):
            return True

        def values(self):
            return target, "my_scheme", QgsCoordinateReferenceSystem("EPSG:4545")

    monkeypatch.setattr("economic_layer_plugin.gui.commands.layer_commands.NewLayerDialog", Dialog)
    plugin.layer_commands.new_layer()
    (layer,) = project.mapLayersByName("my_scheme")
    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    assert node.parent() is root and root.children()[0] is node
    assert node.isVisible()
    assert layer not in schemes.schemes(project)
    # the sample's schemes are as they were: final_plan still the one shown
    assert [n.isVisible() for n in schemes.scheme_group(project).findLayers()] == [True, False, False, False]
