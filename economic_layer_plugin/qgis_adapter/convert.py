"""Convert any polygon layer into an economic layer: a copy in a GeoPackage, never the source.

The copy keeps every original attribute (a source field named ``fid`` becomes ``src_fid``: the
GeoPackage keeps its own feature ids there) and adds the ``el_`` fields; the values a source's own
``el_`` fields hold (an older scheme that lacks a field added later) are kept as they are. The planner may map
source fields to floors, height, use and name. A value that cannot be read (a floors value of
"brick" or "1i") is left empty and reported per feature: it is never guessed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFeature, QgsField, QgsFields, QgsVectorLayer, QgsWkbTypes

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.definitions import USE_LABELS, USES
from economic_layer_plugin.qgis_adapter.fields import python_value, qgs_field
from economic_layer_plugin.qgis_adapter.gpkg import (
    GeoPackageError,
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


@dataclass
class FieldMapping:
    """Which source fields give the economic attributes (None: not mapped)."""

    floors: str | None = None
    height: str | None = None
    use: str | None = None
    name: str | None = None
    default_action: str = "retain"
    default_unit: str = "1"
    #: the use of features whose use field is not mapped (a mapped but unreadable value is reported)
    default_use: str = "other"


@dataclass
class ConversionProblem:
    fid: object
    field: str
    value: object
    message: str


@dataclass
class ConversionReport:
    features: int = 0
    problems: list = field(default_factory=list)
    #: features with a height and no floors: the engine derives their floors (marked as derived)
    floors_derived: int = 0
    renamed_fields: dict = field(default_factory=dict)
    #: values of the source's own el_ fields carried over (an older scheme's)
    kept_values: int = 0

    def summary(self) -> str:
        text = f"{self.features} features converted"
        if self.kept_values:
            text += f", {self.kept_values} values of the source's el_ fields kept"
        if self.floors_derived:
            text += f", floors to be derived from height for {self.floors_derived}"
        if self.problems:
            text += f", {len(self.problems)} values could not be read (left empty)"
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
        raise GeoPackageError(f"{path} ({name}): feature {feature.id()} could not be written: "
                              f"{writer.errorMessage()}")


def convert_layer(source: QgsVectorLayer, path, name: str, mapping: FieldMapping | None = None,
                  language: str = "en", assumptions: Assumptions | None = None, feedback=None):
    """Writes the economic copy of ``source`` as layer ``name`` in the GeoPackage ``path``.

    Returns (the new layer, a ConversionReport). Raises GeoPackageError naming the problem.
    """
    mapping = mapping or FieldMapping()
    assumptions = assumptions or Assumptions()
    path = Path(path)
    _check_source(source, name, mapping)
    source_names = source.fields().names()

    report = ConversionReport()
    fields, kept, el_index = _output_fields(source, language, report)

    writer = open_writer(path, name, fields, QgsWkbTypes.MultiPolygon, source.crs())

    src = {role: source_names.index(getattr(mapping, role)) if getattr(mapping, role) else None
           for role in ("floors", "height", "use", "name")}
    # an older scheme's own el_ values: kept over the mapped fields and the defaults (never dropped)
    existing = [(source_names.index(name), el_index[name]) for name in schema.FIELD_NAMES if name in source_names]
    total = max(1, source.featureCount())
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
            write_feature(writer, fields, values, feature, path, name)
            report.features += 1
    finally:
        del writer  # closes the file
    layer = QgsVectorLayer(layer_source(path, name), name, "ogr")
    if not layer.isValid():
        raise GeoPackageError(f"{path} ({name}): the converted layer cannot be opened")
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
        raise GeoPackageError(f"{name}: the source layer is not a valid vector layer")
    if source.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise GeoPackageError(f"{source.name()}: not a polygon layer")
    source_names = source.fields().names()
    for role in ("floors", "height", "use", "name"):
        chosen = getattr(mapping, role)
        if chosen and chosen not in source_names:
            raise GeoPackageError(f"{source.name()}: no field {chosen!r} (mapped to {role})")


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
            f"feature {feature.id()}: {getattr(mapping, role)} = {raw!r} is not a usable {role} value; "
            f"{field_name} left empty"))

    height = None
    raw = _mapped_raw(attributes, src["height"])
    if raw is not None:
        height = _non_negative(raw)
        if height is None:
            problem("height", "el_height", raw)
        else:
            values[el_index["el_height"]] = height
    floors = None
    raw = _mapped_raw(attributes, src["floors"])
    if raw is not None:
        floors = _whole_number(raw)
        if floors is None:
            problem("floors", "el_floors", raw)
    if floors is None and height:
        report.floors_derived += 1  # the engine derives them from the height, marked as derived
    values[el_index["el_floors"]] = floors
    raw = _mapped_raw(attributes, src["use"])
    if raw is not None:
        use = _USE_TEXT.get(str(raw).strip().lower())
        if use is None:
            problem("use", "el_use", raw)
        values[el_index["el_use"]] = use
    else:
        values[el_index["el_use"]] = mapping.default_use
    if src["name"] is not None:
        raw = python_value(attributes[src["name"]])
        values[el_index["el_name"]] = None if raw is None else str(raw)
