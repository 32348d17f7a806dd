"""What a report is made from outside the desktop (command line, Processing): a project and a scheme.

A SOURCE is a QGIS project (``.qgz``/``.qgs``: its layers and styles as the planner keeps them; the
scheme is ``|layername=NAME``, else the scheme shown in the schemes group, else the only economic
layer) or a GeoPackage (``PATH`` or ``PATH|layername=NAME``, as for the other commands): then a
project is made with the scheme styled by action, and with the red line and the project units when
the GeoPackage has such layers. The other schemes (economic layers of the project or GeoPackage)
are compared with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QFont

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.i18n import N_
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter import schemes as scheme_tree
from economic_layer_plugin.qgis_adapter.gpkg import geopackage_of, is_economic_layer
from economic_layer_plugin.qgis_adapter.report_layout import RED_LINE_NAMES, UNITS_NAMES
from economic_layer_plugin.qgis_adapter.sources import (
    SourceError,
    economic_layer_names,
    model_of,
    open_layer,
    parse_source,
)
from economic_layer_plugin.qgis_adapter.style import action_renderer, label_font_family


@dataclass
class ReportSource:
    project: QgsProject
    layer: QgsVectorLayer
    model: EconomicModel
    schemes: list  # [(name, EconomicModel)], this scheme included


def compute(layer) -> EconomicModel:
    return model_of(layer)


def _outline(layer, colour: str, width: str, style: str = "solid", label: str | None = None) -> None:
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": colour, "outline_width": width, "outline_style": style}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if label and label in layer.fields().names():
        settings = QgsPalLayerSettings()
        settings.fieldName = label
        text_format = QgsTextFormat()
        text_format.setFont(QFont(label_font_family()))
        text_format.setSize(9)
        settings.setFormat(text_format)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)


def _from_project(path: Path, name: str | None, project: QgsProject | None = None) -> ReportSource:
    project = project or QgsProject()
    if not project.read(str(path)):
        raise SourceError(N_("{path}: the project cannot be read"), path=path, details=project.error())
    candidates = scheme_tree.schemes(project) or [
        layer for layer in project.mapLayers().values() if is_economic_layer(layer)
    ]
    if not candidates:
        raise SourceError(N_("{path}: the project has no economic layer"), path=path)
    if name is not None:
        layer = next((layer for layer in candidates if layer.name() == name), None)
        if layer is None:
            raise SourceError(N_("{path}: no economic layer {name!r} (it has {names})"), path=path, name=name,
                              names=", ".join(c.name() for c in candidates))
    else:
        group = scheme_tree.scheme_group(project)
        visible = (
            [node.layer() for node in group.findLayers() if node.isVisible()] if group is not None else []
        )
        layer = next((layer for layer in visible if layer in candidates), candidates[0])
    models = {candidate.id(): compute(candidate) for candidate in candidates}
    return ReportSource(
        project,
        layer,
        models[layer.id()],
        [(candidate.name(), models[candidate.id()]) for candidate in candidates],
    )


def _from_geopackage(text: str, project: QgsProject | None = None, language: str = "zh") -> ReportSource:
    return standalone(open_layer(text), project, language)


def standalone(layer, project: QgsProject | None = None, language: str = "zh") -> ReportSource:
    """A project of its own for a scheme layer: styled by action, with the red line, the project units
    and the other schemes of its GeoPackage (if it is in one)."""
    project = project or QgsProject()
    layer.setRenderer(action_renderer(language))
    source_file = geopackage_of(layer)
    names, others = [], []
    if source_file is not None:
        _, ogr = compat.osgeo()
        path = source_file[0]
        others = [
            QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
            for name in economic_layer_names(path)
            if name != source_file[1]
        ]
        source = ogr.Open(str(path))
        names = [source.GetLayerByIndex(i).GetName() for i in range(source.GetLayerCount())] if source else []
    extra = []
    for wanted, style in (
        (UNITS_NAMES, ("#6a1b9a", "0.4", "solid", "name")),
        (RED_LINE_NAMES, ("#c62828", "0.7", "dash", None)),
    ):
        match = next((n for n in names if n.lower() in wanted), None)
        if match:
            extra_layer = QgsVectorLayer(f"{path}|layername={match}", match, "ogr")
            if extra_layer.isValid():
                _outline(extra_layer, *style)
                extra.append(extra_layer)
    project.addMapLayers([layer] + extra, True)
    model = compute(layer)
    schemes = [(layer.name(), model)] + [
        (other.name(), compute(other)) for other in others if other.isValid()
    ]
    return ReportSource(project, layer, model, schemes)


def open_report_source(text: str, project: QgsProject | None = None, language: str = "zh") -> ReportSource:
    """The source's project and scheme; ``project``: the project to fill (a new one if None; the
    command line passes QgsProject.instance(), where the plugin's expression functions look)."""
    path, name = parse_source(text)
    if not path.is_file():
        raise SourceError(N_("{path}: no such file"), path=path)
    if path.suffix.lower() in (".qgz", ".qgs"):
        return _from_project(path, name, project)
    return _from_geopackage(text, project, language)


def source_for_layer(layer, project: QgsProject | None, language: str = "zh") -> ReportSource:
    """A scheme layer given by Processing: its project if it is in one, else a project of its own."""
    if project is not None and project.mapLayer(layer.id()) is layer:
        candidates = scheme_tree.schemes(project) or [
            candidate for candidate in project.mapLayers().values() if is_economic_layer(candidate)
        ]
        models = {candidate.id(): compute(candidate) for candidate in candidates}
        model = models.get(layer.id()) or compute(layer)
        return ReportSource(
            project, layer, model, [(c.name(), models[c.id()]) for c in candidates] or [(layer.name(), model)]
        )
    return standalone(layer, None, language)
