"""The optimiser and the risk analysis in QGIS: footprint overlaps, the optimised scheme as a new scheme,
the dialog, the dock's tab, the command line (on a copy of the sample)."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.optimise import OptimiseOptions
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter import compat, schemes
from economic_layer_plugin.qgis_adapter.fields import economic_fields
from economic_layer_plugin.qgis_adapter.optimise import locked_fids, new_scheme, optimise_layer, overlap_pairs
from economic_layer_plugin.qgis_adapter.reader import ModuleReader
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "scripts" / "economic-layer"
SAMPLE = PLUGIN_DIR / "sample"


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def squares_layer():
    """Standing 10 x 10 m squares A (0,0), B (20,0), C (40,0) in a metric CRS, and new blocks:
    N1 from x 5 to 25 (covers 5 x 10 = 50 m2 of A and 50 m2 of B), N2 from x 30 to 40.5 (0.5 x 10 = 5 m2
    of C), N3 from x 30 to 40.05 (0.05 x 10 = 0.5 m2 of C: below the 1 m2 tolerance)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4547", "squares", "memory")
    layer.dataProvider().addAttributes(list(economic_fields("en")))
    layer.updateFields()
    rows = [
        ("A", "retain", (0, 0, 10, 10)),
        ("B", "retain", (20, 0, 30, 10)),
        ("C", "retain", (40, 0, 50, 10)),
        ("N1", "add", (5, 0, 25, 10)),
        ("N2", "add", (30, 0, 40.5, 10)),
        ("N3", "add", (30, 0, 40.05, 10)),
    ]
    features = []
    for module_id, action, (x0, y0, x1, y1) in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        f["el_module_id"], f["el_unit"], f["el_action"], f["el_use"], f["el_floors"] = (
            module_id,
            "1",
            action,
            "office",
            3,
        )
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def test_overlap_pairs_by_hand():
    layer = squares_layer()
    model = EconomicModel.compute(ModuleReader(layer).modules())
    ids = {f.id(): f["el_module_id"] for f in layer.getFeatures()}
    pairs = {(ids[a], ids[b]) for a, b in overlap_pairs(layer, model)}
    assert pairs == {("N1", "A"), ("N1", "B"), ("N2", "C")}
    assert {(ids[a], ids[b]) for a, b in overlap_pairs(layer, model, tolerance=60)} == set()


def test_locks_from_a_field_and_the_selection():
    layer = squares_layer()
    with pytest.raises(ValueError, match="no field 'keep'"):
        locked_fids(layer, "keep")
    first = next(layer.getFeatures()).id()
    layer.selectByIds([first])
    assert locked_fids(layer, None, selection=True) == frozenset({first})


@pytest.fixture()
def sample(open_sample):
    return open_sample.plugin, open_sample.project, open_sample.layer


def test_new_scheme_keeps_module_ids_and_compares(sample):
    plugin, project, final = sample
    model = EconomicModel.compute(ModuleReader(final).modules(), assumptions_of(final))
    result = optimise_layer(final, model, OptimiseOptions(explain=False))
    assert result.status == "optimal" and result.violations == []
    copy = new_scheme(final, "optimised", result.choices, model.assumptions)
    settle()
    assert copy.name() in [layer.name() for layer in schemes.schemes()]
    after = EconomicModel.compute(ModuleReader(copy).modules(), assumptions_of(copy))
    # the new layer computes to what the optimiser reported, and holds the chosen actions
    assert after.indicators()["npv"] == pytest.approx(result.objective_after, rel=1e-12)
    by_id = {m.module_id: m.action for m in after.modules.values()}
    for fid, action in result.choices.items():
        module_id = model.modules[fid].module_id
        if action is None:
            assert module_id not in by_id
        else:
            assert by_id[module_id] == action
    assert final.featureCount() == 46  # the scheme itself is untouched


def test_dialog_and_risk_tab(sample):
    from economic_layer_plugin.gui.optimise_dialog import OptimiseDialog

    plugin, project, final = sample
    dock = plugin.dock
    without = OptimiseDialog(plugin.iface, final, dock.live.model, dock)  # final_plan: the stack is off
    assert not without.basis.model().item(1).isEnabled() and without.options().after_stack is False
    without.deleteLater()
    dock.tabs.setCurrentWidget(dock.risk)
    settle()
    assert "P50" in dock.risk.summary.text() and dock.risk.tornado.rows
    dialog = OptimiseDialog(plugin.iface, final, dock.live.model, dock)
    dialog.run()  # a background task
    deadline = time.monotonic() + 120
    while dialog.busy() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.05)
    text = dialog.report.toPlainText()
    assert "optimal" in text or "最优" in text
    assert dialog.add_button.isEnabled()
    dialog.add_scheme()
    settle()
    assert len(schemes.schemes()) == 5  # the sample's four and the optimised one
    dialog.deleteLater()


def run(*args, check_rc=None):
    result = subprocess.run(
        ["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True, timeout=300
    )
    if check_rc is not None:
        assert result.returncode == check_rc, result.stderr
    return result


def test_command_line_optimise_and_risk(tmp_path):
    source = f"{SAMPLE / 'zhongshan_third_road.gpkg'}|layername=final_plan"
    out = tmp_path / "out.gpkg"
    data = json.loads(run("optimise", source, "-o", out, "--json", check_rc=0).stdout)
    assert {"status", "objective_before", "objective_after", "binding", "changes"} <= set(data)
    assert data["status"] == "optimal" and data["objective_after"] > data["objective_before"]
    written = json.loads(run("indicators", f"{out}|layername={data['layer']}", "--json", check_rc=0).stdout)
    assert written["project"]["npv"] == pytest.approx(data["objective_after"], rel=1e-12)
    risk = json.loads(run("risk", source, "--json", "--draws", "500", check_rc=0).stdout)
    assert risk["monte_carlo"]["draws"] == 500 and len(risk["tornado"]["rows"]) == 6
    bad = run("optimise", source, "-o", out, "--enforce", "height,colour")
    assert bad.returncode == 2 and "colour" in bad.stderr
    copy = tmp_path / "copy.gpkg"
    shutil.copy(SAMPLE / "zhongshan_third_road.gpkg", copy)
    itself = run("optimise", f"{copy}|layername=final_plan", "-o", copy, "--name", "final_plan")
    assert itself.returncode == 2 and "the scheme itself" in itself.stderr
    assert QgsVectorLayer(f"{copy}|layername=final_plan", "f", "ogr").featureCount() == 46


def test_infeasible_from_the_command_line(tmp_path):
    """Net profit >= 0 in every unit with every module locked: the sample's units lose money (exit 1)."""
    source = tmp_path / "s.gpkg"
    shutil.copy(SAMPLE / "zhongshan_third_road.gpkg", source)
    layer = QgsVectorLayer(f"{source}|layername=final_plan", "f", "ogr")
    from qgis.core import QgsField

    layer.dataProvider().addAttributes([QgsField("keep", compat.INT)])
    layer.updateFields()
    index = layer.fields().indexOf("keep")
    layer.dataProvider().changeAttributeValues({f.id(): {index: 1} for f in layer.getFeatures()})
    del layer
    data = json.loads(
        run(
            "optimise",
            f"{source}|layername=final_plan",
            "-o",
            tmp_path / "o.gpkg",
            "--json",
            "--balance-units",
            "--lock-field",
            "keep",
            check_rc=1,  # nothing written: a script can gate on it
        ).stdout
    )
    assert data["status"] == "infeasible" and data["output"] is None
    assert not (tmp_path / "o.gpkg").exists()
    names = {c["constraint"] for c in data["conflicts"]}
    # Since issue 24 the fund balance is the engine's unit net profit, unit-level flows included: unit 4's
    # lump sums alone are 57,999,891.64 - 75,276,251.89 = -17,276,360.25 yuan (the sample's assumptions),
    # which no choice of its modules makes up, so the fund balance conflicts even without the locks (before,
    # with the modules' own net profit, the locks were part of the conflict).
    assert "fund_balance" in names


def test_command_line_after_the_stack(tmp_path):
    """The sample's scheme with the feasibility stack: the objective is the project NPV after tax, the
    written scheme's own figure (read back by `indicators`) is the exact one, and the report gives the
    linear estimate and the difference; the scheme without the stack says why it cannot."""
    source = f"{SAMPLE / 'zhongshan_third_road.gpkg'}|layername=final_plan_feasibility"
    out = tmp_path / "after.gpkg"
    done = run("optimise", source, "-o", out, "--after-stack", "--json", check_rc=0)
    # the layer's name (32 characters) is longer than a GeoPackage style name may be: no GDAL warning
    assert "styleName" not in done.stderr
    data = json.loads(done.stdout)
    assert data["after_stack"] is True and data["key"] == "project_npv"
    assert data["status"] == "optimal" and data["rounds"]
    assert data["approximation"] == pytest.approx(data["objective_after"] - data["objective_estimate"])
    before = json.loads(run("indicators", source, "--json", check_rc=0).stdout)
    assert data["objective_before"] == pytest.approx(before["project"]["project_npv"], rel=1e-12)
    written = json.loads(run("indicators", f"{out}|layername={data['layer']}", "--json", check_rc=0).stdout)
    assert written["project"]["project_npv"] == pytest.approx(data["objective_after"], rel=1e-12)
    assert data["objective_after"] >= data["objective_before"]
    text = run("optimise", source, "-o", tmp_path / "t.gpkg", "--after-stack", check_rc=0).stdout
    assert "linear estimate" in text and "recomputed exactly" in text and "round 1" in text
    off = run(
        "optimise", f"{SAMPLE / 'zhongshan_third_road.gpkg'}|layername=final_plan", "-o", tmp_path / "x.gpkg",
        "--after-stack",
    )
    assert off.returncode == 2 and "switched off" in off.stderr


def test_processing_algorithms(plugin_factory, qgis_processing, tmp_path):
    import processing

    plugin_factory()
    source = f"{SAMPLE / 'zhongshan_third_road.gpkg'}|layername=final_plan"
    report = tmp_path / "r.json"
    result = processing.run(
        "economic_layer:optimise_scheme",
        {
            "INPUT": source,
            "OBJECTIVE": 1,
            "OUTPUT": str(tmp_path / "o.gpkg"),
            "LAYER_NAME": "best",
            "REPORT": str(report),
        },
    )
    assert result["STATUS"] == "optimal"
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["objective"] == "net_profit" and data["objective_after"] == result["OBJECTIVE_AFTER"]
    best = QgsVectorLayer(result["LAYER"], "best", "ogr")
    assert best.isValid()
    written = EconomicModel.compute(ModuleReader(best).modules(), assumptions_of(best))
    assert written.indicators()["net_profit"] == pytest.approx(result["OBJECTIVE_AFTER"], rel=1e-12)
    stacked = processing.run(
        "economic_layer:optimise_scheme",
        {
            "INPUT": f"{SAMPLE / 'zhongshan_third_road.gpkg'}|layername=final_plan_feasibility",
            "AFTER_STACK": True,
            "OUTPUT": str(tmp_path / "s.gpkg"),
            "LAYER_NAME": "after_tax",
        },
    )
    after_tax = QgsVectorLayer(stacked["LAYER"], "after_tax", "ogr")
    exact = EconomicModel.compute(ModuleReader(after_tax).modules(), assumptions_of(after_tax))
    assert exact.feasibility()["project_npv"] == pytest.approx(stacked["OBJECTIVE_AFTER"], rel=1e-12)
    assert stacked["APPROXIMATION"] is not None
    risk = processing.run("economic_layer:scheme_risk", {"INPUT": source, "DRAWS": 2000, "SEED": 5})
    assert 0 <= risk["PROBABILITY_LOSS"] <= 1 and risk["NPV_P10"] < risk["NPV_P50"] < risk["NPV_P90"]


def test_report_names_binding_limits_and_failures():
    """Eight standing blocks with a profitable new block on each: the rebuild ratio (new 5,000 m2 each on
    2,100-2,800 m2 demolished) holds most of them back; the report shows the step and the failures."""
    from economic_layer_plugin.core.assumptions import Assumptions, ProjectUnit
    from economic_layer_plugin.core.module import ModuleInput
    from economic_layer_plugin.core.optimise import optimise
    from economic_layer_plugin.gui.optimise_dialog import report_html

    book = Assumptions(units=[ProjectUnit("1", land_area=20000, far_limit=2.0, height_limit=100)])
    items = [
        ModuleInput(
            i,
            {
                "el_module_id": f"S{i}",
                "el_unit": "1",
                "el_action": "retain",
                "el_use": "industrial",
                "el_gfa": 2000 + 100 * i,
                "el_households": 0,
                "el_compensation_rate": 2000,
            },
            1000.0,
        )
        for i in range(1, 9)
    ]
    items += [
        ModuleInput(
            100 + i,
            {
                "el_module_id": f"N{i}",
                "el_unit": "1",
                "el_action": "add",
                "el_use": "apartment",
                "el_gfa": 5000,
                "el_sale_price": 40000,
                "el_floors": 10,
            },
            500.0,
        )
        for i in range(1, 9)
    ]
    model = EconomicModel.compute(items, book)
    result = optimise(model, OptimiseOptions(overlaps=tuple((100 + i, i) for i in range(1, 9))))
    text = report_html(result, model)
    assert any(
        b["constraint"] == "rebuild_ratio" and b["relaxed_limit"] == pytest.approx(2.1) and b["gain"] > 0
        for b in result.binding
    )
    assert "2 → 2.1" in text and ("Floor area ratio" in text or "容积率" in text)


def test_dialog_after_the_stack(sample):
    """The dialog on the scheme with the feasibility stack: 'after the stack' optimises the project NPV
    after tax, and the report shows the linear estimate, the exact figure and their difference."""
    from economic_layer_plugin.core import formatting
    from economic_layer_plugin.gui.optimise_dialog import OptimiseDialog

    plugin, project, final = sample
    stacked = project.mapLayersByName("final_plan_feasibility")[0]
    model = EconomicModel.compute(ModuleReader(stacked).modules(), assumptions_of(stacked))
    dialog = OptimiseDialog(plugin.iface, stacked, model, plugin.dock)
    assert dialog.basis.model().item(1).isEnabled()
    dialog.basis.setCurrentIndex(1)
    dialog.run(blocking=True)
    result = dialog.result
    assert result.after_stack and result.key == "project_npv" and result.status == "optimal"
    text = dialog.report.toPlainText()
    for figure in (result.objective_estimate, result.objective_after, result.approximation):
        assert formatting.money(figure, 1) in text
    dialog.deleteLater()


def test_dialog_optimises_a_snapshot_and_close_cancels(sample):
    """Edits of the scheme while the task runs: the run optimises the snapshot taken when it started (its
    'before' figure is the scheme's then), the report says the scheme changed, 'add as new scheme' adds
    nothing (it would copy the edited layer); Close cancels a run."""
    from economic_layer_plugin.gui.optimise_dialog import OptimiseDialog

    plugin, project, final = sample
    model = EconomicModel.compute(ModuleReader(final).modules(), assumptions_of(final))
    npv_then = model.indicators()["npv"]
    dialog = OptimiseDialog(plugin.iface, final, model, plugin.dock)
    count = len(schemes.schemes())
    dialog.run()
    fids = list(model.inputs)
    deadline = time.monotonic() + 120
    while dialog.busy() and time.monotonic() < deadline:
        if fids:
            model.remove(fids.pop())  # deletions on the main thread during the run
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert dialog.result is not None and dialog.result.objective_before == pytest.approx(npv_then, rel=1e-12)
    assert dialog.changed_since_run()
    text = dialog.report.toPlainText()
    assert "changed" in text or "已改变" in text or "变更" in text
    dialog.add_scheme()
    settle()
    assert len(schemes.schemes()) == count  # nothing added from an edited layer
    dialog.run()
    task = dialog.task
    dialog.reject()  # Close
    assert dialog.task is None and task.isCanceled()
    dialog.deleteLater()
