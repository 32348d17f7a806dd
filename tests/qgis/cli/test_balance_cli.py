"""`economic-layer balance`: the financing-plot area it returns, put back as a module, balances the unit."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from qgis.core import QgsVectorLayer

from economic_layer_plugin.core.balance import trial_input
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.live import LiveModel
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

ROOT = Path(__file__).resolve().parents[3]
CLI = ROOT / "scripts" / "economic-layer"
SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def run(*args):
    return subprocess.run(["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def test_balance_json_area_balances_the_unit():
    result = run("balance", f"{SAMPLE}|layername=final_plan", "--unit", "1", "--use", "office", "--price", "30000",
                 "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    entry = data["units"]["1"]
    assert set(data["units"]) == {"1"} and entry["status"] == "solved" and entry["use"] == "office"
    layer = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    live = LiveModel(layer, assumptions_of(layer))
    model = live.model
    assert entry["net_profit"] == model.indicators("1")["net_profit"] < 0
    assert entry["subsidy"] == -entry["net_profit"]
    items = list(model.inputs.values()) + [trial_input("1", "office", 30000.0, entry["area"])]
    balanced = EconomicModel.compute(items, model.assumptions)
    assert abs(balanced.indicators("1")["net_profit"]) <= 1.0
    live.disconnect_layer()


def test_balance_text_and_errors():
    result = run("balance", f"{SAMPLE}|layername=final_plan")
    assert result.returncode == 0, result.stderr
    assert "fund balance" in result.stdout and "unit 3 balances already" in result.stdout
    bad = run("balance", f"{SAMPLE}|layername=final_plan", "--unit", "9")
    assert bad.returncode == 2 and "unit 9" in bad.stderr
    bad = run("balance", f"{SAMPLE}|layername=final_plan", "--use", "castle")
    assert bad.returncode == 2 and "castle" in bad.stderr
