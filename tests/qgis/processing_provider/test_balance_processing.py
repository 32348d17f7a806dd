"""Processing: economic_layer:solve_balance gives the same answer as the core solve."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from economic_layer_plugin.core.balance import solve_balance
from economic_layer_plugin.definitions import PLUGIN_DIR, USES
from economic_layer_plugin.qgis_adapter.live import LiveModel
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

FINAL = f"{PLUGIN_DIR / 'sample' / 'zhongshan_third_road.gpkg'}|layername=final_plan"


@pytest.fixture()
def provider(plugin_factory, qgis_processing):
    return plugin_factory().provider


def test_solve_balance_algorithm(provider, tmp_path):
    import processing

    report = tmp_path / "b.json"
    result = processing.run("economic_layer:solve_balance", {"INPUT": FINAL, "UNIT": "4", "USE": USES.index("office"),
                                                             "PRICE": 32000, "REPORT": str(report)})
    layer = QgsVectorLayer(FINAL, "final_plan", "ogr")
    live = LiveModel(layer, assumptions_of(layer))
    expected = solve_balance(live.model, "4", "office", 32000.0)
    live.disconnect_layer()
    assert expected.status == "solved"
    assert result["AREA"] == expected.area and result["SUBSIDY"] == expected.subsidy
    assert json.loads(report.read_text(encoding="utf-8"))["units"]["4"]["area"] == expected.area
    with pytest.raises(QgsProcessingException, match="Unit 7"):
        processing.run("economic_layer:solve_balance", {"INPUT": FINAL, "UNIT": "7"})
