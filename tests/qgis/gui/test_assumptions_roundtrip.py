"""Applying the assumptions editor without changing anything changes no figure (the sample's lump
sums were shown to 6 significant digits, and applying rounded them: 4,332 yuan more investment)."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.gui.assumptions_panel import AssumptionsPanel
from economic_layer_plugin.qgis_adapter.reader import ModuleReader
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def test_applying_the_editor_unchanged_keeps_every_figure():
    for scheme in ("final_plan", "final_plan_feasibility"):
        layer = QgsVectorLayer(f"{SAMPLE}|layername={scheme}", scheme, "ogr")
        book = assumptions_of(layer)
        assert book.lump_sums, "the sample's calibration is in unit lump sums"
        panel = AssumptionsPanel()
        panel.show_assumptions(book)
        applied = []
        panel.changed.connect(applied.append)
        panel._apply()
        assert applied, panel.status.text()
        assert [(s.unit, s.amount, s.year, s.spread_years, s.kind) for s in applied[0].lump_sums] == [
            (s.unit, s.amount, s.year, s.spread_years, s.kind) for s in book.lump_sums]
        items = list(ModuleReader(layer).modules())
        before, after = EconomicModel.compute(items, book), EconomicModel.compute(items, applied[0])
        assert after.indicators()["cost"] == before.indicators()["cost"]
        assert after.indicators()["revenue"] == before.indicators()["revenue"]
        panel.deleteLater()
