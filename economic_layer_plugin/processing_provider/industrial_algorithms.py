"""Processing algorithms of the industrial layer: evaluate plots (categories and Table 2's indicators)
and build the schemes made from them. Same code as the dock's industrial page and the command line."""

from __future__ import annotations

import json

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from economic_layer_plugin.core import industrial as ind
from economic_layer_plugin.core.i18n import N_
from economic_layer_plugin.processing_provider.base import EconomicAlgorithm
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter import industrial as adapter
from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

OUTPUT_FIELDS = (("source_fid", compat.LONG_LONG), ("enterprise", compat.STRING), ("park", compat.STRING),
                 ("level", compat.STRING), ("land_m2", compat.DOUBLE), ("land_mu", compat.DOUBLE),
                 ("category", compat.STRING), ("category_label", compat.STRING), ("reason", compat.STRING),
                 ("strategy", compat.STRING)) + tuple((key, compat.DOUBLE) for key in ind.INDICATOR_KEYS)


def _industrial(algorithm, parameters, context):
    layer = algorithm.parameterAsVectorLayer(parameters, "INPUT", context)
    if not adapter.is_industrial_layer(layer):
        raise QgsProcessingException(tr("{layer} is not an industrial layer: it lacks the el_ind_ fields.").format(
            layer=layer.name() if layer else "?"))
    return layer


class EvaluateIndustrialLand(EconomicAlgorithm):
    NAME = "evaluate_industrial_land"

    def displayName(self) -> str:
        return tr("Evaluate industrial land")

    def help_text(self) -> str:
        return N_("Per plot of an industrial layer: its category (green, efficiency, quality, equity, safety, in this "
                  "order, first match wins; or efficient, or not evaluated naming the missing field), the reason, the "
                  "strategy, and the indicators of Table 2 (output and tax per mu and per km2, FAR, fixed assets per "
                  "km2, idle rate, employment per km2, energy and water per output). Optionally the Industrial sheet.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Industrial layer"),
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Plots evaluated"),
                                                            QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination("XLSX", tr("Spreadsheet"), "Excel (*.xlsx)",
                                                                optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString("REPORT", tr("Evaluation (JSON)")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = _industrial(self, parameters, context)
        lang = ui_language()
        evaluation = adapter.evaluate_layer(layer)
        for message in evaluation.problems(lang):
            feedback.reportError(f"{layer.name()}: {message}")
        fields = QgsFields()
        for name, kind in OUTPUT_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.MultiPolygon, layer.crs())
        geometries = {f.id(): f.geometry() for f in layer.getFeatures()}
        for result in evaluation.plots:
            plot, classification = result.plot, result.classification
            feature = QgsFeature(fields)
            feature.setGeometry(geometries[plot.fid])
            feature.setAttributes(
                [plot.fid, plot.get("enterprise"), plot.park, plot.level, plot.land_area,
                 None if plot.land_area is None else plot.land_area / ind.MU, classification.category,
                 ind.category_label(classification.category, lang), classification.reason(lang),
                 ind.strategy(classification.category, lang)]
                + [result.indicators.values[key] for key in ind.INDICATOR_KEYS])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        xlsx = self.parameterAsFileOutput(parameters, "XLSX", context)
        if xlsx:
            from economic_layer_plugin.io.industrial_sheet import export_industrial_workbook

            export_industrial_workbook(evaluation, xlsx, lang, layer.name())
        report = evaluation.to_dict(lang)
        del report["plots"]  # they are the output layer
        return {"OUTPUT": dest, "XLSX": xlsx or None,
                "REPORT": json.dumps(report, ensure_ascii=False, default=str)}


class BuildIndustrialSchemes(EconomicAlgorithm):
    NAME = "build_industrial_schemes"

    def displayName(self) -> str:
        return tr("Build schemes from industrial plots")

    def help_text(self) -> str:
        return N_("Economic layers made from the plots of an industrial layer, in one GeoPackage: the strategy of each "
                  "plot's category (return to green: demolish; renovation or reallocation: renovate; differentiated "
                  "land-use tax, rectification: retain) and the three county patterns (large concentration, small "
                  "clustering, small clustering with moderate park integration), where relocated blocks are demolished "
                  "and their floor area rebuilt in the receiving park.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Industrial layer"),
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterString("PREFIX", tr("Layer name prefix"), "scheme"))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("GeoPackage"), "GeoPackage (*.gpkg)"))
        self.addOutput(QgsProcessingOutputString("LAYERS", tr("Layer sources")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = _industrial(self, parameters, context)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        prefix = self.parameterAsString(parameters, "PREFIX", context) or "scheme"
        try:
            builds = adapter.build_all_schemes(layer, path, ui_language(), prefix)
        except GeoPackageError as error:
            raise QgsProcessingException(str(error)) from error
        for build in builds:
            for note in build.notes:
                feedback.pushWarning(f"{build.layer.name()}: {note}")
        return {"OUTPUT": path, "LAYERS": json.dumps([build.layer.source() for build in builds])}


INDUSTRIAL_ALGORITHMS = (EvaluateIndustrialLand, BuildIndustrialSchemes)
