"""The command line: JSON equal to the dock's figures, sources named in errors, bad modules listed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from qgis.core import QgsVectorLayer

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.live import LiveModel
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

ROOT = Path(__file__).resolve().parents[3]
CLI = ROOT / "scripts" / "economic-layer"
SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"
SWELLENDAM = ROOT / "tests" / "data" / "swellendam_training_data.gpkg"


def run(*args, check_rc=None):
    """The command in English (the text output follows the locale: tests/qgis/cli/test_cli_language.py)."""
    env = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "C.UTF-8"
    result = subprocess.run(["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True,
                            timeout=300, env=env)
    if check_rc is not None:
        assert result.returncode == check_rc, result.stderr
    return result


def test_indicators_json_equals_the_docks_figures():
    result = run("indicators", f"{SAMPLE}|layername=final_plan", "--json", check_rc=0)
    data = json.loads(result.stdout)
    assert set(data) >= {"project", "units", "modules", "checks", "excluded"}
    layer = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    live = LiveModel(layer, assumptions_of(layer))  # what the dock shows
    dock = live.model.indicators()
    for key, value in dock.items():
        assert data["project"][key] == value, key
    assert data["project"]["cost"] == 1_381_009 * 10_000  # yuan
    assert set(data["units"]) == {"1", "2", "3", "4"}
    assert data["units"]["3"]["revenue"] == live.model.indicators("3")["revenue"]
    assert len(data["modules"]) == 46 and data["excluded"] == []
    apartments = next(m for m in data["modules"] if m["name"] == "服务式公寓")
    assert apartments["saleable_area"] == 8085 and "npv" in apartments
    share = next(c for c in data["checks"] if c["check"] == "demolition_share" and c["scope"] == "project")
    assert share["state"] == "fail" and share["modules"]
    rebuild = next(c for c in data["checks"] if c["check"] == "rebuild_ratio" and c["scope"] == "project")
    assert rebuild["state"] == "pass" and rebuild["basis"] == "above_ground"  # 408,494 / 382,796 m2 = 1.07
    for key in ("irr_roots", "mirr", "subsidy_pv"):  # the indicators of spec section 5, version 2
        assert key in data["project"] and key in data["units"]["1"] and key in apartments
    live.disconnect_layer()


@pytest.mark.parametrize("source, words", [
    ("/nowhere/scheme.gpkg", ["/nowhere/scheme.gpkg", "no such file"]),
    (f"{SAMPLE}|layername=nope", ["nope"]),
    (str(SAMPLE), ["several economic layers", "final_plan", "initial_plan"]),
    (f"{SWELLENDAM}|layername=buildings", ["buildings", "not an economic layer"]),
    (f"{SAMPLE}|color=red", ["unknown option"]),
])
def test_an_unusable_source_exits_non_zero_and_is_named(source, words):
    result = run("indicators", source)
    assert result.returncode == 2
    for word in words:
        assert word in result.stderr


def test_bad_modules_are_listed_and_strict_fails(tmp_path):
    copy = tmp_path / "scheme.gpkg"
    shutil.copy(SAMPLE, copy)
    layer = QgsVectorLayer(f"{copy}|layername=final_plan", "final_plan", "ogr")
    feature = next(layer.getFeatures())
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("el_gfa"), -5)
    assert layer.commitChanges()
    del layer
    source = f"{copy}|layername=final_plan"
    data = json.loads(run("indicators", source, "--json", check_rc=0).stdout)
    assert len(data["excluded"]) == 1
    bad = data["excluded"][0]
    assert bad["fid"] == feature.id() and bad["fields"] == ["el_gfa"] and "negative" in bad["reason"]
    strict = run("indicators", source, "--json", "--strict")
    assert strict.returncode == 3 and "1 modules were left out" in strict.stderr


def test_compare_and_check():
    data = json.loads(run("compare", f"{SAMPLE}|layername=initial_plan", f"{SAMPLE}|layername=final_plan",
                          "--json", check_rc=0).stdout)
    assert [s["scheme"] for s in data["schemes"]] == ["initial_plan", "final_plan"]
    (changes,) = data["changes"]
    assert (changes["from"], changes["to"]) == ("initial_plan", "final_plan")
    # the parts add up to the difference of the totals (to the fen)
    assert round(sum(m["net_profit"] for m in changes["modules"]), 2) == round(changes["net_profit"], 2)
    assert sum(m["npv"] for m in changes["modules"]) == pytest.approx(changes["npv"], abs=0.01)
    assert changes["net_profit"] == (data["schemes"][1]["project"]["net_profit"]
                                     - data["schemes"][0]["project"]["net_profit"])
    text = run("compare", f"{SAMPLE}|layername=initial_plan", f"{SAMPLE}|layername=final_plan", check_rc=0).stdout
    assert "Net profit (10,000 CNY)" in text and "Δ final_plan" in text and "what changed from initial_plan" in text
    assert "net_profit" not in text  # the indicator's label, never its key
    checks = run("check", f"{SAMPLE}|layername=initial_plan", check_rc=1).stdout
    assert "fail" in checks and "Demolished / existing floor area" in checks


def test_compare_prints_money_in_10000_cny_with_separators():
    text = run("compare", f"{SAMPLE}|layername=initial_plan", f"{SAMPLE}|layername=final_plan", check_rc=0).stdout
    assert "e+" not in text
    rows = {line.split("  ")[0]: line.split() for line in text.splitlines() if line.startswith(("Cost", "Margin"))}
    # the paper's Table 1: the final plan's investment is 1,381,009 (10,000 CNY); the initial plan's
    # cost is 9,709,140,000 yuan (build_sample.py prints its Table 1: 970,914) = 970,914 (10,000 CNY);
    # 1,381,009 - 970,914 = 410,095
    cost = rows["Cost (10,000 CNY)"]
    assert cost[-3:] == ["970,914", "1,381,009", "+410,095"]
    # margins: -20.95 % (Table 1: -239,189 / 1,141,820) and the initial plan's -301,131 / 669,783 = -44.96 %
    assert rows["Margin (%)"][-3:] == ["-44.96", "-20.95", "+24.01"]


def test_check_exit_code_gates_on_failures(tmp_path):
    from tests.qgis.scheme_factory import make_scheme

    assert "1  check: a policy check failed" in run("check", "--help", check_rc=0).stdout
    layer = make_scheme(tmp_path / "s.gpkg")
    source = f"{tmp_path / 's.gpkg'}|layername=scheme"
    # the factory's scheme demolishes 2,400 of 6,000 m2 (40 % > the 20 % limit): a failure
    failing = run("check", source, check_rc=1).stdout
    assert "fail" in failing
    layer.startEditing()
    layer.deleteFeatures([f.id() for f in layer.getFeatures() if f["el_action"] == "demolish"])
    assert layer.commitChanges()
    del layer
    # nothing demolished: every check passes or is not evaluated
    passing = run("check", source, check_rc=0).stdout
    assert " fail " not in passing and "pass" in passing


def test_export_writes_table1(tmp_path):
    out = tmp_path / "sample.xlsx"
    run("export", f"{SAMPLE}|layername=final_plan", f"{SAMPLE}|layername=initial_plan", "-o", out, check_rc=0)
    sheet = load_workbook(out, data_only=True)["Table 1"]
    assert round(sheet["B9"].value) == 1_381_009 and round(sheet["B11"].value) == -239_189
    assert "Comparison" in load_workbook(out).sheetnames


def test_indicators_json_carries_the_feasibility_keys(tmp_path):
    from tests.qgis.scheme_factory import make_scheme

    layer = make_scheme(tmp_path / "scheme.gpkg")  # a new scheme: the feasibility stack is on
    result = run("indicators", f"{tmp_path / 'scheme.gpkg'}|layername=scheme", "--json", check_rc=0)
    data = json.loads(result.stdout)
    live = LiveModel(layer, assumptions_of(layer))
    dock = live.model.indicators()
    for key in ("vat", "surcharges", "land_appreciation_tax", "corporate_income_tax", "property_tax",
                "finance_cost", "exit_value", "net_profit_after_tax", "project_npv", "project_irr", "equity_npv",
                "equity_irr", "peak_debt", "government_take", "owners_take", "implementer_take"):
        assert data["project"][key] == dock[key], key
        assert key in data["units"]["1"]
    assert data["land_appreciation_tax_detail"][0]["product_type"] == "non_residential"  # the apartments
    text = run("indicators", f"{tmp_path / 'scheme.gpkg'}|layername=scheme", check_rc=0).stdout
    assert "net profit after tax and finance" in text
    live.disconnect_layer()


def test_optimise_into_an_existing_layer_is_refused_or_replaced_never_a_hidden_question(tmp_path):
    # the second run used to wait for ever on QGIS's invisible "a style of that name exists: overwrite?"
    source = tmp_path / "s.gpkg"
    shutil.copyfile(SAMPLE, source)
    out = tmp_path / "out.gpkg"

    def written() -> list:
        layer = QgsVectorLayer(f"{out}|layername=final_plan_optimised", "optimised", "ogr")
        assert layer.isValid()
        return sorted((f.id(), f["el_action"]) for f in layer.getFeatures())

    run("optimise", f"{source}|layername=final_plan", "-o", out, check_rc=0)
    first = written()
    refused = run("optimise", f"{source}|layername=final_plan", "-o", out, check_rc=2)
    assert "final_plan_optimised exists already" in refused.stderr and "--overwrite" in refused.stderr
    run("optimise", f"{source}|layername=final_plan", "-o", out, "--overwrite", check_rc=0)
    assert written() == first and first  # replaced by the same answer, not appended to


def test_export_makes_its_folder_and_refuses_another_format(tmp_path):
    out = tmp_path / "new" / "folder" / "table1.xlsx"
    run("export", f"{SAMPLE}|layername=final_plan", "-o", out, check_rc=0)
    assert load_workbook(out).sheetnames[0]
    wrong = run("export", f"{SAMPLE}|layername=final_plan", "-o", tmp_path / "table1.csv", check_rc=2)
    assert ".xlsx" in wrong.stderr and not (tmp_path / "table1.csv").exists()


def test_every_subcommand_has_its_help():
    from economic_layer_plugin.cli import COMMANDS

    text = run("--help", check_rc=0).stdout
    for command in COMMANDS:
        assert command.name in text
        assert run(command.name, "--help", check_rc=0).stdout.startswith(f"usage: economic-layer {command.name}")


def test_a_typo_in_el_unit_is_named_and_strict_exits_3(tmp_path):
    from osgeo import ogr

    source = tmp_path / "s.gpkg"
    shutil.copyfile(SAMPLE, source)
    dataset = ogr.Open(str(source), update=1)
    table = dataset.GetLayerByName("final_plan")
    feature = table.GetFeature(1)
    module_id = feature.GetField("el_module_id")
    feature.SetField("el_unit", "9")
    assert table.SetFeature(feature) == 0
    dataset = table = None
    plain = run("indicators", f"{source}|layername=final_plan", check_rc=0)
    assert "unit '9' is not one of the scheme's project units" in plain.stderr and str(module_id) in plain.stderr
    run("indicators", f"{source}|layername=final_plan", "--strict", check_rc=3)
    data = json.loads(run("indicators", f"{source}|layername=final_plan", "--json", check_rc=0).stdout)
    assert any("'9'" in line for line in data["warnings"])
    # the sample as shipped declares every unit it uses: no warning
    shipped = json.loads(run("indicators", f"{SAMPLE}|layername=final_plan", "--json", check_rc=0).stdout)
    assert shipped["warnings"] == []


def test_a_folder_is_named_as_a_folder(tmp_path):
    shutil.copyfile(SAMPLE, tmp_path / "scheme.gpkg")
    result = run("indicators", tmp_path, check_rc=2)
    assert "is a folder" in result.stderr and "scheme.gpkg" in result.stderr


def test_compare_columns_never_run_together_and_unit_rows_are_not_modules():
    out = run("compare", f"{SAMPLE}|layername=initial_plan", f"{SAMPLE}|layername=final_plan",
              f"{SAMPLE}|layername=final_plan_feasibility", check_rc=0).stdout
    header = out.splitlines()[0]
    assert "final_planfinal_plan" not in header and "  final_plan_feasibility" in header
    # initial -> final: 24 modules edited, 3 removed, 1 added (docs/sample.md) and the 4 units' rows
    assert "28 modules and 4 unit rows" in out and "the 20 largest of 32" in out


def test_a_scheme_without_its_assumptions_is_said_on_the_command_line(tmp_path):
    from osgeo import ogr

    copy = tmp_path / "copied.gpkg"
    shutil.copyfile(SAMPLE, copy)
    dataset = ogr.Open(str(copy), update=1)
    dataset.ExecuteSQL("DELETE FROM el_assumptions")
    dataset = None
    result = run("indicators", f"{copy}|layername=final_plan", check_rc=0)
    assert "no assumptions are stored with this scheme" in result.stderr
    assert "no assumptions are stored" not in run("indicators", f"{SAMPLE}|layername=final_plan", check_rc=0).stderr


def test_the_text_output_writes_numbers_as_a_person_reads_them():
    # the paper's Table 1: investment 1,381,009 and demolished area 382,796 (was "382796.0")
    text = run("indicators", f"{SAMPLE}|layername=final_plan", check_rc=0).stdout
    assert "1,381,009" in text and "382,796" in text and "382796.0" not in text
    assert "payback none (the flow ends below zero)" in text  # not "payback — years"
