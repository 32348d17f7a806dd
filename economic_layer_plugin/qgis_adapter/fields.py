"""The schema (core.schema) as QGIS fields, aliases, edit widgets, constraints and defaults."""

from __future__ import annotations

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsField,
    QgsFieldConstraints,
    QgsFields,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.definitions import ACTION_LABELS, USE_LABELS
from economic_layer_plugin.qgis_adapter import compat

_QT_TYPES = {schema.TEXT: compat.STRING, schema.INTEGER: compat.INT, schema.REAL: compat.DOUBLE}


def qgs_field(spec: schema.FieldSpec, language: str = "en") -> QgsField:
    field = QgsField(spec.name, _QT_TYPES[spec.type])
    field.setAlias(spec.alias(language))
    field.setComment(spec.help(language))
    return field


def economic_fields(language: str = "en") -> QgsFields:
    fields = QgsFields()
    for spec in schema.FIELDS:
        fields.append(qgs_field(spec, language))
    return fields


def python_value(value):
    """A QGIS attribute value as plain Python: NULL becomes None."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def _value_map(labels: dict, language: str) -> QgsEditorWidgetSetup:
    entries = [{f"{names[language]} ({code})" if language == "zh" else names[language]: code}
               for code, names in labels.items()]
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def unit_widget(units) -> QgsEditorWidgetSetup:
    """A drop-down of the project units; where none are declared, the layer's own values (editable)."""
    if units:
        return QgsEditorWidgetSetup("ValueMap", {"map": [{f"{u.code} {u.name}".strip(): u.code} for u in units]})
    return QgsEditorWidgetSetup("UniqueValues", {"Editable": True})


def _range_widget(spec: schema.FieldSpec) -> QgsEditorWidgetSetup:
    config = {"AllowNull": True, "Style": "SpinBox"}
    if spec.minimum is not None:
        config["Min"] = spec.minimum
    if spec.maximum is not None:
        config["Max"] = spec.maximum
    elif spec.type == schema.REAL:
        config["Max"] = 1e12
    else:
        config["Max"] = 100000
    if spec.type == schema.REAL:
        ratio = spec.maximum == 1
        config.update({"Precision": 2 if ratio else 1, "Step": 0.05 if ratio else 1})
    else:
        config["Step"] = 1
    return QgsEditorWidgetSetup("Range", config)


def _range_expression(spec: schema.FieldSpec) -> str:
    name = f'"{spec.name}"'
    parts = []
    if spec.minimum is not None:
        parts.append(f"{name} >= {spec.minimum:g}")
    if spec.maximum is not None:
        parts.append(f"{name} <= {spec.maximum:g}")
    return f"{name} IS NULL OR ({' AND '.join(parts)})"


#: the form's warning on el_floors while el_gfa has a value (docs/floor_area.md)
FLOOR_AREA_SET_BY_GFA = N_("Floor area set by el_gfa: while it has a value, floors do not change the floor area. "
                           "Clear el_gfa to compute it as footprint x floors.")


def setup_form(layer: QgsVectorLayer, language: str = "en", units=()) -> None:
    """Aliases, edit widgets, constraints and defaults of every el_ field of ``layer``."""
    fields = layer.fields()
    for spec in schema.FIELDS:
        index = fields.indexOf(spec.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, spec.alias(language))
        if spec.name == "el_action":
            layer.setEditorWidgetSetup(index, _value_map(ACTION_LABELS, language))
        elif spec.name == "el_use":
            layer.setEditorWidgetSetup(index, _value_map(USE_LABELS, language))
        elif spec.name == "el_unit":
            layer.setEditorWidgetSetup(index, unit_widget(units))
        elif spec.is_numeric:
            layer.setEditorWidgetSetup(index, _range_widget(spec))
        if spec.required:
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if spec.is_numeric and (spec.minimum is not None or spec.maximum is not None):
            layer.setConstraintExpression(index, _range_expression(spec), spec.help(language))
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthSoft)
        if spec.new_feature_default is not None:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(f"'{spec.new_feature_default}'"))
        if spec.name == "el_module_id":
            layer.setDefaultValueDefinition(index, QgsDefaultValue("left(uuid(format:='WithoutBraces'), 8)"))
    lease = fields.indexOf("el_lease_ratio")
    if lease >= 0:  # one expression per field: its range and the sum with the sale ratio
        layer.setConstraintExpression(
            lease,
            f"({_range_expression(schema.field('el_lease_ratio'))}) AND "
            'coalesce("el_sale_ratio", 0) + coalesce("el_lease_ratio", 0) <= 1',
            "0 <= el_lease_ratio <= 1, el_sale_ratio + el_lease_ratio <= 1",
        )
    floors, gfa = fields.indexOf("el_floors"), fields.indexOf("el_gfa")
    if floors >= 0 and gfa >= 0:  # a soft warning on floors while el_gfa drives the floor area
        layer.setConstraintExpression(
            floors,
            f'({_range_expression(schema.field("el_floors"))}) AND ("el_gfa" IS NULL OR "el_floors" IS NULL)',
            translate(FLOOR_AREA_SET_BY_GFA, "zh" if language == "zh" else "en"),
        )
        layer.setFieldConstraint(floors, QgsFieldConstraints.ConstraintExpression,
                                 QgsFieldConstraints.ConstraintStrengthSoft)
