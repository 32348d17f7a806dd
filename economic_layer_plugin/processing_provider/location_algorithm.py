"""Processing algorithm "Apply location layer" (economic_layer:apply_location): a location layer and rules
applied to a scheme (docs/location.md); the same computation as ``economic-layer location``."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from economic_layer_plugin.core.i18n import N_
from economic_layer_plugin.core.location import LocationAssumptions, LocationError
from economic_layer_plugin.core.refusal import in_language
from economic_layer_plugin.core.report import scheme_report
from economic_layer_plugin.processing_provider.base import EconomicAlgorithm, scheme_of
from economic_layer_plugin.qgis_adapter import compat, location, style
from economic_layer_plugin.toolbelt.i18n import tr, ui_language


class ApplyLocation(EconomicAlgorithm):
    NAME = "apply_location"
    ECONOMIC_INPUT = True

    def displayName(self) -> str:
        return tr("Apply location layer")

    def help_text(self) -> str:
        return N_("Location value: each module's location factor on the price-book sale price and rent, from its "
                  "distance to the nearest feature of a location layer (points, lines or polygons; any CRS) and the "
                  "location rules (a JSON file, or those stored with the scheme). Outputs the modules with "
                  "loc_sale, loc_rent, loc_reasons and their net profit with location, and what location is worth.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Economic layer"),
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer("LOCATION", tr("Location layer"),
                                                            [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterString(
            "LAYER_NAME", tr("Rule layer name (empty: the location layer's name)"), "", optional=True))
        self.addParameter(QgsProcessingParameterFile("RULES", tr("Location rules (JSON; empty: the scheme's)"),
                                                     extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Modules with location factors")))
        self.addParameter(QgsProcessingParameterFileDestination("REPORT", tr("Report (JSON)"), "JSON (*.json)",
                                                                optional=True))
        self.addOutput(QgsProcessingOutputNumber("LOCATION_INCOME", tr("What location is worth (yuan)")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        site = self.parameterAsVectorLayer(parameters, "LOCATION", context)
        name = self.parameterAsString(parameters, "LAYER_NAME", context).strip() or site.name()
        model = scheme_of(layer, feedback)
        rules_path = self.parameterAsFile(parameters, "RULES", context)
        rules = model.assumptions.location
        if rules_path:
            try:
                data = json.loads(Path(rules_path).read_text(encoding="utf-8"))
                rules = LocationAssumptions.from_dict(data.get("location", data) if isinstance(data, dict) else data)
            except (OSError, ValueError, LocationError) as error:
                raise QgsProcessingException(f"{rules_path}: {error}") from error
        if name not in rules.layers():
            raise QgsProcessingException(tr("No location rule names the layer {name} (rules name: {names})").format(
                name=name, names=", ".join(rules.layers()) or "-"))
        model.set_assumptions(replace(model.assumptions, location=rules))
        for problem in location.apply(model, layer, {name: site}):
            feedback.pushWarning(in_language(problem, ui_language()))
        fields = QgsFields(layer.fields())
        for key in ("loc_sale", "loc_rent", "loc_net_profit"):
            fields.append(QgsField(key, compat.DOUBLE))
        fields.append(QgsField("loc_reasons", compat.STRING))
        sink, sink_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, layer.wkbType(), layer.crs())
        if context.willLoadLayerOnCompletion(sink_id):  # shown in the graduated location-factor style
            context.layerToLoadOnCompletionDetails(sink_id).setPostProcessor(LocationStyle.create(ui_language()))
        for feature in layer.getFeatures():
            module = model.modules.get(feature.id())
            found = module.location if module is not None else None
            values = model.module_indicators(feature.id())
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + [
                found.sale if found else (1.0 if module else None), found.rent if found else (1.0 if module else None),
                values["net_profit"] if values else None,
                "; ".join(found.notes(ui_language())) if found else None])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            Path(report_path).write_text(json.dumps(scheme_report(layer.name(), model), ensure_ascii=False,
                                                    indent=2), encoding="utf-8")
        worth = model.location_income()
        feedback.pushInfo(tr("Location is worth {amount} (10,000 CNY) of income").format(amount=f"{worth / 1e4:,.0f}"))
        return {"OUTPUT": sink_id, "REPORT": report_path or None, "LOCATION_INCOME": worth}


class LocationStyle(QgsProcessingLayerPostProcessorInterface):
    """Gives the loaded output the graduated location-factor style and its premium labels
    (qgis_adapter/style.py, apply_location_style)."""

    instance = None  # the one in use: Processing holds a post-processor by a plain pointer

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and layer.fields().indexOf("loc_sale") >= 0:
            style.apply_location_style(layer, "loc_sale", self.language)

    @classmethod
    def create(cls, language: str) -> LocationStyle:
        cls.instance = cls(language)
        return cls.instance
