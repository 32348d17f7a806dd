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

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.qgis_adapter.fields import python_value

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

    def module(self, feature: QgsFeature) -> ModuleInput:
        attributes = feature.attributes()
        values = {name: python_value(attributes[index]) for name, index in self.indices}
        geometry = feature.geometry()
        error = None
        area = None
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            error = "no geometry"
        elif geometry.type() != QgsWkbTypes.PolygonGeometry:
            error = f"{QgsWkbTypes.displayString(geometry.wkbType())} is not a polygon"
        elif not geometry.isGeosValid():
            error = geometry.lastError() or "invalid polygon"
        elif self.geographic:
            area = self.area.measureArea(geometry)
        else:
            area = geometry.area() * self.unit_factor
        return ModuleInput(feature.id(), values, area, error)

    def modules(self, request: QgsFeatureRequest | None = None):
        """Every feature of the layer as the user sees it (edit buffer included)."""
        for feature in self.layer.getFeatures(request or QgsFeatureRequest()):
            yield self.module(feature)

    def module_by_id(self, fid) -> ModuleInput | None:
        feature = self.layer.getFeature(fid)
        return self.module(feature) if feature.isValid() else None
