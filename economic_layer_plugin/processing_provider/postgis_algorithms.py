"""Processing algorithm "Publish scheme to PostGIS" (team editing; qgis_adapter/postgis.py)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from economic_layer_plugin.core.i18n import N_
from economic_layer_plugin.processing_provider.base import EconomicAlgorithm
from economic_layer_plugin.qgis_adapter.postgis import PostgisError, publish
from economic_layer_plugin.toolbelt.i18n import tr, ui_language


class PublishToPostgis(EconomicAlgorithm):
    NAME = "publish_postgis"

    def displayName(self) -> str:
        return tr("Publish scheme to PostGIS")

    def help_text(self) -> str:
        return N_("Writes an economic layer (a polygon layer is converted first) into a schema of a PostgreSQL/PostGIS "
                  "database for team editing: fields, constraints, form and style (layer_styles), assumptions "
                  "(el_assumptions), versions, history (el_history) and notifications of every commit. The connection "
                  "is the name of a QGIS PostgreSQL connection, service=NAME or a libpq connection string; no "
                  "password is written into the layer or the project.")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "INPUT", tr("Scheme (economic or polygon layer)"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(QgsProcessingParameterString("CONNECTION", tr("PostgreSQL connection")))
        self.addParameter(QgsProcessingParameterString("SCHEMA", tr("Schema"), "economic"))
        self.addParameter(
            QgsProcessingParameterString("TABLE", tr("Table (empty: the layer's name)"), "", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterBoolean("OVERWRITE", tr("Replace a table of that name"), False)
        )
        self.addOutput(QgsProcessingOutputString("LAYER", tr("Layer source")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsVectorLayer(parameters, "INPUT", context)
        try:
            layer = publish(
                source,
                self.parameterAsString(parameters, "CONNECTION", context),
                self.parameterAsString(parameters, "SCHEMA", context),
                self.parameterAsString(parameters, "TABLE", context) or None,
                ui_language(),
                overwrite=self.parameterAsBool(parameters, "OVERWRITE", context),
                feedback=feedback,
            )
        except PostgisError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(
            tr("{count} modules published as {name}").format(count=layer.featureCount(), name=layer.name())
        )
        from qgis.core import QgsDataSourceUri

        from economic_layer_plugin.qgis_adapter.postgis import without_password

        return {"LAYER": without_password(QgsDataSourceUri(layer.source())).uri(False)}
