"""Features of a layer as modules of the engine: attributes, footprint area, geometry problems.

Areas are measured on the ellipsoid for a layer in geographic coordinates (never in square
degrees), and in the layer's own units converted to m2 for a projected one.
"""

from __future__ import annotations

from qgis.core import (
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsProject,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.qgis_adapter.filled import filled_columns

DEFAULT_ELLIPSOID = "EPSG:7030"  # WGS 84, where the project sets none


class ModuleReader:
    """Turns features of one layer into :class:`ModuleInput`; reusable for every edit."""

    def __init__(self, layer: QgsVectorLayer) -> None:
        self.layer = layer
        self.refresh()

    def refresh(self) -> None:
        """Re-reads the layer's field indices and CRS (after fields or the CRS change)."""
        layer = self.layer
        names = layer.fields().names()
        self.indices = [(name, names.index(name)) for name in schema.FIELD_NAMES if name in names]
        self.names = [name for name, _ in self.indices]
        crs = layer.crs()
        self.geographic = crs.isGeographic()
        self.area = QgsDistanceArea()
        self.area.setSourceCrs(crs, QgsProject.instance().transformContext())
        if self.geographic:
            ellipsoid = QgsProject.instance().ellipsoid()
            if not ellipsoid or ellipsoid.upper() == "NONE":
                ellipsoid = crs.ellipsoidAcronym() or DEFAULT_ELLIPSOID
            self.area.setEllipsoid(ellipsoid)
            self.unit_factor = 1.0
        else:
            units = QgsUnitTypes.distanceToAreaUnit(crs.mapUnits()) if crs.isValid() else QgsUnitTypes.AreaSquareMeters
            self.unit_factor = QgsUnitTypes.fromUnitToUnitFactor(units, QgsUnitTypes.AreaSquareMeters)

    def module(self, feature: QgsFeature, indices=None) -> ModuleInput:
        """``indices``: the (name, index) pairs to read (default: every el_ field); the others are empty."""
        # NULL arrives as a QVariant, other values as Python objects; inline: this runs per field.
        # Only values that are set are kept (an empty field reads as None through .get(), and a
        # scheme's el_ fields are mostly empty: a sparse dict halves the memory of a large layer).
        values = {}
        for name, index in indices if indices is not None else self.indices:
            value = feature.attribute(index)
            if value.__class__ is not QVariant:
                values[name] = value
        area, error = self.measure(feature.geometry())
        return ModuleInput(feature.id(), values, area, error)

    def measure(self, geometry) -> tuple:
        """(footprint area in m2, None), or (None, why the geometry cannot be used)."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None, "no geometry"
        if geometry.type() != QgsWkbTypes.PolygonGeometry:
            return None, f"{QgsWkbTypes.displayString(geometry.wkbType())} is not a polygon"
        if not geometry.isGeosValid():
            return None, geometry.lastError() or "invalid polygon"
        if self.geographic:
            return self.area.measureArea(geometry), None
        return geometry.area() * self.unit_factor, None

    def filled_indices(self) -> list:
        """The el_ fields that hold a value in some feature, as the user sees the layer.

        Turning a NULL into Python costs four times a number, and most el_ fields of a scheme are
        empty (their values come from the price book): a bulk read skips the fields that are empty
        in every feature. The data provider tells which columns hold a value (MIN is NULL only for
        an empty one); the edit buffer adds the fields it changes or fills in new features.
        """
        provider = self.layer.dataProvider()
        # (where the provider's SQL fails, e.g. a GeoPackage just written, it scans the features
        # instead: the answer stays right; tests/qgis/qgis_adapter compare with reading every field)
        saved = filled_columns(self.layer, self.names)  # a GeoPackage: SQLite directly (no GDAL noise)
        if saved is not None:
            filled = {index for name, index in self.indices if name in saved}
        else:
            filled = set()
            for _, index in self.indices:
                minimum = provider.minimumValue(index)
                if minimum is not None and not (isinstance(minimum, QVariant) and minimum.isNull()):
                    filled.add(index)
        buffer = self.layer.editBuffer()
        if buffer is not None and buffer.isModified():
            if buffer.addedAttributes() or buffer.deletedAttributeIds():
                return list(self.indices)
            for changes in buffer.changedAttributeValues().values():
                filled.update(changes)
            for feature in buffer.addedFeatures().values():
                filled.update(i for i, value in enumerate(feature.attributes()) if value.__class__ is not QVariant)
        return [(name, index) for name, index in self.indices if index in filled]

    def modules(self, request: QgsFeatureRequest | None = None):
        """Every feature of the layer as the user sees it (edit buffer included).

        Without a request, a GDAL layer without pending edits is read by columns
        (:mod:`.bulk`): the same modules, several times faster.
        """
        if request is None:
            from economic_layer_plugin.qgis_adapter.bulk import read_modules

            items = read_modules(self)
            if items is not None:
                return iter(self._with_stored(items))
        return self._with_stored(self._features(request))

    def _numeric_names(self) -> list:
        return [name for name in self.names if schema.field(name).is_numeric]

    def _with_stored(self, items, fid=None):
        """``items`` with the text or blob values that a GeoPackage holds in numeric fields put back in
        place of what GDAL made of them (0 or empty), so that the module says "not a number". A feature
        changed in the edit buffer keeps the values the user typed."""
        from economic_layer_plugin.qgis_adapter.gpkg import stored_non_numbers

        stored = stored_non_numbers(self.layer, self._numeric_names(), fid)
        if not stored:
            yield from items
            return
        buffer = self.layer.editBuffer()
        edited = set()
        if buffer is not None and buffer.isModified():
            edited = set(buffer.changedAttributeValues()) | set(buffer.addedFeatures())
        for item in items:
            values = stored.get(item.fid)
            if values is None or item.fid in edited:
                yield item
            else:
                yield item._replace(attributes={**item.attributes, **values})

    def _features(self, request: QgsFeatureRequest | None = None):
        """Every feature of the layer, read one by one through QGIS."""
        indices = self.filled_indices()
        for feature in self.layer.getFeatures(request or QgsFeatureRequest()):
            yield self.module(feature, indices)

    def module_by_id(self, fid) -> ModuleInput | None:
        feature = self.layer.getFeature(fid)
        if not feature.isValid():
            return None
        item = self.module(feature)
        return next(self._with_stored([item], fid if isinstance(fid, int) and fid >= 0 else None))
