"""Processing algorithms of the provider "Economic layer": the same engine as the dock.

Each works in the graphical modeler and from ``qgis_process`` (``economic_layer:<name>``). Help
text is in Chinese and English. Money in outputs: yuan (fields and JSON), 10,000 CNY in the
spreadsheet; areas in m2.
"""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from economic_layer_plugin.core.compare import differences
from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.core.indicators import INDICATOR_KEYS
from economic_layer_plugin.core.price_books import TEMPLATES
from economic_layer_plugin.core.report import check_rows, scheme_report
from economic_layer_plugin.definitions import ACTIONS, USES
from economic_layer_plugin.processing_provider.base import LANGUAGES, EconomicAlgorithm, scheme_of
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.convert import FLOOR_CAP, FieldMapping, convert_layer, parse_storey_heights
from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError, create_economic_layer
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

SCALAR_KEYS = [key for key in INDICATOR_KEYS if key != "new_area_by_use"]
#: feasibility indicators (core/feasibility.py) given as outputs of compute_indicators
FEASIBILITY_OUTPUTS = ("taxes", "land_appreciation_tax", "finance_cost", "exit_value", "net_profit_after_tax",
                       "project_irr", "equity_irr", "peak_debt")


class CreateEconomicLayer(EconomicAlgorithm):
    NAME = "create_economic_layer"

    def displayName(self) -> str:
        return tr("Create economic layer")

    def help_text(self) -> str:
        return N_("A new, empty economic layer in a GeoPackage: every field of the economic model with its "
                  "form, constraints and style, and the default price book.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("Coordinate reference system"), "EPSG:4545"))
        self.addParameter(QgsProcessingParameterString("LAYER_NAME", tr("Layer name"), "scheme"))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("GeoPackage"), "GeoPackage (*.gpkg)"))
        self.addOutput(QgsProcessingOutputString("LAYER", tr("Layer source")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        name = self.parameterAsString(parameters, "LAYER_NAME", context)
        crs = self.parameterAsCrs(parameters, "CRS", context)
        try:
            layer = create_economic_layer(path, name, crs, ui_language())
        except GeoPackageError as error:
            raise QgsProcessingException(str(error)) from error
        return {"OUTPUT": path, "LAYER": layer.source()}


class ConvertToEconomicLayer(EconomicAlgorithm):
    NAME = "convert_layer"

    def displayName(self) -> str:
        return tr("Convert layer to economic layer")

    def help_text(self) -> str:
        return N_("Copies a polygon layer into a new GeoPackage layer that keeps all its attributes and adds the "
                  "economic fields. Floors, height, use and name may come from its own fields; values that cannot be "
                  "read are reported per feature and left empty. Floors from a height use the storey height of the "
                  "feature's use (change them as use=metres, e.g. office=4.2) and are capped at the floor cap (0: "
                  "none); an exact duplicate footprint gets el_gfa 0 and overlaps over 50 % of the smaller footprint "
                  "are reported, per feature. The price book is the chosen template's. The source is not changed.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Source layer"),
                                                            [QgsProcessing.TypeVectorPolygon]))
        for key, label in (("FLOORS", tr("Floors from")), ("HEIGHT", tr("Height (m) from")),
                           ("USE", tr("Use from")), ("NAME", tr("Name from"))):
            self.addParameter(QgsProcessingParameterField(key, label, parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterEnum("ACTION", tr("Action of every module"), options=list(ACTIONS),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterString("UNIT", tr("Project unit"), "1"))
        self.addParameter(QgsProcessingParameterEnum("DEFAULT_USE", tr("Use where no use field is mapped"),
                                                     options=list(USES), defaultValue=USES.index("other")))
        self.addParameter(QgsProcessingParameterString(
            "STOREY_HEIGHTS", tr("Storey heights (m) per use, e.g. office=4.2, residential=2.8"), "", optional=True))
        self.addParameter(QgsProcessingParameterNumber("FLOOR_CAP", tr("Floor cap for floors from heights (0: none)"),
                                                       QgsProcessingParameterNumber.Integer, FLOOR_CAP, minValue=0))
        self.addParameter(QgsProcessingParameterEnum("PRICE_BOOK", tr("Price book"),
                                                     options=[template.key for template in TEMPLATES], defaultValue=0))
        self.addParameter(QgsProcessingParameterString("LAYER_NAME", tr("Layer name"), "scheme"))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("GeoPackage"), "GeoPackage (*.gpkg)"))
        self.addOutput(QgsProcessingOutputString("LAYER", tr("Layer source")))
        self.addOutput(QgsProcessingOutputNumber("PROBLEMS", tr("Values that could not be read")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsVectorLayer(parameters, "INPUT", context)
        mapping = FieldMapping(
            floors=self.parameterAsString(parameters, "FLOORS", context) or None,
            height=self.parameterAsString(parameters, "HEIGHT", context) or None,
            use=self.parameterAsString(parameters, "USE", context) or None,
            name=self.parameterAsString(parameters, "NAME", context) or None,
            default_action=ACTIONS[self.parameterAsEnum(parameters, "ACTION", context)],
            default_unit=self.parameterAsString(parameters, "UNIT", context),
            default_use=USES[self.parameterAsEnum(parameters, "DEFAULT_USE", context)],
            floor_cap=self.parameterAsInt(parameters, "FLOOR_CAP", context),
            price_book=TEMPLATES[self.parameterAsEnum(parameters, "PRICE_BOOK", context)].key,
        )
        try:
            mapping.storey_heights = parse_storey_heights(self.parameterAsString(parameters, "STOREY_HEIGHTS", context))
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        try:
            layer, report = convert_layer(source, path, self.parameterAsString(parameters, "LAYER_NAME", context),
                                          mapping, ui_language(), feedback=feedback)
        except GeoPackageError as error:
            raise QgsProcessingException(str(error)) from error
        for problem in report.problems:
            feedback.reportError(problem.message)
        for note in report.notes:
            feedback.pushWarning(note.message)
        feedback.pushInfo(report.summary())
        return {"OUTPUT": path, "LAYER": layer.source(), "PROBLEMS": len(report.problems)}


class ComputeIndicators(EconomicAlgorithm):
    NAME = "compute_indicators"
    ECONOMIC_INPUT = True

    def displayName(self) -> str:
        return tr("Compute indicators")

    def help_text(self) -> str:
        return N_("The modules with their indicators as fields (money in yuan, areas in m2; left-out modules with "
                  "their reason), and a JSON report of the project and its units.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Economic layer"),
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Modules with indicators")))
        self.addParameter(QgsProcessingParameterFileDestination("REPORT", tr("Report (JSON)"), "JSON (*.json)",
                                                                optional=True))
        for key in ("cost", "revenue", "net_profit", "npv") + FEASIBILITY_OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(key.upper(), key))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        model = scheme_of(layer, feedback)
        fields = QgsFields(layer.fields())
        for key in SCALAR_KEYS:
            fields.append(QgsField(f"ind_{key}", compat.DOUBLE))
        fields.append(QgsField("ind_left_out", compat.STRING))
        sink, sink_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, layer.wkbType(), layer.crs())
        total = max(1, layer.featureCount())
        for number, feature in enumerate(layer.getFeatures()):
            if feedback.isCanceled():
                break
            values = model.module_indicators(feature.id())
            extra = [values[key] if values else None for key in SCALAR_KEYS]
            excluded = model.excluded.get(feature.id())
            extra.append(excluded.message(ui_language()) if excluded else None)
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + extra)
            sink.addFeature(out, QgsFeatureSink.FastInsert)
            feedback.setProgress(100.0 * number / total)
        project = model.indicators()
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            report = scheme_report(layer.name(), model, modules=False)
            Path(report_path).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        result = {"OUTPUT": sink_id, "REPORT": report_path or None}
        result.update({key.upper(): project[key] for key in ("cost", "revenue", "net_profit", "npv")})
        # the feasibility stack (spec section 9): None when it is off; the report has every key
        result.update({key.upper(): project.get(key) for key in FEASIBILITY_OUTPUTS})
        return result


class CheckPolicyLimits(EconomicAlgorithm):
    NAME = "check_policy_limits"
    ECONOMIC_INPUT = True

    def displayName(self) -> str:
        return tr("Check policy limits")

    def help_text(self) -> str:
        return N_("The policy checks of the scheme (demolition share, rebuild ratio, resettlement, rent growth, "
                  "floor area ratio, height, range rules): pass, fail or not evaluated, with the modules behind each "
                  "failure.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Economic layer"),
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFileDestination("REPORT", tr("Report (JSON)"), "JSON (*.json)",
                                                                optional=True))
        self.addOutput(QgsProcessingOutputNumber("FAILED", tr("Failed checks")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        model = scheme_of(layer, feedback)
        language = ui_language()
        for check in model.checks():
            scope = "project" if check.scope == "project" else f"unit {check.unit}"
            line = f"{check.state_label(language)}: {check.title(language)} ({scope})"
            if check.value is not None:
                line += f" = {check.value:,.4g}"
            if check.missing:
                line += f"; {check.missing_text(language)}"
            (feedback.reportError if check.state == "fail" else feedback.pushInfo)(line)
        rows = check_rows(model)
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            Path(report_path).write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
        return {"FAILED": sum(1 for row in rows if row["state"] == "fail"), "REPORT": report_path or None}


class ExportTable1(EconomicAlgorithm):
    NAME = "export_table1"
    ECONOMIC_INPUT = True

    def displayName(self) -> str:
        return tr("Export Table 1 spreadsheet")

    def help_text(self) -> str:
        return N_("The Table-1 spreadsheet of one or more schemes (xlsx): Table 1 with live formulas and stored "
                  "values, indicators, modules, cash flow, checks, assumptions, and a comparison of the schemes.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers("INPUT", tr("Economic layers"),
                                                               QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterEnum("LANGUAGE", tr("Language"),
                                                     options=[translate(N_("Chinese"), "zh"), "English"],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Spreadsheet"), "Excel (*.xlsx)"))

    def processAlgorithm(self, parameters, context, feedback):
        from economic_layer_plugin.io.xlsx import export_workbook

        layers = self.parameterAsLayerList(parameters, "INPUT", context)
        schemes = [(layer.name(), scheme_of(layer, feedback)) for layer in layers]
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        language = LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]
        done = export_workbook(schemes, path, language, progress=lambda share: feedback.setProgress(100 * share),
                               cancelled=feedback.isCanceled)
        if not done:
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        return {"OUTPUT": path}


class CompareSchemes(EconomicAlgorithm):
    NAME = "compare_schemes"
    ECONOMIC_INPUT = True

    def displayName(self) -> str:
        return tr("Compare schemes")

    def help_text(self) -> str:
        return N_("A table of every scheme's indicators side by side (one row per indicator), with the differences "
                  "to the first scheme.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers("INPUT", tr("Economic layers"),
                                                               QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Comparison"),
                                                            QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, "INPUT", context)
        if len(layers) < 2:
            raise QgsProcessingException(tr("Choose two schemes or more."))
        schemes = [(layer.name(), scheme_of(layer, feedback)) for layer in layers]
        fields = QgsFields()
        fields.append(QgsField("indicator", compat.STRING))
        for name, _ in schemes:
            fields.append(QgsField(name[:60], compat.DOUBLE))
        for name, _ in schemes[1:]:
            fields.append(QgsField(f"d_{name}"[:60], compat.DOUBLE))
        sink, sink_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry)
        results = [model.indicators() for _, model in schemes]
        for key in SCALAR_KEYS:
            values = [r[key] for r in results]
            deltas = differences(values, 0)[1:]
            feature = QgsFeature(fields)
            feature.setAttributes([key] + values + deltas)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return {"OUTPUT": sink_id}


ALGORITHMS = (CreateEconomicLayer, ConvertToEconomicLayer, ComputeIndicators, CheckPolicyLimits, ExportTable1,
              CompareSchemes)

