"""The report's unit pages: a print layout with an atlas over the project's units, one page per unit
with its map and its figures (layout variables that report_export.update_report keeps current)."""

from __future__ import annotations

import json

from qgis.core import (
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutItemMap,
    QgsPrintLayout,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.core.report_content import text, unit_lines
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.fields import python_value
from economic_layer_plugin.qgis_adapter.report_items import (
    GAP,
    ITEM_PREFIX,
    MARGIN,
    PROPERTY_UNIT_FIELD,
    VARIABLE_UNIT_CHECKS,
    VARIABLE_UNIT_VALUES,
    _place,
    literal_text,
    unit_field,
)

DERIVED_UNITS_NOTE = N_(
    "The project has no project_units layer: these units are the layer's el_unit values, each outlined by "
    "its modules' footprints (add a polygon layer named project_units to draw them yourself)."
)


def derived_units_layer(layer, model, language: str) -> QgsVectorLayer | None:
    """A memory layer of the scheme's units made from its el_unit values: one feature per unit of the
    model, its geometry the union of its modules' footprints; None when no module has a unit."""
    codes = [str(code) for code in model.unit_codes()]
    if not codes or "el_unit" not in layer.fields().names():
        return None
    parts: dict = {code: [] for code in codes}
    request = QgsFeatureRequest().setSubsetOfAttributes(["el_unit"], layer.fields())
    for feature in layer.getFeatures(request):
        code = python_value(feature["el_unit"])
        code = "" if code is None else str(code).strip()
        if code in parts and not feature.geometry().isNull():
            parts[code].append(feature.geometry())
    units = QgsVectorLayer(f"MultiPolygon?crs={layer.crs().authid()}", text("units", language), "memory")
    if not layer.crs().authid():
        units.setCrs(layer.crs())
    units.dataProvider().addAttributes([QgsField("el_unit", compat.STRING), QgsField("name", compat.STRING)])
    units.updateFields()
    features = []
    for code, geometries in parts.items():
        if not geometries:
            continue
        feature = QgsFeature(units.fields())
        geometry = QgsGeometry.unaryUnion(geometries)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        spec = model.assumptions.unit(code)
        feature.setAttributes([code, spec.name if spec is not None and spec.name else ""])
        features.append(feature)
    if not features:
        return None
    units.dataProvider().addFeatures(features)
    units.updateExtents()
    # outlines only, over the scheme's own colours
    units.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#6a1b9a", "outline_width": "0.5", "outline_style": "dash"})))
    return units


def units_layout(builder) -> QgsPrintLayout:
    """The unit pages: an atlas over the builder's units layer, one page per unit."""
    language = builder.language
    field = unit_field(builder.units_layer)
    layout = builder._new_layout(f"{builder.report_name()} · {text('unit', language)}", "units")
    layout.setCustomProperty(PROPERTY_UNIT_FIELD, field)
    atlas = layout.atlas()
    atlas.setCoverageLayer(builder.units_layer)
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression(f'"{field}"')
    w, h, m = builder.width, builder.height, MARGIN
    names = builder.units_layer.fields().names()
    name_part = " || ' ' || coalesce(\"name\", '')" if "name" in names else ""
    quoted = field.replace('"', '""')
    unit_code = "" if "%]" in field else f' [% "{quoted}"{name_part} %]'  # a name that would end it: none
    title_text = f'{literal_text(builder.report_name())} · {literal_text(text("unit", language))}{unit_code}'
    title = builder._text(
        layout,
        title_text,
        5.5 if builder.size == "A3" else 4.5,
        expression=True,
        bold=True,
        item_id=f"{ITEM_PREFIX}unit_title",
    )
    _place(title, m, m, w - 2 * m, 9)
    top = m + 14
    map_width = (w - 2 * m) * 0.62
    map_item = builder._map(layout, m, top, map_width, h - top - m, item_id=f"{ITEM_PREFIX}unit_map")
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    map_item.setAtlasMargin(0.25)
    right = m + map_width + GAP
    right_width = w - right - m
    labels, _values, _checks = unit_lines(
        builder.model, builder.model.unit_codes()[0] if builder.model.unit_codes() else "", language
    )
    heading = builder._heading(layout, text("indicators", language), "unit_indicators_title")
    # a heading's box: 1.3 x the text size in bold, with room for a CJK line's height (QGIS 3.44
    # measures 7.2 mm where 3.40 measured under 6.5 mm for the same A3 heading)
    _place(heading, right, top, right_width, builder.text_mm * 2.1)
    line_height = builder.text_mm * 1.75
    body_top = top + builder.text_mm * 2.6
    names_label = builder._text(layout, "\n".join(labels), builder.text_mm, item_id=f"{ITEM_PREFIX}unit_labels")
    _place(names_label, right, body_top, right_width * 0.62, line_height * len(labels) + 2)
    code = f'to_string("{quoted}")' if "%]" not in field else "''"
    values_label = builder._text(
        layout,
        f"[% map_get(json_to_map(@{VARIABLE_UNIT_VALUES}), {code}) %]",
        builder.text_mm,
        expression=True,
        item_id=f"{ITEM_PREFIX}unit_values",
    )
    values_label.setHAlign(Qt.AlignmentFlag.AlignRight)
    _place(
        values_label,
        right + right_width * 0.62,
        body_top,
        right_width * 0.38,
        line_height * len(labels) + 2,
    )
    checks_top = body_top + line_height * len(labels) + 8
    checks_heading = builder._heading(layout, text("checks", language), "unit_checks_title")
    _place(checks_heading, right, checks_top, right_width, builder.text_mm * 2.1)
    checks = builder._text(
        layout,
        f"[% map_get(json_to_map(@{VARIABLE_UNIT_CHECKS}), {code}) %]",
        builder.text_mm,
        expression=True,
        item_id=f"{ITEM_PREFIX}unit_checks",
    )
    _place(
        checks,
        right,
        checks_top + builder.text_mm * 2.6,
        right_width,
        h - m - checks_top - builder.text_mm * 2.6,
    )
    if builder.units_derived:  # say where the units come from, under the checks
        note = builder._text(layout, translate(DERIVED_UNITS_NOTE, language), builder.text_mm * 0.9, colour="#555555",
                             item_id=f"{ITEM_PREFIX}unit_source")
        _place(note, right, h - m - builder.text_mm * 4, right_width, builder.text_mm * 4)
    set_unit_variables(layout, builder.model, language)
    return layout


def set_unit_variables(layout, model, language: str) -> None:
    """The unit pages' figures, as layout variables read by their labels (one JSON map per kind)."""
    values, checks = {}, {}
    for code in model.unit_codes():
        _labels, figures, check_lines = unit_lines(model, code, language)
        values[str(code)] = "\n".join(figures)
        checks[str(code)] = "\n".join(check_lines)
    QgsExpressionContextUtils.setLayoutVariable(
        layout, VARIABLE_UNIT_VALUES, json.dumps(values, ensure_ascii=False)
    )
    QgsExpressionContextUtils.setLayoutVariable(
        layout, VARIABLE_UNIT_CHECKS, json.dumps(checks, ensure_ascii=False)
    )
