"""The Processing provider "Economic layer"."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from economic_layer_plugin.__about__ import __version__
from economic_layer_plugin.definitions import ICON_PLUGIN, PROCESSING_PROVIDER_ID
from economic_layer_plugin.toolbelt.i18n import tr


class EconomicLayerProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROCESSING_PROVIDER_ID

    def name(self) -> str:
        return tr("Economic layer")

    def longName(self) -> str:
        return tr("Economic layer {version}").format(version=__version__)

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PLUGIN))

    def loadAlgorithms(self) -> None:
        from economic_layer_plugin.processing_provider.algorithms import ALGORITHMS
        from economic_layer_plugin.processing_provider.balance_algorithm import SolveBalance
        from economic_layer_plugin.processing_provider.industrial_algorithms import INDUSTRIAL_ALGORITHMS
        from economic_layer_plugin.processing_provider.location_algorithm import ApplyLocation
        from economic_layer_plugin.processing_provider.optimise_algorithms import OPTIMISE_ALGORITHMS
        from economic_layer_plugin.processing_provider.postgis_algorithms import PublishToPostgis
        from economic_layer_plugin.processing_provider.report_algorithm import ExportReport

        algorithms = (*ALGORITHMS, SolveBalance, *INDUSTRIAL_ALGORITHMS, *OPTIMISE_ALGORITHMS, PublishToPostgis,
                      ExportReport, ApplyLocation)
        for algorithm in algorithms:
            self.addAlgorithm(algorithm())
