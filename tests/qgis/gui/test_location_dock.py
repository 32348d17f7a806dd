"""Location in the dock: the rules editor (driven directly, no modal dialog shown), the assumptions tab
applying its rules, and the units table's "what location is worth" rows (only with location rules)."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from economic_layer_plugin.core import formatting
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.location import LocationAssumptions, LocationError, LocationRule
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.gui.assumptions_panel import AssumptionsPanel
from economic_layer_plugin.gui.location_rules import BANDS, INSIDE, LAYER, USES, LocationRulesDialog, parse_bands
from economic_layer_plugin.gui.overview import OverviewPanel
from economic_layer_plugin.qgis_adapter import location
from economic_layer_plugin.qgis_adapter.reader import ModuleReader
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"
STATION = LocationRule("stations", "地铁站", ("residential",), "sale", ((500.0, 6.0), (1000.0, 3.0)), source="Wen 2018")


def _set(dialog, row, column, text):
    dialog.table.item(row, column).setText(text)


def test_the_editor_shows_adds_edits_and_removes_rules():
    dialog = LocationRulesDialog(LocationAssumptions(rules=(STATION,)))
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, BANDS).text() == "500: 6, 1000: 3"
    assert dialog.rules() == LocationAssumptions(rules=(STATION,))  # shown and read back unchanged
    row = dialog.add_rule()
    _set(dialog, row, LAYER, "parks")
    _set(dialog, row, USES, "residential，apartment")  # a Chinese comma is a comma
    _set(dialog, row, BANDS, "300：5")
    _set(dialog, row, INSIDE, "10")
    dialog.table.cellWidget(row, 3).setCurrentIndex(2)  # both prices
    dialog.max_percent.setValue(20)
    rules = dialog.rules()
    park = rules.rules[1]
    assert (park.layer, park.uses, park.price, park.bands, park.inside) == (
        "parks", ("residential", "apartment"), "both", ((300.0, 5.0),), 10.0)
    assert rules.max_percent == 20 and rules.min_percent == -30
    dialog.table.setCurrentCell(0, 0)
    dialog.remove_rule()
    assert [rule.layer for rule in dialog.rules().rules] == ["parks"]
    dialog.deleteLater()


def test_bad_rules_are_refused_naming_the_field_and_the_dialog_stays_open():
    dialog = LocationRulesDialog(LocationAssumptions(rules=(STATION,)))
    for column, text, words in ((USES, "housing", ("location.rules[0].uses", "housing")),
                                (BANDS, "1000: 3, 500: 6", ("location.rules[0].bands", "increase")),
                                (BANDS, "500 6", ("location.rules[0].bands", "500 6")),
                                (INSIDE, "ten", ("location.rules[0].inside", "ten")),
                                (LAYER, "", ("location.rules[0].layer",))):
        before = dialog.table.item(0, column).text()
        _set(dialog, 0, column, text)
        try:
            dialog.rules()
            raise AssertionError(f"{text!r} accepted")
        except LocationError as error:
            assert all(word in str(error) for word in words), str(error)
        dialog.accept()  # refused: stays open, says why, the rules it started with kept
        assert dialog.result() == 0 and "location.rules[0]" in dialog.status.text()
        assert dialog.result_rules == LocationAssumptions(rules=(STATION,))
        _set(dialog, 0, column, before)
    dialog.accept()
    assert dialog.result() == 1 and dialog.status.text() == ""
    assert parse_bands("", "w") == []
    dialog.deleteLater()


def test_the_assumptions_tab_applies_the_rules_like_any_change():
    panel = AssumptionsPanel()
    panel.show_assumptions(Assumptions())
    assert "None" in panel.location_summary.text() or "无" in panel.location_summary.text()
    applied = []
    panel.changed.connect(applied.append)
    dialog = panel.location_dialog()  # what the button opens, driven here without exec()
    dialog.add_rule(STATION.to_dict())
    dialog.accept()
    panel.set_location_rules(dialog.result_rules)
    assert len(applied) == 1 and applied[0].location.rules == (STATION,)
    assert "stations" in panel.location_summary.text()
    assert panel.read().location.rules == (STATION,)  # later edits of other fields keep the rules
    panel.deleteLater()


def _model(name: str):
    layer = QgsVectorLayer(f"{SAMPLE}|layername={name}", name, "ogr")
    model = EconomicModel.compute(ModuleReader(layer).modules(), assumptions_of(layer))
    if model.assumptions.location.enabled:
        assert location.apply(model, layer) == []
    return model


def _rows(panel) -> dict:
    table = panel.units
    return {table.verticalHeaderItem(row).text(): [table.item(row, c).text() for c in range(table.columnCount())]
            for row in range(table.rowCount())}


def test_the_units_table_says_what_location_is_worth_only_with_rules():
    panel = OverviewPanel()
    model = _model("final_plan_location")
    panel.show_model(model)
    rows = _rows(panel)
    worth = next(cells for label, cells in rows.items() if "location is worth" in label or "区位价值" in label)
    without = next(cells for label, cells in rows.items() if "without location" in label or "不计区位" in label)
    codes = model.unit_codes()
    assert worth == [formatting.money(model.location_income())] + [formatting.money(model.location_income(c))
                                                                   for c in codes]
    # income without location factors = the final plan's income (the same modules without rules), to the 万元
    final = _model("final_plan")
    assert without == [formatting.money(final.indicators()["revenue"])] + [
        formatting.money(final.indicators(c)["revenue"]) for c in codes]
    panel.show_model(final)
    assert not [label for label in _rows(panel) if "location" in label or "区位" in label]
    panel.deleteLater()
