"""`economic-layer industrial`: categories and reasons per plot, indicators per park, level and district,
the same as the adapter's evaluation; the shipped sample; errors name the source."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from qgis.core import QgsVectorLayer

from economic_layer_plugin.core import industrial as ind
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter import industrial as adapter

ROOT = Path(__file__).resolve().parents[3]
CLI = ROOT / "scripts" / "economic-layer"
SAMPLE = PLUGIN_DIR / "sample" / "industrial_swellendam.gpkg"


def run(*args):
    return subprocess.run(["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True, timeout=300)


def test_json_equals_the_adapters_evaluation(tmp_path):
    out = tmp_path / "ind.xlsx"
    result = run("industrial", SAMPLE, "--json", "-o", out)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    layer = QgsVectorLayer(f"{SAMPLE}|layername=industrial_plots", "p", "ogr")
    evaluation = adapter.evaluate_layer(layer)
    assert len(data["plots"]) == len(evaluation.plots) == 83
    assert [p["category"] for p in data["plots"]] == [r.classification.category for r in evaluation.plots]
    assert data["district"]["indicators"]["output_per_mu"] == pytest.approx(
        evaluation.district.values["output_per_mu"])
    assert {g["name"] for g in data["levels"]} == set(ind.LEVELS)
    assert data["district"]["categories"] == evaluation.district.categories
    # every category of Figure 3 occurs in the sample, and a missing value names its field
    assert set(data["district"]["categories"]) == set(ind.CATEGORIES)
    assert any("el_ind_tax" in p["reason"] for p in data["plots"] if p["category"] == "not_evaluated")
    assert "Industrial" in load_workbook(out).sheetnames


def test_text_output_and_errors(tmp_path):
    result = run("industrial", SAMPLE, "--language", "zh")
    assert result.returncode == 0
    assert "效率低效" in result.stdout and "全域" in result.stdout
    missing = run("industrial", tmp_path / "nothing.gpkg")
    assert missing.returncode == 2 and "nothing.gpkg: no such file" in missing.stderr
    economic = run("industrial", f"{PLUGIN_DIR / 'sample' / 'zhongshan_third_road.gpkg'}|layername=final_plan")
    assert economic.returncode == 2 and "not an industrial layer" in economic.stderr
