"""Processing algorithm "Solve for fund balance" (economic_layer:solve_balance): the same solve as the
dock's Resettlement tab and ``economic-layer balance`` (core/balance.py)."""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from economic_layer_plugin.core.balance import BalanceError, balance_report
from economic_layer_plugin.core.i18n import N_
from economic_layer_plugin.definitions import USES
from economic_layer_plugin.processing_provider.base import EconomicAlgorithm, scheme_of
from economic_layer_plugin.toolbelt.i18n import tr, ui_language


class SolveBalance(EconomicAlgorithm):
    NAME = "solve_balance"

    def displayName(self) -> str:
        return tr("Solve for fund balance")

    def help_text(self) -> str:
        return N_("Fund balance of each project unit (net profit and NPV, with the resettlement ledger and the unit's "
                  "lump sums) and the answer to what balances it: the financing-plot floor area of a chosen use and "
                  "sale price (all of it sold, with its construction cost and land premium) that brings the unit's "
                  "net profit to 0, or the subsidy that would. Where each extra m2 loses money, it says so. "
                  "Price 0 or empty: the use's sale price in the price book.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Economic layer"),
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterString("UNIT", tr("Project unit (empty: every unit)"), "",
                                                       optional=True))
        self.addParameter(QgsProcessingParameterEnum("USE", tr("Use of the financing plot"), list(USES),
                                                     defaultValue=USES.index("residential")))
        self.addParameter(QgsProcessingParameterNumber("PRICE", tr("Sale price (yuan/m2; 0: the price book's)"),
                                                       QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFileDestination("REPORT", tr("Report (JSON)"), "JSON (*.json)",
                                                                optional=True))
        self.addOutput(QgsProcessingOutputNumber("AREA", tr("Financing-plot floor area (m2), one unit")))
        self.addOutput(QgsProcessingOutputNumber("SUBSIDY", tr("Subsidy (yuan), one unit")))
        self.addOutput(QgsProcessingOutputString("STATUS", tr("Answer")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        model = scheme_of(layer, feedback)
        unit = self.parameterAsString(parameters, "UNIT", context).strip() or None
        use = USES[self.parameterAsEnum(parameters, "USE", context)]
        price = self.parameterAsDouble(parameters, "PRICE", context) or None
        if unit is not None and unit not in model.unit_codes():
            raise QgsProcessingException(tr("Unit {unit} has no modules (units: {units})").format(
                unit=unit, units=", ".join(model.unit_codes())))
        try:
            report = balance_report(model, unit, use, price)
        except BalanceError as error:
            raise QgsProcessingException(str(error)) from error
        key = "message_zh" if ui_language() == "zh" else "message"
        for entry in report["units"].values():
            feedback.pushInfo(entry[key])
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            report["scheme"] = layer.name()
            Path(report_path).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        one = report["units"][unit] if unit is not None else None
        return {"REPORT": report_path or None, "AREA": one["area"] if one else None,
                "SUBSIDY": one["subsidy"] if one else None,
                "STATUS": "; ".join(entry["status"] for entry in report["units"].values())}
