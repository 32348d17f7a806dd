"""Convert any polygon layer into an economic layer: a copy in a GeoPackage, never the source.

The copy keeps every original attribute (a source field named ``fid`` becomes ``src_fid``: the
GeoPackage keeps its own feature ids there) and adds the ``el_`` fields; the values a source's own
``el_`` fields hold (an older scheme that lacks a field added later) are kept as they are. The planner may map
source fields to floors, height, use and name. A value that cannot be read (a floors value of
"brick" or "1i") is left empty and reported per feature: it is never guessed.

Floors from heights (docs/floor_area.md): where a height field is mapped and a feature has a height
and no floors (after its own el_ values are kept), el_floors is written as round(height / the storey
height of its final use), Python's round (a half to the even number), at least 1, and at most the
floor cap (a capped feature is reported by id and name); a use that cannot be read takes the default
use's storey height, and its problem says so. These are explicit values the planner may edit: a
later change of el_height does not change them. Footprints are checked against each other: an exact
duplicate (the same geometry as an earlier feature) gets el_gfa 0, over an older scheme's own el_gfa
too (the note gives the value it had), so it is left out of the totals with that reason, and a heavy
overlap (the shared area more than ``OVERLAP_SHARE`` of the smaller footprint, typically a building
part drawn over its building) is reported; both per feature, never silently.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProject,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.i18n import N_, is_chinese, tr, translate
from economic_layer_plugin.core.price_books import DEFAULT_TEMPLATE, PriceBookError, book
from economic_layer_plugin.core.refusal import Message
from economic_layer_plugin.definitions import USE_LABELS, USES
from economic_layer_plugin.qgis_adapter.fields import python_value, qgs_field
from economic_layer_plugin.qgis_adapter.gpkg import (
    GeoPackageError,
    InputError,
    configure_layer,
    layer_source,
    open_writer,
    save_assumptions,
)

#: Source values understood as uses, besides the use codes and their Chinese and English labels:
#: common OpenStreetMap building and kind values. Anything else is reported, not guessed.
USE_SYNONYMS = {
    "apartments": "apartment", "dormitory": "apartment", "house": "residential", "detached": "residential",
    "terrace": "residential", "retail": "commercial", "shop": "commercial", "mall": "commercial",
    "supermarket": "commercial", "bank": "office", "government": "office", "hotel": "hotel",
    "warehouse": "industrial", "factory": "industrial", "manufacture": "industrial", "school": "public",
    "university": "public", "hospital": "public", "civic": "public", "public": "public",
    "parking": "parking", "garage": "parking", "garages": "parking",
}
_USE_TEXT = {code: code for code in USES}
_USE_TEXT.update({labels[lang].lower(): code for code, labels in USE_LABELS.items() for lang in labels})
_USE_TEXT.update(USE_SYNONYMS)

#: Storey height (m) per use, for floors from a height; docs/floor_area.md gives each one's basis.
#: residential: GB 50096-2011 住宅设计规范 5.5.1 (层高宜为 2.80 m); the others are estimates of common
#: practice (JGJ/T 67-2019 for offices and JGJ 100-2015 for car parks set clear heights only).
STOREY_HEIGHTS = {
    "residential": 2.8,
    "apartment": 3.0,
    "office": 4.0,
    "commercial": 4.5,
    "hotel": 3.3,
    "industrial": 6.0,
    "underground": 3.6,
    "parking": 3.0,
    "public": 4.0,
    "other": 3.3,
}
#: Floors derived from a height are at most this many (estimate: towers above it have crowns, spires
#: and shrinking floor plates, so footprint x floors overstates their area; give them el_gfa).
FLOOR_CAP = 100
#: A footprint overlapping another by more than this share of the smaller one is reported.
OVERLAP_SHARE = 0.5


class StoreyHeightError(InputError):
    """A storey height that cannot be read, named, in the interface's language (core/refusal.py)."""


def parse_storey_heights(text: str) -> dict:
    """``"office=4.2, residential=3"`` as {use: metres} over the defaults; ValueError naming the part."""
    heights = dict(STOREY_HEIGHTS)
    for part in (text or "").replace(";", ",").split(","):
        if not part.strip():
            continue
        use, _, value = part.partition("=")
        use = _USE_TEXT.get(use.strip().lower(), use.strip())
        if use not in heights:
            raise StoreyHeightError(N_("storey height {part!r}: unknown use (known: {uses})"), part=part.strip(),
                                    uses=", ".join(USES))
        try:
            metres = float(value)
        except ValueError:
            raise StoreyHeightError(N_("storey height {part!r}: give use=metres, e.g. office=4.0"),
                                    part=part.strip()) from None
        if not 1.5 <= metres <= 20:
            raise StoreyHeightError(N_("storey height {part!r}: between 1.5 and 20 m"), part=part.strip())
        heights[use] = metres
    return heights


@dataclass
class FieldMapping:
    """Which source fields give the economic attributes (None: not mapped)."""

    floors: str | None = None
    height: str | None = None
    use: str | None = None
    name: str | None = None
    default_action: str = "retain"
    default_unit: str = "1"
    #: the use of features whose use field is not mapped or empty (a mapped but unreadable value is reported)
    default_use: str = "other"
    #: storey height (m) per use for floors from a height (missing uses: STOREY_HEIGHTS)
    storey_heights: dict = field(default_factory=lambda: dict(STOREY_HEIGHTS))
    #: floors derived from a height are capped here (0: no cap; at most schema.MAX_FLOORS)
    floor_cap: int = FLOOR_CAP
    #: the price-book template (core/price_books.py) stored with the scheme, unless assumptions are given
    price_book: str = DEFAULT_TEMPLATE

    def storey_height(self, use) -> float:
        return self.storey_heights.get(use) or STOREY_HEIGHTS.get(use) or STOREY_HEIGHTS["other"]


@dataclass
class ConversionProblem:
    fid: object
    field: str
    value: object
    message: str


@dataclass
class FeatureNote:
    """A feature the conversion changed or flagged: capped floors, a duplicate, an overlap."""

    fid: object
    name: str
    kind: str  # "capped", "duplicate" or "overlap"
    message: str
    other: object = None  # the feature it duplicates or overlaps


@dataclass
class ConversionReport:
    features: int = 0
    problems: list = field(default_factory=list)
    #: features whose el_floors was written from their height (÷ the storey height of their use)
    floors_derived: int = 0
    #: the floor cap the conversion used (0: none)
    floor_cap: int = 0
    renamed_fields: dict = field(default_factory=dict)
    #: values of the source's own el_ fields carried over (an older scheme's)
    kept_values: int = 0
    #: per feature: floors capped, exact duplicates (el_gfa 0), heavy overlaps (FeatureNote)
    notes: list = field(default_factory=list)
    price_book: str = ""

    def of_kind(self, kind: str) -> list:
        return [note for note in self.notes if note.kind == kind]

    def summary(self, language: str = "en") -> str:
        """What the conversion did, in ``language`` (the catalogue's)."""
        parts = [tr("{count} features converted", language).format(count=self.features)]
        if self.kept_values:
            parts.append(tr("{count} values of the source's el_ fields kept", language).format(count=self.kept_values))
        if self.floors_derived:
            if self.floor_cap:
                parts.append(tr("el_floors written for {count} from their height (÷ the storey height of each one's "
                                "use, at most {cap} floors)", language).format(count=self.floors_derived,
                                                                              cap=self.floor_cap))
            else:
                parts.append(tr("el_floors written for {count} from their height (÷ the storey height of each one's "
                                "use)", language).format(count=self.floors_derived))
        for kind, words in (("capped", N_("{count} floors capped")),
                            ("duplicate", N_("{count} exact duplicates left out (el_gfa 0)")),
                            ("overlap", N_("{count} heavy overlaps (counted)"))):
            if self.of_kind(kind):
                parts.append(translate(words, language).format(count=len(self.of_kind(kind))))
        comma, semicolon = ("，", "；") if is_chinese(language) else (", ", "; ")  # the language's own marks
        text = comma.join(parts)
        if self.price_book:
            text += semicolon + tr("price book: {book}", language).format(book=self.price_book)
        if self.problems:
            text += comma + tr("{count} values could not be read (left empty)", language).format(
                count=len(self.problems))
        return text


def _whole_number(value) -> int | None:
    """A non-negative whole number read from a value, or None if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        try:
            number = float(str(value).strip())
        except ValueError:
            return None
    if not math.isfinite(number) or number < 0 or number != int(number):
        return None
    return int(number)


def _non_negative(value) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value) if isinstance(value, (int, float)) else float(str(value).strip())
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def write_feature(writer, fields: QgsFields, values: list, feature: QgsFeature, path, name: str) -> None:
    """Writes ``values`` with ``feature``'s geometry (made multi-part) through ``writer``; a failure
    names the feature and the file."""
    out = QgsFeature(fields)
    out.setAttributes(values)
    geometry = feature.geometry()
    if not geometry.isNull():
        geometry.convertToMultiType()
        out.setGeometry(geometry)
    if not writer.addFeature(out):
        raise GeoPackageError(N_("{name}: feature {fid} could not be written"), name=name, fid=feature.id(),
                              details=f"{path}: {writer.errorMessage()}")


def convert_layer(source: QgsVectorLayer, path, name: str, mapping: FieldMapping | None = None,
                  language: str = "en", assumptions: Assumptions | None = None, feedback=None):
    """Writes the economic copy of ``source`` as layer ``name`` in the GeoPackage ``path``.

    Returns (the new layer, a ConversionReport). Raises GeoPackageError naming the problem.
    """
    mapping = mapping or FieldMapping()
    path = Path(path)
    _check_source(source, name, mapping)
    if assumptions is None:
        try:
            assumptions = book(mapping.price_book, language=language)
        except PriceBookError as error:
            raise GeoPackageError(str(error)) from error
    source_names = source.fields().names()

    report = ConversionReport(price_book=mapping.price_book, floor_cap=mapping.floor_cap)
    fields, kept, el_index = _output_fields(source, language, report)

    writer = open_writer(path, name, fields, QgsWkbTypes.MultiPolygon, source.crs())

    src = {role: source_names.index(getattr(mapping, role)) if getattr(mapping, role) else None
           for role in ("floors", "height", "use", "name")}
    # an older scheme's own el_ values: kept over the mapped fields and the defaults (never dropped)
    existing = [(source_names.index(name), el_index[name]) for name in schema.FIELD_NAMES if name in source_names]
    total = max(1, source.featureCount())
    duplicates = footprint_checks(source, src["name"], report)
    try:
        for number, feature in enumerate(source.getFeatures()):
            if feedback is not None:
                if feedback.isCanceled():
                    break
                feedback.setProgress(100.0 * number / total)
            attributes = feature.attributes()
            values = [None] * fields.count()
            for source_index, output_index in kept:
                values[output_index] = attributes[source_index]
            _fill_mapped(feature, attributes, src, values, el_index, mapping, report)
            values[el_index["el_action"]] = mapping.default_action
            values[el_index["el_unit"]] = mapping.default_unit
            values[el_index["el_module_id"]] = f"M{feature.id()}"
            _keep_existing(attributes, existing, values, report)
            if src["height"] is not None:  # from the final height and use: an older scheme's own count
                _floors_from_height(feature.id(), values, el_index, mapping, report)
            if feature.id() in duplicates:  # last: over an older scheme's own el_gfa too
                _leave_out_duplicate(feature.id(), values, el_index["el_gfa"], report)
            write_feature(writer, fields, values, feature, path, name)
            report.features += 1
    finally:
        del writer  # closes the file
    layer = QgsVectorLayer(layer_source(path, name), name, "ogr")
    if not layer.isValid():
        raise GeoPackageError(N_("{name}: the converted layer cannot be opened"), name=name, details=str(path))
    save_assumptions(path, name, assumptions)
    configure_layer(layer, language, assumptions)
    return layer, report


def _keep_existing(attributes: list, existing: list, values: list, report) -> None:
    """The values the source's own el_ fields hold (an older scheme lacking a field added later)
    put into the copy, over what mapping and defaults gave."""
    for source_index, output_index in existing:
        raw = python_value(attributes[source_index])
        if raw is not None and not (isinstance(raw, str) and not raw.strip()):
            values[output_index] = raw
            report.kept_values += 1


def _check_source(source, name: str, mapping: FieldMapping) -> None:
    """Raises GeoPackageError unless ``source`` is a valid polygon layer with every mapped field."""
    if not isinstance(source, QgsVectorLayer) or not source.isValid():
        raise GeoPackageError(N_("{name}: the source layer is not a valid vector layer"), name=name)
    if source.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise GeoPackageError(N_("{name}: not a polygon layer"), name=source.name())
    _check_floor_cap(mapping.floor_cap)
    source_names = source.fields().names()
    for role in ("floors", "height", "use", "name"):
        chosen = getattr(mapping, role)
        if chosen and chosen not in source_names:
            raise GeoPackageError(N_("{name}: no field {field!r} (mapped to {role})"), name=source.name(),
                                  field=chosen, role=role)


def _check_floor_cap(cap) -> None:
    """Raises GeoPackageError unless ``cap`` is a whole number from 0 (no cap) to the schema's most floors."""
    if isinstance(cap, bool) or not isinstance(cap, int) or not 0 <= cap <= schema.MAX_FLOORS:
        raise GeoPackageError(N_("floor cap {cap}: give a whole number from 0 (no cap) to {most} (the most floors "
                                 "el_floors holds)"), cap=repr(cap), most=schema.MAX_FLOORS)


def _output_fields(source: QgsVectorLayer, language: str, report: ConversionReport) -> tuple:
    """(fields, kept, el_index): the source's fields (its el_ fields left out, a "fid" renamed
    src_fid) then the schema's; kept: (source index, output index) pairs; el_index: output index by
    el_ field name."""
    fields = QgsFields()
    kept = []  # (source index, output index)
    for index, source_field in enumerate(source.fields()):
        if source_field.name() in schema.FIELDS_BY_NAME:
            continue  # an el_ field of the source is replaced by the schema's own
        copy = QgsField(source_field)
        if copy.name().lower() == "fid":
            report.renamed_fields[copy.name()] = "src_fid"
            copy.setName("src_fid")
        kept.append((index, fields.count()))
        fields.append(copy)
    el_index = {}
    for spec in schema.FIELDS:
        el_index[spec.name] = fields.count()
        fields.append(qgs_field(spec, language))
    return fields, kept, el_index


def _mapped_raw(attributes: list, index):
    """The source value at ``index``; None where no field is mapped or the value is empty."""
    if index is None:
        return None
    raw = python_value(attributes[index])
    return None if raw is None or str(raw).strip() == "" else raw


def _fill_mapped(feature, attributes: list, src: dict, values: list, el_index: dict, mapping: FieldMapping,
                 report: ConversionReport) -> None:
    """The el_ fields read from the mapped source fields of ``feature`` (height, floors, use, name); a
    problem in ``report`` for each value that cannot be used (its field is left empty)."""

    def problem(role: str, field_name: str, raw) -> None:
        report.problems.append(ConversionProblem(
            feature.id(), field_name, raw,
            Message(N_("feature {fid}: {field} = {value!r} is not a usable {role} value; {target} left empty"),
                    fid=feature.id(), field=getattr(mapping, role), value=raw, role=role, target=field_name)))

    raw = _mapped_raw(attributes, src["height"])
    if raw is not None:
        height = _non_negative(raw)
        if height is None:
            problem("height", "el_height", raw)
        values[el_index["el_height"]] = height
    floors = None
    raw = _mapped_raw(attributes, src["floors"])
    if raw is not None:
        floors = _whole_number(raw)
        if floors is None:
            problem("floors", "el_floors", raw)
    raw = _mapped_raw(attributes, src["use"])
    if raw is not None:
        use = _USE_TEXT.get(str(raw).strip().lower())
        if use is None:
            problem("use", "el_use", raw)
        values[el_index["el_use"]] = use
    else:
        use = mapping.default_use
        values[el_index["el_use"]] = use
    if src["name"] is not None:
        raw = python_value(attributes[src["name"]])
        values[el_index["el_name"]] = None if raw is None else str(raw)
    values[el_index["el_floors"]] = floors


def _floors_from_height(fid, values: list, el_index: dict, mapping: FieldMapping, report: ConversionReport) -> None:
    """el_floors from the feature's final el_height and el_use (after an older scheme's own values are
    kept) where it has a height and no floors: round(height / the use's storey height), at least 1, at
    most the cap (reported when capped). A use that is not one of the ten takes the default use's storey
    height, and the problem of its use says so."""
    if values[el_index["el_floors"]] is not None:
        return
    height = _non_negative(values[el_index["el_height"]])
    if not height:
        return
    use = values[el_index["el_use"]]
    if use not in USES:
        use = mapping.default_use
        for problem in report.problems:
            if problem.fid == fid and problem.field == "el_use":
                problem.message = Message(N_("{problem}; its floors from the height take the storey height of the "
                                             "default use {use} ({storey} m)"), problem=problem.message, use=use,
                                          storey=f"{mapping.storey_height(use):g}")
    storey = mapping.storey_height(use)
    floors = max(1, round(height / storey))
    report.floors_derived += 1
    name = values[el_index["el_name"]]
    if mapping.floor_cap and floors > mapping.floor_cap:
        report.notes.append(FeatureNote(
            fid, name or "", "capped",
            Message(N_("feature {fid}{named}: {height} m / {storey} m gives {floors} floors; capped at {cap} (give its "
                       "el_floors or el_gfa if it has more)"), fid=fid, named=_named(name), height=f"{height:g}",
                    storey=f"{storey:g}", floors=floors, cap=mapping.floor_cap)))
        floors = mapping.floor_cap
    values[el_index["el_floors"]] = floors


def _leave_out_duplicate(fid, values: list, gfa_index: int, report: ConversionReport) -> None:
    """el_gfa 0 for a duplicate footprint; where the source's own el_gfa had a value, its note gives it."""
    had = _non_negative(values[gfa_index])
    values[gfa_index] = 0.0
    if not had:
        return
    hint = Message(N_(" (its own el_gfa was {gfa} m2: give it back to count it)"), gfa=f"{had:,.0f}")
    for note in report.of_kind("duplicate"):
        if note.fid == fid:
            note.message = Message(note.message.text, **{**note.message.fields, "hint": hint})


def _named(name) -> str:
    return f" ({name})" if name else ""


def footprint_checks(source: QgsVectorLayer, name_index, report: ConversionReport) -> set:
    """Exact duplicates and heavy overlaps among the source's footprints, as notes in ``report``.

    Returns the ids of the duplicates (each one the same geometry as a feature of lower id, which is
    kept). Areas are measured on the ellipsoid in geographic layers."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(source.crs(), QgsProject.instance().transformContext())
    measure.setEllipsoid(source.crs().ellipsoidAcronym() or "EPSG:7030")
    geometries, names = {}, {}
    request = QgsFeatureRequest()
    if name_index is None:
        request.setNoAttributes()
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometries[feature.id()] = geometry
        if name_index is not None:
            names[feature.id()] = python_value(feature.attributes()[name_index]) or ""
    index = QgsSpatialIndex()
    for fid, geometry in geometries.items():
        index.addFeature(fid, geometry.boundingBox())
    duplicates = set()
    for fid in sorted(geometries):
        geometry = geometries[fid]
        for other in sorted(index.intersects(geometry.boundingBox())):
            if other >= fid or other in duplicates:
                continue
            _compare(fid, other, geometries, names, measure, report, duplicates)
            if fid in duplicates:
                break
    return duplicates


def _compare(fid, other, geometries: dict, names: dict, measure, report: ConversionReport, duplicates: set) -> None:
    """A note when feature ``fid`` duplicates or heavily overlaps the earlier feature ``other``."""
    geometry, earlier = geometries[fid], geometries[other]
    name = names.get(fid, "")
    if geometry.isGeosEqual(earlier):
        duplicates.add(fid)
        report.notes.append(FeatureNote(
            fid, name, "duplicate",
            Message(N_("feature {fid}{named}: the same footprint as feature {other}{other_named}; el_gfa set to 0 so "
                       "that it is left out of the totals{hint}"), fid=fid, named=_named(name),
                    other=other, other_named=_named(names.get(other)), hint=Message(N_(" (clear el_gfa to count it)"))),
            other))
        return
    if not geometry.intersects(earlier):
        return
    # an invalid footprint gives an empty intersection here (the engine reports it as such)
    shared = measure.measureArea(geometry.intersection(earlier))
    smaller = min(measure.measureArea(geometry), measure.measureArea(earlier))
    if smaller > 0 and shared / smaller > OVERLAP_SHARE:
        report.notes.append(FeatureNote(
            fid, name, "overlap",
            Message(N_("feature {fid}{named} and feature {other}{other_named} share {share} of the smaller footprint "
                       "({area} m2): both are counted; if one is a part of the other, give it el_gfa 0 or delete it"),
                    fid=fid, named=_named(name), other=other, other_named=_named(names.get(other)),
                    share=f"{shared / smaller:.0%}", area=f"{shared:,.0f}"), other))
