"""Expression functions: live results of the economic layer in labels, styles and print layouts.

- ``el_module_indicator('net_profit')``: an indicator of the current feature's module;
- ``el_unit_indicator('cost')``: of the current feature's project unit;
- ``el_project_indicator('npv')``: of the project (the current layer's scheme);
- ``el_scheme_indicator('final_plan', 'npv')``: of the project of another scheme (layer name or id),
  e.g. in a print layout.

(Fixed argument counts: QGIS 3.22's variable-argument expression functions lose their context.)

Indicator keys are those of the economic model (spec section 5): money in yuan, areas in m2.
A module left out of the totals gives NULL.
"""

from __future__ import annotations

from qgis.core import QgsExpression, QgsProject, qgsfunction

from economic_layer_plugin.core.indicators import INDICATOR_KEYS
from economic_layer_plugin.core.module import FEN
from economic_layer_plugin.qgis_adapter import registry

GROUP = "Economic Layer"
FUNCTION_NAMES = ("el_module_indicator", "el_unit_indicator", "el_project_indicator", "el_scheme_indicator")


def _live(context, layer_ref=None):
    models = registry.ACTIVE
    if models is None:
        return None
    if layer_ref:
        layers = QgsProject.instance().mapLayersByName(layer_ref)
        layer_id = layers[0].id() if layers else layer_ref
    else:
        layer_id = context.variable("layer_id") if context else None
    return models.by_layer_id(layer_id) if layer_id else None


def _value(result: dict, key: str):
    value = result.get(key)
    return value if isinstance(value, (int, float)) else None


@qgsfunction(args="auto", group=GROUP, usesgeometry=False, referenced_columns=[], register=False)
def el_module_indicator(key, feature, parent, context):
    """An indicator of the current feature's module: el_module_indicator('net_profit')."""
    live = _live(context)
    if live is None or key not in INDICATOR_KEYS:
        return None
    module = live.model.modules.get(feature.id())
    if module is None:
        return None
    if key in ("cost", "revenue", "net_profit"):  # cheap: labels ask for these on every render
        cost, revenue = module.cost, module.revenue
        return {"cost": cost, "revenue": revenue, "net_profit": round((revenue - cost) * FEN) / FEN}[key]
    return _value(live.model.module_indicators(feature.id()), key)


@qgsfunction(args="auto", group=GROUP, usesgeometry=False, referenced_columns=[], register=False)
def el_unit_indicator(key, feature, parent, context):
    """An indicator of the current feature's project unit: el_unit_indicator('cost')."""
    live = _live(context)
    if live is None or key not in INDICATOR_KEYS:
        return None
    module = live.model.modules.get(feature.id())
    return None if module is None else _value(live.model.indicators(module.unit), key)


@qgsfunction(args="auto", group=GROUP, usesgeometry=False, referenced_columns=[], register=False)
def el_project_indicator(key, feature, parent, context):
    """An indicator of the project of the current layer's scheme: el_project_indicator('npv')."""
    live = _live(context)
    return None if live is None or key not in INDICATOR_KEYS else _value(live.model.indicators(), key)


@qgsfunction(args="auto", group=GROUP, usesgeometry=False, referenced_columns=[], register=False)
def el_scheme_indicator(scheme, key, feature, parent, context):
    """An indicator of the project of a scheme layer (name or id): el_scheme_indicator('final_plan', 'npv')."""
    live = _live(context, scheme)
    return None if live is None or key not in INDICATOR_KEYS else _value(live.model.indicators(), key)


FUNCTIONS = (el_module_indicator, el_unit_indicator, el_project_indicator, el_scheme_indicator)


def register() -> None:
    for function in FUNCTIONS:
        if QgsExpression.isFunctionName(function.name()):
            QgsExpression.unregisterFunction(function.name())
        QgsExpression.registerFunction(function)


def unregister() -> None:
    for name in FUNCTION_NAMES:
        QgsExpression.unregisterFunction(name)
