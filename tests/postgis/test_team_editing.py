"""Team editing on PostGIS (issue 15): publish, live across sessions, conflicts, history, read-only users."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest
from qgis.core import QgsVectorDataProvider, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.qgis_adapter import postgis
from economic_layer_plugin.qgis_adapter.live import LiveModel
from economic_layer_plugin.qgis_adapter.reader import ModuleReader
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of
from tests.postgis.conftest import ROOT, SAMPLE, qgis_env


def wait_for(condition, timeout=10.0):
    end = time.time() + timeout
    while time.time() < end:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.005)
    return False


def fresh(layer) -> dict:
    """A fresh full recompute from a new connection to the table."""
    again = QgsVectorLayer(layer.source(), "fresh", "postgres")
    return EconomicModel.compute(ModuleReader(again).modules(), assumptions_of(again)).indicators()


def session(layer):
    live = LiveModel(layer, assumptions_of(layer))
    live.sync = postgis.PostgisSync(live)
    return live


def test_publish_writes_fields_rules_style_assumptions_and_keeps_the_totals(published, sql):
    layer, schema, _ = published
    gpkg = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    expected = EconomicModel.compute(ModuleReader(gpkg).modules(), assumptions_of(gpkg)).indicators()
    assert layer.featureCount() == gpkg.featureCount() == 46
    got = EconomicModel.compute(ModuleReader(layer).modules(), assumptions_of(layer)).indicators()
    # the paper's Table 1 total net revenue, -239,189 (10,000 CNY), survives the trip
    assert got["net_profit"] == expected["net_profit"] == -239_189 * 10_000
    assert got["npv"] == pytest.approx(expected["npv"], rel=1e-12)
    cursor = sql.cursor()
    cursor.execute(
        "SELECT count(*) FROM public.layer_styles WHERE f_table_schema = %s AND f_table_name = "
        "'final_plan' AND useasdefault",
        (schema,),
    )
    assert cursor.fetchone()[0] == 1
    cursor.execute(f"SELECT scheme, assumptions FROM {schema}.el_assumptions")
    name, text = cursor.fetchone()
    assert name == "final_plan" and json.loads(text)["units"]
    # the database keeps the schema's rules: an unknown action is refused, naming the field
    with pytest.raises(Exception, match="el_action_values"):
        cursor.execute(f"UPDATE {schema}.final_plan SET el_action = 'burn' WHERE fid = 1")
    sql.rollback()
    with pytest.raises(Exception, match="el_sale_lease_sum"):
        cursor.execute(
            f"UPDATE {schema}.final_plan SET el_sale_ratio = 0.7, el_lease_ratio = 0.6 WHERE fid = 1"
        )
    sql.rollback()
    # the reopened layer has the form: the version column hidden, the action a drop-down
    reopened = QgsVectorLayer(layer.source(), "again", "postgres")
    assert reopened.editorWidgetSetup(reopened.fields().indexOf("el_version")).type() == "Hidden"
    assert reopened.editorWidgetSetup(reopened.fields().indexOf("el_action")).type() == "ValueMap"


def test_a_commit_by_sql_reaches_the_other_session_incrementally(published, sql):
    layer, schema, _ = published
    live = session(layer)
    before = live.model.indicators()
    reloads = []
    live.reload = lambda real=live.reload: (reloads.append(1), real())[1]
    applied = []
    live.sync.applied.connect(lambda ids, who: applied.append((ids, who)))
    cursor = sql.cursor()
    # + 1,000,000 yuan of other income on two modules: net profit + 2,000,000 (worked by hand)
    cursor.execute(
        f"UPDATE {schema}.final_plan SET el_other_income = coalesce(el_other_income, 0) + 1000000 "
        "WHERE fid IN (3, 7)"
    )
    assert not wait_for(lambda: applied, 0.3)  # nothing before the commit
    sql.commit()
    assert wait_for(lambda: applied)
    assert applied == [([3, 7], "postgres")]
    assert not reloads  # incremental: only the changed modules were read again
    after = live.model.indicators()
    assert after["net_profit"] - before["net_profit"] == 2_000_000
    assert after == fresh(layer)
    live.sync.disconnect_layer()


def test_conflicting_commit_is_detected_and_history_records_both(published, sql):
    layer, schema, _ = published
    live = session(layer)
    asked = []
    live.sync.resolver = lambda conflicts: (asked.append(conflicts), postgis.SHOW_BOTH)[1]
    floors = layer.fields().indexOf("el_floors")
    layer.startEditing()
    layer.changeAttributeValue(5, floors, 7)
    cursor = sql.cursor()
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 9 WHERE fid = 5")
    sql.commit()
    assert wait_for(lambda: live.model.inputs[5].attributes["el_floors"] == 7)  # own edit still shown
    # show both: the commit is refused by the database; the edit stays in the buffer
    assert not layer.commitChanges(False)
    assert "economic layer conflict" in " ".join(layer.commitErrors())
    [[conflict]] = asked
    assert (conflict.fid, conflict.fields["el_floors"], conflict.who) == (5, (7, 9), "postgres")
    assert layer.isEditable() and layer.getFeature(5)["el_floors"] == 7
    cursor.execute(f"SELECT el_floors FROM {schema}.final_plan WHERE fid = 5")
    assert cursor.fetchone()[0] == 9  # theirs untouched
    sql.commit()
    # without a resolver (no one to ask) the commit is refused too: never overwritten silently
    live.sync.resolver = None
    assert not layer.commitChanges(False)
    # keep theirs: my change of that module is dropped
    live.sync.resolver = lambda conflicts: postgis.KEEP_THEIRS
    assert layer.commitChanges(False)
    cursor.execute(f"SELECT el_floors FROM {schema}.final_plan WHERE fid = 5")
    assert cursor.fetchone()[0] == 9
    sql.commit()
    # keep mine: another round, my value wins and both are in the history
    layer.changeAttributeValue(5, floors, 8)
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 10 WHERE fid = 5")
    sql.commit()
    live.sync.resolver = lambda conflicts: postgis.KEEP_MINE
    assert layer.commitChanges(True)
    cursor.execute(f"SELECT el_floors, el_version FROM {schema}.final_plan WHERE fid = 5")
    assert cursor.fetchone() == (8, 4)  # versions: 1 published, 2 (9), 3 (10), 4 (8)
    sql.commit()
    rows = postgis.history_rows(layer, fid=5)
    assert [(r["old"]["el_floors"], r["new"]["el_floors"]) for r in rows] == [
        (10, 8),
        (9, 10),
        (rows[2]["old"]["el_floors"], 9),
    ]
    assert all(r["who"] == "postgres" and r["op"] == "update" for r in rows)
    assert wait_for(lambda: live.model.inputs[5].attributes["el_floors"] == 8)
    assert live.model.indicators() == fresh(layer)
    live.sync.disconnect_layer()


def test_history_blame_moves_net_profit_by_the_change(published, sql):
    from economic_layer_plugin.core.history import blame, committed_state, group_commits

    layer, schema, _ = published
    live = session(layer)
    cursor = sql.cursor()
    cursor.execute(
        f"UPDATE {schema}.final_plan SET el_other_income = coalesce(el_other_income, 0) + 5000000 "
        "WHERE fid = 2"
    )
    sql.commit()
    cursor.execute(
        f"UPDATE {schema}.final_plan SET el_other_cost = coalesce(el_other_cost, 0) + 1500000 "
        "WHERE fid IN (2, 4)"
    )
    sql.commit()
    assert wait_for(lambda: not live.pending and len(postgis.history_rows(layer)) == 3)
    reader = ModuleReader(layer)
    commits = group_commits(postgis.history_rows(layer))
    to_input = lambda fid, row: postgis.module_from_row(reader, layer, row)  # noqa: E731
    state = committed_state(live.model.inputs, commits, to_input)
    blame(state, live.model.assumptions, commits, to_input)
    # by hand: -3,000,000 (1,500,000 of other cost on two modules), then +5,000,000 of other income
    assert [c.net_profit_delta for c in commits] == [-3_000_000, 5_000_000]
    assert [c.module_ids for c in commits] == [["1-D2", "1-R1"], ["1-D2"]]  # fids 2 and 4 of the sample
    assert commits[0].npv_delta < 0 < commits[1].npv_delta
    live.sync.disconnect_layer()


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_second_qgis_process_watches_the_commits_of_this_one(published, stop):
    layer, schema, conninfo = published
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "scripts" / "economic-layer"),
            "watch",
            f"PG:{conninfo} schema={schema} table=final_plan",
            "--json-lines",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=qgis_env(),
    )
    try:
        start = json.loads(process.stdout.readline())
        assert start["event"] == "start" and start["modules"] == 46
        assert start["project"]["net_profit"] == -239_189 * 10_000  # the paper's Table 1 total
        income = layer.fields().indexOf("el_other_income")
        layer.startEditing()
        value = layer.getFeature(6)["el_other_income"]
        layer.changeAttributeValue(6, income, (value or 0) + 2_500_000)
        assert layer.commitChanges(True), layer.commitErrors()
        change = json.loads(process.stdout.readline())
        assert change["event"] == "change" and change["changed"] == [6]
        assert change["project"]["net_profit"] == -239_189 * 10_000 + 2_500_000
    finally:
        process.send_signal(stop)
        try:
            code = process.wait(20)
        finally:
            process.kill()
    assert code == 0, process.stderr.read()


def test_a_read_only_planner_sees_figures_and_history_but_cannot_edit(published, sql, pg_server):
    layer, schema, conninfo = published
    cursor = sql.cursor()
    cursor.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') THEN "
        "CREATE ROLE reader LOGIN; END IF; END $$"
    )
    cursor.execute(postgis.grant_sql(schema, "final_plan", "reader", edit=False).as_string())
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 3 WHERE fid = 1")
    sql.commit()
    reader_uri = layer.source().replace("user='postgres'", "user='reader'")
    assert "user='reader'" in reader_uri
    mine = QgsVectorLayer(reader_uri, "read only", "postgres")
    assert mine.isValid()
    capabilities = mine.dataProvider().capabilities()
    assert not capabilities & QgsVectorDataProvider.ChangeAttributeValues
    assert not capabilities & QgsVectorDataProvider.AddFeatures
    live = session(mine)
    assert live.model.indicators() == fresh(layer)
    assert [row["new"]["el_floors"] for row in postgis.history_rows(mine)] == [3]
    live.sync.disconnect_layer()
    import psycopg2

    other = psycopg2.connect(conninfo.replace("user=postgres", "user=reader"))
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        other.cursor().execute(f"UPDATE {schema}.final_plan SET el_floors = 4 WHERE fid = 1")
    other.close()


def test_no_password_in_the_layer_source_with_a_service(published, tmp_path, pg_server, monkeypatch):
    layer, schema, _ = published
    service = tmp_path / "pg_service.conf"
    service.write_text(
        f"[team]\nhost={pg_server['PGHOST']}\nport={pg_server['PGPORT']}\ndbname=economic\nuser=postgres\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    source = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    again = postgis.publish(source, "service=team", schema, "by_service")
    assert again.isValid() and "service='team'" in again.source() and "password" not in again.source()
    assert again.featureCount() == 46


def test_deleting_a_module_someone_changed_is_held_back_unless_keep_mine(published, sql):
    layer, schema, _ = published
    live = session(layer)
    decisions = []
    live.sync.resolver = lambda conflicts: (
        decisions.append([(c.fid, c.deleted_by_me) for c in conflicts]),
        postgis.SHOW_BOTH,
    )[1]
    layer.startEditing()
    assert layer.deleteFeature(11)
    cursor = sql.cursor()
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 12 WHERE fid = 11")
    sql.commit()
    assert not layer.commitChanges(False)
    assert decisions == [[(11, True)]]
    assert "held back" in " ".join(layer.commitErrors())
    cursor.execute(f"SELECT count(*) FROM {schema}.final_plan WHERE fid = 11")
    assert cursor.fetchone()[0] == 1  # their module is still there
    sql.commit()
    live.sync.resolver = lambda conflicts: postgis.KEEP_MINE
    assert layer.commitChanges(True), layer.commitErrors()
    cursor.execute(f"SELECT count(*) FROM {schema}.final_plan WHERE fid = 11")
    assert cursor.fetchone()[0] == 0
    sql.commit()
    assert [row["op"] for row in postgis.history_rows(layer, fid=11)] == ["delete", "update"]
    # the module held back the save is unchanged in the database (its version too)
    assert wait_for(lambda: 11 not in live.model.inputs)
    assert live.model.indicators() == fresh(layer)
    live.sync.disconnect_layer()


def test_cli_publish_grants_rights_and_no_password_goes_into_a_project_layer(pg_server, sql, qgis_app):
    import psycopg2

    cursor = sql.cursor()
    for role in ("viewer", "drafter"):
        cursor.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} LOGIN; END IF; END $$"
        )
    sql.commit()
    conninfo = pg_server["conninfo"]
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "economic-layer"),
            "publish",
            f"{SAMPLE}|layername=initial_plan",
            "--postgres",
            conninfo,
            "--schema",
            "cli_grants",
            "--grant-read",
            "viewer",
            "--grant-edit",
            "drafter",
        ],
        capture_output=True,
        text=True,
        env=qgis_env(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "cli_grants.initial_plan" in result.stdout
    viewer = psycopg2.connect(conninfo.replace("user=postgres", "user=viewer"))
    viewer.cursor().execute("SELECT count(*) FROM cli_grants.el_history")
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        viewer.cursor().execute("UPDATE cli_grants.initial_plan SET el_floors = 2 WHERE fid = 1")
    viewer.close()
    drafter = psycopg2.connect(conninfo.replace("user=postgres", "user=drafter"))
    cur = drafter.cursor()
    cur.execute("UPDATE cli_grants.initial_plan SET el_floors = 2 WHERE fid = 1")
    drafter.commit()
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):  # the history is the database's
        cur.execute("DELETE FROM cli_grants.el_history")
    drafter.close()
    cursor.execute("SELECT who FROM cli_grants.el_history")
    assert cursor.fetchall() == [("drafter",)]
    sql.commit()
    # a password given for publishing is not in the layer that goes into the project
    source = QgsVectorLayer(f"{SAMPLE}|layername=initial_plan", "initial_plan", "ogr")
    layer = postgis.publish(source, conninfo + " password=s3cret", "cli_grants", "copy", for_project=True)
    assert layer.isValid() and "s3cret" not in layer.source()


def test_own_save_with_a_new_module_is_applied_without_reading_the_whole_layer(published, sql):
    from qgis.core import QgsFeature, QgsGeometry

    layer, schema, _ = published
    live = session(layer)
    reloads = []
    live.reload = lambda real=live.reload: (reloads.append(1), real())[1]
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    template = layer.getFeature(3)
    for name in ("el_unit", "el_action", "el_use", "el_floors"):
        feature[name] = template[name]
    feature["el_module_id"] = "NEW1"
    feature["el_other_income"] = 4_000_000.0
    feature.setGeometry(QgsGeometry(template.geometry()))
    assert layer.addFeature(feature)
    income = layer.fields().indexOf("el_other_income")
    layer.changeAttributeValue(3, income, (template["el_other_income"] or 0) + 1_000_000)
    assert wait_for(lambda: not live.pending)
    assert layer.commitChanges(True), layer.commitErrors()
    cursor = sql.cursor()
    cursor.execute(f"SELECT fid, el_version FROM {schema}.final_plan WHERE el_module_id = 'NEW1'")
    [(new_fid, version)] = cursor.fetchall()
    sql.commit()
    assert version == 1
    assert wait_for(lambda: new_fid in live.model.inputs and not live.pending)
    assert not reloads
    assert all(fid >= 0 for fid in live.model.inputs)
    assert live.model.indicators() == fresh(layer)
    assert len(live.model.inputs) == 47  # the sample's 46 and the new one
    live.sync.disconnect_layer()


def test_a_plain_polygon_layer_is_converted_then_published(pg_server, qgis_app):
    from qgis.core import QgsFeature, QgsGeometry

    from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer

    plain = QgsVectorLayer("Polygon?crs=EPSG:4545&field=name:string", "plain blocks", "memory")
    features = []
    for number, wkt in enumerate(("POLYGON((0 0,10 0,10 10,0 10,0 0))", "POLYGON((20 0,30 0,30 5,20 5,20 0))")):
        feature = QgsFeature(plain.fields())
        feature.setAttributes([f"block {number}"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    plain.dataProvider().addFeatures(features)
    layer = postgis.publish(plain, pg_server["conninfo"], "converted")
    assert layer.name() == "plain_blocks" and is_economic_layer(layer) and postgis.is_published(layer)
    assert sorted(f["name"] for f in layer.getFeatures()) == ["block 0", "block 1"]  # attributes kept
    # footprints 100 m2 and 50 m2 (worked by hand), as the model reads them
    assert sorted(m.footprint_area for m in ModuleReader(layer).modules()) == [50.0, 100.0]


def test_the_command_line_takes_a_layer_source_as_qgis_shows_it(published):
    # Layer Properties > Information shows dbname='...' host=... table="s"."t" (geom): it is a source too
    layer, schema, _conninfo = published
    source = layer.source()
    assert "table=" in source and not source.upper().startswith("PG:")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "economic-layer"), "indicators", source, "--json"],
        capture_output=True, text=True, env=qgis_env(), timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["scheme"] == layer.name() and data["project"]["cost"] > 0
