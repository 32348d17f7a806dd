"""The command line speaks the user's language: every subcommand's text output in Chinese and English,
labels (never keys), columns straight with Chinese text, the locale's language by default."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsVectorLayer

from economic_layer_plugin.cli.common import display_width
from economic_layer_plugin.core import indicators, industrial, risk
from economic_layer_plugin.core.checks import CHECK_LABELS
from economic_layer_plugin.definitions import ACTIONS, PLUGIN_DIR, USES

ROOT = Path(__file__).resolve().parents[3]
CLI = ROOT / "scripts" / "economic-layer"
SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"
INDUSTRIAL = PLUGIN_DIR / "sample" / "industrial_swellendam.gpkg"
SCHEMES = ("initial_plan", "final_plan", "final_plan_feasibility")

#: keys of the model that must never reach a person as they are (the JSON keeps them)
RAW_KEYS = (set(indicators.INDICATOR_KEYS) | set(risk.DRIVERS) | set(industrial.INDICATOR_KEYS) | set(CHECK_LABELS)
            | set(USES) | set(ACTIONS)
            | {"swap_ratio", "not_evaluated", "not_built", "proven_optimal", "feasible_with_gap", "no_solution",
               "infeasible_after_check", "funding_gap", "district", "community", "base", "block"})


def run(*args, environ=None):
    """The command's output (standard output and error); ``environ`` replaces the locale's variables."""
    env = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(environ or {"LANG": "C.UTF-8"})
    return subprocess.run(["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=env)


def _location_scheme(folder: Path) -> list:
    """A one-module scheme, a station 334 m from it and a rule (as tests/qgis/cli/test_location_cli.py)."""
    from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer

    layer = create_economic_layer(folder / "scheme.gpkg", "scheme", QgsCoordinateReferenceSystem("EPSG:4326"))
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((121.4 31.2, 121.4 31.2001, 121.4001 31.2001, 121.4001 31.2, "
                                            "121.4 31.2))"))
    for name, value in (("el_unit", "1"), ("el_action", "add"), ("el_use", "residential"), ("el_floors", 10),
                        ("el_module_id", "M1")):
        feature[name] = value
    assert layer.addFeature(feature) and layer.commitChanges()
    stations = folder / "stations.geojson"
    stations.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "东站"},
         "geometry": {"type": "Point", "coordinates": [121.4036, 31.20005]}}]}), encoding="utf-8")
    rules = folder / "rules.json"
    rules.write_text(json.dumps({"rules": [{"layer": "stations", "label": "地铁站", "uses": ["residential"],
                                            "price": "sale", "bands": [[500, 8], [800, 4]], "source": "estimate"}]},
                                ensure_ascii=False), encoding="utf-8")
    return [folder / "scheme.gpkg", "--rules", rules, "--layer", f"stations={stations}"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("cli_language")


@pytest.fixture(scope="module")
def commands(folder):
    """{name: arguments} of every subcommand with a text output on a scheme of its own."""
    layer = lambda name: f"{SAMPLE}|layername={name}"  # noqa: E731
    return {
        "indicators": [layer("final_plan_feasibility")],
        "check": [layer("initial_plan")],
        "compare": [layer("initial_plan"), layer("final_plan")],
        "balance": [layer("final_plan")],
        "industrial": [INDUSTRIAL],
        "risk": [layer("final_plan"), "--draws", "200"],
        "optimise": [layer("final_plan"), "-o", folder / "optimised.gpkg", "--overwrite", "--time-limit", "60"],
        "location": _location_scheme(folder),
        "export": [layer("final_plan"), "-o", folder / "table1.xlsx"],
    }


@pytest.fixture(scope="module")
def outputs(commands):
    """{(command, language): text} of every command, with --language."""
    found = {}
    for name, arguments in commands.items():
        for language in ("zh", "en"):
            result = run(name, *arguments, "--language", language)
            assert result.returncode in (0, 1), f"{name} --language {language}: {result.stderr}"
            errors = "".join(line for line in result.stderr.splitlines(keepends=True)
                             if not line.startswith("QStandardPaths"))  # Qt's own, not the command's
            found[name, language] = result.stdout + errors
    return found


def _data_names(folder: Path) -> list:
    """What a scheme's data names (module ids, scheme and layer names, paths): shown as written, in any
    language; longest first so that a name inside another goes with it."""
    names = set(SCHEMES) | {"final_plan_optimised", "industrial_plots", "scheme", "M1", str(SAMPLE), str(INDUSTRIAL),
                            *(str(path) for path in folder.iterdir())}
    for scheme in SCHEMES:
        layer = QgsVectorLayer(f"{SAMPLE}|layername={scheme}", scheme, "ogr")
        names |= {str(feature["el_module_id"]) for feature in layer.getFeatures()}
    return sorted(names, key=len, reverse=True)


def _without_data(text: str, names: list) -> str:
    for name in names:
        text = text.replace(name, " ")
    return text


def _raw_keys(text: str, keys) -> list:
    return sorted(key for key in keys if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text))


@pytest.mark.parametrize("name", ["indicators", "check", "compare", "balance", "industrial", "risk", "optimise",
                                  "location", "export"])
def test_no_raw_key_in_either_language_and_chinese_labels_in_chinese(name, outputs, folder):
    names = _data_names(folder)
    chinese = _without_data(outputs[name, "zh"], names)
    english = _without_data(outputs[name, "en"], names)
    assert _raw_keys(chinese, RAW_KEYS) == [], chinese
    # English keeps English words ("residential" is a word there): keys of two words or more never show
    assert _raw_keys(english, {key for key in RAW_KEYS if "_" in key}) == [], english
    assert re.search(r"[\u4e00-\u9fff]", chinese), chinese
    assert chinese != english


def test_chinese_labels_where_english_ones_were(outputs):
    assert "净现值（万元）" in outputs["compare", "zh"] and "NPV (10,000 CNY)" in outputs["compare", "en"]
    assert "净利润（万元）" in outputs["compare", "zh"] and "Net profit (10,000 CNY)" in outputs["compare", "en"]
    assert "未通过" in outputs["check", "zh"] and "拆除建筑面积占现状总建筑面积比例" in outputs["check", "zh"]
    assert "投资（万元）" in outputs["indicators", "zh"] and "净现值" in outputs["indicators", "zh"]
    assert "资金平衡" in outputs["balance", "zh"] and "补贴现值" in outputs["balance", "zh"]
    assert "亩均产值" in outputs["industrial", "zh"] and "全域" in outputs["industrial", "zh"]
    assert "折现率" in outputs["risk", "zh"] and "资金缺口（万元）" in outputs["risk", "zh"]
    assert "拆除 -> 保留" in outputs["optimise", "zh"] and "demolish" not in outputs["optimise", "zh"]
    assert "区位价值" in outputs["location", "zh"] and "已写出" in outputs["export", "zh"]


def _ends(line: str) -> list:
    """The terminal columns where each word of a line ends (Chinese characters two columns wide); a
    heading's "Δ name" is one word."""
    return [display_width(line[:match.end()]) for match in re.finditer(r"(?:Δ )?\S+", line)]


def _table(text: str, first: str) -> list:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return lines[start:end]


def test_compare_columns_stay_straight_with_chinese_names(folder):
    # a scheme with a Chinese name beside the indicators' Chinese labels: every figure ends under the
    # end of its column's heading
    copy = folder / "chinese_name.gpkg"
    shutil.copyfile(SAMPLE, copy)
    from osgeo import ogr

    dataset = ogr.Open(str(copy), update=1)
    dataset.ExecuteSQL('ALTER TABLE "initial_plan" RENAME TO "初步方案"')
    dataset = None
    result = run("compare", f"{copy}|layername=初步方案", f"{copy}|layername=final_plan", "--language", "zh")
    assert result.returncode == 0, result.stderr
    table = _table(result.stdout, "指标")
    assert "初步方案" in table[0] and len(table) == 1 + len(indicators.SCALAR_KEYS)
    heading = _ends(table[0])[-3:]  # 初步方案, final_plan, Δ final_plan
    for line in table[1:]:
        assert _ends(line)[-3:] == heading, line
    assert len({display_width(line) for line in table}) == 1


def test_balance_and_industrial_tables_stay_straight_in_chinese(outputs):
    balance = _table(outputs["balance", "zh"], "  单元")
    heading = _ends(balance[0])[1:6]  # 净利润 净现值 补贴 补贴现值 融资地块（平方米）
    for line in balance[1:]:
        assert _ends(line)[1:6] == heading, line
    groups = _table(outputs["industrial", "zh"].split("\n\n", 1)[1], " ")
    assert "全域" in groups[0] and len({display_width(line) for line in groups}) == 1
    assert len(groups) == 3 + len(industrial.INDICATOR_KEYS)


#: English a Chinese text output may show besides the data's names, field names (el_...) and options
#: (--x): units (m, m2, km2) and percentiles
ALLOWED = {"m", "m2", "km2", "P10", "P50", "P90", "P"}


def test_no_english_word_in_the_chinese_output(outputs, folder):
    names = _data_names(folder)
    for (name, language), text in outputs.items():
        if language != "zh":
            continue
        text = _without_data(text, names)
        text = re.sub(r"--[a-z][a-z-]*", " ", text)  # an option's name
        text = re.sub(r"\bel_\w+", " ", text)  # a field's name
        words = sorted({word for word in re.findall(r"[A-Za-z][A-Za-z0-9_]*", text) if word not in ALLOWED})
        assert words == [], f"{name}: English in the Chinese output: {words}"


def test_the_default_follows_the_locale():
    source = f"{SAMPLE}|layername=final_plan"
    chinese = run("indicators", source, environ={"LANG": "zh_CN.UTF-8"}).stdout
    english = run("indicators", source, environ={"LANG": "en_US.UTF-8"}).stdout
    assert "净现值" in chinese and "NPV" not in chinese
    assert "NPV" in english and "净现值" not in english
    # LC_ALL wins over LANG; --language over both, before the subcommand as well
    assert "净现值" in run("indicators", source, environ={"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}).stdout
    assert "NPV" in run("--language", "en", "indicators", source, environ={"LANG": "zh_CN.UTF-8"}).stdout


def test_json_stays_keys_and_yuan_in_chinese():
    source = f"{SAMPLE}|layername=final_plan"
    chinese = json.loads(run("indicators", source, "--json", "--language", "zh").stdout)
    english = json.loads(run("indicators", source, "--json", "--language", "en").stdout)
    assert chinese == english
    # the paper's Table 1: the final plan's investment 1,381,009 (10,000 CNY), in yuan in the JSON
    assert round(chinese["project"]["cost"] / 10_000) == 1_381_009
