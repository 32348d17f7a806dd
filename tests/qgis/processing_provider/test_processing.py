"""The Processing algorithms, in QGIS and through qgis_process, on the sample."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from qgis.core import QgsVectorLayer

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"
SWELLENDAM = ROOT / "tests" / "data" / "swellendam_training_data.gpkg"
FINAL = f"{SAMPLE}|layername=final_plan"
INITIAL = f"{SAMPLE}|layername=initial_plan"
ALGORITHMS = {"create_economic_layer", "convert_layer", "compute_indicators", "check_policy_limits",
              "export_table1", "compare_schemes", "solve_balance", "evaluate_industrial_land",
              "build_industrial_schemes", "optimise_scheme", "scheme_risk", "publish_postgis", "export_report",
              "apply_location"}


@pytest.fixture()
def provider(plugin_factory, qgis_processing):
    plugin = plugin_factory()
    return plugin.provider


def run(algorithm: str, parameters: dict) -> dict:
    import processing

    return processing.run(f"economic_layer:{algorithm}", parameters)


def test_the_provider_has_every_algorithm_with_bilingual_help(provider):
    names = {algorithm.name() for algorithm in provider.algorithms()}
    assert names == ALGORITHMS
    for algorithm in provider.algorithms():
        text = algorithm.shortHelpString()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text) and any("a" <= ch <= "z" for ch in text), algorithm.name()


def test_compute_indicators_on_the_sample(provider, tmp_path):
    report = tmp_path / "report.json"
    result = run("compute_indicators", {"INPUT": FINAL, "OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(report)})
    assert result["COST"] == 1_381_009 * 10_000 and result["NET_PROFIT"] == -239_189 * 10_000
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["units"]["3"]["revenue"] == 288_835 * 10_000
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.featureCount() == 46 and layer.fields().indexOf("ind_net_profit") >= 0
    total = sum(f["ind_cost"] for f in layer.getFeatures())
    # the modules' costs and the units' calibration lump sums (docs/sample.md) give the paper's investment
    book = assumptions_of(QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "f", "ogr"))
    calibration = sum(item.amount for item in book.lump_sums if item.kind == "cost")
    assert total + calibration == pytest.approx(1_381_009 * 10_000)
    for key in ("irr_roots", "mirr", "subsidy_pv"):  # spec section 5, version 2
        assert key in data["project"] and layer.fields().indexOf(f"ind_{key}") >= 0
    assert data["project"]["subsidy_pv"] == pytest.approx(max(0.0, -data["project"]["npv"]))
    assert result["NET_PROFIT_AFTER_TAX"] is None and "vat" not in data["project"]  # the sample: stack off


def test_compute_indicators_carries_the_feasibility_keys(provider, tmp_path):
    from tests.qgis.scheme_factory import make_scheme

    make_scheme(tmp_path / "scheme.gpkg")  # a new scheme: the feasibility stack is on
    report = tmp_path / "report.json"
    result = run("compute_indicators", {"INPUT": f"{tmp_path / 'scheme.gpkg'}|layername=scheme",
                                        "OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(report)})
    data = json.loads(report.read_text(encoding="utf-8"))
    for key in ("taxes", "finance_cost", "net_profit_after_tax", "equity_irr", "peak_debt"):
        assert result[key.upper()] == data["project"][key], key
    assert data["project"]["taxes"] > 0 and data["project"]["exit_value"] > 0


def test_check_export_compare_create_convert(provider, tmp_path):
    assert run("check_policy_limits", {"INPUT": INITIAL})["FAILED"] >= 1
    xlsx = tmp_path / "t1.xlsx"
    run("export_table1", {"INPUT": [FINAL, INITIAL], "LANGUAGE": 1, "OUTPUT": str(xlsx)})
    assert round(load_workbook(xlsx, data_only=True)["Table 1"]["B10"].value) == 1_141_820
    compared = run("compare_schemes", {"INPUT": [INITIAL, FINAL], "OUTPUT": "memory:"})["OUTPUT"]
    rows = {f["indicator"]: f.attributes() for f in compared.getFeatures()}
    assert rows["cost"][2] == 1_381_009 * 10_000
    created = run("create_economic_layer", {"CRS": "EPSG:4545", "LAYER_NAME": "s", "OUTPUT": str(tmp_path / "n.gpkg")})
    assert QgsVectorLayer(created["LAYER"], "s", "ogr").isValid()
    converted = run("convert_layer", {"INPUT": f"{SWELLENDAM}|layername=buildings", "FLOORS": "building:levels",
                                      "OUTPUT": str(tmp_path / "c.gpkg"), "LAYER_NAME": "b"})
    assert converted["PROBLEMS"] == 3


def test_a_layer_without_the_fields_is_refused(provider):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="not an economic layer"):
        run("compute_indicators", {"INPUT": f"{SWELLENDAM}|layername=buildings", "OUTPUT": "memory:"})


def test_qgis_process_runs_every_algorithm(tmp_path):
    """The command-line Processing runner (/usr/bin/qgis_process.bin), with the plugin installed in a profile."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import qgis_desktop

    profiles = tmp_path / "profiles"
    qgis_desktop.prepare_profile(profiles)
    env = qgis_desktop.qgis_env(profiles, {"QT_QPA_PLATFORM": "offscreen"})
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profiles)

    def qgis_process(*args) -> dict:
        command = ["/usr/bin/qgis_process.bin", "--json", *args]
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        return json.loads(result.stdout[result.stdout.index("{"):])

    listed = qgis_process("list")
    provider = listed["providers"]["economic_layer"]
    assert set(name.split(":")[1] for name in provider["algorithms"]) == ALGORITHMS
    out = tmp_path / "q"
    out.mkdir()
    runs = {
        "compute_indicators": ["--INPUT=" + FINAL, f"--OUTPUT={out / 'ind.gpkg'}", f"--REPORT={out / 'r.json'}"],
        "check_policy_limits": ["--INPUT=" + INITIAL],
        "export_table1": ["--INPUT=" + FINAL, "--INPUT=" + INITIAL, f"--OUTPUT={out / 't.xlsx'}"],
        "compare_schemes": ["--INPUT=" + INITIAL, "--INPUT=" + FINAL, f"--OUTPUT={out / 'cmp.gpkg'}"],
        "create_economic_layer": ["--CRS=EPSG:4545", "--LAYER_NAME=s", f"--OUTPUT={out / 'new.gpkg'}"],
        "convert_layer": [f"--INPUT={SWELLENDAM}|layername=buildings", "--FLOORS=building:levels",
                          "--LAYER_NAME=b", f"--OUTPUT={out / 'conv.gpkg'}"],
        "solve_balance": ["--INPUT=" + FINAL, "--UNIT=3"],
        "optimise_scheme": ["--INPUT=" + FINAL, f"--OUTPUT={out / 'opt.gpkg'}"],
        "scheme_risk": ["--INPUT=" + FINAL, "--DRAWS=1000"],
        "export_report": ["--INPUT=" + FINAL, "--LANGUAGE=1", f"--OUTPUT={out / 'report.pdf'}"],
    }
    results = {name: qgis_process("run", f"economic_layer:{name}", *args)["results"]
               for name, args in runs.items()}
    assert results["compute_indicators"]["COST"] == 1_381_009 * 10_000
    assert results["check_policy_limits"]["FAILED"] >= 1
    assert round(load_workbook(out / "t.xlsx", data_only=True)["Table 1"]["B11"].value) == -239_189
    assert results["convert_layer"]["PROBLEMS"] == 3
    assert results["solve_balance"]["STATUS"] == "balanced"  # unit 3 earns more than it costs
    assert results["optimise_scheme"]["STATUS"] == "optimal"
    assert results["scheme_risk"]["NPV_P10"] < results["scheme_risk"]["NPV_P90"]
    report_text = subprocess.run(["pdftotext", "-layout", str(out / "report.pdf"), "-"], capture_output=True,
                                 text=True).stdout
    assert "1,381,009" in report_text and "Policy checks" in report_text
