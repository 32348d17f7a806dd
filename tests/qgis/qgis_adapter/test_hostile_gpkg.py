"""Hostile values written into a real GeoPackage (by SQLite, as any other program could): the engine,
``indicators --json`` and ``export`` never raise, print no NaN or infinity, leave every bad module out
with a reason naming the field, and exit with the documented codes (0; 3 with --strict)."""

from __future__ import annotations

import json
import math
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from osgeo import gdal
from qgis.core import QgsVectorLayer

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.reader import ModuleReader

ROOT = Path(__file__).resolve().parents[3]
CLI = ROOT / "scripts" / "economic-layer"
SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"

# fid: (field, stored value, words of the reason). Actions of the sample: 1-3 demolish, 4-5 retain,
# 6-7 renovate, 8-11 add, 12-14 demolish, 15-16 retain, 17-18 renovate, 19-23 add ...
HOSTILE = {
    1: ("el_gfa", 1e308, "above"),
    8: ("el_gfa", -1e308, "negative"),
    9: ("el_gfa", "Infinity", "not a finite number"),
    10: ("el_gfa", "lots", "not a number: 'lots'"),
    11: ("el_gfa", b"\x00\xffblob", "not a number"),
    19: ("el_gfa", -5.0, "negative"),
    20: ("el_other_income", 1e308, "above"),
    21: ("el_other_cost", 1e308, "above"),
    22: ("el_floors", 100000, "above 200"),
    23: ("el_floors", 1e308, "above 200"),
    4: ("el_height", b"\x01\x02", "not a number"),
    5: ("el_existing_gfa", -1e308, "negative"),
    6: ("el_sale_price", float("inf"), "not a finite number"),
    7: ("el_rent", "Infinity", "not a finite number"),
    12: ("el_households", 1e308, "above"),
    13: ("el_demolition_rate", "lots", "not a number"),
    15: ("el_start_year", 1e308, "above 2200"),
    16: ("el_occupancy", "NaN", "not a finite number"),
    17: ("el_cost_rate", 1e7, "above 1000000"),
}
DUPLICATE = (24, 25)  # both given the module id "DUP"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.gpkg"
    shutil.copy(SAMPLE, path)
    # through GDAL's SQLite (the GeoPackage's triggers call its ST_ functions), values as SQL literals
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    for fid, (field, value, _) in HOSTILE.items():
        dataset.ExecuteSQL(f'UPDATE final_plan SET "{field}" = {_literal(value)} WHERE fid = {fid}')
    dataset.ExecuteSQL(f"UPDATE final_plan SET el_module_id = 'DUP' WHERE fid IN {DUPLICATE}")
    dataset = None
    connection = sqlite3.connect(path)
    stored = dict(connection.execute("SELECT typeof(el_gfa), COUNT(*) FROM final_plan GROUP BY 1").fetchall())
    connection.close()
    assert stored.get("text") == 2 and stored.get("blob") == 1  # SQLite kept the hostile types
    return path


def _literal(value) -> str:
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, float) and math.isinf(value):
        return "9e999" if value > 0 else "-9e999"
    return repr(value)


def _strict_json(text: str):
    def refuse(constant):
        raise AssertionError(f"{constant} in the JSON")
    return json.loads(text, parse_constant=refuse)


def run(*args):
    return subprocess.run(["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def _check_excluded(excluded: dict):
    for fid, (field, _, words) in HOSTILE.items():
        assert fid in excluded, (fid, field)
        message = excluded[fid]
        assert field in message and words in message, (fid, message)
        assert "is 0" not in message


@pytest.mark.parametrize("bulk", [True, False])
def test_the_engine_leaves_every_hostile_module_out(hostile, bulk):
    layer = QgsVectorLayer(f"{hostile}|layername=final_plan", "final_plan", "ogr")
    reader = ModuleReader(layer)
    items = reader.modules() if bulk else reader._with_stored(reader._features())
    model = EconomicModel.compute(list(items))
    _check_excluded({fid: e.message("en") for fid, e in model.excluded.items()})
    assert len(model.modules) == 46 - len(HOSTILE)
    for value in model.indicators().values():
        assert not isinstance(value, float) or math.isfinite(value)


def test_indicators_json_and_strict_exit_codes(hostile):
    source = f"{hostile}|layername=final_plan"
    result = run("indicators", source, "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data = _strict_json(result.stdout)
    excluded = {int(e["fid"]) if str(e.get("fid", "")).isdigit() else e.get("fid"): json.dumps(e, ensure_ascii=False)
                for e in data["excluded"]}
    _check_excluded(excluded)
    assert "module id 'DUP' is used by 2 modules: features 24, 25" in result.stderr
    strict = run("indicators", source, "--json", "--strict")
    assert strict.returncode == 3, strict.stderr


def test_export_writes_no_nan_or_infinity(hostile, tmp_path):
    out = tmp_path / "hostile.xlsx"
    result = run("export", f"{hostile}|layername=final_plan", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    workbook = load_workbook(out)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, float):
                    assert math.isfinite(value), sheet.title
                if isinstance(value, str):
                    assert value.lower() not in ("nan", "inf", "-inf", "infinity"), sheet.title
