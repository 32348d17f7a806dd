"""Processing algorithms for the optimiser and the risk analysis (``economic_layer:optimise_scheme``,
``economic_layer:scheme_risk``); the calculation is core.optimise and core.risk."""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from economic_layer_plugin.core.i18n import N_
from economic_layer_plugin.core.optimise import CHECK_GROUPS, OptimiseOptions, SolverMissing
from economic_layer_plugin.processing_provider.base import EconomicAlgorithm, scheme_of
from economic_layer_plugin.toolbelt.i18n import tr

OBJECTIVES = ("npv", "net_profit")


class OptimiseScheme(EconomicAlgorithm):
    NAME = "optimise_scheme"

    def displayName(self) -> str:
        return tr("Optimise scheme")

    def help_text(self) -> str:
        return N_("The actions (retain, renovate, demolish; build a new block or not) that give the highest NPV or "
                  "net profit while every chosen policy check passes, written as a new scheme layer (module ids "
                  "kept), with a JSON report: status, objective before and after, binding limits and what one step "
                  "more would gain, conflicting constraints when nothing is feasible. After the feasibility stack, "
                  "the objective is the project NPV after tax or the net profit after tax and finance: taxes on totals "
                  "enter as a linear approximation, the chosen scheme is recomputed exactly and the difference "
                  "reported. Every chosen scheme is recomputed by the engine and checked: one that fails a check is "
                  "never written. A retained building is renovated only with ACQUIRE_RETAINED and an acquisition "
                  "rate set; SCOPE_FIELD limits the modules it may change. Needs SciPy.")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "INPUT", tr("Economic layer"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "OBJECTIVE", tr("Objective"), options=[tr("NPV"), tr("Net profit")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "AFTER_STACK", tr("After the feasibility stack (taxes, financing)"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "ENFORCE",
                tr("Checks to enforce"),
                options=list(CHECK_GROUPS),
                allowMultiple=True,
                defaultValue=list(range(len(CHECK_GROUPS))),
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean("BALANCE_UNITS", tr("Fund balance in every unit"), False)
        )
        self.addParameter(
            QgsProcessingParameterField(
                "LOCK_FIELD",
                tr("Lock field (true: keep the action)"),
                parentLayerParameterName="INPUT",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean("LOCK_SELECTED", tr("Lock the selected modules"), False)
        )
        self.addParameter(
            QgsProcessingParameterField(
                "SCOPE_FIELD",
                tr("Scope field (true: the optimiser may change the module)"),
                parentLayerParameterName="INPUT",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "ACQUIRE_RETAINED",
                tr("Retained buildings with an acquisition price may be renovated (acquired)"),
                False,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "TIME_LIMIT",
                tr("Time limit per solve (s)"),
                QgsProcessingParameterNumber.Double,
                120.0,
                minValue=1.0,
            )
        )
        self.addParameter(QgsProcessingParameterString("LAYER_NAME", tr("Layer name"), "optimised"))
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("GeoPackage"), "GeoPackage (*.gpkg)")
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REPORT", tr("Report (JSON)"), "JSON (*.json)", optional=True
            )
        )
        self.addOutput(QgsProcessingOutputString("STATUS", tr("Status")))
        self.addOutput(QgsProcessingOutputNumber("OBJECTIVE_BEFORE", tr("Objective before (yuan)")))
        self.addOutput(QgsProcessingOutputNumber("OBJECTIVE_AFTER", tr("Objective after (yuan)")))
        self.addOutput(
            QgsProcessingOutputNumber("APPROXIMATION", tr("Exact minus linear estimate (yuan)"))
        )
        self.addOutput(QgsProcessingOutputString("LAYER", tr("Layer source")))

    def processAlgorithm(self, parameters, context, feedback):
        from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError, layer_source
        from economic_layer_plugin.qgis_adapter.optimise import locked_fids, optimise_layer, write_scheme
        from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        model = scheme_of(layer, feedback)
        try:
            locked = locked_fids(
                layer,
                self.parameterAsString(parameters, "LOCK_FIELD", context) or None,
                self.parameterAsBoolean(parameters, "LOCK_SELECTED", context),
            )
            scope_field = self.parameterAsString(parameters, "SCOPE_FIELD", context) or None
            scope = locked_fids(layer, scope_field) if scope_field else None
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        options = OptimiseOptions(
            objective=OBJECTIVES[self.parameterAsEnum(parameters, "OBJECTIVE", context)],
            enforce=tuple(CHECK_GROUPS[i] for i in self.parameterAsEnums(parameters, "ENFORCE", context)),
            balance_units=self.parameterAsBoolean(parameters, "BALANCE_UNITS", context),
            locked=locked,
            time_limit=self.parameterAsDouble(parameters, "TIME_LIMIT", context),
            after_stack=self.parameterAsBoolean(parameters, "AFTER_STACK", context),
            scope=scope,
            acquire_retained=self.parameterAsBoolean(parameters, "ACQUIRE_RETAINED", context),
        )
        try:
            result = optimise_layer(layer, model, options)
        except (SolverMissing, ValueError) as error:  # StackOff; nothing to optimise
            raise QgsProcessingException(str(error)) from error
        report = result.to_dict()
        feedback.pushInfo(
            f"{result.status}: {result.objective_before / 1e4:,.1f} -> "
            f"{'—' if result.objective_after is None else format(result.objective_after / 1e4, ',.1f')} "
            + tr("10,000 CNY")
        )
        if result.objective_estimate is not None and (result.after_stack or abs(result.approximation) >= 0.5):
            feedback.pushInfo(
                f"linear estimate {result.objective_estimate / 1e4:,.1f}, recomputed exactly "
                f"{result.objective_after / 1e4:,.1f}: difference {result.approximation / 1e4:,.1f} " + tr("10,000 CNY")
            )
        if result.message:
            feedback.pushInfo(result.message)  # proven optimal, or the best found; or why nothing is written
        for entry in result.binding:
            feedback.pushInfo(entry["text"])
        for failing in result.violations:  # the engine's checks reject it: nothing is written
            feedback.reportError(failing)
        for conflict in result.conflicts:
            feedback.reportError(tr("Conflicting constraint: {name}").format(name=conflict["name"]))
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        name = self.parameterAsString(parameters, "LAYER_NAME", context) or "optimised"
        source = None
        if result.choices and not result.violations:
            try:
                write_scheme(layer, path, name, result.choices, assumptions_of(layer))
            except GeoPackageError as error:
                raise QgsProcessingException(str(error)) from error
            source = layer_source(Path(path), name)
            context.addLayerToLoadOnCompletion(
                source, QgsProcessingContext.LayerDetails(name, context.project(), "LAYER")
            )
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            Path(report_path).write_text(
                json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
            )
        return {
            "OUTPUT": path,
            "REPORT": report_path or None,
            "STATUS": result.status,
            "OBJECTIVE_BEFORE": result.objective_before,
            "OBJECTIVE_AFTER": result.objective_after,
            "APPROXIMATION": result.approximation,
            "LAYER": source,
        }


class SchemeRisk(EconomicAlgorithm):
    NAME = "scheme_risk"

    def displayName(self) -> str:
        return tr("Scheme risk (tornado and Monte Carlo)")

    def help_text(self) -> str:
        return N_("A tornado of NPV and net profit (sale price, rent, construction cost, compensation, one year's "
                  "delay, discount rate) and a seeded Monte Carlo run with triangular ranges: P10 / P50 / P90 of "
                  "NPV and funding gap, and the probability of a loss. JSON report.")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "INPUT", tr("Economic layer"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "DRAWS",
                tr("Draws"),
                QgsProcessingParameterNumber.Integer,
                10_000,
                minValue=1,
                maxValue=10_000_000,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber("SEED", tr("Seed"), QgsProcessingParameterNumber.Integer, 1)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REPORT", tr("Report (JSON)"), "JSON (*.json)", optional=True
            )
        )
        for key in ("NPV_P10", "NPV_P50", "NPV_P90", "GAP_P90", "PROBABILITY_LOSS"):
            self.addOutput(QgsProcessingOutputNumber(key, key))

    def processAlgorithm(self, parameters, context, feedback):
        from economic_layer_plugin.core.risk import risk_report

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        model = scheme_of(layer, feedback)
        report = risk_report(
            model,
            draws=self.parameterAsInt(parameters, "DRAWS", context),
            seed=self.parameterAsInt(parameters, "SEED", context),
        )
        mc = report["monte_carlo"]
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            Path(report_path).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        return {
            "REPORT": report_path or None,
            "NPV_P10": mc["npv"]["p10"],
            "NPV_P50": mc["npv"]["p50"],
            "NPV_P90": mc["npv"]["p90"],
            "GAP_P90": mc["funding_gap"]["p90"],
            "PROBABILITY_LOSS": mc["probability_loss"],
        }


OPTIMISE_ALGORITHMS = (OptimiseScheme, SchemeRisk)
