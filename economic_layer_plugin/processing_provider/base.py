"""What every algorithm of the provider shares: the base class (name, help in Chinese and English,
the economic-input check before a run) and the scheme of an input layer with its left-out modules
reported to Processing's log."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.i18n import translate
from economic_layer_plugin.processing_provider.inputs import check_economic_inputs, not_economic_message
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer
from economic_layer_plugin.qgis_adapter.sources import model_of
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

LANGUAGES = ("zh", "en")


def scheme_of(layer, feedback=None) -> EconomicModel:
    if not is_economic_layer(layer):
        raise QgsProcessingException(not_economic_message(layer))
    model = model_of(layer)
    if feedback is not None:
        for item in model.excluded.values():
            feedback.reportError(
                f"{layer.name()}, feature {item.fid} ({item.module_id}): {item.message(ui_language())}")
        if model.excluded_count:
            feedback.pushWarning(tr("{count} modules are left out of the totals.").format(count=model.excluded_count))
    return model


class EconomicAlgorithm(QgsProcessingAlgorithm):
    NAME = ""
    #: INPUT takes economic layers: checked before the run (the message is then printed once)
    ECONOMIC_INPUT = False

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if ok and self.ECONOMIC_INPUT:
            ok, message = check_economic_inputs(parameters, context)
        return ok, message

    def name(self) -> str:
        return self.NAME

    def group(self) -> str:
        return ""

    def groupId(self) -> str:
        return ""

    def createInstance(self):
        return type(self)()

    def help_text(self) -> str:
        """What the algorithm does, in English (an N_ literal): the help shows it in Chinese, then English."""
        return ""

    def shortHelpString(self) -> str:
        text = self.help_text()
        return f"{translate(text, 'zh')}\n\n{text}"
