"""Industrial layers in QGIS: create or convert one, read its plots, suggest levels, write categories,
and build economic schemes from its plots (core.industrial holds the method).

Land areas are measured as the economic layer's footprints are (qgis_adapter.reader): on the
ellipsoid for a layer in geographic coordinates, never in square degrees.
The plugin writes to a user's industrial layer only on the planner's command, as one undoable
edit command inside an edit session (the planner saves or rolls back).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsEditorWidgetSetup,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsWkbTypes,
)

from economic_layer_plugin.core import industrial as ind
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.i18n import N_, is_chinese, tr
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.convert import FieldMapping, convert_layer, write_feature
from economic_layer_plugin.qgis_adapter.fields import _range_widget, python_value, qgs_field
from economic_layer_plugin.qgis_adapter.gpkg import (
    GeoPackageError,
    geopackage_of,
    is_economic_layer,
    layer_source,
    load_assumptions,
    open_writer,
    save_assumptions,
    save_default_style,
)
from economic_layer_plugin.qgis_adapter.reader import DEFAULT_ELLIPSOID, ModuleReader

LOGGER = logging.getLogger(__name__)
ASSUMPTIONS_TABLE = "el_ind_assumptions"
NULL_KEY = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"  # QgsValueMapFieldFormatter::NULL_VALUE
CATEGORY_COLOURS = {
    ind.GREEN: "#7cb342", ind.EFFICIENCY: "#ef6c00", ind.QUALITY: "#8e24aa", ind.EQUITY: "#fbc02d",
    ind.SAFETY: "#d32f2f", ind.EFFICIENT: "#1e88e5", ind.NOT_EVALUATED: "#bdbdbd",
}


def is_industrial_layer(layer) -> bool:
    """A polygon layer with the el_ind_ fields that is not an economic layer (a scheme made from
    plots keeps their el_ind_ fields, and is a scheme)."""
    return (isinstance(layer, QgsVectorLayer) and layer.isValid()
            and layer.geometryType() == QgsWkbTypes.PolygonGeometry and ind.is_industrial(layer.fields().names())
            and not is_economic_layer(layer))


def industrial_fields(language: str = "en") -> QgsFields:
    fields = QgsFields()
    for spec in ind.FIELDS + ind.RESULT_FIELDS:
        fields.append(qgs_field(spec, language))
    return fields


def setup_form(layer: QgsVectorLayer, language: str = "en") -> None:
    """Aliases and edit widgets of the el_ind_ fields: a drop-down for the level and the yes/no fields."""
    fields = layer.fields()
    zh = is_chinese(language)
    for spec in ind.FIELDS + ind.RESULT_FIELDS:
        index = fields.indexOf(spec.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, spec.alias(language))
        if spec.name == "el_ind_level":
            entries = [{ind.level_label(level, language) + (f" ({level})" if zh else ""): level}
                       for level in ind.LEVELS]
            entries.append({tr("(not known)", language): NULL_KEY})
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": entries}))
        elif spec.allowed == ind.YES_NO:
            entries = [{tr("yes", language) + (" (1)" if zh else ""): 1},
                       {tr("no", language) + (" (0)" if zh else ""): 0},
                       {tr("(not known)", language): NULL_KEY}]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": entries}))
        elif spec.is_numeric:
            layer.setEditorWidgetSetup(index, _range_widget(spec))


def category_renderer(language: str = "en") -> QgsCategorizedSymbolRenderer:
    categories = []
    for category in ind.CATEGORIES:
        symbol = QgsFillSymbol.createSimple({"color": CATEGORY_COLOURS[category], "outline_color": "#424242",
                                             "outline_width": "0.2"})
        categories.append(QgsRendererCategory(category, symbol, ind.category_label(category, language)))
    other = QgsFillSymbol.createSimple({"color": "#ffffff", "outline_color": "#424242", "style": "no"})
    categories.append(QgsRendererCategory(None, other, tr("not classified", language)))
    return QgsCategorizedSymbolRenderer("el_ind_category", categories)


def configure(layer: QgsVectorLayer, language: str = "en") -> None:
    """Form and the style by category, saved as the layer's default style in its GeoPackage."""
    setup_form(layer, language)
    layer.setRenderer(category_renderer(language))
    layer.triggerRepaint()
    if compat.can_save_style_to_database(layer):
        save_default_style(layer, layer.name(), "Economic Layer: industrial")


def create_industrial_layer(path, name: str, crs, language: str = "en",
                            assumptions: ind.IndustrialAssumptions | None = None) -> QgsVectorLayer:
    path = Path(path)
    if not crs.isValid():
        raise GeoPackageError(N_("{name}: the coordinate reference system is not valid"), name=name,
                              details=str(path))
    writer = open_writer(path, name, industrial_fields(language), QgsWkbTypes.MultiPolygon, crs)
    del writer
    return _open_new(path, name, language, assumptions)


def _open_new(path: Path, name: str, language: str, assumptions) -> QgsVectorLayer:
    layer = QgsVectorLayer(layer_source(path, name), name, "ogr")
    if not layer.isValid():
        raise GeoPackageError(N_("{name}: the new layer cannot be opened"), name=name, details=str(path))
    save_assumptions(path, name, assumptions or ind.IndustrialAssumptions(), ASSUMPTIONS_TABLE)
    configure(layer, language)
    return layer


def convert_to_industrial(source: QgsVectorLayer, path, name: str, language: str = "en",
                          enterprise_field: str | None = None) -> QgsVectorLayer:
    """A copy of a polygon layer in a GeoPackage with every original attribute and the el_ind_ fields
    (values of el_ind_ fields the source has are kept); ``enterprise_field`` fills el_ind_enterprise."""
    path = Path(path)
    if not isinstance(source, QgsVectorLayer) or not source.isValid():
        raise GeoPackageError(N_("{name}: the source layer is not a valid vector layer"), name=name)
    if source.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise GeoPackageError(N_("{name}: not a polygon layer"), name=source.name())
    names = source.fields().names()
    if enterprise_field and enterprise_field not in names:
        raise GeoPackageError(N_("{name}: no field {field!r}"), name=source.name(), field=enterprise_field)
    fields, kept = QgsFields(), []
    for index, source_field in enumerate(source.fields()):
        if source_field.name() in ind.FIELDS_BY_NAME:
            continue
        copy = QgsField(source_field)
        if copy.name().lower() == "fid":
            copy.setName("src_fid")
        kept.append((index, fields.count()))
        fields.append(copy)
    own = {}
    for spec in ind.FIELDS + ind.RESULT_FIELDS:
        own[spec.name] = fields.count()
        fields.append(qgs_field(spec, language))
    writer = open_writer(path, name, fields, QgsWkbTypes.MultiPolygon, source.crs())
    try:
        for feature in source.getFeatures():
            attributes = feature.attributes()
            values = [None] * fields.count()
            for source_index, output_index in kept:
                values[output_index] = attributes[source_index]
            for spec_name, output_index in own.items():
                if spec_name in names:
                    values[output_index] = python_value(attributes[names.index(spec_name)])
            if enterprise_field and values[own["el_ind_enterprise"]] is None:
                raw = python_value(attributes[names.index(enterprise_field)])
                values[own["el_ind_enterprise"]] = None if raw is None else str(raw)
            write_feature(writer, fields, values, feature, path, name)
    finally:
        del writer
    return _open_new(path, name, language, None)


# assumptions ---------------------------------------------------------------------------------------
def assumptions_of(layer) -> ind.IndustrialAssumptions:
    """The thresholds stored beside the layer in its GeoPackage, or the defaults (logged)."""
    source = geopackage_of(layer)
    if source is not None:
        try:
            stored = load_assumptions(*source, table_name=ASSUMPTIONS_TABLE, kind=ind.IndustrialAssumptions)
        except ind.IndustrialAssumptionsError as error:
            LOGGER.warning("%s: the stored industrial thresholds cannot be used (%s); the defaults are used",
                           layer.name(), error)
            stored = None
        if stored is not None:
            return stored
    return ind.IndustrialAssumptions()


def store_assumptions(layer, assumptions: ind.IndustrialAssumptions) -> bool:
    source = geopackage_of(layer)
    if source is None:
        return False
    save_assumptions(source[0], source[1], assumptions, ASSUMPTIONS_TABLE)
    return True


# reading ---------------------------------------------------------------------------------------------
def read_plots(layer: QgsVectorLayer) -> list:
    """Every feature as a core Plot, land area in m2 measured as the economic layer's footprints are."""
    reader = ModuleReader(layer)  # its area measure: ellipsoid for geographic CRS, m2 for projected ones
    names = layer.fields().names()
    indices = [(name, names.index(name)) for name in ind.FIELD_NAMES if name in names]
    plots = []
    for feature in layer.getFeatures():
        measured = reader.module(feature, indices=())
        raw = {name: python_value(feature.attribute(index)) for name, index in indices}
        plots.append(ind.read_plot(feature.id(), raw, measured.footprint_area, measured.geometry_error))
    return plots


def evaluate_layer(layer: QgsVectorLayer, assumptions: ind.IndustrialAssumptions | None = None) -> ind.Evaluation:
    return ind.evaluate(read_plots(layer), assumptions or assumptions_of(layer))


# levels from a parks layer -----------------------------------------------------------------------------
@dataclass
class LevelSuggestion:
    fid: object
    park: str | None
    level: str
    reason: str


def _area_measure(crs) -> QgsDistanceArea:
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, QgsProject.instance().transformContext())
    ellipsoid = QgsProject.instance().ellipsoid()
    if not ellipsoid or ellipsoid.upper() == "NONE":
        ellipsoid = crs.ellipsoidAcronym() or DEFAULT_ELLIPSOID
    measure.setEllipsoid(ellipsoid)
    return measure


def suggest_levels(layer: QgsVectorLayer, parks: QgsVectorLayer | None = None, name_field: str | None = None,
                   level_field: str | None = None, assumptions: ind.IndustrialAssumptions | None = None) -> list:
    """A level (and park) per plot, as a suggestion the planner reviews.

    With a parks layer: the park containing the plot's inner point; its level is the park's
    ``level_field`` where that holds base/community/block, else the paper's size rule on the park's
    area (ellipsoid): over 4 km2 a base, over 1 km2 a community, else a block. A plot in no park is
    a block (scattered land). Without a parks layer: the size rule on the total land of the plots
    sharing an el_ind_park."""
    a = assumptions or assumptions_of(layer)
    plots = read_plots(layer)
    suggestions = []
    if parks is None:
        totals: dict = {}
        for plot in plots:
            if plot.park:
                totals[plot.park] = totals.get(plot.park, 0.0) + (plot.land_area or 0.0)
        for plot in plots:
            if not plot.park:
                suggestions.append(LevelSuggestion(plot.fid, None, "block", "no park: scattered land"))
            else:
                area = totals[plot.park]
                suggestions.append(LevelSuggestion(plot.fid, plot.park, ind.level_by_size(area, a),
                                                   f"park {plot.park}: plots total {area / ind.KM2:.3f} km2"))
        return suggestions
    measure = _area_measure(parks.crs())
    transform = QgsCoordinateTransform(layer.crs(), parks.crs(), QgsProject.instance())
    park_rows = []
    for park in parks.getFeatures():
        geometry = park.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        name = python_value(park[name_field]) if name_field else None
        name = str(name) if name is not None else f"park {park.id()}"
        stated = python_value(park[level_field]) if level_field else None
        stated = str(stated).strip().lower() if stated is not None else None
        park_rows.append((geometry, name, stated if stated in ind.LEVELS else None, measure.measureArea(geometry)))
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        point = geometry.pointOnSurface()
        point.transform(transform)
        inside = next((row for row in park_rows if row[0].contains(point)), None)
        if inside is None:
            suggestions.append(LevelSuggestion(feature.id(), None, "block", "in no park: scattered land"))
            continue
        _, name, stated, area = inside
        if stated:
            suggestions.append(
                LevelSuggestion(feature.id(), name, stated, f"park {name}: level given by the parks layer"))
        else:
            suggestions.append(LevelSuggestion(feature.id(), name, ind.level_by_size(area, a),
                                               f"park {name}: {area / ind.KM2:.3f} km2"))
    return suggestions


def _edit(layer: QgsVectorLayer, text: str, changes: dict) -> int:
    """Applies {fid: {field name: value}} as one undoable edit command (starting an edit session if
    needed; the planner saves or rolls back). Returns the number of values changed."""
    if not changes:
        return 0
    if not layer.isEditable() and not layer.startEditing():
        raise GeoPackageError(N_("{name}: cannot be edited"), name=layer.name())
    names = layer.fields().names()
    layer.beginEditCommand(text)
    count = 0
    try:
        for fid, values in changes.items():
            for name, value in values.items():
                if layer.changeAttributeValue(fid, names.index(name), value):
                    count += 1
    finally:
        layer.endEditCommand()
    return count


def apply_levels(layer: QgsVectorLayer, suggestions: list, overwrite: bool = False) -> int:
    """Writes suggested levels (and parks where el_ind_park is empty); with ``overwrite`` False a
    level already set is kept."""
    plots = {plot.fid: plot for plot in read_plots(layer)}
    changes = {}
    for item in suggestions:
        plot = plots.get(item.fid)
        if plot is None:
            continue
        values = {}
        if overwrite or plot.level is None:
            values["el_ind_level"] = item.level
        if item.park and not plot.park:
            values["el_ind_park"] = item.park
        if values:
            changes[item.fid] = values
    return _edit(layer, "Suggested industrial levels", changes)


def write_categories(layer: QgsVectorLayer, evaluation: ind.Evaluation, language: str = "en") -> int:
    """Writes each plot's category and reason into el_ind_category and el_ind_reason (added if the
    layer lacks them), as one undoable edit command."""
    if not layer.isEditable() and not layer.startEditing():
        raise GeoPackageError(N_("{name}: cannot be edited"), name=layer.name())
    for spec in ind.RESULT_FIELDS:
        if layer.fields().indexOf(spec.name) < 0:
            layer.addAttribute(qgs_field(spec, language))
    changes = {r.plot.fid: {"el_ind_category": r.classification.category,
                            "el_ind_reason": r.classification.reason(language)} for r in evaluation.plots}
    return _edit(layer, "Industrial categories", changes)


def follow_categories(layer: QgsVectorLayer, evaluation: ind.Evaluation, language: str = "en") -> int:
    """Once categories are written (the layer has el_ind_category) and while the planner edits, the
    categories and reasons that an edit or a threshold changed are written again, in the same edit
    session (undoable, saved or rolled back with the planner's edits): the map's colours stay true
    without "Write categories" after every edit. Returns the number of values changed."""
    if not layer.isEditable() or layer.fields().indexOf("el_ind_category") < 0:
        return 0
    names = ("el_ind_category", "el_ind_reason")
    indices = [layer.fields().indexOf(name) for name in names]
    if min(indices) < 0:
        return 0
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(indices)
    current = {feature.id(): (feature[names[0]], feature[names[1]]) for feature in layer.getFeatures(request)}
    changes = {}
    for result in evaluation.plots:
        wanted = (result.classification.category, result.classification.reason(language))
        if result.plot.fid in current and current[result.plot.fid] != wanted:
            changes[result.plot.fid] = dict(zip(names, wanted))
    return _edit(layer, "Industrial categories follow the edit", changes)


# from plots to economic schemes ---------------------------------------------------------------------------
def places(layer: QgsVectorLayer, evaluation: ind.Evaluation) -> dict:
    """fid -> PlotPlace: the nearest base and the nearest base or community (by the plots of each park),
    distances measured on the ellipsoid from the plot's inner point to the park's nearest plot."""
    measure = _area_measure(layer.crs())
    geometries = {f.id(): f.geometry() for f in layer.getFeatures()}
    parks: dict = {}  # park -> (level, [geometries])
    for result in evaluation.plots:
        plot = result.plot
        if plot.park and plot.level in ("base", "community") and plot.fid in geometries:
            parks.setdefault(plot.park, (plot.level, []))[1].append(geometries[plot.fid])
    unions = {name: (level, QgsGeometry.unaryUnion(items)) for name, (level, items) in parks.items()}
    result_places = {}
    for result in evaluation.plots:
        plot = result.plot
        geometry = geometries.get(plot.fid)
        if plot.level != "block" or geometry is None or geometry.isNull():
            continue
        point = geometry.pointOnSurface()
        distances = []
        for name, (level, union) in unions.items():
            nearest = union.nearestPoint(point)
            distances.append((measure.measureLine(point.asPoint(), nearest.asPoint()), name, level))
        distances.sort()
        bases = [row for row in distances if row[2] == "base"]
        result_places[plot.fid] = ind.PlotPlace(
            bases[0][1] if bases else None, bases[0][0] if bases else None, distances[0][1] if distances else None)
    return result_places


@dataclass
class SchemeBuild:
    layer: QgsVectorLayer
    scheme: str
    actions: list
    relocations: dict
    notes: list = field(default_factory=list)


def build_scheme(layer: QgsVectorLayer, evaluation: ind.Evaluation, scheme: str, path, name: str,
                 language: str = "en", plot_places: dict | None = None,
                 assumptions: Assumptions | None = None) -> SchemeBuild:
    """An economic layer ``name`` in the GeoPackage ``path`` made from the plots (convert_layer: every
    attribute kept, use industrial, unit = park): each plot takes the action of its category or of the
    county pattern; each receiving park gets one "add" module rebuilding the floor area moved in
    (placed on the park's largest plot, its floor area given explicitly)."""
    plot_places = plot_places if plot_places is not None else places(layer, evaluation)
    actions = ind.scheme_actions(evaluation, scheme, plot_places)
    relocations = ind.relocation_totals(evaluation, actions)
    mapping = FieldMapping(name="el_ind_enterprise", default_action="retain", default_use="industrial")
    economic, report = convert_layer(layer, path, name, mapping, language, assumptions)
    # the conversion's findings (a duplicate plot keeps el_gfa 0: its floor area is not counted twice)
    duplicates = {f"M{note.fid}" for note in report.of_kind("duplicate")}
    plots = {r.plot.fid: r.plot for r in evaluation.plots}
    by_module = {f"M{item.fid}": item for item in actions}
    names = economic.fields().names()
    provider = economic.dataProvider()
    changes = {}
    for feature in economic.getFeatures():
        item = by_module.get(feature["el_module_id"])
        if item is None:
            continue
        plot = plots[item.fid]
        values = {names.index("el_action"): item.action, names.index("el_unit"): plot.park or "—"}
        floor = plot.get("floor_area")
        if floor is not None and feature["el_module_id"] not in duplicates:
            values[names.index("el_existing_gfa")] = floor
            values[names.index("el_gfa")] = floor
        changes[feature.id()] = values
    if not provider.changeAttributeValues(changes):
        raise GeoPackageError(N_("{name}: the actions could not be written"), name=name,
                              details=f"{path}: {'; '.join(provider.errors())}")
    notes = [item.message for item in list(report.problems) + list(report.notes)]
    largest: dict = {}
    geometries = {f.id(): f.geometry() for f in layer.getFeatures()}
    for plot in plots.values():
        if plot.park in relocations and plot.land_area and plot.fid in geometries:
            if plot.park not in largest or plot.land_area > largest[plot.park][0]:
                largest[plot.park] = (plot.land_area, geometries[plot.fid])
    added = []
    for park, (floor_area, _moved, missing) in sorted(relocations.items()):
        if missing:
            notes.append(tr("{park}: {count} plots moved in have no el_ind_floor_area (features {features}); "
                            "their floor area is not rebuilt", language).format(
                park=park, count=len(missing), features=", ".join(str(fid) for fid in missing)))
        if park not in largest:
            notes.append(tr("{park}: no plot of the park to place the rebuilt floor area on", language).format(
                park=park))
            continue
        feature = QgsFeature(economic.fields())
        geometry = QgsGeometry(largest[park][1])
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature["el_module_id"] = f"R-{park}"
        feature["el_name"] = tr("Relocation into {park}", language).format(park=park)
        feature["el_unit"] = park
        feature["el_action"] = "add"
        feature["el_use"] = "industrial"
        feature["el_gfa"] = floor_area
        feature["el_ind_park"] = park
        added.append(feature)
    if added and not provider.addFeatures(added)[0]:
        raise GeoPackageError(N_("{name}: the relocation modules could not be written"), name=name,
                              details=f"{path}: {'; '.join(provider.errors())}")
    economic.reload()
    return SchemeBuild(economic, scheme, actions, relocations, notes)


def build_all_schemes(layer: QgsVectorLayer, path, language: str = "en", prefix: str | None = None,
                      assumptions: ind.IndustrialAssumptions | None = None) -> list:
    """The category scheme and the three county patterns as economic layers of one GeoPackage."""
    evaluation = evaluate_layer(layer, assumptions)
    plot_places = places(layer, evaluation)
    prefix = prefix or layer.name()
    return [build_scheme(layer, evaluation, scheme, path, f"{prefix}_{SHORT_NAMES[scheme]}", language, plot_places)
            for scheme in (ind.CATEGORY_SCHEME,) + ind.PATTERNS]


#: layer names of the schemes (a GeoPackage style name holds at most 30 characters)
SHORT_NAMES = {ind.CATEGORY_SCHEME: "category", ind.LARGE_CONCENTRATION: "concentration",
               ind.SMALL_CLUSTERING: "clustering", ind.MODERATE_PARK: "moderate_park"}


def open_industrial(text: str) -> QgsVectorLayer:
    """The industrial layer named by a source text (``PATH`` or ``PATH|layername=NAME``); raises
    SourceError naming what cannot be used. Without a layer name the file must hold exactly one."""
    from economic_layer_plugin.qgis_adapter.sources import SourceError, open_file_layer

    def why_not(layer) -> SourceError:
        missing = [n for n in ind.FIELD_NAMES if n not in layer.fields().names()]
        return SourceError(N_("not an industrial layer (missing {fields})"),
                           fields=f"{', '.join(missing[:4])}{'…' if len(missing) > 4 else ''}")

    return open_file_layer(text, is_industrial_layer, N_("industrial"), "el_ind_", why_not)
