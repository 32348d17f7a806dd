"""A layer read by columns, for opening and full recomputes: GDAL's Arrow stream as NumPy arrays.

Reading a layer feature by feature through QGIS costs most of the time of opening a large scheme:
every attribute of every feature is turned into a Python object on its own. GDAL (3.6 and later)
hands a whole batch of features over as one array per column. :func:`read_modules` builds the
same :class:`ModuleInput` items as :meth:`ModuleReader.modules` from those columns, and measures
each footprint with the reader's own code (the same QGIS geometry and area calls), so that both
paths give identical modules (tests/qgis/qgis_adapter/test_bulk.py compares them).

It applies to a layer of GDAL's ``ogr`` provider without a subset filter; the features an edit
session changed, added or deleted are then read through QGIS (only they see the edit buffer).
For any other layer (PostGIS, memory, a filtered layer, an edit session that adds or deletes
fields) :func:`read_modules` answers None and the caller reads features as before.
"""

from __future__ import annotations

import logging

from qgis.core import QgsGeometry, QgsProviderRegistry, QgsVectorLayer

from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.qgis_adapter import compat

LOGGER = logging.getLogger(__name__)


def _ogr_layer(layer: QgsVectorLayer):
    """(dataset, OGR layer) of a plain GDAL layer, or None where the bulk path does not apply."""
    if layer.providerType() != "ogr" or layer.subsetString():
        return None
    try:
        gdal, ogr = compat.osgeo()
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None  # GDAL before 3.6
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return None
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:  # the Python bindings raise when gdal.UseExceptions() is on
        dataset = None
    if dataset is None:
        return None
    name = parts.get("layerName")
    layer_id = parts.get("layerId")
    if name:
        ogr_layer = dataset.GetLayerByName(name)
    elif layer_id is not None:
        if not str(layer_id).isdigit():  # a layerid= that is not a number: QGIS reads the features
            return None
        ogr_layer = dataset.GetLayer(int(layer_id))
    else:
        ogr_layer = dataset.GetLayer(0)
    if ogr_layer is None or ogr_layer.GetFeatureCount() != layer.dataProvider().featureCount():
        return None
    return dataset, ogr_layer


def _python_values(column) -> list:
    """One column as Python values (None where the column is NULL), as QGIS would give them."""
    values = column.tolist()  # numpy scalars to int / float / bytes, NULLs of a masked array to None
    if column.dtype.kind == "S":
        values = [None if v is None else v.decode("utf-8") for v in values]
    elif column.dtype.kind == "O":
        values = [v.decode("utf-8") if isinstance(v, bytes) else v for v in values]
    return values


def read_modules(reader) -> list | None:
    """Every feature of ``reader.layer`` as the user sees it, as ModuleInput; None when not applicable.

    The saved features are read by columns; pending edits of an edit session (changed, added and
    deleted features) are then read through QGIS, feature by feature, and replace them.
    """
    layer = reader.layer
    buffer = layer.editBuffer()
    edits = buffer is not None and buffer.isModified()
    if edits and (buffer.addedAttributes() or buffer.deletedAttributeIds()):
        return None  # the saved columns no longer match the layer's fields
    items = _quietly(lambda: _read(reader))
    trim_heap()  # the column buffers are gone: give their pages back
    if items is None or not edits:
        return items
    added = buffer.addedFeatures()
    changed = (set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())) - set(added)
    gone = set(buffer.deletedFeatureIds()) | changed
    items = [item for item in items if item.fid not in gone]
    for fid in changed - set(buffer.deletedFeatureIds()):
        item = reader.module_by_id(fid)
        if item is not None:
            items.append(item)
    items.extend(reader.module(feature) for feature in added.values())
    return items


def trim_heap() -> None:
    """Returns the C heap's free pages to the system (glibc's malloc_trim; nothing elsewhere). A
    column read allocates hundreds of MB of buffers for a large layer and frees them at once: glibc
    keeps the pages, and the resident memory of QGIS stays that much higher (27-40 MB per 100,000
    modules in bench_live_edit) until something else reuses them."""
    global _MALLOC_TRIM
    if _MALLOC_TRIM is None:
        _MALLOC_TRIM = False
        try:
            import ctypes
            import sys

            if sys.platform.startswith("linux"):
                _MALLOC_TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            pass
    if _MALLOC_TRIM:
        _MALLOC_TRIM(0)


_MALLOC_TRIM = None


def _quietly(read):
    """``read()`` with GDAL's error messages kept off the console; None if GDAL reported an error.

    GDAL opens the file on a connection of its own; while QGIS's provider holds the GeoPackage in
    some states (just after a rollback, say), SQLite answers "unable to open database file". The
    plugin then reads the features through QGIS instead, and says nothing: nothing is wrong.
    """
    try:
        gdal, _ = compat.osgeo()
    except ImportError:
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    gdal.ErrorReset()
    try:
        result = read()
        if gdal.GetLastErrorType() >= gdal.CE_Failure:
            LOGGER.debug("bulk read failed (%s); reading features", gdal.GetLastErrorMsg())
            return None
        return result
    finally:
        gdal.PopErrorHandler()


def _read(reader) -> list | None:
    opened = _ogr_layer(reader.layer)
    return None if opened is None else _read_columns(reader, *opened)


def _read_columns(reader, dataset, ogr_layer) -> list | None:
    """The saved features of ``ogr_layer`` as ModuleInput."""
    geometry_column = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    fid_column = ogr_layer.GetFIDColumn() or "OGC_FID"
    names = reader.names
    options = ["INCLUDE_FID=YES", f"GEOMETRY_NAME={geometry_column}", f"FID={fid_column}"]
    items: list = []
    measure = reader.measure
    try:
        ogr_layer.ResetReading()
        stream = ogr_layer.GetArrowStreamAsNumPy(options=options)
        for batch in stream:
            fids = batch[fid_column].tolist()
            columns = [(name, _python_values(batch[name])) for name in names if name in batch]
            missing = [name for name in names if name not in batch]
            if missing:
                LOGGER.debug("bulk read: columns %s not in the stream; reading features", missing)
                return None
            wkbs = batch.get(geometry_column)
            wkbs = [None] * len(fids) if wkbs is None else wkbs.tolist()  # masked (NULL) -> None
            rows = [{} for _ in fids]  # as ModuleReader.module: only the values that are set
            for name, column in columns:
                for row, value in enumerate(column):
                    if value is not None:
                        rows[row][name] = value
            for row, fid in enumerate(fids):
                values = rows[row]
                wkb = wkbs[row]
                geometry = QgsGeometry()
                if wkb:
                    geometry.fromWkb(bytes(wkb))
                area, error = measure(geometry)
                items.append(ModuleInput(fid, values, area, error))
    except (RuntimeError, KeyError, ValueError) as error:  # a driver that cannot stream: read features
        LOGGER.debug("bulk read of %s failed (%s); reading features", reader.layer.name(), error)
        return None
    finally:
        del ogr_layer, dataset
    return items
