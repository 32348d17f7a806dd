"""Checking the economic layers given to an algorithm before it runs, and naming them in messages.

A layer given as ``file.gpkg|layername=buildings`` is named by QGIS after the file
("file"), which hides which layer of the file is meant: messages name both. Checking the inputs in
``checkParameterValues`` (rather than raising in ``processAlgorithm``) makes QGIS report the
problem once: an exception raised while running is printed by ``qgis_process`` three times (the
message log, the feedback and the run's own error).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingUtils, QgsProviderRegistry, QgsVectorLayer

from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer
from economic_layer_plugin.toolbelt.i18n import tr


def layer_label(layer) -> str:
    """The layer's name, and where it comes from when the name alone does not say it:
    "buildings (swellendam_training_data.gpkg)"."""
    if layer is None:
        return "?"
    name = layer.name()
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:
        return name
    path = parts.get("path")
    table = parts.get("layerName") or parts.get("table")
    if not path:
        return name
    file_name = Path(str(path)).name
    if table and table != name:
        return f"{table} ({file_name})" if name == Path(file_name).stem else f"{name} ({file_name}, {table})"
    return name if name == table else f"{name} ({file_name})"


def not_economic_message(layer) -> str:
    return tr("{layer} is not an economic layer: it lacks the el_ fields. Convert it first.").format(
        layer=layer_label(layer))


def _layer(text: str, context):
    """A layer of the project (id or name), else the source opened here. (Loading it through
    QgsProcessingUtils into the context's layer store makes Python crash at exit after a failed run.)"""
    layer = QgsProcessingUtils.mapLayerFromString(text, context, False)
    if layer is not None:
        return layer
    parts = QgsProviderRegistry.instance().decodeUri("ogr", text)
    candidate = QgsVectorLayer(text, Path(str(parts.get("path") or text)).stem, "ogr")  # named as QGIS would
    return candidate if candidate.isValid() else None


def check_economic_inputs(parameters, context, parameter: str = "INPUT") -> tuple:
    """(True, "") when every layer of ``parameter`` is an economic layer, else (False, message) naming
    the first that is not."""
    value = parameters.get(parameter)
    values = value if isinstance(value, (list, tuple)) else [value]
    for item in values:
        if item is None:
            continue
        if hasattr(item, "fields"):
            layer = item
        elif isinstance(item, str):
            layer = _layer(item, context)
        else:
            continue  # a value resolved only when the model runs (modeler): checked then, in the run
        if layer is None:
            continue  # QGIS's own check names a source it cannot open
        if not is_economic_layer(layer):
            return False, not_economic_message(layer)
    return True, ""
