"""Expression functions: live results of the economic layer in labels, styles and print layouts.

- ``el_module_indicator('net_profit')``: an indicator of the current feature's module;
- ``el_unit_indicator('cost')``: of the current feature's project unit;
- ``el_project_indicator('npv')``: of the project (the current layer's scheme);
- ``el_scheme_indicator('final_plan', 'npv')``: of the project of another scheme (layer name or id),
  e.g. in a print layout.

(Fixed argument counts: QGIS 3.22's variable-argument expression functions lose their context.)

Indicator keys are those of the economic model (spec section 5): money in yuan, areas in m2.
A module left out of the totals gives NULL.

The functions read the live models they are registered with: :func:`register` takes the owner's
:class:`~economic_layer_plugin.qgis_adapter.registry.LiveModels` (the plugin's, or the command line's)
and returns the :class:`ExpressionFunctions` holding it; :func:`unregister` removes the functions and
clears the holder. While nothing is registered, QGIS knows none of them.
"""

from __future__ import annotations

from qgis.core import QgsExpression, QgsProject, qgsfunction

from economic_layer_plugin.core.indicators import INDICATOR_KEYS
from economic_layer_plugin.core.module import FEN

GROUP = "Economic Layer"
FUNCTION_NAMES = ("el_module_indicator", "el_unit_indicator", "el_project_indicator", "el_scheme_indicator")


def _value(result: dict, key: str):
    value = result.get(key)
    return value if isinstance(value, (int, float)) else None


class ExpressionFunctions:
    """The expression functions of one owner's live models (a ``LiveModels``), and the functions made for it.

    Owned by the plugin (or the command line) and cleared by :meth:`unregister`: a function QGIS still
    holds then finds no model (NULL)."""

    def __init__(self, models) -> None:
        self.models = models
        self.functions = _functions(self)

    def live(self, context, layer_ref=None):
        """The live model of the layer named ``layer_ref`` (name or id), else of the context's layer."""
        models = self.models
        if models is None:
            return None
        if layer_ref:
            layers = QgsProject.instance().mapLayersByName(layer_ref)
            layer_id = layers[0].id() if layers else layer_ref
        else:
            layer_id = context.variable("layer_id") if context else None
        return models.by_layer_id(layer_id) if layer_id else None

    def register(self) -> None:
        for function in self.functions:
            if QgsExpression.isFunctionName(function.name()):
                QgsExpression.unregisterFunction(function.name())
            QgsExpression.registerFunction(function)

    def unregister(self) -> None:
        for name in FUNCTION_NAMES:
            QgsExpression.unregisterFunction(name)
        self.models = None


def _functions(holder: ExpressionFunctions) -> tuple:
    """The four functions, each reading the live models of ``holder``."""

    @qgsfunction(args="auto", group=GROUP, usesgeometry=False, referenced_columns=[], register=False)
    def el_module_indicator(key, feature, parent, context):
        """An indicator of the current feature's module: el_module_indicator('net_profit')."""
        live = holder.live(context)
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
        live = holder.live(context)
        if live is None or key not in INDICATOR_KEYS:
            return None
        module = live.model.modules.get(feature.id())
        return None if module is None else _value(live.model.indicators(module.unit), key)

    @qgsfunction(args="auto", group=GROUP, usesgeometry=False, referenced_columns=[], register=False)
    def el_project_indicator(key, feature, parent, context):
        """An indicator of the project of the current layer's scheme: el_project_indicator('npv')."""
        live = holder.live(context)
        return None if live is None or key not in INDICATOR_KEYS else _value(live.model.indicators(), key)

    @qgsfunction(args="auto", group=GROUP, usesgeometry=False, referenced_columns=[], register=False)
    def el_scheme_indicator(scheme, key, feature, parent, context):
        """An indicator of the project of a scheme layer (name or id): el_scheme_indicator('final_plan', 'npv')."""
        live = holder.live(context, scheme)
        return None if live is None or key not in INDICATOR_KEYS else _value(live.model.indicators(), key)

    return (el_module_indicator, el_unit_indicator, el_project_indicator, el_scheme_indicator)


def register(models) -> ExpressionFunctions:
    """Registers the expression functions reading ``models``; keep what it returns and pass it to
    :func:`unregister` (on unload)."""
    functions = ExpressionFunctions(models)
    functions.register()
    return functions


def unregister(functions: ExpressionFunctions | None = None) -> None:
    """Removes the expression functions from QGIS (and clears ``functions``, the holder :func:`register` gave)."""
    if functions is not None:
        functions.unregister()
    else:
        for name in FUNCTION_NAMES:
            QgsExpression.unregisterFunction(name)


def registered() -> bool:
    """Whether QGIS knows any of the plugin's expression functions."""
    return any(QgsExpression.isFunctionName(name) for name in FUNCTION_NAMES)
