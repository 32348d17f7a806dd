"""Processing: the scheme report as PDF (``economic_layer:export_report``).

The layer's project gives the map's other layers (red line, project units) and the schemes to
compare; a layer outside a project (qgis_process with a file) gets a project of its own from its
GeoPackage. Layout rendering is not thread-safe: the algorithm runs on the main thread.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.processing_provider.base import LANGUAGES, EconomicAlgorithm
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer
from economic_layer_plugin.toolbelt.i18n import tr

PAGES = ("A3", "A4")


class ExportReport(EconomicAlgorithm):
    NAME = "export_report"

    def displayName(self) -> str:
        return tr("Scheme report (PDF)")

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def help_text(self) -> str:
        return N_("The scheme's report as PDF, from QGIS print layouts: the map, Table 1, the indicators, the "
                  "policy checks, the comparison with the other schemes, charts, and one page per project unit.")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "INPUT", tr("Economic layer"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "LANGUAGE", tr("Language"), options=[translate(N_("Chinese"), "zh"), "English"], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum("PAGE", tr("Paper"), options=["A3", "A4"], defaultValue=0)
        )
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("PDF file"), "PDF (*.pdf)"))

    def processAlgorithm(self, parameters, context, feedback):
        from economic_layer_plugin.qgis_adapter.report_layout import build_report, export_pdf
        from economic_layer_plugin.qgis_adapter.report_source import source_for_layer

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if not is_economic_layer(layer):
            raise QgsProcessingException(
                tr("{layer} is not an economic layer: it lacks the el_ fields. Convert it first.").format(
                    layer=layer.name() if layer else "?"
                )
            )
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        language = LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]
        page = PAGES[self.parameterAsEnum(parameters, "PAGE", context)]
        source = source_for_layer(layer, context.project(), language)
        layouts = build_report(source.project, source.layer, source.model, language, page, source.schemes)
        error = export_pdf(layouts, path, feedback)
        if error:
            raise QgsProcessingException(tr("The report could not be written: {error}").format(error=error))
        return {"OUTPUT": path}
