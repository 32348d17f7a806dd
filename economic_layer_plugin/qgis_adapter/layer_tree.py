"""Where a layer made by the plugin goes in the Layers panel.

``QgsProject.addMapLayer(layer)`` puts a layer at the panel's insertion point: the group of the
layer selected in the panel. With a scheme of the sample selected that is the schemes group, which
is mutually exclusive, so the new layer arrives unchecked, invisible on the map while the panel
shows it. A layer the planner has just made goes on top of the tree instead, checked.
"""

from __future__ import annotations

from qgis.core import QgsLayerTreeLayer, QgsProject


def add_on_top(layer, project: QgsProject | None = None) -> QgsLayerTreeLayer:
    """Adds ``layer`` to the project at the top of the layer tree, visible; returns its node."""
    project = project or QgsProject.instance()
    project.addMapLayer(layer, False)
    node = project.layerTreeRoot().insertLayer(0, layer)
    node.setItemVisibilityChecked(True)
    return node
