"""Location layers of a scheme: each module's distance to the nearest feature of each layer its rules name.

The rules (core/location.py) name location layers by their name in the project (or the caller
gives the layers). Any point, line or polygon layer will do; a layer in another CRS than the
scheme's is transformed. An empty or invalid location feature is reported (``problems``) and skipped.

Distances are from a module's footprint (0 where it touches or overlaps a feature), found with a
spatial index of the features' boxes and their exact distances (the nearest feature within the
rules' reach):

- a scheme in a projected CRS: in its units, converted to metres;
- a scheme in degrees: the nearest feature is found in a local azimuthal equidistant projection
  centred on the scheme, and the distance is the ellipsoidal length (the project's ellipsoid, WGS 84
  by default) of the shortest line between the footprint and that feature.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)

from economic_layer_plugin.core.engine import paused_gc
from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.core.location import LocationAssumptions, Measure
from economic_layer_plugin.core.refusal import Message, Text
from economic_layer_plugin.qgis_adapter import location_fast

DEFAULT_ELLIPSOID = "EPSG:7030"  # WGS 84, where the project sets none
#: fields whose value labels a location feature in the reasons, first found wins
LABEL_FIELDS = ("name", translate(N_("Name"), "zh"), "el_name", "NAME", "Name")  # 名称 as the catalogue spells it
#: fewer footprints than this are measured one at a time (numpy's set-up costs more than it saves)
FAST_MINIMUM = 50


class LocationMeasurer:
    """Measures modules of ``scheme`` against the location layers of ``rules``.

    ``layers``: {rule layer name: QgsVectorLayer}; where a name is missing, the project's layer of that
    name is used. A layer that cannot be found is a problem and its rules apply to no module."""

    def __init__(self, scheme: QgsVectorLayer, rules: LocationAssumptions, layers: dict | None = None,
                 project: QgsProject | None = None) -> None:
        self.project = project or QgsProject.instance()
        self.scheme = scheme
        self.rules = rules
        self.given = dict(layers or {})
        self.problems: list = []
        self._setup_crs()
        self._point_cache: dict = {}  # layer name -> location_fast.points(...) or None
        self.indexes: dict = {}  # layer name -> (QgsSpatialIndex, {fid: label}, {fid: geometry}, reach)
        for name, reach in rules.layers().items():
            self.index_layer(name, reach)

    # coordinate systems -----------------------------------------------------------------------
    def _setup_crs(self) -> None:
        crs = self.scheme.crs()
        context = self.project.transformContext()
        self.geographic = crs.isGeographic()
        self.to_work = self.from_work = None
        if self.geographic:
            centre = self.scheme.extent().center()
            work = QgsCoordinateReferenceSystem()
            work.createFromProj(f"+proj=aeqd +lat_0={centre.y():.8f} +lon_0={centre.x():.8f} "
                                "+datum=WGS84 +units=m +no_defs")
            self.work_crs = work
            self.to_work = QgsCoordinateTransform(crs, work, context)
            self.from_work = QgsCoordinateTransform(work, crs, context)
            self.distance = QgsDistanceArea()
            self.distance.setSourceCrs(crs, context)
            ellipsoid = self.project.ellipsoid()
            if not ellipsoid or ellipsoid.upper() == "NONE":
                ellipsoid = crs.ellipsoidAcronym() or DEFAULT_ELLIPSOID
            self.distance.setEllipsoid(ellipsoid)
            self.metres = 1.0
        else:
            self.work_crs = crs
            units = crs.mapUnits() if crs.isValid() else QgsUnitTypes.DistanceMeters
            self.metres = QgsUnitTypes.fromUnitToUnitFactor(units, QgsUnitTypes.DistanceMeters)

    def _layer(self, name: str):
        """The location layer a rule names: given by the caller, else a layer of the project of that
        name, else a layer of that name in the scheme's own GeoPackage (so that a scheme with its
        stations beside it computes the same on the command line, where there is no project)."""
        layer = self.given.get(name)
        if layer is None:
            found = [lyr for lyr in self.project.mapLayersByName(name) if isinstance(lyr, QgsVectorLayer)]
            layer = found[0] if found else None
        if layer is None:
            from economic_layer_plugin.qgis_adapter.gpkg import geopackage_of

            own = geopackage_of(self.scheme)
            if own is not None:
                candidate = QgsVectorLayer(f"{own[0]}|layername={name}", name, "ogr")
                layer = candidate if candidate.isValid() else None
        return layer

    # location layers --------------------------------------------------------------------------
    def index_layer(self, name: str, reach: float | None = None) -> None:
        """(Re)builds the spatial index of one location layer (after its features change)."""
        if reach is None:
            reach = self.rules.layers().get(name, 0.0)
        self.problems = [p for p in self.problems if not p.startswith(f"{name}:")]
        self._point_cache.pop(name, None)
        layer = self._layer(name)
        if layer is None or not layer.isValid():
            self.problems.append(Message(N_("{layer}: no such location layer in the project (rule layer name)"),
                                         layer=name))
            self.indexes.pop(name, None)
            return
        transform = None
        if layer.crs() != self.work_crs:
            transform = QgsCoordinateTransform(layer.crs(), self.work_crs, self.project.transformContext())
        names = layer.fields().names()
        label_index = next((names.index(f) for f in LABEL_FIELDS if f in names), -1)
        index = QgsSpatialIndex()  # boxes only: _GeometryIndex measures exactly
        labels, geometries = {}, {}
        for feature in layer.getFeatures(QgsFeatureRequest()):
            geometry = QgsGeometry(feature.geometry())
            fid = feature.id()
            if geometry.isNull() or geometry.isEmpty():
                self.problems.append(Message(N_("{layer}: feature {fid} has no geometry; skipped"),
                                             layer=name, fid=fid))
                continue
            if not geometry.isGeosValid():
                self.problems.append(Message(N_("{layer}: feature {fid} has an invalid geometry ({why}); skipped"),
                                             layer=name, fid=fid, why=geometry.lastError() or Text(N_("invalid"))))
                continue
            if transform is not None:
                geometry.transform(transform)
            label = feature.attribute(label_index) if label_index >= 0 else None
            labels[fid] = f"#{fid}" if label is None or _is_null(label) or str(label) == "" else str(label)
            geometries[fid] = geometry
            stored = QgsFeature(fid)
            stored.setGeometry(geometry)
            index.addFeature(stored)
        self.indexes[name] = (_GeometryIndex(index, geometries), labels, geometries, reach)

    # modules ----------------------------------------------------------------------------------
    def work_geometry(self, geometry: QgsGeometry) -> QgsGeometry | None:
        """The footprint in the working CRS, None where it is empty or invalid (the module's own
        geometry problem is reported by the reader)."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        if self.to_work is None:
            return geometry
        work = QgsGeometry(geometry)
        work.transform(self.to_work)
        return work

    def measure(self, geometry: QgsGeometry) -> dict | None:
        """{layer name: Measure} of one footprint, for the layers with a feature within reach; None
        where none is (or the footprint is unusable). The straightforward path: one spatial-index query
        and one exact distance per layer (what :meth:`measure_layer` must agree with)."""
        work = self.work_geometry(geometry)
        if work is None:
            return None
        found = {}
        for name in self.indexes:
            measure = self._nearest(work, name)
            if measure is not None:
                found[name] = measure
        return found or None

    def _nearest(self, work: QgsGeometry, name: str) -> Measure | None:
        index, labels, geometries, reach = self.indexes[name]
        best = index.nearest(work, reach / self.metres)
        if best is None:
            return None
        fid, distance = best
        if self.geographic and distance > 0:
            distance = self._ellipsoidal(work, geometries[fid])
        else:
            distance *= self.metres
        return Measure(distance, labels[fid]) if distance <= reach else None

    def _ellipsoidal(self, work: QgsGeometry, other: QgsGeometry) -> float:
        line = work.shortestLine(other).asPolyline()
        start = self.from_work.transform(line[0])
        end = self.from_work.transform(line[-1])
        return self.distance.measureLine(start, end)

    def measure_layer(self, request: QgsFeatureRequest | None = None) -> dict:
        """{fid: measures or None} of the scheme's features (all, or those of ``request``)."""
        request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
        request.setNoAttributes()
        fids, geometries = [], []
        with paused_gc():  # many small objects, no cycles (as the engine's load)
            iterator = self.scheme.getFeatures(request)
            feature = QgsFeature()
            while iterator.nextFeature(feature):
                fids.append(feature.id())
                geometries.append(feature.geometry())
            return self.measure_many(fids, geometries)

    def measure_many(self, fids: list, geometries: list) -> dict:
        """{fid: measures or None} of many footprints: what :meth:`measure` gives for each, faster. In a
        projected scheme, the layers of points are measured at once with numpy (location_fast.py: the
        same nearest feature, the same distance to rounding); the other layers, and a scheme in degrees
        or with footprints other than 2D polygons, one footprint at a time."""
        found: list = [None] * len(fids)
        fast = {}
        if not self.geographic and len(fids) >= FAST_MINIMUM:
            names = [name for name in self.indexes if self._points(name) is not None]
            if names:
                footprints = location_fast.footprints(geometries)
                if footprints is not None:
                    fast = {name: location_fast.nearest_points(footprints, self._points(name),
                                                               self.indexes[name][3] / self.metres)
                            for name in names}
        slow = [name for name in self.indexes if name not in fast]
        for name, (modules, features, distances) in fast.items():
            labels = self.indexes[name][1]
            reach = self.indexes[name][3]
            point_fids = self._points(name)[2]
            metres = self.metres
            for module, feature, distance in zip(modules.tolist(), features.tolist(), distances.tolist()):
                distance *= metres
                if distance <= reach:
                    measure = Measure(distance, labels[point_fids[feature]])
                    if found[module] is None:
                        found[module] = {name: measure}
                    else:
                        found[module][name] = measure
        if slow:
            for i, geometry in enumerate(geometries):
                work = self.work_geometry(geometry)
                if work is None:
                    continue
                for name in slow:
                    measure = self._nearest(work, name)
                    if measure is not None:
                        if found[i] is None:
                            found[i] = {}
                        found[i][name] = measure
        return dict(zip(fids, found))

    def _points(self, name: str):
        """(x array, y array, feature fids) of a location layer made of points only (multipoints: one
        row per point), None for a layer with lines or polygons; cached until the layer is re-indexed."""
        if name not in self._point_cache:
            geometries = self.indexes[name][2]
            xs, ys, owners = [], [], []
            points = True
            for fid in sorted(geometries):
                geometry = geometries[fid]
                if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PointGeometry:
                    points = False
                    break
                for vertex in geometry.vertices():
                    xs.append(vertex.x())
                    ys.append(vertex.y())
                    owners.append(fid)
            self._point_cache[name] = location_fast.points(xs, ys, owners) if points else None
        return self._point_cache[name]


def _is_null(value) -> bool:
    return hasattr(value, "isNull") and value.isNull()


class _GeometryIndex:
    """A spatial index of bounding boxes and the exact geometries: the nearest feature to a
    footprint within a distance, by exact geometric distance."""

    def __init__(self, index: QgsSpatialIndex, geometries: dict) -> None:
        self.index = index
        self.geometries = geometries

    def nearest(self, geometry: QgsGeometry, max_distance: float):
        """(fid, distance in the working units) of the nearest feature within ``max_distance``, or None
        (ties: the smallest fid). The exact distance of every feature whose bounding box lies within
        ``max_distance`` of the footprint's, not ``QgsSpatialIndex.nearestNeighbor``: with libspatialindex
        2.1 (Debian 13's QGIS 3.40) that ranks by bounding boxes only and ignores the maximum distance
        (libspatialindex#276, QGIS#64431), so a multipoint or line whose box covers a footprint won."""
        if not self.geometries:
            return None
        box = QgsRectangle(geometry.boundingBox())
        box.grow(max_distance)
        geometries = self.geometries
        best = None
        for fid in self.index.intersects(box):
            distance = geometry.distance(geometries[fid])
            if 0 <= distance <= max_distance and (best is None or (distance, fid) < (best[1], best[0])):
                best = (fid, distance)
        return best


def apply(model, scheme: QgsVectorLayer, layers: dict | None = None, project: QgsProject | None = None) -> list:
    """Measures every module of ``scheme`` against the location layers of ``model.assumptions`` and
    gives the distances to ``model`` (only modules whose distances changed are computed again).
    Returns the problems found (location layers missing, features empty or invalid): English strings that
    say themselves in another language (``core.refusal.in_language(problem, language)``)."""
    measurer = LocationMeasurer(scheme, model.assumptions.location, layers, project)
    measures = measurer.measure_layer()
    measures.update({fid: None for fid in model.inputs if fid not in measures})
    model.set_measures(measures)
    return measurer.problems


class LiveLocation:
    """Keeps a LiveModel's location distances up to date: a module moved, reshaped or added is measured
    again before the live model recomputes it; an edit of a location layer re-indexes that layer and
    recomputes the modules whose distances change; :meth:`set_assumptions` (a rule changed) re-measures
    where the rules name other layers or reaches and then gives the new rules to the live model."""

    def __init__(self, live, layers: dict | None = None, project: QgsProject | None = None) -> None:
        self.live = live
        self.layers = layers
        self.project = project or QgsProject.instance()
        self._connections: list = []
        self._location_slots: list = []
        self.problems: list = []
        self._measured = None  # the rules' {layer: reach} last measured
        self._remeasure()
        scheme = live.layer
        for signal, slot in ((scheme.geometryChanged, self._on_geometry), (scheme.featureAdded, self._on_added),
                             (live.updated, self._on_updated), (self.project.layersAdded, self._on_layers_added),
                             (scheme.afterCommitChanges, self._remeasure), (scheme.afterRollBack, self._remeasure)):
            signal.connect(slot)
            self._connections.append((signal, slot))

    def _remeasure(self) -> None:
        for signal, slot in [c for c in self._connections if c[1] in self._location_slots]:
            signal.disconnect(slot)
            self._connections.remove((signal, slot))
        self._location_slots = []
        rules = self.live.model.assumptions.location
        self._measured = rules.layers()
        model = self.live.model
        if not rules.rules:  # nothing to measure: a scheme without rules costs nothing
            self.measurer = None
            self.problems = []
            if model.measures:
                model.set_measures({fid: None for fid in list(model.measures)})
            return
        self.measurer = LocationMeasurer(self.live.layer, rules, self.layers, self.project)
        self.problems = self.measurer.problems
        measures = self.measurer.measure_layer()  # (after a commit or rollback: staged for the reload)
        measures.update({fid: None for fid in model.inputs if fid not in measures})
        model.set_measures(measures)
        for name in self.measurer.indexes:
            layer = self.measurer._layer(name)
            slot = self._location_slot(name)
            self._location_slots.append(slot)
            for signal in (layer.geometryChanged, layer.featureAdded, layer.featuresDeleted):
                signal.connect(slot)
                self._connections.append((signal, slot))

    def _on_updated(self) -> None:
        """After any change of the live model: where the rules now name other layers or reaches (a rule
        changed in the dock), measure again."""
        if self.live.model.assumptions.location.layers() != self._measured:
            self._remeasure()
            self.live.updated.emit()

    def _on_layers_added(self, _layers) -> None:
        """A location layer the rules name was missing and is now in the project: measure again."""
        if self.measurer is not None and set(self.measurer.indexes) != set(self._measured):
            self._remeasure()
            self.live.updated.emit()

    def _location_slot(self, name: str):
        def slot(first=None, *_rest) -> None:
            fids = list(first) if isinstance(first, (list, tuple, set)) else [first]
            self._on_location_edit(name, fids)
        return slot

    def _on_geometry(self, fid, geometry) -> None:
        # staged: the live model's next flush recomputes the module with these distances
        if self.measurer is None:
            return
        measures = self.measurer.measure(geometry)
        if measures is None:
            self.live.model.measures.pop(fid, None)
        else:
            self.live.model.measures[fid] = measures

    def _on_added(self, fid) -> None:
        feature = self.live.layer.getFeature(fid)
        if feature.isValid():
            self._on_geometry(fid, feature.geometry())

    def _on_location_edit(self, name: str, fids: list) -> None:
        """A location feature changed: that layer re-indexed; only the modules within its rules' reach of
        the feature's old or new place measured again (the others' nearest feature cannot have changed)."""
        measurer = self.measurer
        reach = measurer.indexes[name][3] if name in measurer.indexes else 0.0
        boxes = []
        old = measurer.indexes.get(name)
        boxes += [old[2][fid].boundingBox() for fid in fids if old is not None and fid in old[2]]
        measurer.index_layer(name)
        new = measurer.indexes.get(name)
        boxes += [new[2][fid].boundingBox() for fid in fids if new is not None and fid in new[2]]
        if not boxes:
            return
        area = QgsRectangle(boxes[0])
        for box in boxes[1:]:
            area.combineExtentWith(box)
        area.grow(reach / measurer.metres + 1.0)
        if measurer.from_work is not None and measurer.geographic:
            area = measurer.from_work.transformBoundingBox(area)
        found = measurer.measure_layer(QgsFeatureRequest().setFilterRect(area))
        self.live.model.set_measures(found)
        self.live.updated.emit()

    def set_assumptions(self, assumptions) -> None:
        """New assumptions (a rule changed): the live model reprices; where the rules' layers or reaches
        differ, every module is measured again first."""
        self.live.set_assumptions(assumptions)  # updated: measured again where the rules' layers changed

    def disconnect(self) -> None:
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._connections = []


FACTOR_FIELDS = ("el_module_id", "el_unit", "el_use", "loc_sale", "loc_rent", "loc_reasons")


def write_factor_layer(model, scheme: QgsVectorLayer, path, name: str, language: str = "zh") -> QgsVectorLayer:
    """A derived layer ``name`` in the GeoPackage ``path``: each module of ``scheme`` (priced and
    located by ``model``) with the location factors its prices carry (``loc_sale``, ``loc_rent``: 1
    where no rule applies or where the module's own price wins; NULL for a module left out or
    demolished) and its reasons, to be shown in graduated colours (qgis_adapter/style.py
    ``location_renderer``). A snapshot: it does not follow edits."""
    from economic_layer_plugin.qgis_adapter import compat
    from economic_layer_plugin.qgis_adapter.gpkg import open_writer

    fields = QgsFields()
    for key in FACTOR_FIELDS:
        fields.append(QgsField(key, compat.DOUBLE if key in ("loc_sale", "loc_rent") else compat.STRING))
    writer = open_writer(path, name, fields, scheme.wkbType(), scheme.crs())
    names = scheme.fields().names()
    for feature in scheme.getFeatures():
        module = model.modules.get(feature.id())
        found = module.location if module is not None else None
        priced = module is not None and module.action != "demolish"
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        sale = rent = 1.0 if priced else None
        if found is not None:
            sale = 1.0 if "el_sale_price" in found.own else found.sale
            rent = 1.0 if "el_rent" in found.own else found.rent
        out.setAttributes([feature[key] if key in names else None for key in FACTOR_FIELDS[:3]] + [
            sale, rent, "; ".join(found.notes(language)) if found else None])
        writer.addFeature(out)
    del writer  # closes the file
    return QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
