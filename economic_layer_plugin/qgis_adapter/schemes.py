"""Schemes in the project: duplicate, rename and delete them, keep their group and map themes in step.

A scheme is an economic layer. The schemes of a project sit in one mutually exclusive layer-tree
group (custom property ``economic_layer/schemes``), so that checking one shows it alone; each has a
map theme "scheme: <name>" with it visible, kept in step with the group.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import (
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapThemeCollection,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.gpkg import (
    ASSUMPTIONS_TABLE,
    GeoPackageError,
    geopackage_of,
    is_economic_layer,
    layer_source,
    save_assumptions,
    save_default_style,
)
from economic_layer_plugin.qgis_adapter.sql import SQL, Identifier, Literal
from economic_layer_plugin.toolbelt.i18n import tr

LOGGER = logging.getLogger(__name__)
GROUP_PROPERTY = "economic_layer/schemes"
GROUP_NAME = f"{translate(N_('Schemes'), 'zh')} Schemes"  # both languages: the group outlives a locale
THEME_PREFIX = "scheme: "


def _refused(message: str, details: str) -> GeoPackageError:
    """The error for the message bar: ``message`` short and in the planner's language (the caller
    translated it); the details (the GeoPackage's path, GDAL's own words) go to the log, which the
    message bar opens, and are kept on the error as ``details``."""
    LOGGER.warning("%s (%s)", message, details)
    error = GeoPackageError(message)
    error.details = details
    return error


def scheme_group(project: QgsProject | None = None, create: bool = False) -> QgsLayerTreeGroup | None:
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    for group in root.findGroups(True):
        if group.customProperty(GROUP_PROPERTY):
            return group
    if not create:
        return None
    group = root.insertGroup(0, GROUP_NAME)
    group.setIsMutuallyExclusive(True)
    group.setCustomProperty(GROUP_PROPERTY, True)
    return group


def schemes(project: QgsProject | None = None) -> list:
    """The economic layers of the schemes group, in its order."""
    group = scheme_group(project)
    if group is None:
        return []
    return [node.layer() for node in group.findLayers() if is_economic_layer(node.layer())]


def group_of(layer) -> QgsLayerTreeGroup | None:
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    parent = node.parent() if node is not None else None
    return parent if isinstance(parent, QgsLayerTreeGroup) and parent.customProperty(GROUP_PROPERTY) else None


def ensure_in_group(layer) -> QgsLayerTreeGroup:
    """Puts ``layer`` into the schemes group (made if missing) and returns the group."""
    group = group_of(layer)
    if group is not None:
        return group
    group = scheme_group(create=True)
    root = QgsProject.instance().layerTreeRoot()
    node = root.findLayer(layer.id())
    visible = node.isVisible() if node is not None else True
    group.insertLayer(len(group.children()), layer)
    if node is not None:
        node.parent().removeChildNode(node)
    group.findLayer(layer.id()).setItemVisibilityChecked(visible)
    return group


def duplicate(layer, name: str, assumptions) -> QgsVectorLayer:
    """A copy of scheme ``layer`` (as the planner sees it: unsaved edits included) as layer ``name`` of
    the same GeoPackage, with its style, form and assumptions; added after it in the schemes group,
    checked. Module ids are kept."""
    source = geopackage_of(layer)
    if source is None:
        raise _refused(tr("Only a scheme stored in a GeoPackage can be duplicated."),
                       f"{layer.name()}: {layer.source()}")
    path, _ = source
    if QgsVectorLayer(layer_source(path, name), name, "ogr").isValid():
        raise _refused(tr("A scheme named {name} exists already: choose another name.").format(name=name),
                       f"{path}: a layer named {name!r} exists already")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(),
                                                       options)
    if result[0] != QgsVectorFileWriter.NoError:
        raise _refused(tr("The scheme could not be copied as {name} (details in the log).").format(name=name),
                       f"{path} ({name}): {result[1]}")
    copy = QgsVectorLayer(layer_source(path, name), name, "ogr")
    if not copy.isValid():
        raise _refused(tr("The copy {name} cannot be opened (details in the log).").format(name=name),
                       f"{path} ({name}): the copy cannot be opened")
    style = QDomDocument()
    layer.exportNamedStyle(style)
    copy.importNamedStyle(style)
    copy.setMetadata(layer.metadata())
    save_default_style(copy, name)
    save_assumptions(path, name, assumptions)
    group = ensure_in_group(layer)
    project = QgsProject.instance()
    project.addMapLayer(copy, False)
    index = group.children().index(group.findLayer(layer.id())) + 1
    node = group.insertLayer(index, copy)
    node.setItemVisibilityChecked(True)  # the group is exclusive: the copy is the scheme shown
    sync_map_themes()
    return copy


def rename(layer, name: str) -> None:
    """Renames the scheme in the project (its table in the GeoPackage keeps its name)."""
    layer.setName(name)
    sync_map_themes()


def delete(layer) -> None:
    """Removes the scheme from the project and its table, style and assumptions from its GeoPackage."""
    source = geopackage_of(layer)
    QgsProject.instance().removeMapLayer(layer.id())
    if source is not None:
        _drop_table(*source)
    sync_map_themes()


def _drop_table(path: Path, table: str) -> None:
    _, ogr = compat.osgeo()
    dataset = ogr.Open(str(path), update=1)
    if dataset is None:
        raise _refused(tr("The scheme's table {name} could not be deleted from its GeoPackage (details in the "
                          "log).").format(name=table), f"{path}: cannot be opened to delete {table}")
    for index in range(dataset.GetLayerCount()):
        if dataset.GetLayerByIndex(index).GetName() == table:
            dataset.DeleteLayer(index)
            break
    for statement in (
        SQL("DELETE FROM {} WHERE scheme = {}").format(Identifier(ASSUMPTIONS_TABLE), Literal(table)),
        SQL("DELETE FROM layer_styles WHERE f_table_name = {}").format(Literal(table)),
    ):
        try:
            dataset.ExecuteSQL(statement.as_string())
        except RuntimeError:  # no such table: nothing to delete
            pass
    dataset = None


def sync_map_themes(project: QgsProject | None = None) -> None:
    """One map theme per scheme, "scheme: <name>": the layers visible now, with that scheme as the one
    scheme shown. Themes of schemes that are gone are removed."""
    project = project or QgsProject.instance()
    collection = project.mapThemeCollection()
    layers = schemes(project)
    names = {THEME_PREFIX + layer.name() for layer in layers}
    for theme in list(collection.mapThemes()):
        if theme.startswith(THEME_PREFIX) and theme not in names:
            collection.removeMapTheme(theme)
    root = project.layerTreeRoot()
    scheme_ids = {layer.id() for layer in layers}
    others = [node.layer() for node in root.findLayers()
              if node.layer() is not None and node.isVisible() and node.layer().id() not in scheme_ids]
    for layer in layers:
        record = QgsMapThemeCollection.MapThemeRecord()
        records = []
        for shown in others + [layer]:
            item = QgsMapThemeCollection.MapThemeLayerRecord(shown)
            item.usingCurrentStyle = True
            item.currentStyle = shown.styleManager().currentStyle()
            records.append(item)
        record.setLayerRecords(records)
        name = THEME_PREFIX + layer.name()
        if collection.hasMapTheme(name):
            collection.update(name, record)
        else:
            collection.insert(name, record)


def visible_scheme(node) -> QgsVectorLayer | None:
    """The scheme layer of a layer-tree node that has just been checked in the schemes group."""
    if isinstance(node, QgsLayerTreeLayer) and node.isVisible() and node.layer() is not None:
        parent = node.parent()
        if isinstance(parent, QgsLayerTreeGroup) and parent.customProperty(GROUP_PROPERTY):
            return node.layer() if is_economic_layer(node.layer()) else None
    return None
