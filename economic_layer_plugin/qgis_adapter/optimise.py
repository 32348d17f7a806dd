"""The optimiser on a layer: footprint overlaps, locks, and the optimised scheme as a new layer.

The calculation is ``core.optimise``; this module gives it what needs the geometry (which new blocks
stand on which standing buildings) and writes its answer: a copy of the scheme with the chosen
actions, new modules that are not built left out, module ids kept.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsSpatialIndex,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.core.optimise import NOT_BUILT, OptimiseOptions, optimise
from economic_layer_plugin.qgis_adapter.gpkg import (
    GeoPackageError,
    InputError,
    layer_source,
    save_assumptions,
    save_default_style,
)
from economic_layer_plugin.qgis_adapter.reader import ModuleReader

#: overlaps smaller than this (m2) are drawing slivers, not a block on a building
DEFAULT_TOLERANCE = 1.0
#: a lock field's values that mean locked: English, and the Chinese of the catalogue
TRUE_TEXTS = ({"1", "true", "yes", "y", "locked", "lock", "t"}
              | {translate(word, "zh") for word in (N_("yes"), N_("locked"))})


def overlap_pairs(layer: QgsVectorLayer, model, tolerance: float = DEFAULT_TOLERANCE) -> list:
    """(fid of a new module, fid of a standing module) where their footprints overlap by more than
    ``tolerance`` m2 (measured as the engine measures footprints: on the ellipsoid for a geographic layer).
    Underground modules (underground space, parking) stand over or under others: they make no pairs."""
    reader = ModuleReader(layer)
    new = [fid for fid, m in model.modules.items() if m.action == "add" and not m.below_ground]
    standing = {
        fid for fid, m in model.modules.items() if m.action != "add" and m.areas[0] > 0 and not m.below_ground
    }
    if not new or not standing:
        return []
    geometries = {}
    index = QgsSpatialIndex()
    for feature in layer.getFeatures(
        QgsFeatureRequest().setFilterFids(list(standing | set(new))).setNoAttributes()
    ):
        geometries[feature.id()] = feature.geometry()
        if feature.id() in standing:
            index.addFeature(feature)
    pairs = []
    for fid in new:
        geometry = geometries.get(fid)
        if geometry is None or geometry.isEmpty():
            continue
        prepared = None
        for other in index.intersects(geometry.boundingBox()):
            if prepared is None:
                prepared = QgsGeometry.createGeometryEngine(geometry.constGet())
                prepared.prepareGeometry()
            if not prepared.intersects(geometries[other].constGet()):
                continue
            shared = geometry.intersection(geometries[other])
            if shared.isEmpty():
                continue
            area = (
                reader.area.measureArea(shared) if reader.geographic else shared.area() * reader.unit_factor
            )
            if area > tolerance:
                pairs.append((fid, other))
    return pairs


def _truthy(value) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    text = str(value).strip().lower()
    return text in TRUE_TEXTS


def locked_fids(layer: QgsVectorLayer, field: str | None = None, selection: bool = False) -> frozenset:
    """Fids of the modules the planner locks: a field whose value is true (1, true, yes, 是, 锁定)
    and/or the selected features. A field that does not exist is an error naming it."""
    fids = set()
    if field:
        index = layer.fields().indexOf(field)
        if index < 0:
            raise InputError(N_("{name}: no field {field!r} to read locks from"), name=layer.name(), field=field)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
        for feature in layer.getFeatures(request):
            value = feature.attribute(index)
            if value is not None and not (hasattr(value, "isNull") and value.isNull()) and _truthy(value):
                fids.add(feature.id())
    if selection:
        fids.update(layer.selectedFeatureIds())
    return frozenset(fids)


def optimise_layer(
    layer: QgsVectorLayer, model, options: OptimiseOptions | None = None, tolerance: float = DEFAULT_TOLERANCE
):
    """core.optimise with the footprint overlaps of ``layer``."""
    options = options or OptimiseOptions()
    options.overlaps = tuple(overlap_pairs(layer, model, tolerance))
    return optimise(model, options)


def _copy_fids(source: QgsVectorLayer, copy: QgsVectorLayer) -> dict:
    """Source fid -> fid in a copy written from it (the writer keeps the order of the features)."""
    source_ids = [
        f.id()
        for f in source.getFeatures(
            QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.NoGeometry)
        )
    ]
    copy_ids = [
        f.id()
        for f in copy.getFeatures(
            QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.NoGeometry)
        )
    ]
    if len(source_ids) != len(copy_ids):
        raise GeoPackageError(N_("{name}: the copy has {copied} features, the scheme {count}"), name=copy.name(),
                              copied=len(copy_ids), count=len(source_ids))
    return dict(zip(source_ids, copy_ids))


def apply_choices(source: QgsVectorLayer, copy: QgsVectorLayer, choices: dict) -> tuple:
    """Sets the chosen actions on ``copy`` (a fresh copy of ``source``) and deletes the new modules
    not built; commits. Returns (actions changed, modules removed)."""
    mapping = _copy_fids(source, copy)
    index = copy.fields().indexOf("el_action")
    changed = removed = 0
    if not copy.startEditing() and not copy.isEditable():
        raise GeoPackageError(N_("{name}: cannot be edited"), name=copy.name())
    current = {
        f.id(): f.attribute(index)
        for f in copy.getFeatures(
            QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
        )
    }
    for fid, action in choices.items():
        target = mapping.get(fid)
        if target is None:
            continue
        if action is NOT_BUILT:
            copy.deleteFeature(target)
            removed += 1
        elif current.get(target) != action:
            copy.changeAttributeValue(target, index, action)
            changed += 1
    if not copy.commitChanges():
        errors = "; ".join(copy.commitErrors())
        copy.rollBack()
        raise GeoPackageError(N_("{name}: the optimised actions could not be saved"), name=copy.name(), details=errors)
    return changed, removed


def write_scheme(source: QgsVectorLayer, path, name: str, choices: dict, assumptions) -> QgsVectorLayer:
    """The optimised scheme as layer ``name`` of the GeoPackage ``path`` (made if missing; a layer of that
    name is replaced), with the scheme's style and assumptions. Returns the layer (not in the project)."""
    path = Path(path)
    from economic_layer_plugin.qgis_adapter.gpkg import geopackage_of

    own = geopackage_of(source)
    if own is not None and path.exists() and own[0].resolve() == path.resolve() and own[1] == name:
        raise GeoPackageError(N_("{name}: that is the scheme itself; give the optimised scheme another name"),
                              name=name, details=str(path))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteLayer
        if path.exists()
        else QgsVectorFileWriter.CreateOrOverwriteFile
    )
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        source, str(path), QgsProject.instance().transformContext(), options
    )
    if result[0] != QgsVectorFileWriter.NoError:
        raise GeoPackageError(N_("{name}: the optimised scheme cannot be written in the GeoPackage"), name=name,
                              details=f"{path}: {result[1]}")
    copy = QgsVectorLayer(layer_source(path, name), name, "ogr")
    if not copy.isValid():
        raise GeoPackageError(N_("{name}: the copy cannot be opened"), name=name, details=str(path))
    apply_choices(source, copy, choices)
    from qgis.PyQt.QtXml import QDomDocument

    style = QDomDocument()
    source.exportNamedStyle(style)
    copy.importNamedStyle(style)
    save_default_style(copy, name)
    save_assumptions(path, name, assumptions)
    return copy


def new_scheme(layer: QgsVectorLayer, name: str, choices: dict, assumptions) -> QgsVectorLayer:
    """The optimised scheme as a new scheme of the project: ``schemes.duplicate`` (same GeoPackage,
    schemes group, map theme) with the chosen actions."""
    from economic_layer_plugin.qgis_adapter import schemes

    copy = schemes.duplicate(layer, name, assumptions)
    apply_choices(layer, copy, choices)
    copy.triggerRepaint()
    return copy


def free_name(layer: QgsVectorLayer, base: str) -> str:
    """``base``, or ``base 2``, ``base 3``...: a layer name not yet used in the layer's GeoPackage."""
    from economic_layer_plugin.qgis_adapter.gpkg import geopackage_of

    source = geopackage_of(layer)
    taken = {each.name() for each in QgsProject.instance().mapLayers().values()}
    if source is None:
        return base
    path = source[0]
    candidate, n = base, 1
    while candidate in taken or QgsVectorLayer(layer_source(path, candidate), candidate, "ogr").isValid():
        n += 1
        candidate = f"{base} {n}"
    return candidate
